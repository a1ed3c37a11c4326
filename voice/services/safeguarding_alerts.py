"""Telling coordinators at once when a submission may hold a safeguarding disclosure.

Called right after a flag is stored, from every channel: survey and young people's
comments (when their analysis job commits) and webinar questions (when they are
stored). One alert per submission, kept in ``safeguarding_alert`` so a re-run job
never alerts twice. The mail carries a link to the safeguarding queue and never
the family's words: mail leaves our control once sent.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, timedelta
from typing import Any, Final

from flask_babel import gettext as _
from sqlalchemy import select
from sqlalchemy.exc import IntegrityError

from voice import mail
from voice.extensions import db
from voice.models import Comment, Inspection, Response, User
from voice.models.mail import SafeguardingAlert

log = logging.getLogger(__name__)

CHANNELS: Final = ("parent_carer", "young_person", "webinar")


def coordinators() -> list[User]:
    """Coordinators handle safeguarding referrals, and every coordinator sees every inspection."""
    return list(db.session.scalars(
        select(User).where(User.role == "coordinator", User.active.is_(True), User.password_hash != "")
        .order_by(User.id)
    ))


def _channel_label(channel: str) -> str:
    return {
        "parent_carer": _("the parent and carer survey"),
        "young_person": _("the young people's survey"),
        "webinar": _("the webinar questions"),
    }.get(channel, channel)


def _record(*, inspection_id: int, channel: str, reference: str, comment_ids: Sequence[int],
            now: datetime) -> SafeguardingAlert | None:
    alert = SafeguardingAlert(inspection_id=inspection_id, channel=channel, reference=reference,
                              comment_ids=",".join(str(i) for i in comment_ids)[:500], created_at=now)
    db.session.add(alert)
    try:
        db.session.commit()
    except IntegrityError:  # already alerted (a job run twice): once is enough
        db.session.rollback()
        return None
    return alert


def _send(alert: SafeguardingAlert) -> int:
    with mail.words_context():
        return _compose_and_send(alert)


def _compose_and_send(alert: SafeguardingAlert) -> int:
    inspection = db.session.get(Inspection, alert.inspection_id)
    if inspection is None:
        return 0
    link = mail.external_url("inspect.safeguarding", inspection_id=inspection.id)
    area = inspection.local_area.name
    subject = _("Possible safeguarding concern: %(area)s", area=area)
    body = _(
        "Something sent through %(channel)s for the %(area)s inspection may be a safeguarding "
        "disclosure.\n\nReview it in Voice as soon as you can:\n%(link)s\n\n"
        "For the family's privacy, this email does not include what they wrote.",
        channel=_channel_label(alert.channel), area=area, link=link,
    )
    sent = 0
    for coordinator in coordinators():
        mail.send(to=coordinator.email, subject=subject, body=body, kind="safeguarding_alert",
                  inspection_id=inspection.id)
        sent += 1
    return sent


def alert_comments(*, comments: Iterable[Comment], now: datetime) -> int:
    """Alerts for newly flagged survey comments, one per response; returns how many alerts."""
    by_submission: dict[tuple[int, str, str], list[int]] = {}
    flagged = [comment for comment in comments if comment.safeguarding]
    keys: dict[int, str] = {response_id: key for response_id, key in db.session.execute(
        select(Response.id, Response.submission_key)
        .where(Response.id.in_([c.response_id for c in flagged if c.response_id]))
    )}
    for comment in flagged:
        # The submission's own random key, not a row number: SQLite reuses row numbers after a deletion.
        key = keys.get(comment.response_id or 0)
        reference = f"response:{key}" if key else f"comment:{comment.inspection_id}:{comment.id}:{comment.created_at}"
        by_submission.setdefault((comment.inspection_id, comment.audience, reference), []).append(comment.id)
    raised = 0
    for (inspection_id, channel, reference), ids in by_submission.items():
        alert = _record(inspection_id=inspection_id, channel=channel, reference=reference, comment_ids=ids, now=now)
        if alert is not None:
            _send(alert)
            raised += 1
    return raised


def alert_webinar_question(*, submission_key: str, inspection_id: int, now: datetime) -> bool:
    alert = _record(inspection_id=inspection_id, channel="webinar", reference=f"webinar:{submission_key}"[:80],
                    comment_ids=(), now=now)
    if alert is None:
        return False
    _send(alert)
    return True


def safely(action: str, work: Callable[..., object], **kwargs: Any) -> None:
    """Run an alert without ever failing the family's submission, which is already stored."""
    try:
        work(**kwargs)
    except Exception:  # the flag is stored and shows in the queue; the reminder run catches up
        db.session.rollback()
        log.exception("could not send the safeguarding alert for %s", action)


def _unreviewed_question(alert: SafeguardingAlert) -> bool:
    from voice.models.webinar import WebinarQuestion

    reviewed_at = getattr(WebinarQuestion, "safeguarding_reviewed_at", None)
    if reviewed_at is None:
        return False  # no review state for webinar questions (before the one queue): the alert is their notice
    key = alert.reference.removeprefix("webinar:")
    return bool(db.session.scalar(
        select(WebinarQuestion.id).where(WebinarQuestion.submission_key == key, WebinarQuestion.safeguarding.is_(True),
                                         reviewed_at.is_(None)).limit(1)
    ))


def _unreviewed(alert: SafeguardingAlert) -> bool:
    if alert.channel == "webinar":
        return _unreviewed_question(alert)
    ids = [int(i) for i in alert.comment_ids.split(",") if i.isdigit()]
    if not ids:
        return False
    return bool(db.session.scalar(
        select(Comment.id).where(Comment.id.in_(ids), Comment.safeguarding.is_(True),
                                 Comment.safeguarding_reviewed_at.is_(None)).limit(1)
    ))


def send_reminders(*, now: datetime, after: timedelta) -> int:
    """A second mail for each flag nobody has reviewed after the set time; once per flag."""
    due = list(db.session.scalars(
        select(SafeguardingAlert).where(SafeguardingAlert.reminded_at.is_(None),
                                        SafeguardingAlert.created_at <= now - after)
    ))
    reminded = 0
    for alert in due:
        alert.reminded_at = now
        db.session.commit()
        if not _unreviewed(alert):
            continue
        inspection = db.session.get(Inspection, alert.inspection_id)
        if inspection is None:
            continue
        with mail.words_context():
            _remind(inspection, after)
        reminded += 1
    return reminded


def _remind(inspection: Inspection, after: timedelta) -> None:
    hours = int(after.total_seconds() // 3600)
    link = mail.external_url("inspect.safeguarding", inspection_id=inspection.id)
    subject = _("Not yet reviewed: possible safeguarding concern, %(area)s", area=inspection.local_area.name)
    body = _(
        "A possible safeguarding disclosure for the %(area)s inspection has not been reviewed "
        "after %(hours)s hours.\n\nReview it in Voice:\n%(link)s\n\n"
        "For the family's privacy, this email does not include what they wrote.",
        area=inspection.local_area.name, hours=hours, link=link,
    )
    for coordinator in coordinators():
        mail.send(to=coordinator.email, subject=subject, body=body, kind="safeguarding_reminder",
                  inspection_id=inspection.id)
