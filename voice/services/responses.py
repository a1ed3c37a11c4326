"""Drafts, save-and-return, and storing a submission whole or not at all."""

from __future__ import annotations

import secrets
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from functools import cache

from sqlalchemy import Table, TextClause, delete, select, text
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import InstanceState
from sqlalchemy.sql.schema import CallableColumnDefault, ColumnDefault, ScalarElementColumnDefault

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


def _holds(draft: Draft, *, survey: Survey, key: str) -> bool:
    """Is this a loaded, unexpired copy of the survey's draft under this key? (Reading its
    dict never goes to the database.)"""
    held: InstanceState[Draft] = sa_inspect(draft)
    loaded = held.dict
    return (not held.expired_attributes and not held.deleted and not held.was_deleted
            and loaded.get("key") == key and loaded.get("survey_id") == survey.id)


def get_draft(*, survey: Survey, key: str | None) -> Draft | None:
    if not key:
        return None
    # A request asks for its draft several times (the page, the signposting screen, the
    # submit): a draft this session already holds is the same row, so skip the query.
    for held in db.session.identity_map.all_states():
        copy = held.obj()
        if held.class_ is Draft and copy is not None and _holds(copy, survey=survey, key=key):
            return copy
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


def submit_questionnaire(
    *, survey: Survey, questionnaire: Loaded, submission_key: str, now: datetime, locale: str = "en",
    draft: Draft | None = None,
) -> Submission:
    """Store a draft of any questionnaire: only answers its schema accepts now are kept, so
    nothing saved earlier can make this fail; a required answer missing raises IncompleteAnswers."""
    return submit(
        survey=survey, submission_key=submission_key, required=(), free_text=questionnaire.free_text_keys,
        now=now, locale=locale, questionnaire=questionnaire, draft=draft,
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
    now: datetime, locale: str = "en", questionnaire: Loaded | None = None, draft: Draft | None = None,
) -> Submission:
    """Store the draft as one response, in one transaction, exactly once per submission key.

    ``draft`` is the draft already read this request under this key (the caller screened it
    for signposting), so it is not read again."""
    if draft is None or not _holds(draft, survey=survey, key=submission_key):
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

    response_values: dict[str, object] = {
        "survey_id": survey.id, "inspection_id": survey.inspection_id, "audience": survey.audience,
        "submission_key": submission_key, "reference": codes.new_code(), "submitted_at": now,
        "locale": locale, **_columns(questionnaire, answers),
    }
    free_text = tuple(free_text)
    answer_rows = [
        {"question": question, "value": str(value)} for question, value in sorted(answers.items())
        if value and question not in free_text and question != PLACE_KEY
    ]
    comment_rows = [
        {"inspection_id": survey.inspection_id, "audience": survey.audience, "question": question,
         "text": str(answers[question]), "created_at": now, "redacted": "", "machine_sentiment": "neutral",
         "sentiment": "neutral", "analysis_pending": True, "page_language": locale}
        for question in free_text if answers.get(question)
    ]
    write = _write_in_one_statement if db.session.get_bind().dialect.name == "postgresql" else _write_with_orm
    try:
        stored = write(draft, response_values, answer_rows, comment_rows)
    except IntegrityError:
        # A second click raced the first: the unique submission key kept it to one row.
        db.session.rollback()
        existing = response_by_key(submission_key)
        if existing is None:
            raise
        return Submission(existing.reference, created=False)
    if stored is None:
        # Nothing stored: another request sent this draft first and deleted it. Theirs is the one response.
        existing = response_by_key(submission_key)
        if existing is None:
            raise IncompleteAnswers(["draft"])
        return Submission(existing.reference, created=False)
    enqueue_analysis(stored)
    return Submission(str(response_values["reference"]), created=True)


def _with_defaults(table: Table, row: Mapping[str, object]) -> dict[str, object]:
    """A row for a Core insert, with the Python-side column defaults the ORM would have applied."""
    full = dict(row)
    for column in table.columns:
        default = column.default
        if column.key in full or default is None or column.primary_key:
            continue
        if isinstance(default, ScalarElementColumnDefault) or (
                isinstance(default, ColumnDefault) and default.is_scalar):
            full[column.key] = default.arg
        elif isinstance(default, CallableColumnDefault):
            # The models' callables take no context (utcnow); SQLAlchemy wraps them to take one.
            full[column.key] = default.arg(None)  # type: ignore[arg-type]
    return full


def _write_in_one_statement(
    draft: Draft, response: dict[str, object], answers: list[dict[str, object]], comments: list[dict[str, object]],
) -> list[int] | None:
    """PostgreSQL: delete the draft and store the response, its answers and its comments in one
    statement (data-modifying CTEs), then commit: one round trip and no unit of work. The
    statement's text is the same for every submission of a questionnaire (answers and comments
    travel as arrays), so it is built once and PostgreSQL prepares it.

    The response is inserted only if this statement deleted the draft, so when two requests
    send one draft the second stores nothing (it waits on the draft's row lock, then finds it
    gone) and None is returned. Otherwise the new comments' ids, for their analysis."""
    response = _with_defaults(Response.__table__, response)
    shared = _with_defaults(Comment.__table__, {
        name: value for name, value in comments[0].items() if name not in _COMMENT_ROW_COLUMNS
    }) if comments else {}
    statement = _one_statement(tuple(response), tuple(shared))
    params: dict[str, object] = {"draft_id": draft.id}
    params.update({f"r_{name}": value for name, value in response.items()})
    params.update({f"c_{name}": value for name, value in shared.items()})
    params["questions"] = [row["question"] for row in answers]
    params["values"] = [row["value"] for row in answers]
    params["comment_questions"] = [row["question"] for row in comments]
    params["comment_texts"] = [row["text"] for row in comments]
    rows = db.session.execute(statement, params).all()
    db.session.commit()
    if not rows:
        return None
    return sorted(row.comment_id for row in rows if row.comment_id is not None)


_COMMENT_ROW_COLUMNS = ("question", "text")  # what differs between one submission's comments


@cache
def _one_statement(response_columns: tuple[str, ...], comment_columns: tuple[str, ...]) -> TextClause:
    from sqlalchemy.dialects import postgresql

    dialect = postgresql.dialect()

    def cast(table: Table, name: str, param: str) -> str:
        return f"CAST(:{param} AS {table.c[name].type.compile(dialect)})"

    response_table, comment_table = Response.__table__, Comment.__table__
    into_response = ", ".join(response_columns)
    from_response = ", ".join(cast(response_table, name, f"r_{name}") for name in response_columns)
    sql = f"""
WITH gone AS (DELETE FROM draft WHERE id = :draft_id RETURNING id),
stored AS (INSERT INTO response ({into_response}) SELECT {from_response} FROM gone RETURNING id),
given AS (
  INSERT INTO answer (response_id, question, value)
  SELECT stored.id, given.question, given.value
  FROM stored, unnest(CAST(:questions AS TEXT[]), CAST(:values AS TEXT[])) WITH ORDINALITY AS given(question, value, n)
  ORDER BY given.n
)"""
    if comment_columns:
        into_comment = ", ".join(comment_columns)
        from_comment = ", ".join(cast(comment_table, name, f"c_{name}") for name in comment_columns)
        sql += f""",
written AS (
  INSERT INTO comment (response_id, question, text, {into_comment})
  SELECT stored.id, words.question, words.text, {from_comment}
  FROM stored, unnest(CAST(:comment_questions AS TEXT[]), CAST(:comment_texts AS TEXT[]))
    WITH ORDINALITY AS words(question, text, n)
  ORDER BY words.n
  RETURNING id
)
SELECT stored.id AS response_id, written.id AS comment_id FROM stored LEFT JOIN written ON true"""
    else:
        sql += "\nSELECT stored.id AS response_id, NULL AS comment_id FROM stored"
    return text(sql)


def _write_with_orm(
    draft: Draft, response: dict[str, object], answers: list[dict[str, object]], comments: list[dict[str, object]],
) -> list[int] | None:
    """Other databases (SQLite in development and tests): the same rows through the ORM."""
    stored = Response(**response)
    stored.answers.extend(Answer(**row) for row in answers)
    db.session.add(stored)
    db.session.flush()
    added = [Comment(response_id=stored.id, **row) for row in comments]
    db.session.add_all(added)
    db.session.flush()
    # Read before the commit, which expires them: reading after would reload each row.
    comment_ids = [comment.id for comment in added]
    gone = db.session.execute(delete(Draft).where(Draft.id == draft.id))
    if not gone.rowcount:  # type: ignore[attr-defined]
        db.session.rollback()
        return None
    db.session.commit()
    return comment_ids
