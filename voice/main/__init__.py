from flask import Blueprint

bp = Blueprint("main", __name__)

from voice.main import views  # noqa: E402,F401
