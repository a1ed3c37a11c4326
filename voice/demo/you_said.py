"""A published "You said, inspectors heard" page for a demo inspection whose windows have closed.

Kept apart from seed.py and called with the inspection it is for, so whichever demo
inspection is the earlier, closed one gets the page. It prints nothing: `flask demo`'s
output stays as it is.
"""

from __future__ import annotations

from voice.extensions import db
from voice.models import Inspection, YouSaidPage, utcnow
from voice.services import you_said

DEMO_REPORT_URL = "https://reports.ofsted.gov.uk/"
DEMO_QUOTES = 3


def seed_you_said(inspection: Inspection) -> YouSaidPage | None:
    """Prefill, choose a few short quotes for the main theme, and publish. None while a window is open."""
    now = utcnow()
    if not you_said.windows_closed(inspection=inspection, now=now):
        return None
    # `flask demo` rewrites the responses: the page is written again from them, at the same link.
    old = you_said.page_for(inspection_id=inspection.id)
    token = old.token if old is not None else None
    if old is not None:
        db.session.delete(old)
        db.session.commit()
    page = you_said.create_page(inspection=inspection, user=None, now=now)
    if token is not None:
        page.token = token
    page.report_url = DEMO_REPORT_URL
    if page.themes:
        listed = you_said.candidates(page=page, theme=page.themes[0]["theme"])
        you_said.set_quotes(page=page, shown=[c.comment_id for c in listed],
                            ticked=[c.comment_id for c in listed if len(c.text.split()) >= 8][:DEMO_QUOTES],
                            user=None)
    you_said.publish(page=page, user=None, now=now)
    return page
