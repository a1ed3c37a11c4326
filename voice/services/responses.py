"""Drafts, save-and-return, and storing a submission whole or not at all."""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError

from voice.analysis import analyse
from voice.extensions import db
from voice.jobs import enqueue_analysis
from voice.models import Answer, Comment, Draft, Response, Survey, utcnow
from voice.questionnaires import Loaded
from voice.services import codes

CHILD_COLUMNS = ("age_phase", "setting", "ehc_plan")
# Kept in a draft beside the answers: which version, and the page the family was last on.
VERSION_KEY = "version"
PLACE_KEY = "_page"
VERSION_CODES = {"easy": "easy_read", "standard": "standard"}


class WindowClosed(Exception):
    """The survey is not taking answers now; nothing was stored."""


class IncompleteAnswers(Exception):
    def __init__(self, missing: list[str]) -> None:
        super().__init__(", ".join(missing))
        self.missing = missing


@dataclass(frozen=True)
class Submission:
    reference: str
    created: bool


def _check_open(survey: Survey, now: datetime) -> None:
    if not survey.is_open(now) or survey.inspection.responses_deleted_at is not None:
        raise WindowClosed


def start_draft(*, survey: Survey, now: datetime) -> Draft:
    _check_open(survey, now)
    draft = Draft(survey_id=survey.id, key=secrets.token_urlsafe(24), answers={})
    db.session.add(draft)
    db.session.commit()
    return draft


def get_draft(*, survey: Survey, key: str | None) -> Draft | None:
    if not key:
        return None
    # A request asks for its draft several times (the page, the signposting screen, the
    # submit): a draft this session already holds is the same row, so skip the query.
    # Only a loaded, unexpired copy counts (reading its dict never goes to the database).
    for held in db.session.identity_map.all_states():
        loaded = held.dict
        if (held.class_ is Draft and not held.expired_attributes and not held.deleted
                and loaded.get("key") == key and loaded.get("survey_id") == survey.id):
            return held.obj()
    return db.session.scalar(select(Draft).where(Draft.key == key, Draft.survey_id == survey.id))


def save_answers(*, survey: Survey, draft: Draft, answers: Mapping[str, object], now: datetime) -> None:
    _check_open(survey, now)
    merged = dict(draft.answers or {})
    merged.update({k: v for k, v in answers.items()})
    draft.answers = merged
    db.session.commit()


def save_page(
    *, survey: Survey, draft: Draft, questionnaire: Loaded, answers: Mapping[str, object],
    version: str, place: str | None, now: datetime,
) -> dict[str, object]:
    """Keep one page's checked answers, and where the family is; return every answer so far.

    An answer that brings a page back into the family's path (say, someone now helps)
    clears that page's old answers, so it is asked again rather than kept as implied.
    """
    _check_open(survey, now)
    before = dict(draft.answers or {})
    merged = {**before, **answers, VERSION_KEY: VERSION_CODES.get(version, version)}
    for page in questionnaire.newly_shown(before, merged):
        for question in page.questions:
            merged.pop(question.key, None)
    if place:
        merged[PLACE_KEY] = place
    draft.answers = merged
    db.session.commit()
    return merged


def remember_place(*, draft: Draft, place: str) -> None:
    """Where the family is, so they come back to it after a timeout."""
    if (draft.answers or {}).get(PLACE_KEY) != place:
        draft.answers = {**(draft.answers or {}), PLACE_KEY: place}
        db.session.commit()


def issue_resume_code(*, draft: Draft, secret: str) -> str:
    """A fresh code each time: only its digest is stored, so an older code stops working."""
    for _ in range(5):
        code = codes.new_code()
        draft.resume_code_hash = codes.digest(code, key=secret)
        try:
            db.session.commit()
            return code
        except IntegrityError:
            db.session.rollback()
    raise RuntimeError("could not issue a unique resume code")


def resume(*, survey: Survey, typed_code: str, secret: str) -> Draft | None:
    code = codes.normalise(typed_code)
    if len(code) != 8:
        return None
    return db.session.scalar(select(Draft).where(
        Draft.survey_id == survey.id, Draft.resume_code_hash == codes.digest(code, key=secret)
    ))


def response_by_key(submission_key: str) -> Response | None:
    return db.session.scalar(select(Response).where(Response.submission_key == submission_key))


def tag_comment(comment: Comment) -> None:
    """Analyse a comment now, in this transaction (demo data and tests; submissions
    leave it to ``jobs.enqueue_analysis`` after their commit)."""
    from voice.services.analysis_jobs import question_text, store_analysis

    store_analysis(comment, analyse(comment.text, question=question_text(comment.question),
                                    page_language=comment.page_language), now=utcnow())


def _add_comments(
    survey: Survey, response: Response, answers: Mapping[str, object], free_text: tuple[str, ...],
    now: datetime,
) -> list[Comment]:
    """Store the family's words as they are; the analysis runs after the commit."""
    comments = []
    for question in free_text:
        text = answers.get(question)
        if not text:
            continue
        comment = Comment(
            inspection_id=survey.inspection_id, response_id=response.id,
            audience=survey.audience, question=question, text=str(text), created_at=now,
            page_language=response.locale,
            redacted="", machine_sentiment="neutral", sentiment="neutral", analysis_pending=True,
        )
        db.session.add(comment)
        comments.append(comment)
    return comments


def submit_questionnaire(
    *, survey: Survey, questionnaire: Loaded, submission_key: str, now: datetime, locale: str = "en",
) -> Submission:
    """Store a draft of any questionnaire: only answers its schema accepts now are kept, so
    nothing saved earlier can make this fail; a required answer missing raises IncompleteAnswers."""
    return submit(
        survey=survey, submission_key=submission_key, required=(), free_text=questionnaire.free_text_keys,
        now=now, locale=locale, questionnaire=questionnaire,
    )


def _columns(questionnaire: Loaded | None, answers: Mapping[str, object]) -> dict[str, object]:
    if questionnaire is None:
        return {"helper_wrote": answers.get("helper_wrote") == "yes",
                "helped_by": answers.get("helped_by") or None,
                **{column: answers.get(column) or None for column in CHILD_COLUMNS}}
    columns: dict[str, object] = {"helper_wrote": False}
    for question in questionnaire.all_questions():
        if question.store_as == "helper_wrote":
            columns["helper_wrote"] = answers.get(question.key) == "yes"
        elif question.store_as:
            columns[question.store_as] = answers.get(question.key) or None
    return columns


def submit(
    *, survey: Survey, submission_key: str, required: Iterable[str], free_text: Iterable[str],
    now: datetime, locale: str = "en", questionnaire: Loaded | None = None,
) -> Submission:
    """Store the draft as one response, in one transaction, exactly once per submission key."""
    draft = get_draft(survey=survey, key=submission_key)
    if draft is None:
        # Already sent (storing a response deletes its draft), or never started.
        existing = response_by_key(submission_key)
        if existing is not None:
            return Submission(existing.reference, created=False)
        _check_open(survey, now)
        raise IncompleteAnswers(["draft"])
    _check_open(survey, now)
    answers = dict(draft.answers or {})
    missing = [key for key in required if not answers.get(key)]
    if questionnaire is not None:
        version = answers.get(VERSION_KEY)
        missing += [q.key for q in questionnaire.missing(answers)]
        answers = questionnaire.final_answers(answers)
        if len(questionnaire.schema.versions) > 1 and version in VERSION_CODES.values():
            answers[VERSION_KEY] = version
    if missing:
        raise IncompleteAnswers(missing)

    response = Response(
        survey_id=survey.id, inspection_id=survey.inspection_id, audience=survey.audience,
        submission_key=submission_key, reference=codes.new_code(), submitted_at=now,
        locale=locale, **_columns(questionnaire, answers),
    )
    free_text = tuple(free_text)
    for question, value in sorted(answers.items()):
        if not value or question in free_text or question == PLACE_KEY:
            continue
        response.answers.append(Answer(question=question, value=str(value)))
    try:
        db.session.add(response)
        db.session.flush()
        comments = _add_comments(survey, response, answers, free_text, now)
        db.session.flush()
        # Read before the commit, which expires them: reading after would reload each row.
        reference, comment_ids = response.reference, [c.id for c in comments]
        db.session.execute(delete(Draft).where(Draft.id == draft.id))
        db.session.commit()
    except IntegrityError:
        # A second click raced the first: the unique submission key kept it to one row.
        db.session.rollback()
        existing = response_by_key(submission_key)
        if existing is None:
            raise
        return Submission(existing.reference, created=False)
    enqueue_analysis(comment_ids)
    return Submission(reference, created=True)
