""""You said, inspectors heard" in real Chromium: the public page and its easy-read version in every
language offered, and the coordinator's pages by keyboard; axe and IBM with JavaScript on and off."""

from __future__ import annotations

import pytest

from tests.browser.conftest import assert_title_starts, press_button, tab_to, type_into
from tests.integration.staff_fixtures import PASSWORD, create_staff, seed_coded_inspection

RTL_CHECK = "ar"  # a right-to-left language, whether or not the catalogues have it yet


@pytest.fixture
def closed(app, make_inspection, past_date):
    """An inspection whose windows closed weeks ago, with known comments and a coordinator."""
    inspection = make_inspection(notification_date=past_date)
    ids = seed_coded_inspection(app, inspection["id"])
    create_staff(app, role="coordinator", email="coordinator@example.com")
    return {"id": inspection["id"], **ids}


@pytest.fixture
def published(app, closed):
    from voice.demo.you_said import seed_you_said
    from voice.extensions import db
    from voice.models import Inspection

    with app.app_context():
        page = seed_you_said(db.session.get(Inspection, closed["id"]))
        assert page is not None and page.published
        return {**closed, "token": page.token, "quotes": len(page.quotes)}


def _sign_in(page, live_server) -> None:
    page.goto(f"{live_server}/sign-in")
    type_into(page, "input[name=email]", "coordinator@example.com")
    type_into(page, "input[name=password]", PASSWORD)
    press_button(page, "button[name=submit]")


def _follow(page, selector: str) -> None:
    tab_to(page, selector)
    with page.expect_navigation():
        page.keyboard.press("Enter")


def _languages(app) -> list[str]:
    return [*app.config["LANGUAGES"], *([RTL_CHECK] if RTL_CHECK not in app.config["LANGUAGES"] else [])]


@pytest.mark.parametrize("javascript", [True, False], ids=["js", "no-js"])
def test_both_public_versions_pass_axe_and_ibm_in_every_language(app, live_server, browser, published,
                                                                 assert_accessible, javascript):
    languages = dict(app.config["LANGUAGES"])
    if RTL_CHECK not in languages:
        app.config["LANGUAGES"] = {**languages, RTL_CHECK: ("العربية", "rtl")}
    context = browser.new_context(java_script_enabled=javascript)
    page = context.new_page()
    try:
        for code in _languages(app):
            for path in (f"/heard/{published['token']}", f"/heard/{published['token']}/easy-read"):
                response = page.goto(f"{live_server}{path}?lang={code}")
                assert response.status == 200
                assert page.get_attribute("html", "lang") == code
                if code == RTL_CHECK:
                    assert page.get_attribute("html", "dir") == "rtl"
                    bar = page.evaluate("(() => { const s = getComputedStyle(document.querySelector("
                                        "'.voice-heard-quote blockquote')); "
                                        "return [s.borderRightWidth, s.borderLeftWidth]; })()")
                    assert bar == ["10px", "0px"]  # the quote's bar at the start of the line
                if code != "en":
                    assert page.locator("h1[lang=en], .voice-easy-read__words p[lang=en]").count() >= 1
                assert page.locator("blockquote").count() == published["quotes"]
                assert_accessible(page, f"{path} in {code}, JavaScript {'on' if javascript else 'off'}")
    finally:
        app.config["LANGUAGES"] = languages
        context.close()


def test_the_easy_read_page_has_a_picture_beside_every_sentence(live_server, page, published):
    page.goto(f"{live_server}/heard/{published['token']}/easy-read")
    rows = page.locator(".voice-easy-read__row")
    assert rows.count() >= 5
    for n in range(rows.count()):
        row = rows.nth(n)
        assert row.locator("img").get_attribute("alt")
        assert row.locator(".voice-easy-read__words").inner_text().strip()
    size = page.evaluate("parseFloat(getComputedStyle(document.querySelector('.voice-easy-read__words p')).fontSize)")
    assert size >= 18.6  # 14pt


def test_a_coordinator_writes_chooses_quotes_previews_and_publishes_by_keyboard(
    app, live_server, page, closed, assert_accessible
):
    _sign_in(page, live_server)
    page.goto(f"{live_server}/admin/inspections/{closed['id']}")
    _follow(page, "a[href$='/you-said']")
    assert_accessible(page, "you said: not started")
    press_button(page, "main form button")
    assert page.url.endswith("/you-said/edit")
    assert_accessible(page, "you said: edit, prefilled")

    # An error state: the title emptied and a report link that is not https. Nothing else is lost.
    tab_to(page, "#title")
    page.keyboard.press("Control+A")
    page.keyboard.press("Delete")
    type_into(page, "#report_url", "http://example.com/report")
    type_into(page, "#sentence_9", "Thank you.")
    press_button(page, "button[name=submit]")
    assert_title_starts(page, "Error:")
    assert page.locator(".govuk-error-summary a[href='#title']").count() == 1
    assert page.locator(".govuk-error-summary a[href='#report_url']").count() == 1
    assert page.locator(".govuk-error-summary a[href='#picture_9']").count() == 1
    assert page.input_value("#sentence_9") == "Thank you."
    assert_accessible(page, "you said: edit, errors")
    type_into(page, "#title", "What inspectors heard in East Sussex")
    tab_to(page, "#report_url")
    page.keyboard.press("Control+A")
    page.keyboard.type("https://reports.ofsted.gov.uk/provider/44/80000")
    tab_to(page, "#picture_9")
    page.keyboard.type("Thumbs")  # a select box chooses by typing
    press_button(page, "button[name=submit]")
    assert page.url.endswith("/you-said")

    _follow(page, "a[href$='/you-said/quotes']")
    assert_accessible(page, "you said: quotes")
    assert page.locator("fieldset legend").count() == 1
    tab_to(page, "input[name=quotes]")
    page.keyboard.press("Space")
    press_button(page, "button[name=submit]")
    assert page.locator("input[name=quotes]:checked").count() == 1
    assert_accessible(page, "you said: quotes saved")

    page.goto(f"{live_server}/admin/inspections/{closed['id']}/you-said")
    _follow(page, "a[href$='/you-said/preview']")
    assert "Families cannot see this page" in page.content()
    assert_accessible(page, "you said: preview")
    page.go_back()
    _follow(page, "a[href$='/you-said/preview/easy-read']")
    assert_accessible(page, "you said: easy-read preview")
    page.go_back()
    _follow(page, "a[href$='/you-said/publish']")
    assert_accessible(page, "you said: publish?")
    press_button(page, "main form button")
    assert "The page is published" in page.content()
    assert_accessible(page, "you said: published")
    _follow(page, "a[href$='/you-said/unpublish']")
    assert_accessible(page, "you said: take down?")


def test_the_coordinator_pages_work_and_pass_without_javascript(app, live_server, page_no_js, published,
                                                                assert_accessible):
    page = page_no_js
    _sign_in(page, live_server)
    base = f"{live_server}/admin/inspections/{published['id']}/you-said"
    for path in ("", "/edit", "/quotes", "/quotes?theme=health_services", "/preview", "/preview/easy-read",
                 "/publish", "/unpublish"):
        response = page.goto(base + path)
        assert response.status == 200, path
        assert_accessible(page, f"you said{path}, no JavaScript")
    page.goto(base + "/quotes")
    tab_to(page, "input[name=quotes]")
    page.keyboard.press("Space")
    press_button(page, "button[name=submit]")
    assert "The quotes have been saved" in page.content()


def test_the_accessibility_audit_crawls_both_public_versions(app, live_server, browser, published, tmp_path,
                                                             monkeypatch):
    import accessibility.audit as audit

    with app.app_context():
        from voice.extensions import db
        from voice.models import Inspection

        db.session.get(Inspection, published["id"]).is_demo = True
        db.session.commit()
    monkeypatch.setattr("voice.create_app", lambda *args, **kwargs: app)
    heard = audit.heard_links(live_server + "/")
    assert heard == [f"{live_server}/heard/{published['token']}", f"{live_server}/heard/{published['token']}/easy-read"]
    report = audit.run_audit(base_url=live_server + "/", starts=[], out=tmp_path, browser=browser,
                             explore_buttons=False, public_pages=heard)
    audited = {page.url.removeprefix(live_server) for page in report.pages if page.state == "page"}
    assert {f"/heard/{published['token']}", f"/heard/{published['token']}/easy-read"} <= audited
    assert report.passed, report.summary()
    assert all(page.focus_stops for page in report.pages if page.url.startswith(f"{live_server}/heard/"))
