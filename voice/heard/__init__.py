""""You said, inspectors heard": the public page families reach by its link or poster."""

from flask import Blueprint

bp = Blueprint("heard", __name__, url_prefix="/heard")

from voice.heard import views  # noqa: E402,F401
