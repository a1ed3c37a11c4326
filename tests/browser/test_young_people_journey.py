"""The young person's survey in real Chromium: keyboard alone, then with JavaScript off."""

from __future__ import annotations

from playwright.sync_api import expect
from sqlalchemy import select

from tests.browser.conftest import assert_title_starts, choose_radio, press_button, tab_to, type_into
from voice.models import Response

FACES = {
    "needs_identified": "agree",
    "involved_in_decisions": "neither",
    "right_help": "disagree",
    "next_steps": "dont_know",
    "valued_included": "strongly_agree",
}
SMALLEST_TEXT_JS = """() => {
    let smallest = 99, where = '';
    for (const el of document.querySelectorAll('body *')) {
        const own = [...el.childNodes].some(n => n.nodeType === 3 && n.textContent.trim());
        if (!own || !el.getClientRects().length || el.closest('.govuk-visually-hidden, [hidden]')) continue;
        const size = parseFloat(getComputedStyle(el).fontSize);
        if (size < smallest) { smallest = size; where = el.tagName + ' ' + el.textContent.trim().slice(0, 30); }
    }
    return [smallest, where];
}"""
RECORD_SPEECH_JS = """
window.__spoken = [];
if (window.speechSynthesis) {
    window.speechSynthesis.speak = (utterance) => { window.__spoken.push(utterance.text); };
    // A device with a voice: read aloud is offered only where there is one to speak.
    Object.defineProperty(window.speechSynthesis, 'getVoices', {value: () => [{name: 'Test', lang: 'en-GB'}]});
}
"""


def _picture_is_left_of_the_words(page) -> bool:
    picture = page.locator(".voice-easy-read__picture").first.bounding_box()
    words = page.locator(".voice-easy-read__words").first.bounding_box()
    return picture["x"] + picture["width"] <= words["x"]


def test_a_young_person_answers_with_the_keyboard_alone_and_every_page_is_accessible(
    live_server, page, make_inspection, assert_accessible, db_session
):
    token = make_inspection()["young_person"]
    page.add_init_script(RECORD_SPEECH_JS)
    page.set_viewport_size({"width": 375, "height": 800})
    page.goto(f"{live_server}/y/{token}/")
    assert_accessible(page, "start")
    smallest, where = page.evaluate(SMALLEST_TEXT_JS)
    assert smallest >= 19, f"text smaller than 19px on a phone: {smallest}px at {where}"

    tab_to(page, "button[data-read-aloud]")  # shown, because this browser can speak
    page.keyboard.press("Enter")
    assert "Tell us what you think" in page.evaluate("window.__spoken[0]")

    press_button(page, "button[name=start]")
    assert page.locator(".voice-progress").inner_text() == "Question 1 of 9"
    choose_radio(page, "helped_by", "parent_carer")
    press_button(page, "button[name=continue_]")

    assert page.locator(".voice-progress").inner_text() == "Question 2 of 9"
    assert _picture_is_left_of_the_words(page)
    press_button(page, "button[name=continue_]")  # nothing chosen: the error state
    assert_title_starts(page, "Error: People understand what help I need.")
    assert_accessible(page, "a face question, with errors")
    smallest, where = page.evaluate(SMALLEST_TEXT_JS)
    assert smallest >= 19, f"text smaller than 19px on a phone: {smallest}px at {where}"
    for name, value in FACES.items():
        choose_radio(page, name, value)
        press_button(page, "button[name=continue_]")

    assert page.locator("h1").inner_text() == "Do you want to tell us more?"
    type_into(page, "textarea[name=tell_us_more]", "I like the quiet room at lunch.")
    press_button(page, "button[name=continue_]")
    press_button(page, "button[name=continue_]")  # "one thing" left empty: it is optional
    assert page.locator("h1").inner_text() == "Did someone else write the words for you?"
    choose_radio(page, "helper_wrote", "no")
    press_button(page, "button[name=continue_]")

    assert page.locator("h1").inner_text() == "Check your answers"
    assert_accessible(page, "check your answers")
    press_button(page, "button[name=submit]")
    assert page.locator("h1").inner_text() == "Thank you. We have your answers."
    assert_accessible(page, "thank you")
    response = db_session.scalars(select(Response)).one()
    assert (response.helped_by, response.helper_wrote) == ("parent_carer", False)


def test_bigger_text_and_a_black_background_stay_on_and_pass_axe(
    live_server, page, make_inspection, assert_accessible
):
    token = make_inspection()["young_person"]
    page.goto(f"{live_server}/y/{token}/")
    press_button(page, "button[name=start]")
    choose_radio(page, "helped_by", "own")
    press_button(page, "button[name=continue_]")
    press_button(page, "button[name=continue_]")  # errors showing

    for name in ("large_text", "high_contrast"):
        tab_to(page, f"button[name={name}]")
        page.keyboard.press("Enter")  # script saves the choice without reloading
        expect(page.locator(f"button[name={name}]")).to_have_attribute("aria-pressed", "true")
    assert "voice-high-contrast" in page.get_attribute("body", "class")
    assert page.evaluate("getComputedStyle(document.body).backgroundColor") == "rgb(0, 0, 0)"
    assert_accessible(page, "errors, in bigger text on a black background")

    page.goto(f"{live_server}/y/{token}/easy/right-help")
    classes = page.get_attribute("body", "class").split()
    assert {"voice-large-text", "voice-high-contrast"} <= set(classes)
    assert_accessible(page, "another question, in bigger text on a black background")


def test_the_survey_works_with_javascript_turned_off(
    live_server, page_no_js, make_inspection, assert_accessible, db_session
):
    page = page_no_js
    token = make_inspection()["young_person"]
    page.goto(f"{live_server}/y/{token}/")
    assert page.locator("button[data-read-aloud]").is_hidden()
    page.click("button[name=high_contrast]")  # a plain form: the page comes back with it on
    assert "voice-high-contrast" in page.get_attribute("body", "class")
    assert_accessible(page, "start, black background, no JavaScript")

    page.click("button[name=start]")
    page.check('input[name="helped_by"][value="own"]')
    page.click("button[name=continue_]")
    page.click("button[name=continue_]")
    assert_title_starts(page, "Error:")
    assert_accessible(page, "errors, no JavaScript")
    for name, value in FACES.items():
        page.check(f'input[name="{name}"][value="{value}"]')
        page.click("button[name=continue_]")
    page.fill("textarea[name=tell_us_more]", "The bus is late and I miss registration.")
    page.click("button[name=continue_]")
    page.fill("textarea[name=one_thing]", "The bus to be on time")
    page.click("button[name=continue_]")
    assert page.locator("h1").inner_text() == "Check your answers"
    assert "voice-high-contrast" in page.get_attribute("body", "class")
    page.click("button[name=submit]")
    assert page.locator("h1").inner_text() == "Thank you. We have your answers."
    response = db_session.scalars(select(Response)).one()
    assert (response.helped_by, response.helper_wrote) == ("own", False)
