"""The coordinator in real Chromium: sign in, set up an inspection, share its links, manage it.
Keyboard only, axe on every signed-in page (error states too), and again without JavaScript."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import select

from tests.browser.conftest import assert_title_starts, choose_radio, press_button, tab_to, type_into
from tests.staff_support import PASSWORD, create_user
from voice.models import Inspection
from voice.services import working_days


@pytest.fixture
def staff(app):
    from voice.services.areas import load_local_areas

    with app.app_context():
        load_local_areas()
    create_user(app, email="cora@example.org", role="coordinator", name="Cora Ordinator")
    create_user(app, email="ivy@example.org", role="inspector", name="Ivy Inspector")


def _notification_day() -> date:
    return working_days.nth_working_day(date.today() + timedelta(days=10), 1)


def _sign_in_by_keyboard(page, live_server, email: str, password: str = PASSWORD) -> None:
    page.goto(f"{live_server}/sign-in")
    type_into(page, "input[name=email]", email)
    type_into(page, "input[name=password]", password)
    press_button(page, "button[name=submit]")


def test_a_coordinator_sets_up_an_inspection_and_shares_its_links_by_keyboard_alone(
    live_server, page, staff, assert_accessible, db_session
):
    page.goto(f"{live_server}/inspections")
    assert page.locator("h1").inner_text() == "Sign in"
    assert "Sign in to see that page." in page.content()
    assert_accessible(page, "sign in")
    _sign_in_by_keyboard(page, live_server, "cora@example.org", "not my password")
    assert_title_starts(page, "Error: Sign in")
    assert_accessible(page, "sign in, with errors")

    _sign_in_by_keyboard(page, live_server, "cora@example.org")
    assert page.locator("h1").inner_text() == "Inspections"
    assert "Signed in as Cora Ordinator" in page.content()
    assert_accessible(page, "inspections list")

    tab_to(page, "main a[href='/admin/inspections/new']")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("h1").inner_text() == "Set up an inspection"
    assert_accessible(page, "set up an inspection")
    press_button(page, "button[name=submit]")
    assert_title_starts(page, "Error: Set up an inspection")
    assert_accessible(page, "set up an inspection, with errors")

    tab_to(page, "select[name=local_area]")
    page.keyboard.type("East Sussex")
    assert page.locator("select[name=local_area]").input_value() == "E10000011"
    choose_radio(page, "kind", "framework_2023")
    day = _notification_day()
    for part, value in (("day", day.day), ("month", day.month), ("year", day.year)):
        tab_to(page, f"#notification_date-{part}")
        page.keyboard.press("Control+A")
        page.keyboard.type(str(value))
    press_button(page, "button[name=submit]")

    assert page.locator("h1").inner_text() == "Check the inspection before you create it"
    assert "Surveys close" in page.content() and "11:59pm" in page.content()
    assert_accessible(page, "check the inspection")
    press_button(page, "button[name=submit]")

    assert page.locator("h1").inner_text() == "Share the links for East Sussex"
    assert_accessible(page, "share the links")
    inspection = db_session.scalar(select(Inspection).order_by(Inspection.id.desc()))
    token = inspection.survey_for("parent_carer").token
    assert page.locator(f"a[href$='/s/{token}/']").count() == 1
    qr = page.locator("img.voice-share__qr").first
    assert qr.evaluate("img => img.complete && img.naturalWidth > 0")
    with page.expect_download() as download:
        tab_to(page, "a[href$='/poster/parent_carer.pdf']")
        page.keyboard.press("Enter")
    assert download.value.suggested_filename.endswith("parent_carer-poster.pdf")

    tab_to(page, "a.govuk-back-link")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("h1").inner_text().startswith("East Sussex")
    assert_accessible(page, "the inspection")

    # Edit it: seven working days instead of five, checked before it is saved.
    tab_to(page, f"a[href='/admin/inspections/{inspection.id}/edit']")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("h1").inner_text() == "Change the inspection for East Sussex"
    assert_accessible(page, "change the inspection")
    tab_to(page, "input[name=working_days]")
    page.keyboard.press("Control+A")
    page.keyboard.type("7")
    press_button(page, "button[name=submit]")
    assert page.locator("h1").inner_text() == "Check the changes before you save them"
    assert_accessible(page, "check the changes")
    press_button(page, "button[name=confirm]")
    assert "The inspection has been changed." in page.content()
    db_session.expire_all()
    assert db_session.get(Inspection, inspection.id).survey_working_days == 7

    # Closing early asks first, on its own page.
    tab_to(page, "a[href$='/windows/parent_carer/close']")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("h1").inner_text().startswith("Close ")
    assert_accessible(page, "confirm closing a window early")
    press_button(page, "form[action$='/windows/parent_carer/close'] button")
    assert "the window is closed" in page.content()
    assert_accessible(page, "the inspection, after closing a window")

    tab_to(page, f"a[href='/admin/inspections/{inspection.id}/counts']")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "0 responses so far" in page.content()
    assert_accessible(page, "counts")

    page.goto(f"{live_server}/admin/inspections/{inspection.id}/delete")
    assert_accessible(page, "delete the responses")
    type_into(page, "input[name=confirm_area]", "Somewhere else")
    press_button(page, "button[name=delete]")
    assert_title_starts(page, "Error: Delete the responses")
    assert_accessible(page, "delete the responses, with errors")

    tab_to(page, "a[href='/admin/audit']")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "Set up an inspection" in page.content()
    assert_accessible(page, "audit log")

    press_button(page, "button.voice-staff-nav__button")
    assert page.locator("h1").inner_text() == "Sign in"
    assert "You have signed out." in page.content()
    assert_accessible(page, "signed out")


def test_the_coordinator_pages_work_and_pass_axe_with_javascript_turned_off(
    live_server, page_no_js, staff, make_inspection, assert_accessible
):
    page = page_no_js
    inspection_id = make_inspection()["id"]
    page.goto(f"{live_server}/sign-in")
    page.fill("input[name=email]", "cora@example.org")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[name=submit]")
    assert page.locator("h1").inner_text() == "Inspections"
    assert_accessible(page, "inspections, no JavaScript")

    page.goto(f"{live_server}/admin/inspections/new")
    page.fill("#working_days", "twenty")
    page.click("button[name=submit]")
    assert_title_starts(page, "Error:")
    assert_accessible(page, "set up, with errors, no JavaScript")
    page.select_option("select[name=local_area]", "E08000025")
    page.check("input[name=kind][value=thematic]")
    day = _notification_day()
    page.fill("#notification_date-day", str(day.day))
    page.fill("#notification_date-month", str(day.month))
    page.fill("#notification_date-year", str(day.year))
    page.fill("#working_days", "3")
    webinar = working_days.nth_working_day(day, 4)
    page.fill("#webinar_date-day", str(webinar.day))
    page.fill("#webinar_date-month", str(webinar.month))
    page.fill("#webinar_date-year", str(webinar.year))
    page.fill("#webinar_time", "7pm")
    page.click("button[name=submit]")
    assert "at 7pm" in page.content()
    assert_accessible(page, "check, no JavaScript")
    page.click("button[name=submit]")
    assert page.locator("h1").inner_text() == "Share the links for Birmingham"
    assert_accessible(page, "share, no JavaScript")

    page.goto(f"{live_server}/admin/inspections/{inspection_id}")
    page.click("button[name=assign]")
    assert_title_starts(page, "Error:")
    assert "Select an inspector" in page.content()
    assert_accessible(page, "inspection, assign with errors, no JavaScript")
    page.select_option("select[name=inspector]", label="Ivy Inspector (ivy@example.org)")
    page.click("button[name=assign]")
    assert "Ivy Inspector can now see this inspection." in page.content()
    assert_accessible(page, "inspection with an inspector, no JavaScript")
    for path in (f"/admin/inspections/{inspection_id}/counts", f"/admin/inspections/{inspection_id}/delete",
                 "/admin/audit"):
        page.goto(live_server + path)
        assert_accessible(page, path + ", no JavaScript")


def test_an_inspector_sees_their_list_and_a_polite_refusal_on_coordinator_pages(
    live_server, page, staff, make_inspection, assert_accessible
):
    make_inspection()
    _sign_in_by_keyboard(page, live_server, "ivy@example.org")
    assert page.locator("h1").inner_text() == "Inspections"
    assert "You have not been assigned to an inspection yet" in page.content()
    assert_accessible(page, "inspector's empty list")
    page.goto(f"{live_server}/admin/audit")
    assert page.locator("h1").inner_text() == "You do not have access to this page"
    assert_accessible(page, "403")
