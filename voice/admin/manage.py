"""Watching the counts, closing and reopening windows, deleting responses, and the audit log."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_login import current_user

from voice.admin import bp, presenters
from voice.admin.inspections import load_inspection
from voice.forms import error_messages
from voice.forms.staff import DeleteResponsesForm
from voice.models.base import utcnow
from voice.services import coordination, coverage
from voice.services.small_groups import Counts
from voice.staff.access import coordinator_required

WINDOW_ERRORS = {
    "window_ended": error_messages.WINDOW_ENDED,
    "responses_deleted": error_messages.ALREADY_DELETED,
}


@bp.get("/inspections/<int:inspection_id>/counts")
@coordinator_required
def counts(inspection_id: int):
    found = load_inspection(inspection_id)
    now = utcnow()
    table = coordination.response_counts(inspection=found, now=now)
    # Coordinators see exact numbers, as in the table above.
    reach = coverage.coverage(ons_code=found.local_area.ons_code, area_name=found.local_area.name,
                              responses=table.totals, audiences=table.audiences, counts=Counts(exact=True))
    return render_template(
        "admin/counts.html", inspection=found, counts=presenters.counts_view(table),
        updated=presenters.when(now), coverage=reach,
    )


@bp.post("/inspections/<int:inspection_id>/windows/<audience>/<any(close, reopen):action>")
@coordinator_required
def window(inspection_id: int, audience: str, action: str):
    found = load_inspection(inspection_id)
    survey = found.survey_for(audience)
    if survey is None:
        abort(404)
    label = presenters.audience_label(audience)
    try:
        coordination.set_window_open(survey=survey, open_=action == "reopen", user=current_user, now=utcnow())
    except coordination.CoordinationError as error:
        flash(str(WINDOW_ERRORS.get(error.code, error_messages.WINDOW_ENDED)), "error")
    else:
        message = (_("%(audience)s: the window is closed. Nobody can send answers now.", audience=label)
                   if action == "close" else
                   _("%(audience)s: the window is open again.", audience=label))
        flash(message, "success")
    return redirect(url_for("admin.inspection", inspection_id=found.id) + "#windows")


@bp.route("/inspections/<int:inspection_id>/delete", methods=["GET", "POST"])
@coordinator_required
def delete_responses(inspection_id: int):
    found = load_inspection(inspection_id)
    if found.responses_deleted_at is not None:
        return redirect(url_for("admin.inspection", inspection_id=found.id))
    form = DeleteResponsesForm(area_name=found.local_area.name)
    now = utcnow()
    counts_table = coordination.response_counts(inspection=found, now=now)
    if form.validate_on_submit():
        try:
            deleted = coordination.delete_responses(inspection=found, user=current_user, now=now)
        except coordination.CoordinationError as error:
            message = (error_messages.ALREADY_DELETED if error.code == "already_deleted"
                       else error_messages.WINDOW_STILL_OPEN)
            form.confirm_area.errors = [*form.confirm_area.errors, message]
        else:
            flash(ngettext("%(num)s response for %(area)s has been deleted.",
                           "%(num)s responses for %(area)s have been deleted.",
                           deleted.responses, area=found.local_area.name), "success")
            return redirect(url_for("admin.inspection", inspection_id=found.id))
    return render_template(
        "admin/delete.html", inspection=found, form=form, total=counts_table.total,
        open_windows=[presenters.audience_label(s.audience) for s in found.surveys if s.is_open(now)],
    )


@bp.get("/audit")
@coordinator_required
def audit_log():
    requested = request.args.get("page", "1")
    page = coordination.audit_page(page=int(requested) if requested.isdigit() else 1)
    pagination = {}
    if page.page > 1:
        pagination["previous"] = {"href": url_for("admin.audit_log", page=page.page - 1)}
    if page.page < page.pages:
        pagination["next"] = {"href": url_for("admin.audit_log", page=page.page + 1)}
    return render_template(
        "admin/audit.html", rows=presenters.audit_rows(page.rows), page=page, pagination=pagination,
    )
