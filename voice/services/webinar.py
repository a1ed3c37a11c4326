"""Questions for an inspection's webinar: taking them in, reading them back, deleting them.

Each question is cleaned, redacted, tagged, checked for being about one family's own
case, and put in a group, all in the same transaction as the question itself: a
question is stored fully processed or not at all. Grouping and the inspectors'
changes to groups live in ``webinar_groups``.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.exc import IntegrityError

from voice.analysis import analyse, is_individual_case
from voice.extensions import db
from voice.models import Survey
from voice.models.webinar import (
    ASKER_ROLES,
    WebinarGroup,
    WebinarGroupChange,
    WebinarQuestion,
    WebinarQuestionTheme,
)
from voice.questionnaires.catalogue import AGE_PHASES
from voice.sanitise import clean_text
from voice.services import safeguarding_alerts, webinar_groups
from voice.services.analysis_jobs import vector_bytes
from voice.services.inspections import survey_state

AUDIENCE = "webinar"
MAX_QUESTION_CHARS = 1000
_AGE_PHASE_CODES = frozenset(code for code, _label in AGE_PHASES)


class IntakeClosed(Exception):
    """The webinar is not taking questions now; nothing was stored."""


class EmptyQuestion(ValueError):
    """Nothing was left of the question once markup was removed."""


@dataclass(frozen=True)
class Receipt:
    """What the person is told. ``stored`` is False for a repeat or a honeypot catch."""

    stored: bool
    individual_case: bool


def question_by_key(submission_key: str) -> WebinarQuestion | None:
    return db.session.scalar(
        select(WebinarQuestion).where(WebinarQuestion.submission_key == submission_key)
    )


def submit_question(
    *, survey: Survey, submission_key: str, text: str, asker_role: str | None,
    age_phase: str | None, honeypot: str = "", now: datetime,
) -> Receipt:
    """Store one question, processed and grouped, exactly once per submission key.

    A filled honeypot gets the same answer as a person would, and nothing is stored,
    so a bot learns nothing from the reply.
    """
    if survey_state(survey, now=now) != "open":
        raise IntakeClosed
    if honeypot.strip():
        return Receipt(stored=False, individual_case=False)
    existing = question_by_key(submission_key)
    if existing is not None:
        return Receipt(stored=False, individual_case=existing.individual_case)
    cleaned = clean_text(text, max_chars=MAX_QUESTION_CHARS)
    if not cleaned:
        raise EmptyQuestion
    question = _processed(survey, submission_key, cleaned, now)
    question.asker_role = asker_role if asker_role in ASKER_ROLES else None
    question.age_phase = age_phase if age_phase in _AGE_PHASE_CODES else None
    try:
        # The unique submission key can bite at the flush (which grouping needs) as well as
        # at the commit, so both are inside the try.
        db.session.add(question)
        db.session.flush()
        webinar_groups.assign(question)
        db.session.commit()
    except IntegrityError:
        # A second click raced the first: the unique submission key kept it to one row.
        db.session.rollback()
        existing = question_by_key(submission_key)
        if existing is None:
            raise
        return Receipt(stored=False, individual_case=existing.individual_case)
    if question.safeguarding:  # coordinators hear at once, by mail with a link only (never the text)
        safeguarding_alerts.safely("a webinar question", safeguarding_alerts.alert_webinar_question,
                                   submission_key=submission_key, inspection_id=question.inspection_id, now=now)
    return Receipt(stored=True, individual_case=question.individual_case)


def _processed(survey: Survey, submission_key: str, text: str, now: datetime) -> WebinarQuestion:
    result = analyse(text)
    question = WebinarQuestion(
        inspection_id=survey.inspection_id, survey_id=survey.id, submission_key=submission_key,
        text=text, redacted=result.redacted, sentiment=result.sentiment, polarity=result.polarity,
        individual_case=is_individual_case(text), safeguarding=result.safeguarding,
        safeguarding_reasons=",".join(result.safeguarding_reasons)[:200],
        created_at=now, embedding=vector_bytes(result.embedding),
    )
    question.themes = [WebinarQuestionTheme(theme=theme) for theme in dict.fromkeys(result.themes)]
    return question


def question_count(*, inspection_id: int) -> int:
    return db.session.scalar(
        select(func.count()).select_from(WebinarQuestion)
        .where(WebinarQuestion.inspection_id == inspection_id)
    ) or 0


def individual_cases(*, inspection_id: int) -> list[WebinarQuestion]:
    return list(db.session.scalars(
        select(WebinarQuestion)
        .where(WebinarQuestion.inspection_id == inspection_id, WebinarQuestion.individual_case)
        .order_by(WebinarQuestion.created_at, WebinarQuestion.id)
    ))


def delete_questions(*, inspection_id: int, commit: bool = True) -> int:
    """Remove every webinar question and group for an inspection; return how many questions."""
    count = question_count(inspection_id=inspection_id)
    ids = select(WebinarQuestion.id).where(WebinarQuestion.inspection_id == inspection_id)
    db.session.execute(delete(WebinarQuestionTheme).where(WebinarQuestionTheme.question_id.in_(ids)))
    db.session.execute(delete(WebinarQuestion).where(WebinarQuestion.inspection_id == inspection_id))
    db.session.execute(delete(WebinarGroup).where(WebinarGroup.inspection_id == inspection_id))
    db.session.execute(
        delete(WebinarGroupChange).where(WebinarGroupChange.inspection_id == inspection_id)
    )
    if commit:
        db.session.commit()
    return count
