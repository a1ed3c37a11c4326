"""The inspector's pages: thin views over the summary, correction and export services."""

from __future__ import annotations

from typing import Any

from flask import Response, abort, flash, g, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from voice.analysis import THEME_KEYS
from voice.forms.exports import ExportRequestForm
from voice.forms.inspect import CorrectionForm, FilterForm, ReviewForm, SearchForm, ShowOriginalForm
from voice.inspect import bp, comparison_presenters, presenters
from voice.inspect import exports_presenters as presenters_exports
from voice.models import utcnow
from voice.services import analysis_jobs, corrections, drilldown, export_jobs, exports, safeguarding_queue
from voice.services import summary as summary_service
from voice.staff.access import can_see_exact_counts, can_view_original, inspection_required


def _filters(args) -> tuple[FilterForm, summary_service.Filters]:
    form = FilterForm(formdata=args)
    return form, summary_service.Filters(**form.chosen())


def _page_number() -> int:
    return request.args.get("page", 1, type=int) or 1


def _safe_back(inspection_id: int, back: str | None) -> str | None:
    """Only a path inside this inspection's pages: never another site."""
    prefix = f"/inspections/{inspection_id}/"
    if back and back.startswith(prefix) and "//" not in back and "\\" not in back:
        return back
    return None


@bp.get("/summary")
@inspection_required
def summary(inspection_id: int):
    filter_form, filters = _filters(request.args)
    result = summary_service.build_summary(inspection_id=inspection_id, filters=filters)
    context = presenters.summary_context(result, inspection=g.inspection,
                                         can_view_original=can_view_original(current_user),
                                         exact_counts=can_see_exact_counts(current_user))
    webinar_href = (url_for("webinar_inspect.questions", inspection_id=inspection_id)
                    if g.inspection.webinar_at is not None else None)
    pending = analysis_jobs.pending_count(inspection_id=inspection_id)
    extras = comparison_presenters.summary_extras(result, inspection=g.inspection,
                                                  exact_counts=can_see_exact_counts(current_user),
                                                  compare=request.args.get("compare") == "1")
    return render_template("inspect/summary.html", inspection=g.inspection, filter_form=filter_form,
                           webinar_href=webinar_href, pending=pending, **context, **extras)


@bp.get("/themes/<theme>")
@inspection_required
def theme(inspection_id: int, theme: str):
    if theme not in THEME_KEYS:
        abort(404)
    _filter_form, filters = _filters(request.args)
    form = SearchForm(formdata=request.args)
    search = form.q.data.strip() if form.validate() and form.q.data else ""
    page = drilldown.theme_comments(
        inspection_id=inspection_id, theme=theme, filters=filters, search=search, page=_page_number(),
    )
    context = presenters.theme_page_context(page, inspection=g.inspection, theme=theme, filters=filters,
                                            search=search, back=request.full_path.rstrip("?"))
    return render_template("inspect/theme.html", inspection=g.inspection, form=form, **context), (
        400 if form.errors else 200)


def _original_form() -> ShowOriginalForm | None:
    """The "show original" button, only for roles allowed the unredacted text."""
    return ShowOriginalForm(prefix="original") if can_view_original(current_user) else None


def _comment_page(inspection_id: int, comment_id: int, form: CorrectionForm, *, original: str | None = None,
                  status: int = 200):
    view = corrections.comment_view(inspection_id=inspection_id, comment_id=comment_id)
    if view is None:
        abort(404)
    if not form.is_submitted() or original is not None:
        form.themes.data = view.themes
        form.sentiment.data = view.sentiment
    back = _safe_back(inspection_id, request.args.get("back"))
    keep: dict[str, Any] = {"back": back} if back else {}
    action = url_for("inspect.comment", inspection_id=inspection_id, comment_id=comment_id, **keep)
    return render_template(
        "inspect/comment.html", inspection=g.inspection, form=form, comment_id=comment_id, original=original,
        action=action, original_action=url_for("inspect.original", inspection_id=inspection_id,
                                               comment_id=comment_id, **keep),
        original_form=_original_form() if original is None else None,
        back_url=back or url_for("inspect.summary", inspection_id=inspection_id), back=back,
        **presenters.comment_context(view),
    ), status


@bp.route("/comments/<int:comment_id>", methods=["GET", "POST"])
@inspection_required
def comment(inspection_id: int, comment_id: int):
    form = CorrectionForm()
    if form.validate_on_submit():
        changes = corrections.correct(
            inspection_id=inspection_id, comment_id=comment_id, user=current_user,
            themes=form.themes.data or [], sentiment=form.sentiment.data,
        )
        if changes is None:
            abort(404)
        flash(_("Your changes have been saved") if changes else _("Nothing was changed"), "success")
        back = _safe_back(inspection_id, request.args.get("back"))
        keep: dict[str, Any] = {"back": back} if back else {}
        return redirect(url_for("inspect.comment", inspection_id=inspection_id, comment_id=comment_id, **keep))
    return _comment_page(inspection_id, comment_id, form, status=400 if form.errors else 200)


@bp.post("/comments/<int:comment_id>/original")
@inspection_required
def original(inspection_id: int, comment_id: int):
    if not can_view_original(current_user):
        abort(403)
    if not ShowOriginalForm(prefix="original").validate_on_submit():
        abort(400)
    text = corrections.reveal_original(inspection_id=inspection_id, comment_id=comment_id, user=current_user)
    if text is None:
        abort(404)
    return _comment_page(inspection_id, comment_id, CorrectionForm(formdata=None), original=text)


@bp.get("/safeguarding")
@inspection_required
def safeguarding(inspection_id: int):
    status = request.args.get("status") or None
    if status not in (None, *safeguarding_queue.STATUSES):
        status = None
    page = safeguarding_queue.page_of(inspection_id=inspection_id, status=status, page=_page_number())
    counts = safeguarding_queue.counts(inspection_id=inspection_id)
    return render_template("inspect/safeguarding.html", inspection=g.inspection,
                           **presenters.safeguarding_context(page, counts, inspection=g.inspection, status=status))


@bp.route("/safeguarding/<int:comment_id>", methods=["GET", "POST"])
@inspection_required
def review(inspection_id: int, comment_id: int):
    return _review(inspection_id, safeguarding_queue.COMMENT, comment_id)


@bp.route("/safeguarding/webinar/<int:question_id>", methods=["GET", "POST"])
@inspection_required
def review_webinar(inspection_id: int, question_id: int):
    return _review(inspection_id, safeguarding_queue.WEBINAR, question_id)


def _review(inspection_id: int, kind: str, item_id: int):
    flag = safeguarding_queue.flag(kind=kind, inspection_id=inspection_id, item_id=item_id)
    if flag is None:
        abort(404)
    form = ReviewForm()
    if form.validate_on_submit():
        safeguarding_queue.decide(kind=kind, inspection_id=inspection_id, item_id=item_id,
                                  status=form.decision.data, note=form.note.data, user=current_user)
        flash(_("Your decision has been saved"), "success")
        return redirect(url_for("inspect.safeguarding", inspection_id=inspection_id))
    if request.method == "GET" and flag.status != safeguarding_queue.NEW:
        form.decision.data = flag.status
        form.note.data = flag.note
    context: dict[str, Any] = {}
    if kind == safeguarding_queue.COMMENT:
        view = corrections.comment_view(inspection_id=inspection_id, comment_id=item_id)
        if view is None:
            abort(404)
        context = presenters.comment_context(view)
        context.update(original_form=_original_form(), original=None,
                       original_action=url_for("inspect.original", inspection_id=inspection_id,
                                               comment_id=item_id, back=request.path))
    return render_template(
        "inspect/review.html", inspection=g.inspection, form=form,
        back_url=url_for("inspect.safeguarding", inspection_id=inspection_id),
        **{**context, **presenters.flag_context(flag)},
    ), 400 if form.errors else 200


def _download(data: bytes, mimetype: str, filename: str) -> Response:
    return Response(data, mimetype=mimetype, headers={
        "Content-Disposition": f'attachment; filename="{filename}"',
    })


MIMETYPES = {"csv": "text/csv", "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


def _too_big_for_now(inspection_id: int):
    """Large inspections are prepared in the background: send the user to ask for it there."""
    if export_jobs.small_enough_to_send_now(inspection_id=inspection_id):
        return None
    flash(_("This inspection has too many comments to download at once. Prepare the download below: "
            "it takes a minute or two."), "info")
    return redirect(url_for("inspect.export_jobs_list", inspection_id=inspection_id), 303)


@bp.get("/export/comments.csv")
@inspection_required
def export_csv(inspection_id: int):
    if (elsewhere := _too_big_for_now(inspection_id)) is not None:
        return elsewhere
    data = exports.comments_csv(inspection_id=inspection_id, user=current_user,
                                include_original=can_view_original(current_user))
    return _download(data, MIMETYPES["csv"], f"voice-inspection-{inspection_id}-comments.csv")


@bp.get("/export/comments.xlsx")
@inspection_required
def export_xlsx(inspection_id: int):
    if (elsewhere := _too_big_for_now(inspection_id)) is not None:
        return elsewhere
    data = exports.comments_xlsx(inspection_id=inspection_id, user=current_user,
                                 include_original=can_view_original(current_user))
    return _download(data, MIMETYPES["xlsx"], f"voice-inspection-{inspection_id}-comments.xlsx")


@bp.get("/exports")
@inspection_required
def export_jobs_list(inspection_id: int):
    export_jobs.tidy(now=utcnow())
    jobs = export_jobs.visible_jobs(inspection_id=inspection_id, user=current_user)
    return render_template("inspect/exports.html", inspection=g.inspection, form=ExportRequestForm(),
                           **presenters_exports.list_context(jobs, inspection=g.inspection, user=current_user))


@bp.post("/exports")
@inspection_required
def export_jobs_start(inspection_id: int):
    form = ExportRequestForm()
    if not form.validate_on_submit():
        jobs = export_jobs.visible_jobs(inspection_id=inspection_id, user=current_user)
        return render_template("inspect/exports.html", inspection=g.inspection, form=form,
                               **presenters_exports.list_context(jobs, inspection=g.inspection,
                                                                 user=current_user)), 400
    _filter_form, filters = _filters(request.form)
    job = export_jobs.request_export(inspection_id=inspection_id, user=current_user, fmt=form.format.data,
                                     include_original=can_view_original(current_user), filters=filters)
    job_id = job.id
    export_jobs.enqueue(job_id)
    return redirect(url_for("inspect.export_job", inspection_id=inspection_id, job_id=job_id, refresh="on"), 303)


@bp.get("/exports/<int:job_id>")
@inspection_required
def export_job(inspection_id: int, job_id: int):
    export_jobs.tidy(now=utcnow())
    job = export_jobs.job_for(inspection_id=inspection_id, job_id=job_id, user=current_user)
    if job is None:
        abort(404)
    return render_template("inspect/export_job.html", inspection=g.inspection,
                           auto_refresh=request.args.get("refresh") == "on",
                           **presenters_exports.job_context(job, inspection=g.inspection))


@bp.get("/exports/<int:job_id>/file")
@inspection_required
def export_job_file(inspection_id: int, job_id: int):
    found = export_jobs.file_for(inspection_id=inspection_id, job_id=job_id, user=current_user,
                                 can_view_original=can_view_original(current_user))
    if found is None:
        abort(404)
    return _download(found.data, MIMETYPES[found.format],
                     f"voice-inspection-{inspection_id}-comments-{found.job_id}.{found.format}")


@bp.get("/export/brief.pdf")
@inspection_required
def export_pdf(inspection_id: int):
    _filter_form, filters = _filters(request.args)
    result = summary_service.build_summary(inspection_id=inspection_id, filters=filters)
    context = presenters.summary_context(result, inspection=g.inspection, can_view_original=False,
                                         exact_counts=can_see_exact_counts(current_user))
    extras = comparison_presenters.brief_extras(result, inspection=g.inspection,
                                                exact_counts=can_see_exact_counts(current_user))
    html = render_template("inspect/brief.html", inspection=g.inspection, **context, **extras)
    data = exports.brief_pdf(html=html, inspection_id=inspection_id, user=current_user)
    return _download(data, "application/pdf", f"voice-inspection-{inspection_id}-brief.pdf")
