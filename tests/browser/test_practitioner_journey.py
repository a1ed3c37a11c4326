"""The practitioners' survey in real Chromium: axe on every page, with JavaScript and without."""

from __future__ import annotations

from sqlalchemy import func, select

from tests.browser.conftest import assert_title_starts, choose_radio, press_button
from voice.models import Response

STATEMENTS = {
    "needs_identified": "disagree",
    "involved_in_decisions": "agree",
    "right_help": "strongly_disagree",
    "next_steps": "dont_know",
    "valued_included": "neither",
}


def test_a_practitioner_completes_the_survey_by_keyboard_with_no_axe_violations(
    live_server, page, make_inspection, assert_accessible, db_session
):
    token = make_inspection()["practitioner"]
    page.goto(f"{live_server}/p/{token}/")
    assert_accessible(page, "practitioner start page")
    press_button(page, "button.govuk-button--start")

    assert page.locator("h1").inner_text() == "What is your role?"
    press_button(page, "button[name=continue_]")  # nothing chosen: the error state
    assert_title_starts(page, "Error: What is your role?")
    assert_accessible(page, "practitioner role, with errors")
    choose_radio(page, "role", "school_college")
    press_button(page, "button[name=continue_]")
    assert_accessible(page, "practitioner setting")
    choose_radio(page, "work_setting", "special_school")
    press_button(page, "button[name=continue_]")
    for number, (name, value) in enumerate(STATEMENTS.items()):
        if number == 0:
            assert_accessible(page, "practitioner statement")
        choose_radio(page, name, value)
        press_button(page, "button[name=continue_]")
    assert page.locator("h1").inner_text() == "In your own words"
    assert_accessible(page, "practitioner comments")
    page.fill("textarea[name=improvements]", "Plans arrive late and the outcomes are vague.")
    press_button(page, "button[name=continue_]")
    assert_accessible(page, "practitioner check answers")
    press_button(page, "button[name=submit]")
    assert "Thank you" in page.locator("h1").inner_text()
    assert_accessible(page, "practitioner confirmation")
    assert db_session.scalar(select(func.count()).select_from(Response)) == 1


def test_the_practitioner_survey_works_with_javascript_turned_off(
    live_server, page_no_js, make_inspection, assert_accessible, db_session
):
    page = page_no_js
    token = make_inspection()["practitioner"]
    page.goto(f"{live_server}/p/{token}/")
    assert_accessible(page, "practitioner start page, no JavaScript")
    page.click("button.govuk-button--start")
    page.click("button[name=continue_]")
    assert_title_starts(page, "Error:")
    assert_accessible(page, "practitioner errors, no JavaScript")
    assert "this page will time out" in page.content()
    page.check('input[name="role"][value="health"]')
    page.click("button[name=continue_]")
    page.click("button[name=continue_]")  # where you work is optional
    for name, value in STATEMENTS.items():
        page.check(f'input[name="{name}"][value="{value}"]')
        page.click("button[name=continue_]")
    page.fill("textarea[name=strengths]", "The outreach team is excellent.")
    page.click("button[name=continue_]")
    assert_accessible(page, "practitioner check answers, no JavaScript")
    page.click("button[name=submit]")
    assert "Thank you" in page.locator("h1").inner_text()
    assert db_session.scalar(select(func.count()).select_from(Response)) == 1
