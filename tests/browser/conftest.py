"""Real Chromium, driven by Playwright, against the app served on a loopback port.

Without Chromium these tests skip with a clear message; with REQUIRE_BROWSER=1 (CI)
a missing browser fails instead.
"""

from __future__ import annotations

import os
import re
import shutil

import pytest

from accessibility.axe import (
    CHROMIUM_ARGS,
    CHROMIUM_PATH,
    axe_violations,
    axe_violations_without_js,
    format_violations,
)
from accessibility.ibm import format_ibm, ibm_violations, ibm_violations_without_js

pytestmark = pytest.mark.browser


def _require_chromium() -> None:
    if os.path.exists(CHROMIUM_PATH) or shutil.which("chromium"):
        return
    message = f"Chromium not found at {CHROMIUM_PATH}: install Debian's chromium package to run browser tests"
    if os.environ.get("REQUIRE_BROWSER") == "1":
        pytest.fail(message + " (REQUIRE_BROWSER=1, so this is a failure, not a skip)")
    pytest.skip(message)


@pytest.fixture(scope="session")
def browser():
    _require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM_PATH, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(java_script_enabled=True)
    page = context.new_page()
    yield page
    context.close()


@pytest.fixture
def page_no_js(browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.set_default_timeout(10_000)
    yield page
    context.close()


@pytest.fixture
def audit_context(browser):
    context = browser.new_context(java_script_enabled=True)
    yield context
    context.close()


@pytest.fixture
def assert_accessible(audit_context):
    """Run axe-core (WCAG 2.2 A and AA) and IBM's Equal Access engine on the page as it is now;
    fail on any violation (on staff pages, less the IBM false positives listed in accessibility/ibm.py).

    Pages from a JavaScript-off context are audited as that context rendered them.
    """

    def check(page, label: str = "") -> None:
        # A click that navigates returns once the new page is committed, before its body
        # exists; audit the page the click led to, fully loaded.
        page.wait_for_load_state("load")
        staff = page.evaluate("document.body.classList.contains('voice-staff')")
        if page.evaluate("!document.querySelector('script[nonce]') || !document.body.classList.contains('js-enabled')"):
            html = page.content()
            violations = axe_violations_without_js(audit_context, page.url, html)
            ibm = ibm_violations_without_js(audit_context, page.url, html, staff=staff)
        else:
            violations = axe_violations(page)
            ibm = ibm_violations(page, staff=staff)
        assert not violations, f"axe violations on {label or page.url}:\n{format_violations(violations)}"
        assert not ibm, f"IBM Equal Access violations on {label or page.url}:\n{format_ibm(ibm)}"

    return check


# Keyboard helpers: these move only with the keys a keyboard user presses.

def tab_to(page, selector: str, *, max_tabs: int = 120, backwards: bool = False) -> None:
    """Press Tab until the focused element matches selector, and check focus is visible."""
    for _ in range(max_tabs):
        if page.evaluate("s => document.activeElement && document.activeElement.matches(s)", selector):
            assert_focus_visible(page)
            return
        page.keyboard.press("Shift+Tab" if backwards else "Tab")
    raise AssertionError(f"could not reach {selector!r} with the Tab key")


def assert_focus_visible(page) -> None:
    visible = page.evaluate("""() => {
        const el = document.activeElement;
        if (!el || el === document.body) return false;
        const styles = [getComputedStyle(el)];
        const label = el.id && document.querySelector(`label[for="${el.id}"]`);
        if (label) { styles.push(getComputedStyle(label, '::before'), getComputedStyle(label, '::after')); }
        return styles.some(s => (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0)
            || (s.boxShadow && s.boxShadow !== 'none')
            || (s.backgroundColor === 'rgb(255, 221, 0)'));
    }""")
    assert visible, "the focused element has no visible focus indicator"


def choose_radio(page, name: str, value: str) -> None:
    """Tab into a radio group, then use the arrow keys to select the value."""
    tab_to(page, f'input[type=radio][name="{name}"]')
    for _ in range(12):
        if page.evaluate("([n, v]) => document.activeElement.name === n && document.activeElement.value === v",
                         [name, value]):
            page.keyboard.press("Space")
            return
        page.keyboard.press("ArrowDown")
    raise AssertionError(f"could not select {value!r} in {name!r} with the arrow keys")


def type_into(page, selector: str, text: str) -> None:
    tab_to(page, selector)
    page.keyboard.type(text)


def press_button(page, selector: str) -> None:
    tab_to(page, selector)
    with page.expect_navigation():
        page.keyboard.press("Enter")


def assert_title_starts(page, start: str) -> None:
    """The page's title starts with ``start``, waiting for a navigation still under way (a
    click returns before the next page has loaded, and on a busy machine it may not have)."""
    from playwright.sync_api import expect

    expect(page).to_have_title(re.compile("^" + re.escape(start)))
