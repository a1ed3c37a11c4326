"""Sharing an inspection's links: the links themselves, QR codes, and printable A4 posters."""

from __future__ import annotations

from pathlib import Path

from flask import Response, abort, current_app, render_template, request
from flask_babel import force_locale
from flask_babel import gettext as _

from voice.admin import bp, presenters
from voice.admin.inspections import load_inspection
from voice.services import posters
from voice.staff.access import coordinator_required

AUDIENCE_RULE = "<any(parent_carer, young_person, practitioner, webinar):audience>"


@bp.get("/inspections/<int:inspection_id>/share")
@coordinator_required
def share(inspection_id: int):
    found = load_inspection(inspection_id)
    links = presenters.public_links(found)
    return render_template("admin/share.html", inspection=found, links=links,
                           languages=presenters.language_rows(found, links))


def _link_or_404(inspection, audience: str) -> str:
    link = presenters.public_link(inspection, audience)
    if link is None:
        abort(404)
    return link


@bp.get(f"/inspections/<int:inspection_id>/qr/{AUDIENCE_RULE}.svg")
@coordinator_required
def qr(inspection_id: int, audience: str):
    found = load_inspection(inspection_id)
    link = _link_or_404(found, audience)
    title = _("QR code for %(link)s", link=link)
    response = Response(posters.qr_svg(url=link, title=title), mimetype="image/svg+xml")
    response.headers["Content-Disposition"] = (
        f'inline; filename="voice-{found.local_area.ons_code}-{audience}-qr.svg"'
    )
    return response


@bp.get(f"/inspections/<int:inspection_id>/poster/{AUDIENCE_RULE}.pdf")
@coordinator_required
def poster(inspection_id: int, audience: str):
    found = load_inspection(inspection_id)
    link = _link_or_404(found, audience)
    survey = found.survey_for(audience)
    # A poster prints in the language asked for (one link per language on the share page),
    # and its link and QR code open the survey in that language.
    language = request.args.get("lang", "en")
    if language not in current_app.config["LANGUAGES"]:
        abort(404)
    if language != "en":
        link = presenters.with_language(link, language)
    font_css, font_family = posters.poster_fonts(language=language,
                                                 font_dir=Path(current_app.config["POSTER_FONT_DIR"]))
    with force_locale(language):
        html = render_template(
            f"admin/poster_{audience}.html", inspection=found, area=found.local_area.name, link=link,
            qr=posters.qr_data_uri(url=link, title=_("QR code for %(link)s", link=link)),
            closes=presenters.closes_label(survey.closes_at),
            webinar=presenters.when(found.webinar_at), font_css=font_css, font_family=font_family,
        )
    suffix = "" if language == "en" else f"-{language}"
    response = Response(posters.poster_pdf(html=html), mimetype="application/pdf")
    response.headers["Content-Disposition"] = (
        f'attachment; filename="voice-{found.local_area.ons_code}-{audience}-poster{suffix}.pdf"'
    )
    return response
