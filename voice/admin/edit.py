"""Changing an inspection after set-up (enter, check, save), and confirming before a window closes early."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_login import current_user

from voice.admin import bp, presenters
from voice.admin.inspections import load_inspection
from voice.forms import error_messages
from voice.forms.staff import CloseEarlyForm, ConfirmForm, EditInspectionForm
from voice.models.base import utcnow
from voice.services import coordination
from voice.services.inspections import compute_windows
from voice.services.working_days import to_uk
from voice.staff.access import coordinator_required
from voice.templating import uk_datetime

CHANGE_ERRORS = {
    "webinar_too_soon": error_messages.WEBINAR_TOO_SOON,
    "webinar_has_questions": error_messages.WEBINAR_HAS_QUESTIONS,
    "responses_deleted": error_messages.RESPONSES_DELETED,
}


def _key(inspection_id: int) -> str:
    return f"edit_inspection_{inspection_id}"


def _fill(form: EditInspectionForm, inspection) -> None:
    form.notification_date.data = inspection.notification_date
    form.working_days.data = str(inspection.survey_working_days)
    if inspection.webinar_at is not None:
        local = to_uk(inspection.webinar_at)
        form.webinar_date.data = local.date()
        form.webinar_time.data = local.strftime("%H:%M")
    form.childrens_services_contact.data = inspection.childrens_services_contact or ""


def _fill_from(form: EditInspectionForm, change: coordination.InspectionChange) -> None:
    form.notification_date.data = change.notification_date
    form.working_days.data = str(change.working_days_count)
    if change.webinar_at is not None:
        local = to_uk(change.webinar_at)
        form.webinar_date.data = local.date()
        form.webinar_time.data = local.strftime("%H:%M")
    form.childrens_services_contact.data = change.childrens_services_contact


def _error_field(form: EditInspectionForm, code: str):
    return form.webinar_date if code.startswith("webinar") else form.notification_date


@bp.route("/inspections/<int:inspection_id>/edit", methods=["GET", "POST"])
@coordinator_required
def edit_inspection(inspection_id: int):
    found = load_inspection(inspection_id)
    if found.responses_deleted_at is not None:
        flash(str(error_messages.RESPONSES_DELETED), "error")
        return redirect(url_for("admin.inspection", inspection_id=found.id))
    form = EditInspectionForm()
    pending = coordination.InspectionChange.from_session(session.get(_key(found.id)))
    if request.method == "GET":
        _fill_from(form, pending) if pending is not None else _fill(form, found)
    if form.validate_on_submit():
        change = coordination.InspectionChange(
            notification_date=form.notification_date.data, working_days_count=int(form.working_days.data.strip()),
            webinar_at=form.webinar_at_utc(), childrens_services_contact=form.childrens_services_contact.data or "")
        try:
            coordination.check_change(inspection=found, change=change)
        except coordination.CoordinationError as error:
            field = _error_field(form, error.code)
            field.errors = [*field.errors, CHANGE_ERRORS.get(error.code, error_messages.WEBINAR_TOO_SOON)]
        else:
            session[_key(found.id)] = change.to_session()
            return redirect(url_for("admin.check_edit", inspection_id=found.id))
    return render_template("admin/edit_inspection.html", form=form, inspection=found,
                           area=found.local_area.name), 400 if form.errors else 200


def _current_windows(inspection) -> coordination.Windows:
    return compute_windows(notification_date=inspection.notification_date,
                           working_days_count=inspection.survey_working_days, webinar_at=inspection.webinar_at,
                           webinar_close_hours=inspection.webinar_questions_close_hours or 24)


@bp.route("/inspections/<int:inspection_id>/edit/check", methods=["GET", "POST"])
@coordinator_required
def check_edit(inspection_id: int):
    found = load_inspection(inspection_id)
    change = coordination.InspectionChange.from_session(session.get(_key(found.id)))
    if change is None:
        return redirect(url_for("admin.edit_inspection", inspection_id=found.id))
    form = ConfirmForm()
    if form.validate_on_submit():
        try:
            changes = coordination.change_inspection(inspection=found, change=change, user=current_user)
        except coordination.CoordinationError as error:
            flash(str(CHANGE_ERRORS.get(error.code, error_messages.WEBINAR_TOO_SOON)), "error")
            return redirect(url_for("admin.edit_inspection", inspection_id=found.id))
        session.pop(_key(found.id), None)
        flash(_("The inspection has been changed.") if changes else _("Nothing was changed."), "success")
        return redirect(url_for("admin.inspection", inspection_id=found.id))
    edit = url_for("admin.edit_inspection", inspection_id=found.id)
    entered = [
        {"key": _("Notification date"),
         "value": uk_datetime(presenters.from_uk_day(change.notification_date), "EEEE d MMMM y"),
         "href": edit + "#notification_date-day"},
        {"key": _("Working days the surveys stay open"), "value": str(change.working_days_count),
         "href": edit + "#working_days"},
        {"key": _("Webinar"), "value": presenters.when(change.webinar_at) if change.webinar_at else _("No webinar"),
         "href": edit + "#webinar_date-day"},
        {"key": _("Children's services contact"), "value": change.childrens_services_contact or _("None given"),
         "href": edit + "#childrens_services_contact"},
    ]
    return render_template("admin/check_edit.html", form=form, inspection=found, area=found.local_area.name,
                           entered=entered, before=presenters.window_rows(_current_windows(found)),
                           after=presenters.window_rows(change.windows(found)))


@bp.route("/inspections/<int:inspection_id>/windows/<audience>/close", methods=["GET"])
@coordinator_required
def confirm_close(inspection_id: int, audience: str):
    found = load_inspection(inspection_id)
    survey = found.survey_for(audience)
    if survey is None:
        abort(404)
    return render_template(
        "admin/confirm_close.html", inspection=found, area=found.local_area.name, form=CloseEarlyForm(),
        label=presenters.audience_label(audience), closes=presenters.closes_label(survey.closes_at),
        action=url_for("admin.window", inspection_id=found.id, audience=audience, action="close"),
        open_now=survey.is_open(utcnow()),
    )
