"""Retention: each inspection's deletion date, shown to coordinators, and a job that deletes what is due."""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta

import pytest
from sqlalchemy import func, select

from tests.staff_support import create_user, sign_in
from voice.extensions import db
from voice.models import AuditEvent, Comment, Inspection, Response, utcnow
from voice.services import working_days


def _with_a_response(app, inspection_id: int, text: str = "The EHCP took two years.") -> None:
    with app.app_context():
        inspection = db.session.get(Inspection, inspection_id)
        survey = inspection.survey_for("parent_carer")
        response = Response(survey_id=survey.id, inspection_id=inspection_id, audience="parent_carer",
                            submission_key=uuid.uuid4().hex, reference=uuid.uuid4().hex[:12],
                            submitted_at=survey.opens_at + timedelta(hours=1))
        db.session.add(response)
        db.session.flush()
        db.session.add(Comment(inspection_id=inspection_id, response_id=response.id, audience="parent_carer",
                               question="could_be_better", text=text, redacted=text,
                               machine_sentiment="negative", sentiment="negative"))
        db.session.commit()


@pytest.fixture
def old_and_new(app, make_inspection):
    """One inspection whose surveys closed more than 3 years ago, and one running now."""
    old = make_inspection(notification_date=working_days.previous_working_day(date.today() - timedelta(days=1200)))
    new = make_inspection()
    _with_a_response(app, old["id"])
    _with_a_response(app, new["id"], "Still waiting for speech therapy.")
    return old["id"], new["id"]


def test_the_due_date_is_the_retention_period_after_the_last_window_closes(app, old_and_new):
    from voice.services import retention

    with app.app_context():
        inspection = db.session.get(Inspection, old_and_new[1])
        last_close = max(s.closes_at for s in inspection.surveys)
        assert retention.due_on(inspection) == working_days.to_uk(last_close).date() + timedelta(days=1096)
        app.config["RETENTION_DAYS"] = 30
        try:
            assert retention.due_on(inspection) == working_days.to_uk(last_close).date() + timedelta(days=30)
        finally:
            app.config["RETENTION_DAYS"] = 1096


def test_the_job_deletes_only_what_is_due_and_records_counts_without_text(app, old_and_new):
    from voice.services import retention

    old, new = old_and_new
    with app.app_context():
        run = retention.delete_due(now=utcnow())
        assert [inspection_id for inspection_id, _counts in run.deleted] == [old]
        assert run.deleted[0][1].responses == 1 and run.deleted[0][1].comments == 1
        remaining = db.session.scalars(select(Comment.inspection_id)).all()
        assert remaining == [new]
        assert db.session.get(Inspection, old).responses_deleted_at is not None
        event = db.session.scalars(select(AuditEvent).where(AuditEvent.action == "retention_deleted")).one()
        assert event.inspection_id == old and event.user_id is None
        assert "1 responses, 1 comments" in event.detail and "EHCP" not in event.detail
        # Run again: nothing more is due.
        assert retention.delete_due(now=utcnow()).deleted == []


def test_the_command_has_a_dry_run_that_deletes_nothing(app, old_and_new):
    from voice.cli_retention import retention_command

    result = app.test_cli_runner().invoke(retention_command, ["--dry-run"])
    assert result.exit_code == 0, result.output
    assert f"due now: inspection {old_and_new[0]}" in result.output and "nothing deleted" in result.output
    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Response)) == 2
    result = app.test_cli_runner().invoke(retention_command, [])
    assert "1 inspection(s) deleted." in result.output


def test_coordinators_see_when_responses_will_be_deleted(app, client, old_and_new):
    create_user(app, email="cora@example.org", role="coordinator", name="Cora Ordinator")
    sign_in(client, "cora@example.org")
    listing = client.get("/inspections").text
    assert "Deletion due" in listing
    page = client.get(f"/admin/inspections/{old_and_new[1]}").text
    assert "Due to be deleted on" in page


def test_coordinators_are_told_once_in_the_month_before_deletion(app, make_inspection):
    from voice.models.mail import MailMessage
    from voice.services import retention, scheduled_mail

    create_user(app, email="cora@example.org", role="coordinator", name="Cora Ordinator")
    ids = make_inspection()
    with app.app_context():
        inspection = db.session.get(Inspection, ids["id"])
        due = retention.due_on(inspection)
        a_week_before = working_days.from_uk(datetime.combine(due - timedelta(days=7), datetime.min.time()))
        first = scheduled_mail.run_due(now=a_week_before, reminder_after=timedelta(hours=4))
        again = scheduled_mail.run_due(now=a_week_before + timedelta(hours=1), reminder_after=timedelta(hours=4))
        messages = db.session.scalars(select(MailMessage).where(MailMessage.kind == "retention_due")).all()
    assert first.sent.get("retention_due") == 1 and "retention_due" not in again.sent
    assert len(messages) == 1 and messages[0].recipient == "cora@example.org"
    assert "will be deleted on" in messages[0].body
