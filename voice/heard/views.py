"""The public page and its easy-read version. Drafts and unknown links are simply not found."""

from __future__ import annotations

from flask import abort, render_template

from voice.heard import bp
from voice.heard.presenters import page_context
from voice.services import you_said


def _published(token: str):
    page = you_said.published_page(token=token)
    if page is None:
        abort(404)
    return page


@bp.get("/<token>")
def page(token: str):
    found = _published(token)
    return render_template("heard/page.html", page=page_context(found, area=_area(found)))


@bp.get("/<token>/easy-read")
def easy_read(token: str):
    found = _published(token)
    return render_template("heard/easy_read.html", page=page_context(found, area=_area(found)))



def _area(page) -> str:
    return page.inspection.local_area.name
