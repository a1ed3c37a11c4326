"""The webinar question intake (public) and the inspectors' view of the questions."""

from flask import Blueprint, current_app

from voice.extensions import limiter

bp = Blueprint("webinar", __name__, url_prefix="/w/<token>")
limiter.limit(lambda: current_app.config["PUBLIC_POST_RATE_LIMIT"], methods=["POST"])(bp)

inspect_bp = Blueprint("webinar_inspect", __name__, url_prefix="/inspections/<int:inspection_id>/webinar")

from voice.webinar import inspector_views, views  # noqa: E402,F401
