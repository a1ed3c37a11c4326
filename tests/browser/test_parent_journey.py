"""The parent survey in real Chromium: keyboard only, axe on every page, and without JavaScript."""

from __future__ import annotations

from sqlalchemy import func, select

from tests.browser.conftest import assert_title_starts, choose_radio, press_button, tab_to, type_into
from voice.models import Response

EXPERIENCE = {
    "needs_identified": "disagree",
    "involved_in_decisions": "agree",
    "right_help": "strongly_disagree",
    "next_steps": "dont_know",
    "valued_included": "neither",
}


def test_a_parent_completes_the_survey_by_keyboard_alone_with_no_axe_violations(
    live_server, page, make_inspection, assert_accessible, db_session
):
    token = make_inspection()["parent_carer"]
    page.goto(f"{live_server}/s/{token}/")
    assert_accessible(page, "start page")
    press_button(page, "button.govuk-button--start")

    assert page.locator("h1").inner_text() == "About your child"
    assert_accessible(page, "about your child")
    choose_radio(page, "age_phase", "age_11_15")
    choose_radio(page, "ehc_plan", "yes")
    press_button(page, "button[name=continue_]")

    assert page.locator("h1").inner_text() == "Your experience"
    press_button(page, "button[name=continue_]")  # nothing chosen: the error state
    assert_title_starts(page, "Error: Your experience")
    assert page.locator(".govuk-error-summary").is_visible()
    assert_accessible(page, "your experience, with errors")
    for name, value in EXPERIENCE.items():
        choose_radio(page, name, value)
    press_button(page, "button[name=continue_]")

    assert page.locator("h1").inner_text() == "In your own words"
    assert_accessible(page, "comments")
    type_into(page, "textarea[name=could_be_better]", "The bus is late most days and nobody rings back.")
    press_button(page, "button[name=continue_]")

    assert page.locator("h1").inner_text() == "Check your answers before sending them"
    assert_accessible(page, "check your answers")
    assert "The bus is late" in page.content()
    press_button(page, "button[name=submit]")

    assert "Thank you" in page.locator("h1").inner_text()
    assert_accessible(page, "confirmation")
    assert db_session.scalar(select(func.count()).select_from(Response)) == 1


def test_the_survey_works_with_javascript_turned_off(
    live_server, page_no_js, make_inspection, assert_accessible, db_session
):
    page = page_no_js
    token = make_inspection()["parent_carer"]
    page.goto(f"{live_server}/s/{token}/")
    assert_accessible(page, "start page, no JavaScript")
    page.click("button.govuk-button--start")
    page.click("button[name=continue_]")
    page.click("button[name=continue_]")
    assert_title_starts(page, "Error:")
    assert_accessible(page, "errors, no JavaScript")
    for name, value in EXPERIENCE.items():
        page.check(f'input[name="{name}"][value="{value}"]')
    page.click("button[name=continue_]")
    page.fill("textarea[name=works_well]", "Our SENCO is kind and listens.")
    page.click("button[name=continue_]")
    assert_accessible(page, "check answers, no JavaScript")
    page.click("button[name=submit]")
    assert "Thank you" in page.locator("h1").inner_text()
    assert db_session.scalar(select(func.count()).select_from(Response)) == 1


def test_the_resume_and_closed_pages_have_no_axe_violations(
    live_server, page, make_inspection, assert_accessible, past_date
):
    token = make_inspection()["parent_carer"]
    page.goto(f"{live_server}/s/{token}/resume")
    assert_accessible(page, "resume")
    tab_to(page, "input[name=code]")
    page.keyboard.type("NOPE")
    press_button(page, "form button[name=submit]")
    assert_title_starts(page, "Error:")
    assert_accessible(page, "resume, with errors")

    closed = make_inspection(notification_date=past_date)["parent_carer"]
    page.goto(f"{live_server}/s/{closed}/")
    assert_accessible(page, "closed")
    for path in ("/", "/privacy", "/accessibility", "/no-such-page"):
        page.goto(live_server + path)
        assert_accessible(page, path)


def test_the_help_on_the_confirmation_page_has_no_axe_violations(
    live_server, page, make_inspection, assert_accessible
):
    token = make_inspection()["parent_carer"]
    page.goto(f"{live_server}/s/{token}/")
    page.click("button.govuk-button--start")
    page.click("button[name=continue_]")
    for name, value in EXPERIENCE.items():
        page.check(f'input[name="{name}"][value="{value}"]')
    page.click("button[name=continue_]")
    page.fill("textarea[name=could_be_better]", "He says he wants to kill himself and nobody is helping us.")
    page.click("button[name=continue_]")
    page.click("button[name=submit]")
    assert page.locator(".voice-crisis-help h2").inner_text() == "If you or your child need help now"
    assert_accessible(page, "confirmation with help")
