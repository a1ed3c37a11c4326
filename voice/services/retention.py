"""Retention: when each inspection's responses are due for deletion, and deleting what is due.

The privacy notice tells families how long their answers are kept; this module is
what makes it true. An inspection's responses are due for deletion RETENTION_DAYS
after its last survey window closes (3 years by default, the period the notice
states). `flask retention` (run daily from cron or a scheduler) deletes what is due
through the same path a coordinator's deletion takes, and the audit log records
what was deleted, when and how many rows: counts only, never any text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Final

from flask import current_app
from sqlalchemy import select

from voice.extensions import db
from voice.models import Inspection
from voice.services import audit, coordination, working_days

DEFAULT_RETENTION_DAYS: Final = 3 * 365 + 1  # 3 years, whatever the leap years
REMINDER_DAYS: Final = 30


def retention_days() -> int:
    return int(current_app.config.get("RETENTION_DAYS", DEFAULT_RETENTION_DAYS))


def due_on(inspection: Inspection) -> date | None:
    """The UK date on which the inspection's responses are due to be deleted (None with no surveys)."""
    if not inspection.surveys:
        return None
    last_close = max(survey.closes_at for survey in inspection.surveys)
    return working_days.to_uk(last_close).date() + timedelta(days=retention_days())


@dataclass(frozen=True)
class Due:
    inspection: Inspection
    due: date


def _undeleted() -> list[Inspection]:
    return list(db.session.scalars(select(Inspection).where(Inspection.responses_deleted_at.is_(None))
                                   .order_by(Inspection.id)))


def due_by(day: date) -> list[Due]:
    """Inspections whose responses are still held and are due for deletion on or before this day."""
    found = []
    for inspection in _undeleted():
        due = due_on(inspection)
        if due is not None and due <= day:
            found.append(Due(inspection, due))
    return found


def due_soon(*, now: datetime, within_days: int = REMINDER_DAYS) -> list[Due]:
    """Due within the coming days but not yet today: the ones coordinators are reminded about."""
    today = working_days.to_uk(now).date()
    return [d for d in due_by(today + timedelta(days=within_days)) if d.due > today]


@dataclass(frozen=True)
class RetentionRun:
    deleted: list[tuple[int, coordination.Deletion]]
    skipped: list[tuple[int, str]]


def delete_due(*, now: datetime) -> RetentionRun:
    """Delete the responses of every inspection that is due. Each is its own transaction."""
    today = working_days.to_uk(now).date()
    deleted: list[tuple[int, coordination.Deletion]] = []
    skipped: list[tuple[int, str]] = []
    for item in due_by(today):
        try:
            counts = coordination.delete_responses(inspection=item.inspection, user=None, now=now)
        except coordination.CoordinationError as error:
            db.session.rollback()
            skipped.append((item.inspection.id, error.code))
            continue
        audit.record("retention_deleted", inspection_id=item.inspection.id,
                     detail=f"due {item.due.isoformat()}: {counts.responses} responses, {counts.comments} comments, "
                            f"{counts.drafts} drafts, {counts.webinar_questions} webinar questions")
        deleted.append((item.inspection.id, counts))
    return RetentionRun(deleted=deleted, skipped=skipped)
