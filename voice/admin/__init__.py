"""The inspection team's pages: the inspections list (everyone signed in) and the coordinator's pages."""

from flask import Blueprint, Flask, render_template

from voice.admin.presenters import error_summary

# /inspections: every signed-in user's list of the inspections they may see.
staff_bp = Blueprint("staff", __name__)
# /admin/...: coordinators only.
bp = Blueprint("admin", __name__, url_prefix="/admin")


@staff_bp.app_context_processor
def staff_helpers() -> dict:
    return {"staff_error_summary": error_summary}


@staff_bp.app_errorhandler(403)
def forbidden(_error):
    return render_template("errors/403.html"), 403


from voice.admin import accounts, edit, inspections, manage, questionnaires, share, you_said  # noqa: E402,F401


def register_staff_blueprints(app: Flask) -> None:
    from voice.staff.auth import bp as auth_bp

    app.register_blueprint(auth_bp)
    app.register_blueprint(staff_bp)
    app.register_blueprint(bp)
