"""The inspectors' side: grouped questions, merges and splits, the running order, and its PDF."""

from __future__ import annotations

from flask import (
    Response,
    abort,
    current_app,
    flash,
    g,
    get_flashed_messages,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_login import current_user
from werkzeug.routing import BuildError

from voice.forms.webinar import ActionForm, MergeForm
from voice.services import audit, webinar_groups
from voice.services import webinar as webinar_service
from voice.staff.access import inspection_required
from voice.webinar import inspect_bp as bp
from voice.webinar import presenters
from voice.webinar.pdf import running_order_pdf

FLASH = "webinar"
# The staff layout links to these; until they exist, pages use the public layout.
_STAFF_ENDPOINTS = ("staff.inspections", "auth.sign_out", "admin.new_inspection", "admin.audit_log")


@bp.context_processor
def _page_context() -> dict:
    staff = all(e in current_app.view_functions for e in _STAFF_ENDPOINTS)
    inspection = getattr(g, "inspection", None)
    summary_url = None
    if inspection is not None:
        try:
            summary_url = url_for("inspect.summary", inspection_id=inspection.id)
        except BuildError:
            summary_url = None
    return {"staff_layout": "staff_layout.html" if staff else "layout.html",
            "summary_url": summary_url, "flashes": _flashes()}


def _flashes() -> list[str]:
    return [str(message) for message in get_flashed_messages(category_filter=[FLASH])]


def _times() -> dict[str, str]:
    inspection = g.inspection
    survey = inspection.survey_for(webinar_service.AUDIENCE)
    if survey is None or inspection.webinar_at is None:
        abort(404)  # this inspection has no webinar
    return presenters.intake_times(inspection, survey)


def _action_form() -> ActionForm:
    form = ActionForm()
    if not form.validate_on_submit():
        abort(400)
    return form


def _back(inspection_id: int, group_id: int):
    """Back to the page the button was on: a fixed list, never a URL taken from the form."""
    back = request.form.get("back")
    if back == "group":
        return redirect(url_for("webinar_inspect.group", inspection_id=inspection_id,
                                group_id=group_id))
    endpoint = "webinar_inspect.running_order" if back == "running_order" else "webinar_inspect.questions"
    return redirect(url_for(endpoint, inspection_id=inspection_id, _anchor=f"group-{group_id}"))


@bp.get("/")
@inspection_required
def questions(inspection_id: int):
    groups = webinar_groups.groups_for(inspection_id=inspection_id)
    individual = webinar_service.individual_cases(inspection_id=inspection_id)
    return render_template(
        "webinar/inspect/questions.html", inspection=g.inspection, form=ActionForm(),
        sections=presenters.theme_sections(groups, inspection_id=inspection_id),
        most_asked=presenters.most_asked(groups, inspection_id=inspection_id),
        counts=presenters.overview_counts(
            questions=sum(len(group.questions) for group in groups), groups=len(groups),
            individual=len(individual), shortlisted=sum(1 for group in groups if group.shortlisted),
        ),
        times=_times(),
    )


@bp.get("/groups/<int:group_id>")
@inspection_required
def group(inspection_id: int, group_id: int):
    found = webinar_groups.group_for(inspection_id=inspection_id, group_id=group_id)
    if found is None:
        abort(404)
    return render_template("webinar/inspect/group.html", inspection=g.inspection, form=ActionForm(),
                           group=presenters.group_card(found, inspection_id=inspection_id))


@bp.post("/groups/<int:group_id>/shortlist")
@inspection_required
def shortlist(inspection_id: int, group_id: int):
    _action_form()
    wanted = request.form.get("shortlisted") == "yes"
    try:
        webinar_groups.set_shortlisted(inspection_id=inspection_id, group_id=group_id,
                                       shortlisted=wanted, user=current_user)
    except webinar_groups.GroupError:
        abort(404)
    flash(_("Added to the running order") if wanted else _("Taken out of the running order"), FLASH)
    return _back(inspection_id, group_id)


@bp.post("/groups/<int:group_id>/answered")
@inspection_required
def answered(inspection_id: int, group_id: int):
    _action_form()
    wanted = request.form.get("answered") == "yes"
    try:
        webinar_groups.set_answered(inspection_id=inspection_id, group_id=group_id,
                                    answered=wanted, user=current_user)
    except webinar_groups.GroupError:
        abort(404)
    flash(_("Marked as answered") if wanted else _("Marked as not answered"), FLASH)
    return _back(inspection_id, group_id)


@bp.post("/groups/<int:group_id>/move")
@inspection_required
def move(inspection_id: int, group_id: int):
    _action_form()
    direction = request.form.get("direction", "")
    try:
        webinar_groups.move(inspection_id=inspection_id, group_id=group_id, direction=direction,
                            user=current_user)
    except webinar_groups.GroupError:
        abort(400)
    flash(_("Moved up") if direction == "up" else _("Moved down"), FLASH)
    return _back(inspection_id, group_id)


@bp.post("/questions/<int:question_id>/split")
@inspection_required
def split(inspection_id: int, question_id: int):
    _action_form()
    try:
        new = webinar_groups.split(inspection_id=inspection_id, question_id=question_id,
                                   user=current_user)
    except webinar_groups.GroupError:
        abort(404)
    flash(_("The question is now in a group of its own"), FLASH)
    return redirect(url_for("webinar_inspect.group", inspection_id=inspection_id, group_id=new.id))


@bp.route("/merge", methods=["GET", "POST"])
@inspection_required
def merge(inspection_id: int):
    groups = webinar_groups.groups_for(inspection_id=inspection_id)
    form = MergeForm()
    form.groups.choices = presenters.merge_choices(groups, inspection_id=inspection_id)
    if request.method == "GET":
        form.groups.data = [int(v) for v in request.args.getlist("group") if v.isdigit()]
    if form.validate_on_submit():
        try:
            merged = webinar_groups.merge(inspection_id=inspection_id, group_ids=form.groups.data,
                                          user=current_user)
        except webinar_groups.GroupError:
            abort(404)
        flash(_("The groups have been merged"), FLASH)
        return redirect(url_for("webinar_inspect.group", inspection_id=inspection_id,
                                group_id=merged.id))
    return render_template("webinar/inspect/merge.html", inspection=g.inspection, form=form)


@bp.post("/regroup")
@inspection_required
def regroup(inspection_id: int):
    _action_form()
    count = webinar_groups.regroup(inspection_id=inspection_id, user=current_user)
    flash(ngettext("Questions regrouped: there is now %(num)d group",
                   "Questions regrouped: there are now %(num)d groups", count), FLASH)
    return redirect(url_for("webinar_inspect.questions", inspection_id=inspection_id))


@bp.get("/running-order")
@inspection_required
def running_order(inspection_id: int):
    groups = webinar_groups.running_order(inspection_id=inspection_id)
    return render_template(
        "webinar/inspect/running_order.html", inspection=g.inspection, form=ActionForm(),
        items=presenters.running_order_items(groups, inspection_id=inspection_id),
    )


@bp.get("/running-order/print")
@inspection_required
def running_order_print(inspection_id: int):
    groups = webinar_groups.running_order(inspection_id=inspection_id)
    return render_template(
        "webinar/inspect/running_order_print.html", inspection=g.inspection, times=_times(),
        items=presenters.running_order_items(groups, inspection_id=inspection_id),
    )


@bp.get("/running-order.pdf")
@inspection_required
def running_order_download(inspection_id: int):
    groups = webinar_groups.running_order(inspection_id=inspection_id)
    pdf = running_order_pdf(
        inspection=g.inspection, times=_times(),
        items=presenters.running_order_items(groups, inspection_id=inspection_id),
    )
    audit.record("webinar_running_order_pdf", user=current_user, inspection_id=inspection_id)
    filename = f"webinar-running-order-{inspection_id}.pdf"
    return Response(pdf, mimetype="application/pdf",
                    headers={"Content-Disposition": f'attachment; filename="{filename}"'})


@bp.get("/individual-cases")
@inspection_required
def individual_cases(inspection_id: int):
    found = webinar_service.individual_cases(inspection_id=inspection_id)
    return render_template(
        "webinar/inspect/individual_cases.html", inspection=g.inspection,
        questions=[presenters.question_row(q, mark_individual=False) | {"group_id": q.group_id} for q in found],
    )
