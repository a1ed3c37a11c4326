""""You said, inspectors heard": write the page after the report, choose quotes, preview, publish, poster."""

from __future__ import annotations

from flask import Response, abort, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from voice.admin import bp, presenters
from voice.admin.inspections import load_inspection
from voice.forms import error_messages
from voice.forms.fields import as_choices
from voice.forms.you_said import PublishForm, QuotesForm, UnpublishForm, YouSaidForm
from voice.heard.presenters import page_context, public_link
from voice.models.base import utcnow
from voice.services import posters
from voice.services import you_said as service
from voice.staff.access import coordinator_required
from voice.theme_names import THEME_NAMES

PUBLISH_ERRORS = {"no_report_url": error_messages.PUBLISH_NEEDS_REPORT,
                  "no_themes": error_messages.PUBLISH_NEEDS_THEME}


def _page_or_redirect(inspection):
    page = service.page_for(inspection_id=inspection.id)
    if page is None:
        abort(404)
    return page


def _here(inspection) -> str:
    return url_for("admin.you_said", inspection_id=inspection.id)


@bp.get("/inspections/<int:inspection_id>/you-said")
@coordinator_required
def you_said(inspection_id: int):
    found = load_inspection(inspection_id)
    page = service.page_for(inspection_id=found.id)
    closed = service.windows_closed(inspection=found, now=utcnow())
    last = service.last_close(inspection=found)
    return render_template(
        "admin/you_said.html", inspection=found, area=found.local_area.name, page=page, closed=closed,
        closes=presenters.closes_label(last) if last else None, form=PublishForm(),
        link=public_link(page) if page is not None and page.published else None,
        themes=[str(THEME_NAMES.get(row["theme"], row["theme"])) for row in page.themes] if page else [],
    )


@bp.post("/inspections/<int:inspection_id>/you-said/create")
@coordinator_required
def create_you_said(inspection_id: int):
    found = load_inspection(inspection_id)
    form = PublishForm()  # only its CSRF token is used
    if not form.validate_on_submit():
        abort(400)
    try:
        service.create_page(inspection=found, user=current_user, now=utcnow())
    except service.YouSaidError:
        flash(_("You can write this page once every survey window has closed."), "error")
        return redirect(_here(found))
    flash(_("The page has been started from the summary. Check every word before you publish it."), "success")
    return redirect(url_for("admin.edit_you_said", inspection_id=found.id))


@bp.route("/inspections/<int:inspection_id>/you-said/edit", methods=["GET", "POST"])
@coordinator_required
def edit_you_said(inspection_id: int):
    found = load_inspection(inspection_id)
    page = _page_or_redirect(found)
    form = YouSaidForm()
    if request.method == "GET":
        form.fill(page)
    if form.validate_on_submit():
        changed = service.change_page(page=page, change=service.PageChange(
            title=form.title.data, intro=form.intro.data or "", themes=form.themes(), easy_read=form.easy_read(),
            parents_count=int(form.parents_count.data.strip()),
            young_people_count=int(form.young_people_count.data.strip()), report_url=form.report_url.data or "",
        ), user=current_user)
        flash(_("The page has been saved.") if changed else _("Nothing was changed."), "success")
        return redirect(_here(found))
    return render_template("admin/you_said_edit.html", form=form, inspection=found, area=found.local_area.name,
                           page=page), 400 if form.errors else 200


@bp.route("/inspections/<int:inspection_id>/you-said/quotes", methods=["GET", "POST"])
@coordinator_required
def you_said_quotes(inspection_id: int):
    found = load_inspection(inspection_id)
    page = _page_or_redirect(found)
    form = QuotesForm()
    theme = (form.theme.data if request.method == "POST" else request.args.get("theme")) or ""
    if theme not in THEME_NAMES:
        theme = page.themes[0]["theme"] if page.themes else ""
    listed = service.candidates(page=page, theme=theme or None)
    form.quotes.choices = as_choices((c.comment_id, c.text) for c in listed)
    if request.method == "GET":
        form.theme.data = theme
        form.quotes.data = [c.comment_id for c in listed if c.chosen]
    if request.method == "POST":
        # The comments the coordinator saw: only those are changed. The service checks each is a candidate.
        form.quotes.choices = as_choices((i, "") for i in _ids(form.shown.data))
    if form.validate_on_submit():
        try:
            added, removed = service.set_quotes(
                page=page, shown=_ids(form.shown.data), ticked=list(form.quotes.data or []), user=current_user)
        except service.YouSaidError:
            form.quotes.errors = [error_messages.TOO_MANY_QUOTES % {"max": service.MAX_QUOTES}]
        else:
            flash(_("The quotes have been saved: %(added)s chosen, %(removed)s taken off.",
                    added=added, removed=removed), "success")
            return redirect(url_for("admin.you_said_quotes", inspection_id=found.id, theme=theme))
    form.shown.data = ",".join(str(c.comment_id) for c in listed)
    form.quotes.choices = as_choices((c.comment_id, c.text) for c in listed)
    ticked = set(form.quotes.data or [])
    items = [{"value": c.comment_id, "text": c.text, "checked": c.comment_id in ticked,
              "hint": {"text": _("Parent or carer") if c.audience == "parent_carer" else _("Young person")}}
             for c in listed]
    theme_links = [{"key": key, "name": str(THEME_NAMES[key]), "current": key == theme,
                    "url": url_for("admin.you_said_quotes", inspection_id=found.id, theme=key)}
                   for key in THEME_NAMES]
    return render_template("admin/you_said_quotes.html", form=form, inspection=found, area=found.local_area.name,
                           page=page, items=items, theme_name=str(THEME_NAMES.get(theme, "")),
                           theme_links=theme_links, max_quotes=service.MAX_QUOTES), 400 if form.errors else 200


def _ids(text: str | None) -> list[int]:
    return [int(part) for part in (text or "").split(",") if part.strip().isdigit()][:service.CANDIDATES_PER_THEME]


@bp.get("/inspections/<int:inspection_id>/you-said/preview")
@coordinator_required
def preview_you_said(inspection_id: int):
    found = load_inspection(inspection_id)
    page = _page_or_redirect(found)
    return render_template("heard/page.html", page=page_context(page, area=found.local_area.name, preview=True))


@bp.get("/inspections/<int:inspection_id>/you-said/preview/easy-read")
@coordinator_required
def preview_you_said_easy_read(inspection_id: int):
    found = load_inspection(inspection_id)
    page = _page_or_redirect(found)
    return render_template("heard/easy_read.html",
                           page=page_context(page, area=found.local_area.name, preview=True))


@bp.route("/inspections/<int:inspection_id>/you-said/publish", methods=["GET", "POST"])
@coordinator_required
def publish_you_said(inspection_id: int):
    found = load_inspection(inspection_id)
    page = _page_or_redirect(found)
    form = PublishForm()
    problem = None
    if form.validate_on_submit():
        try:
            service.publish(page=page, user=current_user, now=utcnow())
        except service.YouSaidError as error:
            problem = str(PUBLISH_ERRORS.get(error.code, error_messages.PUBLISH_NEEDS_THEME))
        else:
            flash(_("The page is published. Share its link or print the poster."), "success")
            return redirect(_here(found))
    return render_template("admin/you_said_publish.html", form=form, inspection=found, area=found.local_area.name,
                           page=page, problem=problem, link=public_link(page)), 400 if problem else 200


@bp.route("/inspections/<int:inspection_id>/you-said/unpublish", methods=["GET", "POST"])
@coordinator_required
def unpublish_you_said(inspection_id: int):
    found = load_inspection(inspection_id)
    page = _page_or_redirect(found)
    form = UnpublishForm()
    if form.validate_on_submit():
        service.unpublish(page=page, user=current_user)
        flash(_("The page has been taken down. Its link shows 'Page not found' until you publish it again."),
              "success")
        return redirect(_here(found))
    return render_template("admin/you_said_unpublish.html", form=form, inspection=found,
                           area=found.local_area.name, page=page)


def _published_link(inspection) -> tuple[object, str]:
    page = _page_or_redirect(inspection)
    if not page.published:
        abort(404)
    return page, public_link(page)


@bp.get("/inspections/<int:inspection_id>/you-said/qr.svg")
@coordinator_required
def you_said_qr(inspection_id: int):
    found = load_inspection(inspection_id)
    _page, link = _published_link(found)
    response = Response(posters.qr_svg(url=link, title=_("QR code for %(link)s", link=link)),
                        mimetype="image/svg+xml")
    response.headers["Content-Disposition"] = f'inline; filename="voice-{found.local_area.ons_code}-heard-qr.svg"'
    return response


@bp.get("/inspections/<int:inspection_id>/you-said/poster.pdf")
@coordinator_required
def you_said_poster(inspection_id: int):
    found = load_inspection(inspection_id)
    page, link = _published_link(found)
    html = render_template(
        "admin/poster_you_said.html", inspection=found, area=found.local_area.name, link=link,
        qr=posters.qr_data_uri(url=link, title=_("QR code for %(link)s", link=link)),
        page=page_context(page, area=found.local_area.name),
    )
    response = Response(posters.poster_pdf(html=html), mimetype="application/pdf")
    response.headers["Content-Disposition"] = (
        f'attachment; filename="voice-{found.local_area.ons_code}-you-said-poster.pdf"')
    return response
