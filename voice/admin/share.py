"""Sharing an inspection's links: the links themselves, QR codes, and printable A4 posters."""

from __future__ import annotations

from flask import Response, abort, render_template
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
    return render_template("admin/share.html", inspection=found, links=presenters.public_links(found))


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
    html = render_template(
        f"admin/poster_{audience}.html", inspection=found, area=found.local_area.name, link=link,
        qr=posters.qr_data_uri(url=link, title=_("QR code for %(link)s", link=link)),
        closes=presenters.closes_label(survey.closes_at),
        webinar=presenters.when(found.webinar_at),
    )
    response = Response(posters.poster_pdf(html=html), mimetype="application/pdf")
    response.headers["Content-Disposition"] = (
        f'attachment; filename="voice-{found.local_area.ons_code}-{audience}-poster.pdf"'
    )
    return response
