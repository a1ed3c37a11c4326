"""The inspector in real Chromium: read, filter, correct and export the demo inspection's summary.

Keyboard only, axe on every page (error states too), and again without JavaScript.
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from tests.browser.conftest import assert_title_starts, choose_radio, press_button, tab_to, type_into
from voice.models import AuditEvent, Comment, CommentTheme, TagCorrection


@pytest.fixture
def demo(app):
    """The demo inspection (as `flask demo` makes it), with its demo inspector, and one flagged comment."""
    from voice.demo.seed import seed_demo
    from voice.demo.staff import DEMO_INSPECTOR
    from voice.extensions import db
    from voice.models import Response

    with app.app_context():
        result = seed_demo(parent_responses=60, young_people=15, seed=7)
        inspection_id = result.inspection.id
        response_id = db.session.scalar(select(Response.id).where(Response.inspection_id == inspection_id))
        flagged = Comment(inspection_id=inspection_id, response_id=response_id, audience="parent_carer",
                          question="anything_else", text="He said he wants to hurt himself.",
                          redacted="He said he wants to hurt himself.", machine_sentiment="negative",
                          sentiment="negative", safeguarding=True, safeguarding_reasons="self_harm")
        flagged.themes = [CommentTheme(theme="health_services")]
        db.session.add(flagged)
        db.session.commit()
    email, _name, password = DEMO_INSPECTOR
    return {"id": inspection_id, "email": email, "password": password}


def _sign_in(page, live_server, demo) -> None:
    page.goto(f"{live_server}/sign-in")
    type_into(page, "input[name=email]", demo["email"])
    type_into(page, "input[name=password]", demo["password"])
    press_button(page, "button[name=submit]")


def _uncheck_every_theme(page) -> None:
    checked = page.locator("input[name=themes]:checked")
    while checked.count():
        checked.first.uncheck()


def _follow(page, selector: str) -> None:
    tab_to(page, selector)
    with page.expect_navigation():
        page.keyboard.press("Enter")


def test_an_inspector_reads_filters_corrects_and_exports_the_summary_by_keyboard_alone(
    live_server, page, demo, assert_accessible, db_session
):
    summary_path = f"/inspections/{demo['id']}/summary"
    _sign_in(page, live_server, demo)
    _follow(page, f"main a[href='{summary_path}']")
    assert page.locator("h1").inner_text() == "Summary: East Sussex"
    # The five statements, then the practitioners' own closed question (where they work).
    assert page.locator("svg.voice-chart[role=img]").count() == 6
    assert "may be a safeguarding disclosure" in page.locator(".voice-safeguarding-panel").inner_text()
    assert_accessible(page, "summary")

    # Filter: parents and carers only, chosen with the keyboard.
    tab_to(page, "select[name=audience]")
    page.keyboard.type("Parents")
    press_button(page, ".voice-filters button.govuk-button")
    assert "audience=parent_carer" in page.url
    assert page.locator("#young_person-heading").count() == 0
    assert "Showing: Parents and carers." in page.content()
    assert_accessible(page, "summary, filtered")

    # Drill down into the first theme, search it, and see the error state.
    _follow(page, "main .voice-theme a[href*='/themes/']")
    assert page.locator("h1").inner_text().endswith(": comments")
    assert_accessible(page, "theme comments")
    type_into(page, "input[name=q]", "x" * 101)
    press_button(page, "form[role=search] button")
    assert_title_starts(page, "Error: ")
    assert_accessible(page, "theme comments, search error")
    page.locator("input[name=q]").fill("")
    type_into(page, "input[name=q]", "the")
    press_button(page, "form[role=search] button")
    assert "match" in page.locator("#comment-count").inner_text()

    # Correct the first comment: no theme is an error, then add Transport and make it mixed.
    _follow(page, "a[href*='/comments/']")
    assert page.locator("h1").inner_text() == "Correct the tags on a comment"
    assert "Machine's themes" in page.content()
    assert_accessible(page, "correct the tags")
    comment_id = int(page.url.split("/comments/")[1].split("?")[0])
    _uncheck_every_theme(page)
    press_button(page, "button[name=save]")
    assert_title_starts(page, "Error: Correct the tags on a comment")
    assert_accessible(page, "correct the tags, with errors")
    tab_to(page, "input[name=themes][value=transport]")
    page.keyboard.press("Space")
    choose_radio(page, "sentiment", "mixed")
    press_button(page, "button[name=save]")
    assert "Your changes have been saved" in page.content()
    assert "Changes people have made" in page.content()
    assert_accessible(page, "correct the tags, saved")
    corrections = db_session.scalars(select(TagCorrection).where(TagCorrection.comment_id == comment_id)).all()
    assert {(c.field, c.after) for c in corrections} >= {("theme", "transport"), ("sentiment", "mixed")}

    # Export: the spreadsheet and the PDF brief, from the summary's links.
    page.goto(f"{live_server}{summary_path}")
    tab_to(page, "a[href$='/export/comments.csv']")
    with page.expect_download() as download:
        page.keyboard.press("Enter")
    with open(download.value.path(), encoding="utf-8-sig") as exported:
        header = exported.readline()
    assert header.startswith("comment_id,") and "original_text" not in header
    tab_to(page, "a[href*='/export/brief.pdf']")
    with page.expect_download() as download:
        page.keyboard.press("Enter")
    with open(download.value.path(), "rb") as brief:
        assert brief.read(5) == b"%PDF-"
    db_session.expire_all()
    assert {"export"} <= {e.action for e in db_session.scalars(select(AuditEvent))}


def test_an_inspector_reviews_a_flagged_comment_by_keyboard(live_server, page, demo, assert_accessible, db_session):
    _sign_in(page, live_server, demo)
    page.goto(f"{live_server}/inspections/{demo['id']}/summary")
    _follow(page, ".voice-safeguarding-panel a")
    assert page.locator("h1").inner_text() == "Safeguarding flags"
    assert_accessible(page, "safeguarding list")
    _follow(page, "a[href*='/safeguarding/']")
    assert page.locator("h1").inner_text() == "Review a safeguarding flag"
    assert_accessible(page, "review a flagged comment")
    press_button(page, "button[name=save]")
    assert_title_starts(page, "Error: Review a safeguarding flag")
    assert_accessible(page, "review, with errors")
    # Radios: Tab reaches the chosen one, and an arrow key moves the choice to "Referred".
    tab_to(page, "input[name=decision][value=reviewed]")
    page.keyboard.press("ArrowDown")
    assert page.locator("input[name=decision][value=referred]").is_checked()
    type_into(page, "textarea[name=note]", "Passed to the safeguarding lead.")
    press_button(page, "button[name=save]")
    assert "Your decision has been saved" in page.content()
    assert "Referred by" in page.content()
    assert "Passed to the safeguarding lead." in page.content()
    assert_accessible(page, "safeguarding list, reviewed")


def test_the_inspector_pages_work_without_javascript(live_server, page_no_js, demo, assert_accessible):
    page = page_no_js
    page.goto(f"{live_server}/sign-in")
    page.fill("input[name=email]", demo["email"])
    page.fill("input[name=password]", demo["password"])
    page.click("button[name=submit]")
    page.goto(f"{live_server}/inspections/{demo['id']}/summary")
    assert_accessible(page, "summary, no JavaScript")
    page.select_option("select[name=audience]", "young_person")
    page.select_option("select[name=ehc_plan]", "yes")
    page.click(".voice-filters button.govuk-button")
    assert "audience=young_person" in page.url and "ehc_plan=yes" in page.url
    assert_accessible(page, "summary filtered, no JavaScript")
    page.goto(f"{live_server}/inspections/{demo['id']}/themes/education_support?q=" + "y" * 101)
    assert_title_starts(page, "Error: ")
    assert_accessible(page, "theme search error, no JavaScript")
    page.goto(f"{live_server}/inspections/{demo['id']}/themes/education_support")
    page.click("a[href*='/comments/']")
    _uncheck_every_theme(page)
    page.click("button[name=save]")
    assert_title_starts(page, "Error: Correct the tags on a comment")
    assert_accessible(page, "correction error, no JavaScript")
    page.check("input[name=themes][value=other]")
    page.click("button[name=save]")
    assert "Your changes have been saved" in page.content()
    page.goto(f"{live_server}/inspections/{demo['id']}/safeguarding")
    assert_accessible(page, "safeguarding list, no JavaScript")
