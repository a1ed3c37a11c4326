""""You said, inspectors heard": the coordinator's pages, the public page, its easy-read version and the poster."""

from __future__ import annotations

import re

import pytest

from tests.conftest import csrf_token
from tests.integration.staff_fixtures import *  # noqa: F403  (fixtures: coded, coordinator, inspector)
from tests.integration.staff_fixtures import create_staff, sign_in


def close_windows(app, inspection_id: int) -> None:
    from voice.extensions import db
    from voice.models import Inspection, utcnow

    with app.app_context():
        inspection = db.session.get(Inspection, inspection_id)
        for survey in inspection.surveys:
            survey.closed_early_at = utcnow()
        db.session.commit()


def page_row(app, inspection_id: int):
    from voice.extensions import db
    from voice.services import you_said

    with app.app_context():
        page = you_said.page_for(inspection_id=inspection_id)
        if page is not None:
            db.session.expunge(page)
        return page


def audit_actions(app, inspection_id: int) -> list[str]:
    from sqlalchemy import select

    from voice.extensions import db
    from voice.models import AuditEvent

    with app.app_context():
        return list(db.session.scalars(select(AuditEvent.action).where(AuditEvent.inspection_id == inspection_id)
                                       .order_by(AuditEvent.id)))


def start_page(client, app, coded) -> str:
    close_windows(app, coded["id"])
    base = f"/admin/inspections/{coded['id']}/you-said"
    page = client.get(base)
    response = client.post(base + "/create", data={"csrf_token": csrf_token(page.text)})
    assert response.status_code == 302
    return base


def edit_data(client, base: str, **changes) -> dict:
    """The edit form as the browser would send it back, with some boxes changed."""
    import html5lib

    page = client.get(base + "/edit")
    form = html5lib.parse(page.text, namespaceHTMLElements=False).find(".//main//form")
    data = {}
    for box in form.iter("input"):
        data[box.get("name")] = box.get("value") or ""
    for box in form.iter("textarea"):
        data[box.get("name")] = (box.text or "").strip()
    for box in form.iter("select"):
        chosen = [option.get("value") for option in box.iter("option") if option.get("selected") is not None]
        data[box.get("name")] = chosen[0] if chosen else ""
    data.pop(None, None)
    data.update(changes)
    return data


def publish(client, base: str, report_url: str = "https://reports.ofsted.gov.uk/provider/44/80000") -> None:
    client.post(base + "/edit", data=edit_data(client, base, report_url=report_url))
    page = client.get(base + "/publish")
    response = client.post(base + "/publish", data={"csrf_token": csrf_token(page.text)})
    assert response.status_code == 302


def test_the_page_cannot_be_started_while_a_survey_window_is_open(app, coordinator, coded):
    base = f"/admin/inspections/{coded['id']}/you-said"
    page = coordinator.get(base)
    assert page.status_code == 200
    assert "once every survey window has closed" in page.text
    assert "Start the page from the summary" not in page.text
    response = coordinator.post(base + "/create", data={"csrf_token": csrf_token(page.text)})
    assert response.status_code == 302
    assert page_row(app, coded["id"]) is None


def test_inspectors_and_strangers_cannot_reach_the_coordinator_pages(app, inspector, coded):
    base = f"/admin/inspections/{coded['id']}/you-said"
    assert inspector.get(base).status_code == 403
    assert inspector.get(base + "/edit").status_code == 403


def test_the_page_is_prefilled_from_the_summary_with_themes_in_report_words_and_counts(app, coordinator, coded):
    base = start_page(coordinator, app, coded)
    page = page_row(app, coded["id"])
    assert page.status == "draft"
    assert page.parents_count == 6 and page.young_people_count == 2
    keys = [row["theme"] for row in page.themes]
    # Parents: EHC plans 3 of 6 (about half), health 3 of 6; young people: education 1 of 2, inclusion 1 of 2.
    assert set(keys[:4]) == {"ehc_plans", "health_services", "education_support", "inclusion_wellbeing"}
    ehc = next(row["text"] for row in page.themes if row["theme"] == "ehc_plans")
    assert ehc.startswith("About half of the parents and carers who answered wrote about Education, Health and Care")
    assert "did too" not in ehc
    assert page.easy_read and all(row["picture"] for row in page.easy_read)
    assert "you_said_created" in audit_actions(app, coded["id"])
    assert coordinator.get(base).status_code == 200


def test_the_prefilled_easy_read_text_passes_the_easy_read_checks(app, coordinator, coded):
    from accessibility.easy_read import check_texts

    start_page(coordinator, app, coded)
    page = page_row(app, coded["id"])
    assert check_texts([(f"sentence {n}", row["text"]) for n, row in enumerate(page.easy_read)]) == []


def test_drafts_and_unknown_links_are_not_found(app, client, coordinator, coded):
    start_page(coordinator, app, coded)
    token = page_row(app, coded["id"]).token
    assert client.get(f"/heard/{token}").status_code == 404
    assert client.get(f"/heard/{token}/easy-read").status_code == 404
    assert client.get("/heard/not-a-real-token").status_code == 404


def test_a_published_page_shows_themes_counts_and_the_report_link_without_staff_chrome(app, coordinator, coded):
    base = start_page(coordinator, app, coded)
    publish(coordinator, base)
    page = page_row(app, coded["id"])
    assert page.status == "published" and page.published_at is not None
    coordinator.get("/sign-out")
    public = coordinator.get(f"/heard/{page.token}")
    assert public.status_code == 200
    assert "Fewer than 10 parents and carers" in public.text
    assert "Fewer than 10 young people" in public.text
    assert "EHC plans" in public.text  # the theme's name
    assert 'href="https://reports.ofsted.gov.uk/provider/44/80000"' in public.text
    assert "Inspection team" not in public.text and "/admin/" not in public.text
    easy = coordinator.get(f"/heard/{page.token}/easy-read")
    assert easy.status_code == 200
    assert easy.text.count('class="voice-easy-read__picture"') >= len(page.easy_read)
    assert "You told the inspectors what you think." in easy.text
    actions = audit_actions(app, coded["id"])
    assert "you_said_changed" in actions and "you_said_published" in actions


def test_counts_of_ten_or_more_are_shown_as_numbers(app, coordinator, coded):
    base = start_page(coordinator, app, coded)
    coordinator.post(base + "/edit", data=edit_data(coordinator, base, parents_count="1234",
                                                    young_people_count="10"))
    text = coordinator.get(base + "/preview").text
    assert "1,234 parents and carers" in text and "10 young people" in text
    assert "Families cannot see this page until you publish it." in text


def test_publishing_needs_the_report_link(app, coordinator, coded):
    base = start_page(coordinator, app, coded)
    page = coordinator.get(base + "/publish")
    response = coordinator.post(base + "/publish", data={"csrf_token": csrf_token(page.text)})
    assert response.status_code == 400, response.text
    assert "Add the report&#39;s address before you publish the page" in response.text
    assert response.text.count("<title>Error:") == 1
    assert page_row(app, coded["id"]).status == "draft"


@pytest.mark.parametrize("url", ["http://reports.ofsted.gov.uk/x", "javascript:alert(1)", "reports.ofsted.gov.uk",
                                 "https://localhost/x", "https://exa mple.com"])
def test_the_report_link_must_be_an_https_address(app, coordinator, coded, url):
    base = start_page(coordinator, app, coded)
    response = coordinator.post(base + "/edit", data=edit_data(coordinator, base, report_url=url,
                                                               title="My new title"))
    assert response.status_code == 400
    assert "starting with https://" in response.text
    assert 'href="#report_url"' in response.text
    assert "My new title" in response.text  # nothing typed is lost
    assert page_row(app, coded["id"]).report_url == ""


def test_easy_read_sentences_are_checked_by_the_easy_read_rules(app, coordinator, coded):
    base = start_page(coordinator, app, coded)
    long_sentence = ("The inspectors found that the local area partnership has not yet made enough progress "
                     "with the timeliness of plans")
    response = coordinator.post(base + "/edit", data=edit_data(
        coordinator, base, sentence_1=long_sentence, sentence_2="The SENCO listened to you.", sentence_3="Hi there.",
        picture_3=""))
    assert response.status_code == 400
    assert "Write this as sentences of 15 words or fewer" in response.text
    assert "Use a common word instead of &#39;SENCO&#39;" in response.text
    assert "Select a picture for this sentence" in response.text
    assert long_sentence in response.text


def test_theme_rows_must_be_complete_and_not_repeated(app, coordinator, coded):
    base = start_page(coordinator, app, coded)
    response = coordinator.post(base + "/edit", data=edit_data(
        coordinator, base, theme_2="ehc_plans", theme_1="ehc_plans", text_6="Words without a theme", theme_6=""))
    assert response.status_code == 400
    assert "Select a theme that is not already on the page" in response.text
    assert "Select the theme this paragraph is about" in response.text


def test_quotes_come_only_from_redacted_text_and_never_from_flagged_comments(app, coordinator, coded):
    base = start_page(coordinator, app, coded)
    page = coordinator.get(base + "/quotes?theme=ehc_plans")
    assert page.status_code == 200
    assert "Jane Smith" not in page.text and "07700" not in page.text
    assert "<legend" in page.text and 'type="checkbox"' in page.text
    first = coded["comments"][0]  # its raw text has a name and a phone number; its redacted text does not
    shown = re.search(r'name="shown" type="hidden" value="([^"]*)"', page.text).group(1)
    assert str(first) in shown.split(",")
    response = coordinator.post(base + "/quotes", data={
        "csrf_token": csrf_token(page.text), "theme": "ehc_plans", "shown": shown, "quotes": [str(first)]})
    assert response.status_code == 302
    quote = page_row(app, coded["id"])
    from voice.extensions import db
    from voice.models import YouSaidQuote

    with app.app_context():
        stored = db.session.query(YouSaidQuote).one()
        assert stored.comment_id == first
        assert stored.text == "We waited two years for the EHC plan and the annual review never happened."
    health = coordinator.get(base + "/quotes?theme=health_services")
    assert "hurt himself" not in health.text  # a safeguarding flag is never offered
    # A flagged comment's id posted by hand is refused too.
    flagged = coded["comments"][5]
    coordinator.post(base + "/quotes", data={"csrf_token": csrf_token(health.text), "theme": "health_services",
                                             "shown": str(flagged), "quotes": [str(flagged)]})
    with app.app_context():
        assert db.session.query(YouSaidQuote).count() == 1
    publish(coordinator, base)
    public = coordinator.get(f"/heard/{quote.token}")
    assert "<blockquote" in public.text and "We waited two years for the EHC plan" in public.text
    assert "Jane Smith" not in public.text
    assert "you_said_quotes" in audit_actions(app, coded["id"])


def test_unticking_a_quote_takes_it_off(app, coordinator, coded):
    base = start_page(coordinator, app, coded)
    page = coordinator.get(base + "/quotes?theme=ehc_plans")
    shown = re.search(r'name="shown" type="hidden" value="([^"]*)"', page.text).group(1)
    first = str(coded["comments"][0])
    coordinator.post(base + "/quotes", data={"csrf_token": csrf_token(page.text), "theme": "ehc_plans",
                                             "shown": shown, "quotes": [first]})
    again = coordinator.get(base + "/quotes?theme=ehc_plans")
    assert re.search(rf'value="{first}" checked', again.text)
    coordinator.post(base + "/quotes", data={"csrf_token": csrf_token(again.text), "theme": "ehc_plans",
                                             "shown": shown})
    from voice.extensions import db
    from voice.models import YouSaidQuote

    with app.app_context():
        assert db.session.query(YouSaidQuote).count() == 0


def test_taking_the_page_down_makes_its_link_not_found_again(app, coordinator, coded):
    base = start_page(coordinator, app, coded)
    publish(coordinator, base)
    token = page_row(app, coded["id"]).token
    assert coordinator.get(f"/heard/{token}").status_code == 200
    confirm = coordinator.get(base + "/unpublish")
    assert "Take the page for East Sussex down?" in confirm.text
    coordinator.post(base + "/unpublish", data={"csrf_token": csrf_token(confirm.text)})
    assert coordinator.get(f"/heard/{token}").status_code == 404
    assert "you_said_unpublished" in audit_actions(app, coded["id"])


def test_forms_without_a_csrf_token_are_refused(app, coordinator, coded):
    base = start_page(coordinator, app, coded)
    assert coordinator.post(base + "/publish", data={}).status_code == 400
    assert page_row(app, coded["id"]).status == "draft"


def test_the_poster_and_qr_code_carry_the_public_link_from_the_base_url(app, coordinator, coded):
    base = start_page(coordinator, app, coded)
    assert coordinator.get(base + "/poster.pdf").status_code == 404  # not published yet
    publish(coordinator, base)
    token = page_row(app, coded["id"]).token
    expected = app.config["BASE_URL"].rstrip("/") + f"/heard/{token}"
    assert expected in coordinator.get(base).text
    qr = coordinator.get(base + "/qr.svg")
    assert qr.mimetype == "image/svg+xml" and expected.encode() in qr.data
    poster = coordinator.get(base + "/poster.pdf")
    assert poster.mimetype == "application/pdf" and poster.data.startswith(b"%PDF")
    from tests.integration.test_exports import _inflate

    text = _inflate(poster.data)
    assert len(re.findall(rb"/Type\s*/Page\b(?!s)", text)) == 1  # one A4 page


def test_the_public_page_marks_the_coordinators_words_as_english_in_another_language(app, coordinator, coded):
    base = start_page(coordinator, app, coded)
    publish(coordinator, base)
    token = page_row(app, coded["id"]).token
    languages = dict(app.config["LANGUAGES"])
    app.config["LANGUAGES"] = {**languages, "ar": ("العربية", "rtl")}
    try:
        arabic = coordinator.get(f"/heard/{token}?lang=ar")
    finally:
        app.config["LANGUAGES"] = languages
    assert '<html lang="ar" dir="rtl"' in arabic.text
    assert re.search(r'<h1 class="govuk-heading-xl" lang="en">', arabic.text)
    english = coordinator.get(f"/heard/{token}?lang=en")
    assert 'lang="en">' not in english.text.split("<body", 1)[1]


def test_a_second_coordinator_sees_the_same_page_and_cannot_start_another(app, client, coded):
    create_staff(app, role="coordinator", email="one@example.com")
    sign_in(client, "one@example.com")
    base = start_page(client, app, coded)
    first = page_row(app, coded["id"]).id
    page = client.get(base)
    assert "Start the page from the summary" not in page.text
    client.post(base + "/create", data={"csrf_token": csrf_token(page.text)})
    assert page_row(app, coded["id"]).id == first


def test_the_demo_page_waits_for_the_windows_to_close_then_is_published_at_a_stable_link(app, coded):
    from voice.demo.you_said import seed_you_said
    from voice.extensions import db
    from voice.models import Inspection

    with app.app_context():
        assert seed_you_said(db.session.get(Inspection, coded["id"])) is None
    close_windows(app, coded["id"])
    with app.app_context():
        first = seed_you_said(db.session.get(Inspection, coded["id"]))
        token, quotes = first.token, [q.text for q in first.quotes]
        assert first.published and first.report_url.startswith("https://")
        assert quotes and all("Jane Smith" not in text for text in quotes)
        again = seed_you_said(db.session.get(Inspection, coded["id"]))
        assert again.token == token and [q.text for q in again.quotes] == quotes
