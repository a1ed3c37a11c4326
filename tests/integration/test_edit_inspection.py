"""Changing an inspection after set-up: new dates with the windows shown first, the webinar added or removed,
closing early only after a confirmation, and every change audited."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import select

from tests.conftest import csrf_token
from tests.integration.webinar_fixtures import *  # noqa: F403  (fixtures: ask)
from tests.staff_support import create_user, sign_in
from voice.extensions import db
from voice.models import AuditEvent, Inspection
from voice.services import working_days


@pytest.fixture
def coordinator_client(app, client):
    create_user(app, email="cora@example.org", role="coordinator", name="Cora Ordinator")
    sign_in(client, "cora@example.org")
    return client


def _form(notified: date, *, days: str = "5", webinar: date | None = None, time: str = "") -> dict:
    data: dict = {"notification_date": [str(notified.day), str(notified.month), str(notified.year)],
                  "working_days": days, "childrens_services_contact": ""}
    if webinar is not None:
        data.update({"webinar_date": [str(webinar.day), str(webinar.month), str(webinar.year)], "webinar_time": time})
    return data


def test_new_dates_are_checked_with_their_windows_then_saved_and_audited(app, coordinator_client, make_inspection):
    client = coordinator_client
    ids = make_inspection()
    later = working_days.nth_working_day(date.today() + timedelta(days=14), 1)
    url = f"/admin/inspections/{ids['id']}/edit"
    form = client.get(url)
    assert form.status_code == 200 and "Change the inspection for East Sussex" in form.text
    sent = client.post(url, data={"csrf_token": csrf_token(form.text), **_form(later, days="7")})
    assert sent.status_code == 302 and sent.headers["Location"].endswith("/edit/check")
    check = client.get(sent.headers["Location"])
    assert "When families can answer, after the change" in check.text and "Before the change" in check.text
    with app.app_context():
        assert db.session.get(Inspection, ids["id"]).notification_date != later  # nothing saved yet
    saved = client.post(sent.headers["Location"], data={"csrf_token": csrf_token(check.text)})
    assert saved.status_code == 302
    with app.app_context():
        inspection = db.session.get(Inspection, ids["id"])
        assert inspection.notification_date == later and inspection.survey_working_days == 7
        opens, closes = working_days.window(later, 7)
        assert all((s.opens_at, s.closes_at) == (opens, closes) for s in inspection.surveys)
        event = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "inspection_edited")).one()
        assert later.isoformat() in event.detail and "working days 5 -> 7" in event.detail
    assert "The inspection has been changed." in client.get(saved.headers["Location"]).text


def test_a_webinar_can_be_added_and_then_removed_before_anyone_asks(app, coordinator_client, make_inspection):
    client = coordinator_client
    ids = make_inspection()
    with app.app_context():
        notified = db.session.get(Inspection, ids["id"]).notification_date
    webinar_day = working_days.nth_working_day(notified, 6)
    url = f"/admin/inspections/{ids['id']}/edit"
    token = csrf_token(client.get(url).text)
    client.post(url, data={"csrf_token": token, **_form(notified, webinar=webinar_day, time="18:00")})
    check = client.get(url + "/check")
    assert "Webinar questions close" in check.text
    client.post(url + "/check", data={"csrf_token": csrf_token(check.text)})
    with app.app_context():
        inspection = db.session.get(Inspection, ids["id"])
        webinar = inspection.survey_for("webinar")
        assert webinar is not None and inspection.webinar_at == working_days.from_uk(
            datetime.combine(webinar_day, datetime.min.time()) + timedelta(hours=18))
        webinar_token = webinar.token
    # Remove it again: allowed while nobody has asked a question.
    token = csrf_token(client.get(url).text)
    client.post(url, data={"csrf_token": token, **_form(notified)})
    client.post(url + "/check", data={"csrf_token": csrf_token(client.get(url + "/check").text)})
    with app.app_context():
        assert db.session.get(Inspection, ids["id"]).survey_for("webinar") is None
    assert client.get(f"/w/{webinar_token}/").status_code == 404


def test_a_webinar_with_questions_cannot_be_removed(app, coordinator_client, make_inspection, ask):
    from voice.models import utcnow

    client = coordinator_client
    ids = make_inspection(webinar_at=utcnow() + timedelta(days=5))
    ask(ids["webinar"], "How will transport improve for children with EHC plans?")
    with app.app_context():
        notified = db.session.get(Inspection, ids["id"]).notification_date
    url = f"/admin/inspections/{ids['id']}/edit"
    refused = client.post(url, data={"csrf_token": csrf_token(client.get(url).text), **_form(notified)})
    assert refused.status_code == 400 and "cannot be removed" in refused.text
    with app.app_context():
        assert db.session.get(Inspection, ids["id"]).survey_for("webinar") is not None


def test_closing_early_asks_first_and_works_for_every_survey(app, coordinator_client, make_inspection):
    client = coordinator_client
    ids = make_inspection()
    overview = client.get(f"/admin/inspections/{ids['id']}").text
    assert f"/admin/inspections/{ids['id']}/windows/parent_carer/close" in overview
    confirm = client.get(f"/admin/inspections/{ids['id']}/windows/practitioner/close")
    assert confirm.status_code == 200 and "early?" in confirm.text
    with app.app_context():
        assert db.session.get(Inspection, ids["id"]).survey_for("practitioner").closed_early_at is None
    done = client.post(f"/admin/inspections/{ids['id']}/windows/practitioner/close",
                       data={"csrf_token": csrf_token(confirm.text)})
    assert done.status_code == 302
    with app.app_context():
        assert db.session.get(Inspection, ids["id"]).survey_for("practitioner").closed_early_at is not None
    assert client.get(f"/admin/inspections/{ids['id']}/windows/nobody/close").status_code == 404
