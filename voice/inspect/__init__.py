"""The inspector's side of one inspection: summary, drill-down, corrections, safeguarding, exports."""

from flask import Blueprint

bp = Blueprint("inspect", __name__, url_prefix="/inspections/<int:inspection_id>")

from voice.inspect import views  # noqa: E402,F401
