"""The webinar question page in real Chromium: keyboard only, axe on every state, and without JavaScript.

The inspectors' webinar pages are checked with axe too, signed in through the real sign-in page.
"""

from __future__ import annotations

import random

from sqlalchemy import func, select

from tests.browser.conftest import assert_title_starts, choose_radio, press_button, tab_to, type_into
from tests.integration.webinar_fixtures import *  # noqa: F403  (fixtures: webinar_inspection, make_staff)
from voice.models.webinar import WebinarGroup, WebinarQuestion

GENERAL = "How will the inspectors check that EHC plans are finished within 20 weeks?"
OWN_CASE = "My son has been out of school since October, can the inspectors tell the council to find him a place?"
PASSWORD = "correct horse battery staple"


def _stored(db_session) -> int:
    db_session.expire_all()
    return db_session.scalar(select(func.count()).select_from(WebinarQuestion))


def test_a_parent_sends_a_question_by_keyboard_alone_with_no_axe_violations(
    live_server, page, webinar_inspection, assert_accessible, db_session
):
    url = f"{live_server}/w/{webinar_inspection['webinar']}/"
    page.goto(url)
    assert page.locator("h1").inner_text() == "Send a question for the inspectors' webinar"
    assert_accessible(page, "question page")

    press_button(page, "button[name=submit]")  # nothing typed: the error state
    assert_title_starts(page, "Error: Send a question")
    assert page.locator(".govuk-error-summary").is_visible()
    assert_accessible(page, "question page, with errors")

    type_into(page, "textarea[name=question]", GENERAL)
    choose_radio(page, "asker_role", "carer")
    choose_radio(page, "age_phase", "age_11_15")
    press_button(page, "button[name=submit]")
    assert page.locator("h1").inner_text() == "Your question has been sent"
    assert "What happens next" in page.content()
    assert_accessible(page, "confirmation")
    assert _stored(db_session) == 1

    page.goto(url)
    type_into(page, "textarea[name=question]", OWN_CASE)
    press_button(page, "button[name=submit]")
    assert "Your question seems to be about your own child" in page.content()
    assert_accessible(page, "confirmation for a family's own case")
    assert _stored(db_session) == 2


def test_the_honeypot_is_never_reached_with_the_tab_key(live_server, page, webinar_inspection):
    page.goto(f"{live_server}/w/{webinar_inspection['webinar']}/")
    assert not page.locator("input[name=website]").is_visible() or \
        page.locator(".voice-honeypot").bounding_box()["width"] <= 1
    visited = []
    for _ in range(60):
        page.keyboard.press("Tab")
        name = page.evaluate("document.activeElement && document.activeElement.name")
        visited.append(name)
        if name == "submit":
            break
    assert "submit" in visited and "question" in visited
    assert "website" not in visited


def test_the_question_page_works_with_javascript_turned_off(
    live_server, page_no_js, webinar_inspection, assert_accessible, db_session
):
    page = page_no_js
    url = f"{live_server}/w/{webinar_inspection['webinar']}/"
    page.goto(url)
    assert_accessible(page, "question page, no JavaScript")
    page.click("button[name=submit]")
    assert_title_starts(page, "Error:")
    assert_accessible(page, "errors, no JavaScript")
    page.fill("textarea[name=question]", GENERAL)
    page.check('input[name="asker_role"][value="parent"]')
    page.click("button[name=submit]")
    assert page.locator("h1").inner_text() == "Your question has been sent"
    assert_accessible(page, "confirmation, no JavaScript")

    page.goto(url)
    page.fill("textarea[name=question]", OWN_CASE)
    page.click("button[name=submit]")
    assert "Your question seems to be about your own child" in page.content()
    assert_accessible(page, "own-case confirmation, no JavaScript")
    assert _stored(db_session) == 2


def test_the_closed_and_not_yet_open_pages_have_no_axe_violations(
    live_server, page, page_no_js, make_inspection, assert_accessible
):
    from datetime import date, timedelta

    from voice.models import utcnow

    closed = make_inspection(webinar_at=utcnow() + timedelta(hours=6))["webinar"]
    later = make_inspection(notification_date=date.today() + timedelta(days=14),
                            webinar_at=utcnow() + timedelta(days=24))["webinar"]
    for browser_page in (page, page_no_js):
        browser_page.goto(f"{live_server}/w/{closed}/")
        assert "have closed" in browser_page.locator("h1").inner_text()
        assert_accessible(browser_page, "closed")
        browser_page.goto(f"{live_server}/w/{later}/")
        assert "not open yet" in browser_page.locator("h1").inner_text()
        assert_accessible(browser_page, "not open yet")


def _sign_in(page, live_server, email: str) -> None:
    page.goto(f"{live_server}/sign-in")
    page.fill("input[name=email]", email)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[name=submit]")


def test_the_inspectors_webinar_pages_have_no_axe_violations_and_work_by_keyboard(
    app, live_server, page, page_no_js, webinar_inspection, make_staff, assert_accessible, db_session
):
    from voice.demo.webinar import seed_webinar
    from voice.extensions import db
    from voice.models import Inspection

    inspection_id = webinar_inspection["id"]
    make_staff(inspection_ids=(inspection_id,), email="inspector@example.com")
    with app.app_context():
        seed_webinar(random.Random(1), db.session.get(Inspection, inspection_id))
    base = f"{live_server}/inspections/{inspection_id}/webinar"

    _sign_in(page, live_server, "inspector@example.com")
    page.goto(f"{base}/")
    assert page.locator("h1").inner_text() == "Webinar questions"
    assert_accessible(page, "webinar questions")

    # Keyboard: add the first group to the running order, then open the running order.
    press_button(page, "form[action$='/shortlist'] button[name=shortlisted]")
    assert page.locator(".govuk-notification-banner").is_visible()
    assert_accessible(page, "webinar questions, after adding to the running order")
    db_session.expire_all()
    assert db_session.scalar(select(func.count()).select_from(WebinarGroup)
                             .where(WebinarGroup.shortlisted)) == 1

    group_id = db_session.scalars(select(WebinarGroup).where(WebinarGroup.shortlisted)).one().id
    for path, label in ((f"/groups/{group_id}", "group"), ("/running-order", "running order"),
                        ("/running-order/print", "printable running order"),
                        ("/individual-cases", "individual cases"), ("/merge", "merge")):
        page.goto(base + path)
        assert_accessible(page, label)
    tab_to(page, "button[name=submit]")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert_title_starts(page, "Error: Merge groups")
    assert_accessible(page, "merge, with errors")

    _sign_in(page_no_js, live_server, "inspector@example.com")
    page_no_js.goto(f"{base}/running-order")
    assert_accessible(page_no_js, "running order, no JavaScript")
    page_no_js.click("form[action$='/answered'] button[name=answered]")
    assert "Marked as answered" in page_no_js.content()
    page_no_js.goto(f"{base}/")
    assert_accessible(page_no_js, "webinar questions, no JavaScript")


def test_the_help_after_a_question_has_no_axe_violations(live_server, page, webinar_inspection, assert_accessible):
    page.goto(f"{live_server}/w/{webinar_inspection['webinar']}/")
    page.fill("textarea[name=question]", "My son says he wants to kill himself. Where is the mental health support?")
    page.click("button[name=submit]")
    assert page.locator(".voice-crisis-help h2").inner_text() == "If you or your child need help now"
    assert_accessible(page, "confirmation with help")
