"""The inspections list, setting up an inspection (enter, check, create), and its overview page."""

from __future__ import annotations

from flask import abort, current_app, flash, redirect, render_template, request, session, url_for
from flask_babel import gettext as _
from flask_login import current_user

from voice.admin import bp, presenters, staff_bp
from voice.forms import error_messages
from voice.forms.staff import (
    AssignInspectorForm,
    CreateInspectionForm,
    InspectionForm,
)
from voice.models.base import utcnow
from voice.services import areas, audit, coordination, users
from voice.services.inspections import survey_state
from voice.services.working_days import to_uk
from voice.staff.access import coordinator_required, signed_in_required
from voice.templating import uk_datetime

PLAN_KEY = "new_inspection"


def load_inspection(inspection_id: int):
    inspection = coordination.inspection_by_id(inspection_id)
    if inspection is None:
        abort(404)
    return inspection


@staff_bp.get("/inspections")
@signed_in_required
def inspections():
    user = current_user._get_current_object()
    found = coordination.inspections_for(user=user)
    totals = coordination.response_totals(inspection_ids=[i.id for i in found])
    now = utcnow()
    has_summary = "inspect.summary" in current_app.view_functions
    rows = []
    for inspection in found:
        states = {survey_state(s, now=now) for s in inspection.surveys}
        state = ("deleted" if inspection.responses_deleted_at else
                 "open" if "open" in states else "not_open" if "not_open" in states else "closed")
        text, classes = presenters.STATE_TAGS[state]
        rows.append({
            "id": inspection.id,
            "area": inspection.local_area.name,
            "kind": presenters.kind_label(inspection.kind),
            "notified": uk_datetime(presenters.from_uk_day(inspection.notification_date),
                                               "d MMMM y"),
            "responses": totals.get(inspection.id, 0),
            "retention": presenters.retention_text(inspection, short=True),
            "tag": {"text": str(text), "classes": classes},
            "manage_url": url_for("admin.inspection", inspection_id=inspection.id)
            if user.role == "coordinator" else None,
            "summary_url": url_for("inspect.summary", inspection_id=inspection.id) if has_summary else None,
        })
    return render_template("admin/inspections.html", rows=rows, is_coordinator=user.role == "coordinator")


def _area_choices() -> list[tuple[str, str]]:
    return [("", _("Choose a local area"))] + [(a.ons_code, a.name) for a in areas.all_local_areas()]


@bp.route("/inspections/new", methods=["GET", "POST"])
@coordinator_required
def new_inspection():
    plan = coordination.InspectionPlan.from_session(session.get(PLAN_KEY))
    form = InspectionForm()
    form.local_area.choices = _area_choices()
    if request.method == "GET" and plan is not None:
        _fill(form, plan)
    if form.validate_on_submit():
        plan = coordination.InspectionPlan(
            area_code=form.local_area.data, kind=form.kind.data,
            notification_date=form.notification_date.data,
            working_days_count=int(form.working_days.data.strip()),
            webinar_at=form.webinar_at_utc(),
            childrens_services_contact=form.childrens_services_contact.data or "",
        )
        try:
            coordination.check_plan(plan=plan)
        except coordination.CoordinationError:
            form.webinar_date.errors = [error_messages.WEBINAR_TOO_SOON]
        else:
            session[PLAN_KEY] = plan.to_session()
            return redirect(url_for("admin.check_inspection"))
    return render_template("admin/new_inspection.html", form=form,
                           no_areas=len(form.local_area.choices) == 1)


def _fill(form: InspectionForm, plan: coordination.InspectionPlan) -> None:
    form.local_area.data = plan.area_code
    form.kind.data = plan.kind
    form.notification_date.data = plan.notification_date
    form.working_days.data = str(plan.working_days_count)
    if plan.webinar_at is not None:
        local = to_uk(plan.webinar_at)
        form.webinar_date.data = local.date()
        form.webinar_time.data = local.strftime("%H:%M")
    form.childrens_services_contact.data = plan.childrens_services_contact


@bp.route("/inspections/new/check", methods=["GET", "POST"])
@coordinator_required
def check_inspection():
    plan = coordination.InspectionPlan.from_session(session.get(PLAN_KEY))
    area = areas.area_by_code(plan.area_code) if plan else None
    if plan is None or area is None:
        return redirect(url_for("admin.new_inspection"))
    form = CreateInspectionForm()
    if form.validate_on_submit():
        try:
            inspection = coordination.create_from_plan(plan=plan, area=area, user=current_user)
        except coordination.CoordinationError:
            return redirect(url_for("admin.new_inspection"))
        session.pop(PLAN_KEY, None)
        flash(_("Inspection set up for %(area)s. Now share the links.", area=area.name), "success")
        return redirect(url_for("admin.share", inspection_id=inspection.id))
    change = url_for("admin.new_inspection")
    entered = [
        {"key": _("Local area"), "value": area.name, "href": change + "#local_area"},
        {"key": _("Kind of inspection"), "value": presenters.kind_label(plan.kind), "href": change + "#kind"},
        {"key": _("Notification date"),
         "value": uk_datetime(presenters.from_uk_day(plan.notification_date), "EEEE d MMMM y"),
         "href": change + "#notification_date-day"},
        {"key": _("Working days the surveys stay open"), "value": str(plan.working_days_count),
         "href": change + "#working_days"},
        {"key": _("Webinar"),
         "value": presenters.when(plan.webinar_at) if plan.webinar_at else _("No webinar"),
         "href": change + "#webinar_date-day"},
        {"key": _("Children's services contact"),
         "value": plan.childrens_services_contact or _("None given"),
         "href": change + "#childrens_services_contact"},
    ]
    return render_template("admin/check_inspection.html", form=form, entered=entered,
                           windows=presenters.window_rows(plan.windows()))


@bp.get("/inspections/<int:inspection_id>")
@coordinator_required
def inspection(inspection_id: int):
    found = load_inspection(inspection_id)
    now = utcnow()
    assigned = users.assigned_inspectors(inspection=found)
    assigned_ids = {user.id for user in assigned}
    assign_form = AssignInspectorForm()
    assign_form.inspector.choices = _inspector_choices(assigned_ids)
    return _render_overview(found, now, assigned, assign_form)


def _inspector_choices(exclude: set[int]) -> list[tuple[str, str]]:
    return [("", _("Choose an inspector"))] + [
        (str(user.id), f"{user.name} ({user.email})") for user in users.inspectors() if user.id not in exclude
    ]


def _render_overview(found, now, assigned, assign_form):
    counts = coordination.response_counts(inspection=found, now=now)
    deletion = coordination.deletion_event(inspection=found) if found.responses_deleted_at else None
    return render_template(
        "admin/inspection.html", inspection=found, kind=presenters.kind_label(found.kind),
        notified=uk_datetime(presenters.from_uk_day(found.notification_date), "EEEE d MMMM y"),
        webinar=presenters.when(found.webinar_at), deleted=presenters.when(found.responses_deleted_at),
        surveys=presenters.survey_rows(found, now), assigned=assigned, assign_form=assign_form,
        form=assign_form, totals=[(presenters.audience_label(a), counts.totals.get(a, 0)) for a in counts.audiences],
        total=counts.total, deletion=deletion, retention=presenters.retention_text(found),
        has_summary="inspect.summary" in current_app.view_functions,
    )


@bp.post("/inspections/<int:inspection_id>/inspectors")
@coordinator_required
def assign_inspector(inspection_id: int):
    found = load_inspection(inspection_id)
    assigned = users.assigned_inspectors(inspection=found)
    form = AssignInspectorForm()
    form.inspector.choices = _inspector_choices({user.id for user in assigned})
    if form.validate_on_submit():
        user = users.user_by_id(int(form.inspector.data))
        if user is not None and users.assign(user=user, inspection=found):
            audit.record("inspector_assigned", user=current_user, inspection_id=found.id, detail=user.email)
            flash(_("%(name)s can now see this inspection.", name=user.name or user.email), "success")
        return redirect(url_for("admin.inspection", inspection_id=found.id) + "#inspectors")
    return _render_overview(found, utcnow(), assigned, form)


@bp.post("/inspections/<int:inspection_id>/inspectors/<int:user_id>/remove")
@coordinator_required
def unassign_inspector(inspection_id: int, user_id: int):
    found = load_inspection(inspection_id)
    user = users.user_by_id(user_id)
    if user is None:
        abort(404)
    if users.unassign(user=user, inspection=found):
        audit.record("inspector_unassigned", user=current_user, inspection_id=found.id, detail=user.email)
        flash(_("%(name)s can no longer see this inspection.", name=user.name or user.email), "success")
    return redirect(url_for("admin.inspection", inspection_id=found.id) + "#inspectors")
