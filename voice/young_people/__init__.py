from flask import Blueprint, current_app

from voice.extensions import limiter

bp = Blueprint("young_people", __name__, url_prefix="/y/<token>")
limiter.limit(lambda: current_app.config["PUBLIC_POST_RATE_LIMIT"], methods=["POST"])(bp)

from voice.young_people import views  # noqa: E402,F401
