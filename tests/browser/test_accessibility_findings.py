"""Regression tests for the accessibility findings of issue 14, measured in real Chromium.

Each finding came from a check the suite did not run (the IBM Equal Access engine, a
320-pixel viewport, a device with no voice, a screen reader's view of the page). Each test
here looks at the page the way that check did.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.browser.conftest import choose_radio, press_button, tab_to, type_into
from tests.integration.webinar_fixtures import *  # noqa: F403  (fixtures: webinar_inspection, make_staff)

NARROW = {"width": 320, "height": 800}

# For every face on the page: is the radio circle beside the face and words (not on a line of
# its own), and is any word of the words split over two lines?
FACE_LAYOUT_JS = """() => [...document.querySelectorAll('.voice-faces .govuk-radios__item')].map(item => {
    const input = item.querySelector('input').getBoundingClientRect();
    const label = item.querySelector('label').getBoundingClientRect();
    const circle = getComputedStyle(item.querySelector('label'), '::before');
    const face = item.querySelector('.voice-face__picture').getBoundingClientRect();
    const words = item.querySelector('.voice-face__words');
    const node = words.firstChild;
    const split = [];
    let at = 0;
    for (const word of node.textContent.split(' ')) {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + word.length);
        const lines = new Set([...range.getClientRects()].map(r => Math.round(r.top)));
        if (lines.size > 1) split.push(word);
        at += word.length + 1;
    }
    return {words: words.textContent, inputTop: input.top, inputBottom: input.bottom,
            labelTop: label.top, labelBottom: label.bottom, faceLeft: face.left, inputRight: input.right,
            faceMiddle: (face.top + face.bottom) / 2, circleTop: parseFloat(circle.top), split};
})"""


def _start_easy_read(page, live_server, token: str, *, bigger_text: bool) -> None:
    page.goto(f"{live_server}/y/{token}/")
    if bigger_text:  # with JavaScript the choice is sent without a page load
        page.locator("form.voice-display-options__form button[name=large_text]").click()
        # A selector wait, not wait_for_function: the page's CSP forbids the eval that needs.
        page.locator("body.voice-large-text").wait_for(state="attached")
    page.locator("main form button[name=start]").click()
    page.wait_for_load_state()


def _next_question(page) -> bool:
    """Answer this page with its first choice (or a few words) and go on; False at the check page."""
    form = page.locator("main form:not(.voice-display-options__form)").first
    if "/check" in page.url or form.count() == 0:
        return False
    radios = form.locator("input[type=radio]")
    if radios.count():
        radios.first.check()
    elif form.locator("textarea").count():
        form.locator("textarea").first.fill("School is good.")
    with page.expect_navigation():
        form.locator("button[type=submit]").first.click()
    return True


@pytest.mark.parametrize("bigger_text", [False, True], ids=["usual text", "bigger text"])
def test_at_320_pixels_each_face_keeps_its_circle_beside_it_and_no_word_breaks(
    live_server, browser, make_inspection, bigger_text
):
    context = browser.new_context(viewport=NARROW)
    page = context.new_page()
    try:
        _start_easy_read(page, live_server, make_inspection()["young_person"], bigger_text=bigger_text)
        assert ("voice-large-text" in page.evaluate("document.body.className")) is bigger_text
        seen_words: set[str] = set()
        face_pages = 0
        for _step in range(12):
            faces = page.evaluate(FACE_LAYOUT_JS)
            if faces:
                face_pages += 1
                assert page.evaluate("document.documentElement.scrollWidth") <= NARROW["width"], page.url
                for face in faces:
                    seen_words.add(face["words"])
                    # The 44px radio input and its label share a line: the label starts at the input's top.
                    assert abs(face["labelTop"] - face["inputTop"]) <= 2, (page.url, face)
                    # The face sits to the right of the circle and level with it.
                    assert face["faceLeft"] >= face["inputRight"] - 1, (page.url, face)
                    assert face["inputTop"] <= face["faceMiddle"] <= face["inputBottom"] + 8, (page.url, face)
                    assert not face["split"], f"{face['words']!r} breaks mid-word on {page.url}"
            if not _next_question(page):
                break
        assert face_pages >= 2
        assert "Sometimes" in seen_words  # the word the issue saw broken as "Someti/mes"
    finally:
        context.close()


def test_the_display_options_are_inside_main_so_skip_to_main_content_reaches_them(
    live_server, page, make_inspection, assert_accessible
):
    page.goto(f"{live_server}/y/{make_inspection()['young_person']}/")
    assert page.locator("main#main-content .voice-display-options").count() == 1
    assert page.locator("body > .govuk-width-container > .voice-display-options").count() == 0
    tab_to(page, ".govuk-skip-link")
    page.keyboard.press("Enter")
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.name") == "large_text"
    assert page.locator("form.voice-display-options__form").get_attribute("aria-label") == "Display options"
    assert_accessible(page, "young people's start page")


def test_a_back_link_sits_in_its_own_navigation_landmark_before_main(live_server, page, make_inspection):
    _start_easy_read(page, live_server, make_inspection()["young_person"], bigger_text=False)
    back = page.locator(".govuk-back-link")
    assert back.count() == 1
    assert back.evaluate("a => a.closest('nav') && a.closest('nav').getAttribute('aria-label')") == "Back"
    assert back.evaluate("a => !a.closest('main') && "
                         "!!(a.compareDocumentPosition(document.querySelector('main')) & 4)")


# speechSynthesis exists in Chromium even with no voice installed. These stand in for a
# device's voice list, so the test decides whether the device can speak.
NO_VOICES = """(() => {
    window.__voices = [];
    if (window.speechSynthesis) {
        Object.defineProperty(window.speechSynthesis, 'getVoices', {value: () => window.__voices});
    }
})();"""


def test_read_aloud_is_offered_only_when_the_device_has_a_voice(live_server, browser, make_inspection):
    context = browser.new_context()
    context.add_init_script(NO_VOICES)
    page = context.new_page()
    try:
        page.goto(f"{live_server}/y/{make_inspection()['young_person']}/")
        button = page.locator("button[data-read-aloud]")
        page.wait_for_load_state("networkidle")
        assert button.count() == 1 and button.is_hidden()  # no voice: no button that says nothing

        # The device's voices arrive after the page has loaded, as they often do.
        page.evaluate("window.__voices = [{name: 'Daniel', lang: 'en-GB'}];"
                      "window.speechSynthesis.dispatchEvent(new Event('voiceschanged'))")
        button.wait_for(state="visible", timeout=2000)

        # And if they go away again (a voice pack removed), so does the button.
        page.evaluate("window.__voices = []; window.speechSynthesis.dispatchEvent(new Event('voiceschanged'))")
        button.wait_for(state="hidden", timeout=2000)
    finally:
        context.close()


def test_read_aloud_is_not_offered_without_javascript(live_server, page_no_js, make_inspection):
    page_no_js.goto(f"{live_server}/y/{make_inspection()['young_person']}/")
    assert page_no_js.locator("button[data-read-aloud]").is_hidden()


def test_the_webinar_honeypot_is_not_in_the_accessibility_tree_and_a_filled_one_is_not_called_sent(
    live_server, page, webinar_inspection, assert_accessible, db_session
):
    from voice.models.webinar import WebinarQuestion

    url = f"{live_server}/w/{webinar_inspection['webinar']}/"
    page.goto(url)
    tree = page.locator("main").aria_snapshot()
    assert "Leave this field empty" not in tree and "Send your question" in tree
    assert page.locator("input[name=website]").is_hidden()
    assert page.locator(".voice-honeypot").get_attribute("aria-hidden") == "true"
    assert_accessible(page, "webinar question page")

    # As an autofill tool or a script would: the box is filled although no one can see it.
    type_into(page, "textarea[name=question]", "When will the new special school open?")
    page.locator("input[name=website]").evaluate("box => { box.value = 'https://example.org'; }")
    press_button(page, "button[name=submit]")
    assert page.locator("h1").inner_text() == "Send a question for the inspectors' webinar"
    assert "Your question has not been sent yet" in page.locator(".govuk-error-summary").inner_text()
    assert page.locator("textarea[name=question]").input_value() == "When will the new special school open?"
    assert_accessible(page, "webinar question page, not sent")
    db_session.expire_all()
    assert db_session.scalars(select(WebinarQuestion)).all() == []

    press_button(page, "button[name=submit]")  # sent again, as the page asks
    assert page.locator("h1").inner_text() == "Your question has been sent"
    db_session.expire_all()
    assert len(db_session.scalars(select(WebinarQuestion)).all()) == 1


@pytest.fixture
def demo_inspector(app):
    from voice.demo.seed import seed_demo
    from voice.demo.staff import DEMO_INSPECTOR

    with app.app_context():
        result = seed_demo(parent_responses=20, young_people=5, seed=3)
        inspection_id = result.inspection.id
    email, _name, password = DEMO_INSPECTOR
    return {"id": inspection_id, "email": email, "password": password}


def _sign_in(page, live_server, who) -> None:
    page.goto(f"{live_server}/sign-in")
    type_into(page, "input[name=email]", who["email"])
    type_into(page, "input[name=password]", who["password"])
    press_button(page, "button[name=submit]")


def test_the_comment_correction_page_fits_320_pixels_after_a_correction(
    live_server, page, demo_inspector, assert_accessible
):
    _sign_in(page, live_server, demo_inspector)
    page.goto(f"{live_server}/inspections/{demo_inspector['id']}/summary")
    page.locator("main .voice-theme a[href*='/themes/']").first.click()
    page.wait_for_load_state()
    page.locator("a[href*='/comments/']").first.click()
    page.wait_for_load_state()
    assert page.locator("h1").inner_text() == "Correct the tags on a comment"
    choose_radio(page, "sentiment", "mixed" if page.locator(
        "input[name=sentiment][value=mixed]:checked").count() == 0 else "neutral")
    press_button(page, "button[name=save]")
    assert "Changes people have made" in page.content() and page.locator("main table").count() == 1
    page.set_viewport_size(NARROW)
    assert page.evaluate("document.documentElement.scrollWidth") <= NARROW["width"]
    region = page.locator(".voice-table-scroll:has(table)")
    assert region.get_attribute("aria-labelledby") == "changes-heading"
    assert region.evaluate("r => r.scrollWidth > r.clientWidth")  # the table scrolls in its own box
    page.set_viewport_size({"width": 1280, "height": 720})
    assert_accessible(page, "correct the tags, after a correction")


def test_the_merge_groups_checkboxes_have_a_legend(live_server, page, webinar_inspection, make_staff, ask,
                                                   assert_accessible):
    ask(webinar_inspection["webinar"], "How long should an EHC plan take?",
        "Why is there no speech therapy in our area?", "How do I find out about short breaks?")
    make_staff(inspection_ids=(webinar_inspection["id"],))
    _sign_in(page, live_server, {"email": "inspector@example.com", "password": "correct horse battery staple"})
    page.goto(f"{live_server}/inspections/{webinar_inspection['id']}/webinar/merge")
    fieldset = page.locator("main form fieldset:has(input[name=groups])")
    assert fieldset.count() == 1
    assert fieldset.locator("legend").inner_text().strip() == "Select the groups to merge"
    assert page.get_by_role("group", name="Select the groups to merge").count() == 1
    assert_accessible(page, "merge groups")
