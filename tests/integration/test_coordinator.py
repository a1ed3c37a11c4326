"""The coordinator: set up an inspection (enter, check, create), share its links, watch the counts,
manage the windows, delete the responses when due, assign inspectors, and read the audit log."""

from __future__ import annotations

import re
import uuid
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select, update

from tests.conftest import csrf_token
from tests.staff_support import create_user, post_form, sign_in
from voice.extensions import db
from voice.models import (
    Answer,
    AuditEvent,
    Comment,
    Draft,
    Inspection,
    Response,
    Survey,
    User,
    utcnow,
)
from voice.services import working_days


@pytest.fixture
def coordinator(app, client):
    from voice.services.areas import load_local_areas

    with app.app_context():
        load_local_areas()
    user_id = create_user(app, email="cora@example.org", role="coordinator", name="Cora Ordinator")
    assert sign_in(client, "cora@example.org").status_code == 302
    return user_id


def _next_working_day(after: date) -> date:
    return working_days.nth_working_day(after + timedelta(days=1), 1)


def _add_response(app, inspection_id: int, audience: str, submitted_at: datetime, *, comment: str = "") -> None:
    with app.app_context():
        survey = db.session.scalar(select(Survey).where(Survey.inspection_id == inspection_id,
                                                        Survey.audience == audience))
        response = Response(survey_id=survey.id, inspection_id=inspection_id, audience=audience,
                            submission_key=uuid.uuid4().hex, reference=uuid.uuid4().hex[:12],
                            submitted_at=submitted_at)
        response.answers.append(Answer(question="needs_identified", value="agree"))
        db.session.add(response)
        db.session.flush()
        if comment:
            db.session.add(Comment(inspection_id=inspection_id, response_id=response.id, audience=audience,
                                   question="works_well", text=comment, redacted=comment,
                                   machine_sentiment="positive", sentiment="positive"))
        db.session.add(Draft(survey_id=survey.id, key=uuid.uuid4().hex, answers={"works_well": "half"}))
        db.session.commit()


def _audit(app, action: str) -> list[AuditEvent]:
    with app.app_context():
        return list(db.session.scalars(select(AuditEvent).where(AuditEvent.action == action)))


def test_a_coordinator_sets_up_an_inspection_after_checking_the_computed_windows(app, client, coordinator):
    notified = _next_working_day(date.today() + timedelta(days=7))
    webinar_day = working_days.nth_working_day(notified, 6)
    form = client.get("/admin/inspections/new")
    assert form.status_code == 200
    assert form.text.count("<option") > 150  # every English local area
    response = client.post("/admin/inspections/new", data={
        "csrf_token": csrf_token(form.text), "local_area": "E10000011", "kind": "framework_2023",
        "notification_date": [str(notified.day), str(notified.month), str(notified.year)],
        "working_days": "5",
        "webinar_date": [str(webinar_day.day), str(webinar_day.month), str(webinar_day.year)],
        "webinar_time": "6pm",
    })
    assert response.headers["Location"] == "/admin/inspections/new/check"
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Inspection)) == 0  # not yet created

    check = client.get("/admin/inspections/new/check")
    last_day = working_days.nth_working_day(notified, 5)
    assert "East Sussex" in check.text
    assert f"{last_day.day} {last_day.strftime('%B')} {last_day.year} at 11:59pm" in check.text
    assert f"{webinar_day.day} {webinar_day.strftime('%B')} {webinar_day.year} at 6pm" in check.text
    assert "Webinar questions close" in check.text

    created = client.post("/admin/inspections/new/check", data={"csrf_token": csrf_token(check.text)})
    with app.app_context():
        inspection = db.session.scalar(select(Inspection))
        assert created.headers["Location"] == f"/admin/inspections/{inspection.id}/share"
        assert inspection.local_area.name == "East Sussex"
        assert inspection.notification_date == notified
        audiences = sorted(s.audience for s in inspection.surveys)
        assert audiences == ["parent_carer", "practitioner", "webinar", "young_person"]
        assert working_days.to_uk(inspection.webinar_at).hour == 18
    assert [e.user_id for e in _audit(app, "inspection_created")] == [coordinator]
    assert "Inspection set up for East Sussex" in client.get(created.headers["Location"]).text
    assert client.get("/admin/inspections/new/check").headers["Location"] == "/admin/inspections/new"


def test_the_change_links_bring_back_what_was_entered(client, coordinator):
    notified = _next_working_day(date.today())
    post_form(client, "/admin/inspections/new", {
        "local_area": "E10000011", "kind": "monitoring", "working_days": "3",
        "notification_date": [str(notified.day), str(notified.month), str(notified.year)],
    })
    again = client.get("/admin/inspections/new")
    assert '<option value="E10000011" selected>' in again.text
    assert 'value="monitoring" checked' in again.text
    working_days_input = again.text.split('id="working_days"')[1].split(">")[0]
    assert 'value="3"' in working_days_input


def test_a_coordinator_can_give_the_areas_childrens_services_contact(app, client, coordinator):
    notified = _next_working_day(date.today() + timedelta(days=7))
    response = post_form(client, "/admin/inspections/new", {
        "local_area": "E10000011", "kind": "framework_2023", "working_days": "5",
        "notification_date": [str(notified.day), str(notified.month), str(notified.year)],
        "childrens_services_contact": "  <b>Children's Services Front Door</b>:\n01234 567890 ",
    })
    assert response.headers["Location"] == "/admin/inspections/new/check"
    check = client.get("/admin/inspections/new/check")
    assert "Children&#39;s services contact" in check.text
    assert "Children&#39;s Services Front Door: 01234 567890" in check.text
    assert 'href="/admin/inspections/new#childrens_services_contact"' in check.text
    again = client.get("/admin/inspections/new")
    assert 'value="Children&#39;s Services Front Door: 01234 567890"' in again.text
    client.post("/admin/inspections/new/check", data={"csrf_token": csrf_token(check.text)})
    with app.app_context():
        inspection = db.session.scalar(select(Inspection))
        assert inspection.childrens_services_contact == "Children's Services Front Door: 01234 567890"
    overview = client.get(f"/admin/inspections/{inspection.id}")
    assert "Children&#39;s Services Front Door: 01234 567890" in overview.text


def test_the_childrens_services_contact_is_optional_and_at_most_200_characters(app, client, coordinator):
    notified = _next_working_day(date.today() + timedelta(days=7))
    data = {"local_area": "E10000011", "kind": "framework_2023", "working_days": "5",
            "notification_date": [str(notified.day), str(notified.month), str(notified.year)]}
    too_long = post_form(client, "/admin/inspections/new", {**data, "childrens_services_contact": "x" * 201})
    assert too_long.status_code == 200
    assert "The children&#39;s services contact must be 200 characters or fewer" in too_long.text
    assert 'href="#childrens_services_contact"' in too_long.text
    post_form(client, "/admin/inspections/new", data)
    check = client.get("/admin/inspections/new/check")
    assert "None given" in check.text
    client.post("/admin/inspections/new/check", data={"csrf_token": csrf_token(check.text)})
    with app.app_context():
        assert db.session.scalar(select(Inspection)).childrens_services_contact is None


@pytest.mark.parametrize("fields, message", [
    ({}, "Select the local area"),
    ({}, "Select the kind of inspection"),
    ({}, "Enter the date the local area was told about the inspection"),
    ({"notification_date": ["31", "2", "2026"]}, "The notification date must be a real date"),
    ({"notification_date": ["7", "3", "2026"]}, "must be a working day"),  # a Saturday
    ({"notification_date": ["25", "12", "2026"]}, "must be a working day"),  # Christmas Day
    ({"working_days": "five"}, "whole number between 1 and 20"),
    ({"working_days": "0"}, "whole number between 1 and 20"),
    ({"webinar_time": "18:00"}, "Enter the date of the webinar"),
    ({"webinar_date": ["10", "3", "2026"]}, "Enter the time of the webinar"),
    ({"webinar_date": ["10", "3", "2026"], "webinar_time": "25:00"}, "hours and minutes"),
])
def test_mistakes_in_the_set_up_form_get_gov_uk_error_messages(client, coordinator, fields, message):
    data = {"working_days": "5", "notification_date": ["", "", ""], **fields}
    response = post_form(client, "/admin/inspections/new", data)
    assert response.status_code == 200
    assert "<title>Error: Set up an inspection" in response.text
    assert message in response.text


def test_a_webinar_too_soon_for_questions_is_refused(client, coordinator):
    notified = _next_working_day(date.today())
    response = post_form(client, "/admin/inspections/new", {
        "local_area": "E10000011", "kind": "framework_2016", "working_days": "5",
        "notification_date": [str(notified.day), str(notified.month), str(notified.year)],
        "webinar_date": [str(notified.day), str(notified.month), str(notified.year)], "webinar_time": "20:00",
    })
    assert "The webinar must be more than 24 hours after the surveys open" in response.text
    assert 'href="#webinar_date-day"' in response.text  # the summary links to the first box


def test_the_share_page_gives_each_link_a_qr_code_and_a_poster(app, client, coordinator, make_inspection):
    ids = make_inspection()
    page = client.get(f"/admin/inspections/{ids['id']}/share")
    assert f"http://localhost/s/{ids['parent_carer']}/" in page.text
    qr = client.get(f"/admin/inspections/{ids['id']}/qr/parent_carer.svg")
    assert qr.status_code == 200 and qr.mimetype == "image/svg+xml"
    assert qr.data.startswith(b"<svg") and b"style=" not in qr.data and b"<title>" in qr.data
    poster = client.get(f"/admin/inspections/{ids['id']}/poster/parent_carer.pdf")
    assert poster.status_code == 200 and poster.mimetype == "application/pdf"
    assert poster.data.startswith(b"%PDF") and len(poster.data) > 5000
    assert "attachment" in poster.headers["Content-Disposition"]
    if "young_people.start" in app.view_functions:
        young = client.get(f"/admin/inspections/{ids['id']}/poster/young_person.pdf")
        assert young.data.startswith(b"%PDF")
    assert client.get(f"/admin/inspections/{ids['id']}/qr/webinar.svg").status_code == 404  # no webinar


def test_the_counts_show_responses_by_audience_and_by_day(app, client, coordinator, make_inspection):
    ids = make_inspection(notification_date=working_days.previous_working_day(date.today() - timedelta(days=1)))
    with app.app_context():
        opens = db.session.get(Inspection, ids["id"]).surveys[0].opens_at
    first_day = opens + timedelta(hours=10)
    for _ in range(3):
        _add_response(app, ids["id"], "parent_carer", first_day)
    _add_response(app, ids["id"], "young_person", first_day)
    _add_response(app, ids["id"], "parent_carer", utcnow())
    page = client.get(f"/admin/inspections/{ids['id']}/counts")
    assert "5 responses so far" in page.text
    assert "Refresh the counts" in page.text
    rows = page.text.split('<tr class="govuk-table__row">')
    day_label = working_days.to_uk(first_day).strftime("%A %-d %B")
    first = next(row for row in rows if day_label in row)
    assert [cell.split(">")[1].split("<")[0] for cell in first.split("<td")[1:]] == ["3", "1", "0", "4"]
    assert "Total" in rows[-1]
    overview = client.get(f"/admin/inspections/{ids['id']}")
    assert "Responses so far" in overview.text


def test_a_window_can_be_closed_early_and_reopened(app, client, coordinator, make_inspection):
    ids = make_inspection()
    overview = client.get(f"/admin/inspections/{ids['id']}")
    token = csrf_token(overview.text)
    closed = client.post(f"/admin/inspections/{ids['id']}/windows/parent_carer/close", data={"csrf_token": token})
    assert closed.headers["Location"].endswith("#windows")
    assert "the window is closed" in client.get(f"/admin/inspections/{ids['id']}").text
    assert client.get(f"/s/{ids['parent_carer']}/").status_code == 410
    client.post(f"/admin/inspections/{ids['id']}/windows/parent_carer/reopen", data={"csrf_token": token})
    assert client.get(f"/s/{ids['parent_carer']}/").status_code == 200
    assert [e.detail for e in _audit(app, "window_closed")] == ["parent_carer"]
    assert len(_audit(app, "window_reopened")) == 1


def test_responses_cannot_be_deleted_while_a_window_is_open(app, client, coordinator, make_inspection):
    ids = make_inspection()
    _add_response(app, ids["id"], "parent_carer", utcnow(), comment="Kind staff")
    response = post_form(client, f"/admin/inspections/{ids['id']}/delete", {"confirm_area": "East Sussex"})
    assert "Close every survey window before you delete the responses" in response.text
    assert response.text.startswith("<!DOCTYPE html>") and "<title>Error: " in response.text
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Response)) == 1


def test_deleting_responses_needs_the_area_name_and_leaves_a_record(app, client, coordinator, make_inspection):
    ids = make_inspection(notification_date=working_days.previous_working_day(date.today() - timedelta(days=30)))
    _add_response(app, ids["id"], "parent_carer", utcnow() - timedelta(days=28), comment="Kind staff")
    _add_response(app, ids["id"], "young_person", utcnow() - timedelta(days=28))
    url = f"/admin/inspections/{ids['id']}/delete"
    page = client.get(url)
    assert "This deletes 2 responses" in page.text
    wrong = client.post(url, data={"csrf_token": csrf_token(page.text), "confirm_area": "West Sussex"})
    assert "Enter East Sussex to confirm that you want to delete the responses" in wrong.text
    done = client.post(url, data={"csrf_token": csrf_token(page.text), "confirm_area": "  east   sussex "})
    assert done.headers["Location"] == f"/admin/inspections/{ids['id']}"
    with app.app_context():
        for model in (Response, Answer, Comment, Draft):
            assert db.session.scalar(select(func.count()).select_from(model)) == 0, model.__name__
        assert db.session.get(Inspection, ids["id"]).responses_deleted_at is not None
    events = _audit(app, "responses_deleted")
    assert [(e.user_id, e.inspection_id) for e in events] == [(coordinator, ids["id"])]
    assert events[0].detail.startswith("2 responses, 1 comments, 2 drafts")
    overview = client.get(f"/admin/inspections/{ids['id']}").text
    assert "by Cora Ordinator" in overview
    assert client.get(url).status_code == 302  # nothing left to delete


def test_a_coordinator_assigns_and_removes_an_inspector(app, client, coordinator, make_inspection):
    ids = make_inspection()
    inspector_id = create_user(app, email="ivy@example.org", role="inspector", name="Ivy Inspector")
    overview = client.get(f"/admin/inspections/{ids['id']}")
    assert "Ivy Inspector (ivy@example.org)" in overview.text
    empty = client.post(f"/admin/inspections/{ids['id']}/inspectors", data={"csrf_token": csrf_token(overview.text)})
    assert "Select an inspector" in empty.text and "<title>Error: " in empty.text
    client.post(f"/admin/inspections/{ids['id']}/inspectors",
                data={"csrf_token": csrf_token(overview.text), "inspector": str(inspector_id)})
    with app.app_context():
        assert [i.id for i in db.session.get(User, inspector_id).inspections] == [ids["id"]]
    assert "Ivy Inspector can now see this inspection." in client.get(f"/admin/inspections/{ids['id']}").text
    client.post(f"/admin/inspections/{ids['id']}/inspectors/{inspector_id}/remove",
                data={"csrf_token": csrf_token(overview.text)})
    with app.app_context():
        assert db.session.get(User, inspector_id).inspections == []
    assert len(_audit(app, "inspector_assigned")) == 1 and len(_audit(app, "inspector_unassigned")) == 1


def test_the_audit_log_lists_events_newest_first_a_page_at_a_time(app, client, coordinator):
    from voice.services import audit

    with app.app_context():
        for n in range(60):
            audit.record("export", user=db.session.get(User, coordinator), inspection_id=7, detail=f"csv {n}")
    first = client.get("/admin/audit")
    assert "62 events" in first.text or "61 events" in first.text
    assert "csv 59" in first.text and "csv 0" not in first.text
    assert "Exported responses" in first.text and "Cora Ordinator (cora@example.org)" in first.text
    second = client.get("/admin/audit?page=2")
    assert "csv 0" in second.text and "Newer events" in second.text
    assert client.get("/admin/audit?page=99").status_code == 200


def test_webinar_questions_are_counted_and_deleted_with_the_responses(app, client, coordinator, make_inspection):
    from voice.models import WebinarQuestion
    from voice.services import webinar

    notified = working_days.previous_working_day(date.today() - timedelta(days=30))
    webinar_at = working_days.from_uk(datetime.combine(working_days.nth_working_day(notified, 6),
                                                       datetime.min.time()) + timedelta(hours=18))
    ids = make_inspection(notification_date=notified, webinar_at=webinar_at)
    with app.app_context():
        survey = db.session.get(Inspection, ids["id"]).survey_for("webinar")
        for n in range(2):
            webinar.submit_question(survey=survey, submission_key=f"key-{n}", asker_role="parent", age_phase=None,
                                    text="How will transport improve for children with EHC plans?",
                                    now=survey.opens_at + timedelta(hours=2))
    counts = client.get(f"/admin/inspections/{ids['id']}/counts").text
    # Webinar questions are not responses: every page counts them apart.
    assert "0 responses so far, and 2 webinar questions" in counts and "Webinar questions" in counts
    done = post_form(client, f"/admin/inspections/{ids['id']}/delete", {"confirm_area": "East Sussex"})
    assert done.status_code == 302
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(WebinarQuestion)) == 0
    assert _audit(app, "responses_deleted")[0].detail.endswith("2 webinar questions")


def test_the_audit_log_names_areas_and_actions_in_words(app, client, coordinator, make_inspection):
    from voice.services import audit

    ids = make_inspection()
    with app.app_context():
        user = db.session.get(User, coordinator)
        audit.record("webinar_shortlist", user=user, inspection_id=ids["id"], detail="group 3")
        audit.record("window_closed", user=user, inspection_id=ids["id"], detail="young_person")
        audit.record("something_new", user=user)
    page = client.get("/admin/audit").text
    assert "Shortlisted a webinar question" in page and "webinar_shortlist" not in page
    assert "East Sussex" in page
    assert "Young people" in page and ">young_person<" not in page
    assert "Something new" in page and "something_new" not in page


@pytest.mark.parametrize("audience", ["parent_carer", "young_person", "webinar"])
def test_each_poster_fits_on_one_page(app, client, coordinator, make_inspection, audience):
    from datetime import timedelta as _days

    from voice.models import utcnow

    # The longest English local area name, so the poster fits whatever the area.
    ids = make_inspection(webinar_at=utcnow() + _days(days=3), area_code="E06000058")
    with app.app_context():
        from voice.models import LocalArea
        db.session.execute(update(LocalArea).where(LocalArea.ons_code == "E06000058")
                           .values(name="Bournemouth, Christchurch and Poole"))
        db.session.commit()
    poster = client.get(f"/admin/inspections/{ids['id']}/poster/{audience}.pdf")
    assert poster.status_code == 200
    from tests.integration.test_exports import _inflate

    # Each page is one /Type /Page object in the PDF (not /Pages, the page tree).
    assert len(re.findall(rb"/Type\s*/Page\b(?!s)", _inflate(poster.data))) == 1

