from voice import create_app

app = create_app()
