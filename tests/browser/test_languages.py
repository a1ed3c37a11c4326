"""Languages in real Chromium (issue 12): an Urdu parent journey, mirrored right-to-left
layout, and axe on the public pages in every language with JavaScript on and off.

The per-language sweep is built to be quick (one context per language, one reused tab for
the JavaScript-off rendering): axe in every language, IBM's engine as well in Arabic (and
on the Urdu journey), where the layout differs. `python -m accessibility.audit --languages all`
is the complete sweep (every state, both engines, every language).
"""

from __future__ import annotations

import time

import pytest
from sqlalchemy import func, select

from accessibility.axe import axe_violations, format_violations
from accessibility.crawl import NoScriptAxe
from accessibility.ibm import format_ibm, ibm_violations
from config import BaseConfig
from tests.integration.webinar_fixtures import webinar_inspection  # noqa: F401  (fixture)
from voice.models import Response

LANGUAGES = list(BaseConfig.LANGUAGES)
RTL = [code for code, (_name, direction) in BaseConfig.LANGUAGES.items() if direction == "rtl"]
EXPERIENCE = {
    "needs_identified": "disagree",
    "involved_in_decisions": "agree",
    "right_help": "strongly_disagree",
    "next_steps": "dont_know",
    "valued_included": "neither",
}
# A radio's drawn circle (the label's ::before) and the real input, as page boxes.
RADIO_JS = """(input) => {
    const label = document.querySelector(`label[for="${input.id}"]`);
    const item = input.closest('.govuk-radios__item');
    const circle = getComputedStyle(label, '::before');
    const box = item.getBoundingClientRect(), own = input.getBoundingClientRect();
    const left = box.left + parseFloat(circle.left);
    return {circle: [left, left + parseFloat(circle.width)], input: [own.left, own.right],
            text: label.getBoundingClientRect().left + label.getBoundingClientRect().width / 2};
}"""


def _lang_dir(page) -> list[str]:
    return page.evaluate("[document.documentElement.lang, document.documentElement.dir]")


def _continue(page, name: str = "continue_") -> None:
    with page.expect_navigation():
        page.click(f"button[name={name}]")


def test_an_urdu_parent_completes_the_survey_in_chromium(
    live_server, page, make_inspection, assert_accessible, db_session
):
    token = make_inspection()["parent_carer"]
    page.goto(f"{live_server}/s/{token}/?lang=ur")
    assert _lang_dir(page) == ["ur", "rtl"]
    assert_accessible(page, "Urdu start page")
    with page.expect_navigation():
        page.click("button.govuk-button--start")

    assert _lang_dir(page) == ["ur", "rtl"]  # remembered: no ?lang= on this address
    assert "lang=" not in page.url
    page.check('input[name="age_phase"][value="age_11_15"]')
    page.check('input[name="ehc_plan"][value="yes"]')
    _continue(page)

    _continue(page)  # nothing chosen: the error state, in Urdu
    assert page.locator(".govuk-error-summary").is_visible()
    assert _lang_dir(page) == ["ur", "rtl"]
    assert_accessible(page, "Urdu errors")
    for name, value in EXPERIENCE.items():
        page.check(f'input[name="{name}"][value="{value}"]')
    _continue(page)

    page.fill("textarea[name=could_be_better]", "بس ہر روز دیر سے آتی ہے اور کوئی واپس فون نہیں کرتا۔")
    _continue(page)
    assert_accessible(page, "Urdu check your answers")
    assert "بس ہر روز دیر سے آتی ہے" in page.content()
    _continue(page, "submit")

    assert _lang_dir(page) == ["ur", "rtl"]
    assert_accessible(page, "Urdu confirmation")
    reference = page.locator(".voice-reference")
    assert reference.get_attribute("dir") == "ltr"  # the code reads left to right inside Urdu
    assert db_session.scalar(select(func.count()).select_from(Response)) == 1
    shown = "".join(ch for ch in reference.inner_text() if ch.isalnum()).upper()
    assert shown == db_session.scalar(select(Response.reference)).upper()


def _about_your_child(page, live_server, token: str, code: str) -> None:
    page.goto(f"{live_server}/s/{token}/?lang={code}")
    with page.expect_navigation():
        page.click("button.govuk-button--start")


@pytest.mark.parametrize("code", ["en", *RTL])
def test_right_to_left_pages_are_mirrored(live_server, browser, make_inspection, code):
    """Boxes, not styles: where the back link, the radios and the easy-read pictures end up."""
    ids = make_inspection()
    context = browser.new_context(viewport={"width": 1024, "height": 900})
    page = context.new_page()
    try:
        rtl = code in RTL
        _about_your_child(page, live_server, ids["parent_carer"], code)
        container = page.locator("main").bounding_box()
        back = page.locator(".govuk-back-link").bounding_box()
        if rtl:  # the back link starts on the right...
            assert abs((back["x"] + back["width"]) - (container["x"] + container["width"])) < 2
        else:
            assert abs(back["x"] - container["x"]) < 2
        chevron = page.evaluate("""() => { const s = getComputedStyle(document.querySelector('.govuk-back-link'),
                                    '::before'); return [s.left, s.right, s.transform]; }""")
        link = page.locator(".govuk-back-link")
        width = link.bounding_box()["width"]
        chevron_left = float(chevron[0].removesuffix("px"))
        # ...with its chevron on its start side, pointing back (right in Arabic and Urdu).
        assert (chevron_left > width / 2) == rtl, chevron

        first = page.locator('input[name="age_phase"]').first
        radio = first.evaluate(RADIO_JS)
        # The circle is drawn over the real input, and the words are after it.
        assert radio["circle"][0] >= radio["input"][0] - 1 and radio["circle"][1] <= radio["input"][1] + 1, radio
        assert (radio["text"] < radio["input"][0]) == rtl, radio

        page.goto(f"{live_server}/y/{ids['young_person']}/?lang={code}")
        with page.expect_navigation():
            page.click("button[name=start]")
        page.check('input[name="helped_by"][value="parent_carer"]')
        _continue(page)
        picture = page.locator(".voice-easy-read__picture").first.bounding_box()
        words = page.locator(".voice-easy-read__words").first.bounding_box()
        if rtl:  # the picture on the start side: right
            assert picture["x"] >= words["x"] + words["width"], (picture, words)
        else:
            assert picture["x"] + picture["width"] <= words["x"], (picture, words)
    finally:
        context.close()


def _public_pages(live_server: str, tokens: dict) -> list[str]:
    """The pages a family lands on, and the general pages every public page links to."""
    return [
        f"{live_server}/s/{tokens['parent_carer']}/", f"{live_server}/", f"{live_server}/privacy",
        f"{live_server}/y/{tokens['young_person']}/", f"{live_server}/p/{tokens['practitioner']}/",
        f"{live_server}/w/{tokens['webinar']}/", f"{live_server}/no-such-page",
    ]


def _audit(page, no_script: NoScriptAxe, html: str, *, ibm: bool) -> list[str]:
    found = []
    label = f"{page.url} ({_lang_dir(page)[0]})"
    if violations := axe_violations(page):
        found.append(f"axe, JavaScript on, {label}:\n{format_violations(violations)}")
    if ibm and (results := ibm_violations(page)):
        found.append(f"IBM, JavaScript on, {label}:\n{format_ibm(results)}")
    if violations := no_script.violations(page.url, html):
        found.append(f"axe, JavaScript off, {label}:\n{format_violations(violations)}")
    if ibm and (results := no_script.ibm(staff=False)[0]):
        found.append(f"IBM, JavaScript off, {label}:\n{format_ibm(results)}")
    return found


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_public_page_passes_axe_in_every_language_with_javascript_on_and_off(
    live_server, browser, webinar_inspection, code  # noqa: F811
):
    """The start, resume, question (and its errors) and general pages, in one language."""
    began = time.perf_counter()
    context = browser.new_context()
    no_script = NoScriptAxe(context)
    page = context.new_page()
    problems: list[str] = []
    direction = BaseConfig.LANGUAGES[code][1]
    # IBM too for Arabic, whose layout differs most (the Urdu journey above runs both engines).
    ibm = code == "ar"
    try:
        urls = _public_pages(live_server, webinar_inspection)
        for number, url in enumerate(urls):
            response = page.goto(f"{url}?lang={code}" if number == 0 else url)  # then remembered
            assert _lang_dir(page) == [code, direction], url
            problems += _audit(page, no_script, response.text(), ibm=ibm)
        # A question page with its errors showing: the parent's first page of questions
        # that needs an answer, and the young person's first face question.
        for start, button in ((urls[0], "button.govuk-button--start"), (urls[3], "button[name=start]")):
            page.goto(start)
            with page.expect_navigation():
                page.click(button)
            for _attempt in range(3):
                with page.expect_navigation() as sent:
                    page.click("button[name=continue_]")
                if page.locator(".govuk-error-summary").count():
                    break
            assert page.locator(".govuk-error-summary").count() == 1, page.url
            assert _lang_dir(page) == [code, direction], page.url
            problems += _audit(page, no_script, sent.value.text(), ibm=ibm)
    finally:
        context.close()
    print(f"\n[{code}] {len(urls) + 2} page states, axe{' and IBM' if ibm else ''}, "
          f"JavaScript on and off: {time.perf_counter() - began:.1f}s")
    assert not problems, "\n".join(problems)
