"""Word lists and the evaluation set, written for this project."""
