"""Plain functions that read and write data. Views call these; they never query the ORM."""
