"""The webinar question intake (public) and the inspectors' view of the questions."""

from flask import Blueprint

bp = Blueprint("webinar", __name__, url_prefix="/w/<token>")  # public posts limited: voice.rate_limits

inspect_bp = Blueprint("webinar_inspect", __name__, url_prefix="/inspections/<int:inspection_id>/webinar")

from voice.webinar import inspector_views, views  # noqa: E402,F401
