"""A safeguarding alert reaches the coordinators within 60 seconds, from every channel, with a link only."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from tests.integration.webinar_fixtures import ask  # noqa: F401  (fixture)
from tests.staff_support import create_user
from voice.extensions import db
from voice.models.mail import MailMessage, SafeguardingAlert

DISCLOSURE = "My son says the teaching assistant hits him when nobody is looking and he is scared to go in."


def _alerts(app, kind: str = "safeguarding_alert") -> list[MailMessage]:
    with app.app_context():
        rows = list(db.session.scalars(select(MailMessage).where(MailMessage.kind == kind).order_by(MailMessage.id)))
        db.session.expunge_all()
        return rows


def _staff(app, inspection_id: int) -> None:
    create_user(app, email="cora@example.org", role="coordinator")
    create_user(app, email="colin@example.org", role="coordinator")
    create_user(app, email="ivy@example.org", role="inspector", inspections=(inspection_id,))


def _store_comment(app, inspection_id: int, audience: str, text: str) -> int:
    from voice.models import Comment, Inspection, Response, utcnow

    with app.app_context():
        inspection = db.session.get(Inspection, inspection_id)
        survey = inspection.survey_for(audience)
        response = Response(survey_id=survey.id, inspection_id=inspection_id, audience=audience,
                            submission_key=f"k-{audience}-{len(text)}", reference=f"R{len(text):07d}",
                            submitted_at=utcnow())
        db.session.add(response)
        db.session.flush()
        comment = Comment(inspection_id=inspection_id, response_id=response.id, audience=audience,
                          question="could_be_better" if audience == "parent_carer" else "tell_us_more",
                          text=text, redacted="", machine_sentiment="neutral", sentiment="neutral",
                          analysis_pending=True, created_at=utcnow())
        db.session.add(comment)
        db.session.commit()
        return comment.id


def test_a_flagged_survey_comment_alerts_every_coordinator_at_once_with_a_link_and_no_text(app, make_inspection):
    from voice.jobs import enqueue_analysis
    from voice.models import Comment

    inspection_id = make_inspection()["id"]
    _staff(app, inspection_id)
    flagged = _store_comment(app, inspection_id, "parent_carer", DISCLOSURE)
    calm = _store_comment(app, inspection_id, "parent_carer", "The short breaks service has been lovely.")
    with app.test_request_context():
        assert enqueue_analysis([flagged, calm]) == "inline"  # the job engine, in-process with no broker
        comment = db.session.get(Comment, flagged)
        assert comment.safeguarding
        analysed_at = comment.analysed_at
    alerts = _alerts(app)
    assert sorted(m.recipient for m in alerts) == ["colin@example.org", "cora@example.org"]  # not the inspector
    for message in alerts:
        assert message.subject == "Possible safeguarding concern: East Sussex"
        assert f"http://localhost/inspections/{inspection_id}/safeguarding" in message.body
        assert "teaching assistant" not in message.body and "scared" not in message.body
        assert message.created_at - analysed_at < timedelta(seconds=60)
    # Running the job again (a retry) does not alert twice.
    from voice.services import safeguarding_alerts

    with app.test_request_context():
        again = safeguarding_alerts.alert_comments(comments=[db.session.get(Comment, flagged)],
                                                   now=analysed_at)
    assert again == 0 and len(_alerts(app)) == 2


def test_a_flagged_young_persons_comment_alerts_too(app, make_inspection):
    from voice.jobs import enqueue_analysis

    inspection_id = make_inspection()["id"]
    _staff(app, inspection_id)
    flagged = _store_comment(app, inspection_id, "young_person", "My dad hits me and I am scared to go home.")
    with app.test_request_context():
        enqueue_analysis([flagged])
    alerts = _alerts(app)
    assert len(alerts) == 2
    assert "the young people's survey" in alerts[0].body and "dad" not in alerts[0].body


def test_a_flagged_webinar_question_alerts_the_coordinators(app, make_inspection, ask):  # noqa: F811
    from datetime import datetime

    webinar_at = datetime.now() + timedelta(days=5)
    made = make_inspection(webinar_at=webinar_at)
    _staff(app, made["id"])
    [receipt] = ask(made["webinar"], "Why does the teaching assistant hit a child in my son's class every week?")
    assert receipt.stored
    alerts = _alerts(app)
    assert len(alerts) == 2
    assert "the webinar questions" in alerts[0].body and "teaching assistant" not in alerts[0].body
    with app.app_context():
        [alert] = db.session.scalars(select(SafeguardingAlert)).all()
        assert alert.channel == "webinar"


def test_an_unreviewed_flag_gets_one_reminder_and_a_reviewed_one_none(app, make_inspection, runner):
    from voice.models import Comment, utcnow

    inspection_id = make_inspection()["id"]
    _staff(app, inspection_id)
    first = _store_comment(app, inspection_id, "parent_carer", DISCLOSURE)
    second = _store_comment(app, inspection_id, "parent_carer", DISCLOSURE + " It happened again today.")
    from voice.jobs import enqueue_analysis

    with app.test_request_context():
        enqueue_analysis([first, second])
        reviewed = db.session.get(Comment, second)
        assert reviewed.safeguarding
        reviewed.safeguarding_reviewed_at = utcnow()
        for alert in db.session.scalars(select(SafeguardingAlert)):
            alert.created_at -= timedelta(hours=5)
        db.session.commit()
    result = runner.invoke(args=["mail-due"])
    assert result.exit_code == 0, result.output
    reminders = _alerts(app, "safeguarding_reminder")
    assert len(reminders) == 2  # one flag, two coordinators
    assert "has not been reviewed after 4 hours" in reminders[0].body
    assert "teaching assistant" not in reminders[0].body
    runner.invoke(args=["mail-due"])
    assert len(_alerts(app, "safeguarding_reminder")) == 2  # once only


def test_a_new_submission_is_alerted_even_if_the_database_reuses_an_old_row_number(app, make_inspection):
    from sqlalchemy import delete

    from voice.jobs import enqueue_analysis
    from voice.models import Comment, Response

    inspection_id = make_inspection()["id"]
    _staff(app, inspection_id)
    first = _store_comment(app, inspection_id, "parent_carer", DISCLOSURE)
    with app.test_request_context():
        enqueue_analysis([first])
        db.session.execute(delete(Comment))
        db.session.execute(delete(Response))  # as when responses are deleted, or the demo rewritten
        db.session.commit()
    second = _store_comment(app, inspection_id, "parent_carer", DISCLOSURE + " Again.")
    with app.test_request_context():
        enqueue_analysis([second])
    assert len(_alerts(app)) == 4  # two submissions, two coordinators
