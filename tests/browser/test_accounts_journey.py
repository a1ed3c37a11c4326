"""A coordinator invites an inspector by keyboard alone; the inspector gets the mail in the outbox,
sets a password and sets up two-factor sign-in. Axe on every new page, error states too."""

from __future__ import annotations

import re
import time

import pyotp
import pytest

from tests.browser.conftest import assert_title_starts, choose_radio, press_button, tab_to, type_into
from tests.staff_support import create_user


@pytest.fixture
def two_factor_required(app):
    app.config["STAFF_TWO_FACTOR_REQUIRED"] = True
    yield
    app.config["STAFF_TWO_FACTOR_REQUIRED"] = False


def _follow_link(page, selector: str) -> None:
    tab_to(page, selector)
    with page.expect_navigation():
        page.keyboard.press("Enter")


def _sign_in(page, live_server, email: str, password: str) -> None:
    page.goto(f"{live_server}/sign-in")
    type_into(page, "input[name=email]", email)
    type_into(page, "input[name=password]", password)
    press_button(page, "button[name=submit]")


def test_a_coordinator_invites_an_inspector_who_sets_up_two_factor_sign_in_by_keyboard(
    app, live_server, browser, page, make_inspection, assert_accessible, two_factor_required
):
    make_inspection()
    create_user(app, email="cora@example.org", role="coordinator", name="Cora Ordinator")
    with app.app_context():
        from voice.extensions import db
        from voice.models import User
        from voice.services import two_factor

        cora = db.session.query(User).filter_by(email="cora@example.org").one()
        secret = two_factor.start_enrolment(user=cora)
        two_factor.confirm_enrolment(user=cora, code=pyotp.TOTP(secret).now(), now_at=cora.created_at)
    _sign_in(page, live_server, "cora@example.org", "correct horse battery staple")
    assert page.locator("h1").inner_text() == "Enter the code from your authenticator app"
    assert_accessible(page, "two-factor code")
    type_into(page, "input[name=code]", "000000")
    press_button(page, "button[name=submit]")
    assert_title_starts(page, "Error: Enter the code")
    assert_accessible(page, "two-factor code, with errors")
    type_into(page, "input[name=code]", pyotp.TOTP(secret).at(time.time() + 30))
    press_button(page, "button[name=submit]")
    assert page.locator("h1").inner_text() == "Inspections"

    _follow_link(page, "nav a[href='/admin/accounts']")
    assert page.locator("h1").inner_text() == "Accounts"
    assert_accessible(page, "accounts")
    _follow_link(page, "main a[href='/admin/accounts/invite']")
    assert_accessible(page, "invite someone")
    press_button(page, "button[name=submit]")
    assert_title_starts(page, "Error: Invite someone")
    assert_accessible(page, "invite someone, with errors")
    type_into(page, "input[name=name]", "Ida Inspector")
    type_into(page, "input[name=email]", "ida@example.org")
    choose_radio(page, "role", "inspector")
    tab_to(page, "input[type=checkbox][name=inspections]")
    page.keyboard.press("Space")
    press_button(page, "button[name=submit]")
    assert page.locator("h1").inner_text() == "Ida Inspector"
    assert "Invitation sent to ida@example.org" in page.content()
    assert_accessible(page, "an account")

    _follow_link(page, "nav a[href='/admin/outbox']")
    assert_accessible(page, "outbox")
    _follow_link(page, "main .voice-outbox a")
    assert page.locator("h1").inner_text() == "You have been invited to Voice"
    assert_accessible(page, "a message in the outbox")
    link = re.search(r"https?://[^/\s]+(/set-password/[\w-]+)", page.locator("#mail-body").inner_text())
    assert link, "no set-password link in the invitation"

    inspector = browser.new_context().new_page()
    inspector.goto(live_server + link.group(1))
    assert inspector.locator("h1").inner_text() == "Set your password"
    assert_accessible(inspector, "set your password")
    type_into(inspector, "input[name=password]", "short")
    type_into(inspector, "input[name=confirm]", "short")
    press_button(inspector, "button[name=submit]")
    assert_accessible(inspector, "set your password, with errors")
    type_into(inspector, "input[name=password]", "ida's long new password")
    type_into(inspector, "input[name=confirm]", "ida's long new password")
    press_button(inspector, "button[name=submit]")
    assert "Your password is set" in inspector.content()

    _sign_in(inspector, live_server, "ida@example.org", "ida's long new password")
    assert inspector.locator("h1").inner_text() == "Set up two-factor sign-in"
    assert inspector.locator("img[src^='data:image/svg+xml']").count() == 1
    assert_accessible(inspector, "set up two-factor sign-in")
    key = inspector.locator("#totp-secret").inner_text().replace(" ", "")
    type_into(inspector, "input[name=code]", pyotp.TOTP(key).now())
    press_button(inspector, "button[name=submit]")
    assert inspector.locator("h1").inner_text() == "Your recovery codes"
    assert inspector.locator("#recovery-codes li").count() == 10
    assert_accessible(inspector, "recovery codes")
    _follow_link(inspector, "main a.govuk-button")
    assert inspector.locator("h1").inner_text() == "Inspections"
    assert "East Sussex" in inspector.content()
    _follow_link(inspector, "nav a[href='/account']")
    assert "On, with 10 recovery codes left" in inspector.content()
    assert_accessible(inspector, "your account")
    inspector.context.close()


def test_the_password_reset_pages_are_accessible_by_keyboard(app, live_server, page, assert_accessible):
    create_user(app, email="ivy@example.org", role="inspector")
    page.goto(f"{live_server}/sign-in")
    _follow_link(page, "main a[href='/sign-in/forgot-password']")
    assert_accessible(page, "forgotten password")
    press_button(page, "button[name=submit]")
    assert_accessible(page, "forgotten password, with errors")
    type_into(page, "input[name=email]", "ivy@example.org")
    press_button(page, "button[name=submit]")
    assert page.locator("h1").inner_text() == "Check your email"
    assert_accessible(page, "check your email")
    page.goto(f"{live_server}/set-password/not-a-real-link")
    assert page.locator("h1").inner_text() == "This link does not work any more"
    assert_accessible(page, "a spent link")


def test_a_coordinator_sees_a_safeguarding_alert_arrive_after_a_flagged_webinar_question(
    app, live_server, browser, page, make_inspection, assert_accessible
):
    from datetime import timedelta

    from voice.models import utcnow

    made = make_inspection(webinar_at=utcnow() + timedelta(days=5))
    create_user(app, email="cora@example.org", role="coordinator", name="Cora Ordinator")
    saved, app.config["BASE_URL"] = app.config["BASE_URL"], live_server  # so the link opens here
    try:
        _alert_arrives(live_server, browser, page, made, assert_accessible)
    finally:
        app.config["BASE_URL"] = saved


def _alert_arrives(live_server, browser, page, made, assert_accessible) -> None:
    family = browser.new_context().new_page()
    family.goto(f"{live_server}/w/{made['webinar']}/")
    type_into(family, "textarea[name=question]",
              "Why does the teaching assistant hit a child in my son's class every week?")
    press_button(family, "button[name=submit]")
    family.context.close()

    _sign_in(page, live_server, "cora@example.org", "correct horse battery staple")
    _follow_link(page, "nav a[href='/admin/outbox']")
    assert "Possible safeguarding concern: East Sussex" in page.content()
    _follow_link(page, "main .voice-outbox a")
    body = page.locator("#mail-body").inner_text()
    assert f"/inspections/{made['id']}/safeguarding" in body and "teaching assistant" not in body
    assert_accessible(page, "a safeguarding alert in the outbox")
    _follow_link(page, "#mail-body a")
    assert page.url.endswith(f"/inspections/{made['id']}/safeguarding")
