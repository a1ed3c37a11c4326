"""`flask mail-due`: window opens, closes tomorrow with counts, a daily digest; nothing twice."""

from __future__ import annotations

from sqlalchemy import select

from tests.staff_support import create_user
from voice.extensions import db
from voice.models.mail import MailMessage


def _sent(app) -> list[tuple[str, str, str]]:
    with app.app_context():
        return [(m.kind, m.recipient, m.body) for m in db.session.scalars(select(MailMessage).order_by(MailMessage.id))]


def test_an_open_window_sends_opens_and_a_digest_once_to_coordinators_and_assigned_inspectors(
        app, runner, make_inspection):
    inspection_id = make_inspection(days=10)["id"]
    other = make_inspection(days=10, area_code="E06000043")["id"]
    create_user(app, email="cora@example.org", role="coordinator")
    create_user(app, email="ivy@example.org", role="inspector", inspections=(inspection_id,))
    result = runner.invoke(args=["mail-due"])
    assert result.exit_code == 0, result.output
    sent = _sent(app)
    kinds = sorted((kind, to) for kind, to, _body in sent)
    # Ivy hears only about her inspection; the coordinator about both.
    assert kinds.count(("window_opens", "cora@example.org")) == 2
    assert kinds.count(("window_opens", "ivy@example.org")) == 1
    assert kinds.count(("daily_digest", "ivy@example.org")) == 1
    assert not any(kind == "closes_tomorrow" for kind, _to in kinds)
    assert any(f"/admin/inspections/{other}/counts" in body for _k, _t, body in sent)
    runner.invoke(args=["mail-due"])
    assert len(_sent(app)) == len(sent)  # nothing twice


def test_the_last_day_sends_closes_tomorrow_with_the_counts_so_far(app, runner, make_inspection):
    from datetime import timedelta

    from voice.models import Response, Survey, utcnow

    made = make_inspection(days=10)
    create_user(app, email="cora@example.org", role="coordinator")
    with app.app_context():
        survey = db.session.scalar(select(Survey).where(Survey.token == made["parent_carer"]))
        for each in survey.inspection.surveys:
            each.closes_at = utcnow() + timedelta(hours=20)
        for n in range(3):
            db.session.add(Response(survey_id=survey.id, inspection_id=made["id"], audience="parent_carer",
                                    submission_key=f"k{n}", reference=f"R{n:07d}", submitted_at=utcnow()))
        db.session.commit()
    result = runner.invoke(args=["mail-due"])
    assert result.exit_code == 0, result.output
    [closing] = [body for kind, _to, body in _sent(app) if kind == "closes_tomorrow"]
    assert "- parents and carers: 3" in closing
