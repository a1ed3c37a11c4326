"""The coverage line and the comparison with the last inspection, in Chromium: axe and IBM at 0,
with and without JavaScript, and the comparison reached by keyboard."""

from __future__ import annotations

import pytest

from tests.browser.conftest import press_button, tab_to, type_into


@pytest.fixture
def demo_pair(app):
    """The demo as `flask demo` makes it: the current inspection and the earlier one it is compared with."""
    from sqlalchemy import select

    from voice.demo.seed import seed_demo
    from voice.demo.staff import DEMO_COORDINATOR, DEMO_INSPECTOR
    from voice.extensions import db
    from voice.models import Inspection

    with app.app_context():
        current = seed_demo(parent_responses=40, young_people=12, practitioners=12, seed=5).inspection.id
        earlier = db.session.scalar(select(Inspection.id).where(Inspection.is_demo.is_(True), Inspection.id != current))
    return {"current": current, "earlier": earlier, "inspector": DEMO_INSPECTOR, "coordinator": DEMO_COORDINATOR}


def _sign_in(page, live_server, who) -> None:
    email, _name, password = who
    page.goto(f"{live_server}/sign-in")
    type_into(page, "input[name=email]", email)
    type_into(page, "input[name=password]", password)
    press_button(page, "button[name=submit]")


def test_the_summary_coverage_and_comparison_pass_both_engines_and_work_by_keyboard(
    live_server, page, demo_pair, assert_accessible
):
    _sign_in(page, live_server, demo_pair["inspector"])
    page.goto(f"{live_server}/inspections/{demo_pair['current']}/summary")
    coverage = page.locator("#coverage").inner_text()
    assert "40 responses from parents and carers: for comparison, about 1 for every 123 children" in coverage
    assert "January 2025" in coverage
    assert_accessible(page, "summary, with the coverage line and the comparison link")
    tab_to(page, "a[href*='compare=1']")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "compare=1" in page.url
    assert page.locator("#compare-parent_carer-right_help table").count() == 1
    assert page.locator("#compare-themes-parent_carer table").count() == 1
    assert_accessible(page, "summary, comparison shown")


def test_the_comparison_works_without_javascript(live_server, page_no_js, demo_pair, assert_accessible):
    _sign_in(page_no_js, live_server, demo_pair["inspector"])
    page_no_js.goto(f"{live_server}/inspections/{demo_pair['current']}/summary")
    with page_no_js.expect_navigation():
        page_no_js.locator("a[href*='compare=1']").click()
    assert page_no_js.locator("#comparison-heading").inner_text() == "Compared with the last inspection"
    assert page_no_js.locator("a", has_text="Hide the comparison").count() == 1
    assert_accessible(page_no_js, "summary, comparison shown, no JavaScript")


def test_the_earlier_summary_says_there_is_nothing_to_compare_and_the_counts_page_passes(
    live_server, page, demo_pair, assert_accessible
):
    _sign_in(page, live_server, demo_pair["coordinator"])
    page.goto(f"{live_server}/inspections/{demo_pair['earlier']}/summary")
    assert "No earlier inspection of this area in Voice." in page.locator("main").inner_text()
    assert_accessible(page, "summary with no earlier inspection")
    page.goto(f"{live_server}/admin/inspections/{demo_pair['current']}/counts")
    assert "40 responses from parents and carers" in page.locator("main").inner_text()
    assert_accessible(page, "counts page with the coverage line")
