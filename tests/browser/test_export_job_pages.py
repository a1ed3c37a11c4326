"""Background exports in real Chromium: asked for by keyboard, followed without JavaScript, axe on each page."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from tests.browser.conftest import choose_radio, press_button
from tests.browser.test_inspector_journey import _sign_in, demo  # noqa: F401  (the demo fixture)


def _job(app, inspection_id: int, email: str, **state) -> int:
    from voice.extensions import db
    from voice.models import User, utcnow
    from voice.services import export_jobs

    with app.app_context():
        user = db.session.scalar(select(User).where(User.email == email))
        job = export_jobs.request_export(inspection_id=inspection_id, user=user, fmt="xlsx", include_original=False)
        for name, value in state.items():
            setattr(job, name, value)
        job.updated_at = utcnow() - timedelta(seconds=30)
        db.session.commit()
        return job.id


def test_an_inspector_prepares_a_spreadsheet_by_keyboard(live_server, page, app, demo, assert_accessible):  # noqa: F811
    _sign_in(page, live_server, demo)
    page.goto(f"{live_server}/inspections/{demo['id']}/summary")
    press_button(page, "form[action$='/exports'] button")
    assert "/exports/" in page.url and "refresh=on" in page.url
    assert "Ready to download" in page.content()
    assert page.locator("a.govuk-button", has_text="Download the file").count() == 1
    assert_accessible(page, "export ready")

    page.goto(f"{live_server}/inspections/{demo['id']}/exports")
    assert_accessible(page, "export list")
    choose_radio(page, "format", "csv")
    press_button(page, "button[name=prepare]")
    assert "Ready to download" in page.content() and "CSV" in page.content()


def test_the_export_pages_work_without_javascript(live_server, page_no_js, app, demo,  # noqa: F811
                                                  assert_accessible):
    page = page_no_js
    _sign_in(page, live_server, demo)
    running = _job(app, demo["id"], demo["email"], status="running", attempts=1, rows_total=32000,
                   rows_done=12000)
    page.goto(f"{live_server}/inspections/{demo['id']}/exports/{running}")
    assert "12,000 of 32,000 rows" in page.content()
    assert_accessible(page, "export in progress, no JavaScript")

    failed = _job(app, demo["id"], demo["email"], status="failed", attempts=3, error="OperationalError")
    page.goto(f"{live_server}/inspections/{demo['id']}/exports/{failed}")
    assert "failed after 3 of 3 attempts" in page.content()
    assert_accessible(page, "export failed, no JavaScript")

    page.goto(f"{live_server}/inspections/{demo['id']}/exports")
    assert "1 download failed." in page.content()
    assert_accessible(page, "export list with a failure, no JavaScript")
