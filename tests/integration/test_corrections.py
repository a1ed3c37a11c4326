"""Human corrections to machine tags: recorded beside the machine's, audited, and used by summaries."""

from __future__ import annotations

from sqlalchemy import select

from tests.conftest import csrf_token
from tests.integration.staff_fixtures import *  # noqa: F403  (fixtures: coded, inspector, coordinator)
from tests.integration.staff_fixtures import seed_coded_inspection


def _correct(client, coded, comment_id, themes, sentiment, back=""):
    url = f"/inspections/{coded['id']}/comments/{comment_id}" + (f"?back={back}" if back else "")
    page = client.get(url)
    assert page.status_code == 200
    return client.post(url, data={"csrf_token": csrf_token(page.text), "themes": themes, "sentiment": sentiment,
                                  "save": "Save changes"})


def _rows(app, comment_id):
    from voice.extensions import db
    from voice.models import Comment, CommentTheme, TagCorrection

    with app.app_context():
        comment = db.session.get(Comment, comment_id)
        themes = {row.theme: (row.origin, row.removed, row.human_decided)
                  for row in db.session.scalars(select(CommentTheme).where(CommentTheme.comment_id == comment_id))}
        corrections = [(c.field, c.before, c.after, c.user_id is not None)
                       for c in db.session.scalars(select(TagCorrection).order_by(TagCorrection.id))]
        return comment.sentiment, comment.machine_sentiment, comment.human_sentiment, themes, corrections


def test_an_inspector_removes_and_adds_themes_and_the_machine_rows_stay(app, inspector, coded):
    comment_id = coded["comments"][1]  # machine: ehc_plans, education_support
    sent = _correct(inspector, coded, comment_id, ["ehc_plans", "transport"], "negative")
    assert sent.status_code == 302
    _sentiment, _machine, _human, themes, corrections = _rows(app, comment_id)
    assert themes == {
        "ehc_plans": ("machine", False, False),
        "education_support": ("machine", True, True),
        "transport": ("human", False, True),
    }
    assert sorted(corrections) == [("theme", "", "transport", True), ("theme", "education_support", "", True)]


def test_a_changed_sentiment_keeps_the_machines_beside_it(app, inspector, coded):
    comment_id = coded["comments"][0]
    _correct(inspector, coded, comment_id, ["ehc_plans"], "mixed")
    sentiment, machine, human, _themes, corrections = _rows(app, comment_id)
    assert (sentiment, machine, human) == ("mixed", "negative", "mixed")
    assert corrections == [("sentiment", "negative", "mixed", True)]


def test_the_correction_page_shows_the_machines_tags_and_the_history(inspector, coded):
    comment_id = coded["comments"][1]
    sent = _correct(inspector, coded, comment_id, ["ehc_plans"], "positive")
    page = inspector.get(sent.headers["Location"])
    assert "Your changes have been saved" in page.text
    assert "Machine&#39;s themes" in page.text and "EHC plans, Support in education" in page.text
    assert "Changes people have made" in page.text
    history = page.text.split("Changes people have made, newest first")[1]
    assert "Test inspector" in history and "Support in education" in history and "Positive" in history


def test_every_correction_is_audited(app, inspector, coded):
    from voice.extensions import db
    from voice.models import AuditEvent

    _correct(inspector, coded, coded["comments"][2], ["ehc_plans", "early_years"], "positive")
    with app.app_context():
        events = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "correction")).all()
        assert len(events) == 1
        assert events[0].inspection_id == coded["id"] and "early_years" in events[0].detail


def test_saving_without_changes_records_nothing(app, inspector, coded):
    sent = _correct(inspector, coded, coded["comments"][0], ["ehc_plans"], "negative")
    assert "Nothing was changed" in inspector.get(sent.headers["Location"]).text
    assert _rows(app, coded["comments"][0])[4] == []


def test_a_comment_needs_at_least_one_theme(inspector, coded):
    page = _correct(inspector, coded, coded["comments"][0], [], "negative")
    assert page.status_code == 400
    assert "<title>Error: Correct the tags on a comment" in page.text
    assert "Select at least one theme, or select 'Other'" in page.text


def test_the_summary_and_drill_down_follow_the_corrections(inspector, coded):
    _correct(inspector, coded, coded["comments"][3], ["transport"], "positive")
    listing = inspector.get(f"/inspections/{coded['id']}/themes/transport")
    assert "CAMHS waiting list" in listing.text
    health = inspector.get(f"/inspections/{coded['id']}/themes/health_services")
    assert "CAMHS waiting list" not in health.text
    summary = inspector.get(f"/inspections/{coded['id']}/summary").text
    assert 'id="parent_carer-transport"' in summary


def test_the_back_link_only_goes_to_this_inspections_pages(inspector, coded):
    comment_id = coded["comments"][0]
    inside = f"/inspections/{coded['id']}/themes/ehc_plans?audience=parent_carer"
    page = inspector.get(f"/inspections/{coded['id']}/comments/{comment_id}", query_string={"back": inside})
    assert 'href="/inspections/' in page.text and "themes/ehc_plans?audience=parent_carer" in page.text
    page = inspector.get(f"/inspections/{coded['id']}/comments/{comment_id}",
                         query_string={"back": "https://evil.example/"})
    assert "evil.example" not in page.text


def test_a_comment_from_another_inspection_is_not_found(app, inspector, coded, make_inspection):
    other = make_inspection()
    other_ids = seed_coded_inspection(app, other["id"])
    assert inspector.get(f"/inspections/{coded['id']}/comments/{other_ids['comments'][0]}").status_code == 404


def test_an_inspector_cannot_see_the_original_text(inspector, coded):
    page = inspector.get(f"/inspections/{coded['id']}/comments/{coded['comments'][0]}")
    assert "Show the original text" not in page.text
    refused = inspector.post(f"/inspections/{coded['id']}/comments/{coded['comments'][0]}/original",
                             data={"original-csrf_token": csrf_token(page.text)})
    assert refused.status_code == 403
    assert "Jane Smith" not in page.text


def test_a_coordinator_sees_the_original_only_by_asking_and_it_is_audited(app, coordinator, coded):
    from voice.extensions import db
    from voice.models import AuditEvent

    url = f"/inspections/{coded['id']}/comments/{coded['comments'][0]}"
    page = coordinator.get(url)
    assert "Show the original text" in page.text and "Jane Smith" not in page.text
    shown = coordinator.post(url + "/original", data={"original-csrf_token": csrf_token(page.text),
                                                       "original-show": "Show the original text"})
    assert shown.status_code == 200
    assert "Jane Smith 07700 900123" in shown.text
    with app.app_context():
        events = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "view_original")).all()
        assert [e.detail for e in events] == [f"comment {coded['comments'][0]}"]
