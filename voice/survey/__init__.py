from flask import Blueprint, current_app

from voice.extensions import limiter

bp = Blueprint("survey", __name__, url_prefix="/s/<token>")
limiter.limit(lambda: current_app.config["PUBLIC_POST_RATE_LIMIT"], methods=["POST"])(bp)

from voice.survey import views  # noqa: E402,F401
