"""Drafts, save-and-return, and storing a submission whole or not at all."""

from __future__ import annotations

import os
import secrets
import threading
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import datetime
from functools import cache, lru_cache
from typing import Any, NamedTuple, Protocol

import psycopg
from sqlalchemy import Engine, Select, Table, TextClause, bindparam, delete, select, text
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import InstanceState
from sqlalchemy.sql.schema import CallableColumnDefault, ColumnDefault, ScalarElementColumnDefault

from voice.analysis import analyse
from voice.extensions import db
from voice.jobs import enqueue_analysis
from voice.models import Answer, Comment, Draft, Inspection, Response, Survey, utcnow
from voice.questionnaires import Loaded
from voice.services import codes, signposting

CHILD_COLUMNS = ("age_phase", "setting", "ehc_plan")
# Kept in a draft beside the answers: which version, and the page the family was last on.
VERSION_KEY = "version"
PLACE_KEY = "_page"
# Kept beside the answers too: the signposting screen's outcome on the free text saved so far.
SCREENED_KEY = "_signposting"
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
    # Screened now, a page at a time, so the final submit only reads the outcome.
    merged[SCREENED_KEY] = signposting.screened(merged, questionnaire.free_text_keys)
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
    for key, column in questionnaire.stored_columns:
        if column == "helper_wrote":
            columns["helper_wrote"] = answers.get(key) == "yes"
        else:
            columns[column] = answers.get(key) or None
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
    if missing:
        raise IncompleteAnswers(missing)
    target = OnFile(survey_id=survey.id, inspection_id=survey.inspection_id, audience=survey.audience,
                    questionnaire=survey.questionnaire, open=True, draft_id=draft.id, answers=answers)
    stored = store(target, submission_key=submission_key, free_text=free_text, now=now, locale=locale,
                   questionnaire=questionnaire)
    if stored is not None:
        return stored
    # Nothing stored: another request sent this draft first and deleted it (theirs is the
    # one response), or the window closed between the check above and the write.
    existing = response_by_key(submission_key)
    if existing is not None:
        return Submission(existing.reference, created=False)
    db.session.refresh(survey)
    db.session.refresh(survey.inspection)
    _check_open(survey, utcnow())
    raise IncompleteAnswers(["draft"])


@dataclass(frozen=True)
class OnFile:
    """A survey's facts and one of its drafts: what storing a submission needs, read for the
    final submit in one query (``draft_on_file``) rather than as ORM objects."""

    survey_id: int
    inspection_id: int
    audience: str
    questionnaire: str | None
    open: bool
    draft_id: int
    answers: Mapping[str, object]


class StatementConnection(Protocol):
    """What the final submit's usual case needs of a connection: psycopg's ``execute``."""

    def execute(self, query: str, params: Mapping[str, object]) -> Any: ...


@contextmanager
def statement_connection() -> Iterator[StatementConnection | None]:
    """For the final submit's usual case: on PostgreSQL, this thread's own psycopg connection
    in autocommit mode, on which ``draft_on_file`` and ``store`` each take one round trip. The
    write is one statement, which PostgreSQL runs as a transaction of its own, so no BEGIN or
    COMMIT travels; and the statements go straight to psycopg, without the pool's checkout, its
    liveness ping (a third round trip) or SQLAlchemy's execution layer. Elsewhere None: both
    then use the session.

    A connection that fails (the server restarted, or the connection was killed) is closed and
    forgotten here, and the error goes on to the caller, which takes the full path: that path's
    pool pings its connections first, so the family's answers still go in. The next request on
    this thread opens a new connection."""
    engine = db.engine
    if engine.dialect.name != "postgresql":
        yield None
        return
    connection = _thread_connection(engine)
    try:
        yield connection
    except psycopg.Error:
        _forget(connection)
        raise


_THREAD = threading.local()


def _thread_connection(engine: Engine) -> psycopg.Connection:
    """This thread's connection to the engine's database (a new one after a fork, or after
    the last one failed)."""
    held: tuple[int, str, psycopg.Connection] | None = getattr(_THREAD, "connection", None)
    url = _conninfo(engine)
    if held is not None:
        if held[0] == os.getpid() and held[1] == url and not held[2].closed:
            return held[2]
        if held[0] == os.getpid():  # another database now (tests), or closed: let it go
            _forget(held[2])
    connection = psycopg.connect(url, autocommit=True, application_name="voice submit")
    _THREAD.connection = (os.getpid(), url, connection)
    return connection


@lru_cache(maxsize=8)
def _conninfo(engine: Engine) -> str:
    """The engine's database as a libpq URL (psycopg's own, not SQLAlchemy's dialect name)."""
    return engine.url.set(drivername="postgresql").render_as_string(hide_password=False)


def _forget(connection: psycopg.Connection) -> None:
    held = getattr(_THREAD, "connection", None)
    if held is not None and held[2] is connection:
        _THREAD.connection = None
    with suppress(Exception):
        connection.close()


@cache
def _psycopg_sql(statement: Select | TextClause) -> str:
    """A statement's text as psycopg takes it (named ``%(name)s`` parameters), compiled once."""
    from sqlalchemy.dialects.postgresql.psycopg import dialect

    return str(statement.compile(dialect=dialect()))


def draft_on_file(
    *, token: str, audience: str, key: str, now: datetime, connection: StatementConnection | None = None,
) -> OnFile | None:
    """The survey behind a public link with the draft under this key, in one round trip;
    None when either is missing (the caller then takes the full path, which says why).
    ``connection`` is one from ``statement_connection``; without one, the session's."""
    if not key:
        return None
    params = {"token": token, "audience": audience, "key": key}
    row: Any
    if connection is None:
        row = db.session.connection().execute(_draft_on_file_query(), params).first()
    else:
        found = connection.execute(_psycopg_sql(_draft_on_file_query()), params).fetchone()
        row = _DraftRow(*found) if found is not None else None
    if row is None:
        return None
    is_open = (row.closed_early_at is None and row.responses_deleted_at is None
               and row.opens_at <= now < row.closes_at)
    return OnFile(survey_id=row.id, inspection_id=row.inspection_id, audience=row.audience,
                  questionnaire=row.questionnaire, open=is_open, draft_id=row.draft_id,
                  answers=dict(row.answers or {}))


class _DraftRow(NamedTuple):
    """``_draft_on_file_query``'s columns, in order, for a row read straight through psycopg."""

    id: int
    inspection_id: int
    audience: str
    questionnaire: str | None
    opens_at: datetime
    closes_at: datetime
    closed_early_at: datetime | None
    responses_deleted_at: datetime | None
    draft_id: int
    answers: Mapping[str, object] | None


@cache
def _draft_on_file_query() -> Select:
    """Built once: building a statement costs more than running the cached compilation."""
    drafts, surveys, inspections = Draft.__table__, Survey.__table__, Inspection.__table__
    return (
        select(surveys.c.id, surveys.c.inspection_id, surveys.c.audience, surveys.c.questionnaire,
               surveys.c.opens_at, surveys.c.closes_at, surveys.c.closed_early_at,
               inspections.c.responses_deleted_at, drafts.c.id.label("draft_id"), drafts.c.answers)
        .select_from(drafts.join(surveys, surveys.c.id == drafts.c.survey_id)
                     .join(inspections, inspections.c.id == surveys.c.inspection_id))
        .where(surveys.c.token == bindparam("token"), surveys.c.audience == bindparam("audience"),
               drafts.c.key == bindparam("key"))
    )


def store(
    target: OnFile, *, submission_key: str, free_text: Iterable[str], now: datetime, locale: str = "en",
    questionnaire: Loaded | None = None, connection: StatementConnection | None = None,
) -> Submission | None:
    """Store an open survey's draft as one response, in one transaction, and ask for its
    comments' analysis. IncompleteAnswers if a required answer is missing. None when nothing
    was stored: the draft was already sent (and deleted), or the window closed meanwhile
    (on PostgreSQL the write itself checks the window, so a closed window stores nothing).
    ``connection``: one from ``statement_connection`` (PostgreSQL), or None for the session."""
    answers = dict(target.answers)
    if questionnaire is not None:
        version = answers.get(VERSION_KEY)
        missing = [q.key for q in questionnaire.missing(answers)]
        if missing:
            raise IncompleteAnswers(missing)
        answers = questionnaire.final_answers(answers)
        if len(questionnaire.schema.versions) > 1 and version in VERSION_CODES.values():
            answers[VERSION_KEY] = version

    response_values: dict[str, object] = {
        "survey_id": target.survey_id, "inspection_id": target.inspection_id, "audience": target.audience,
        "submission_key": submission_key, "reference": codes.new_code(), "submitted_at": now,
        "locale": locale, **_columns(questionnaire, answers),
    }
    free_text = tuple(free_text)
    answer_rows: list[dict[str, object]] = [
        {"question": question, "value": str(value)} for question, value in sorted(answers.items())
        if value and question not in free_text and question not in (PLACE_KEY, SCREENED_KEY)
    ]
    comment_rows = [
        {"inspection_id": target.inspection_id, "audience": target.audience, "question": question,
         "text": str(answers[question]), "created_at": now, "redacted": "", "machine_sentiment": "neutral",
         "sentiment": "neutral", "analysis_pending": True, "page_language": locale}
        for question in free_text if answers.get(question)
    ]
    try:
        # A statement connection is PostgreSQL's; without one, asking the session costs a session.
        if connection is not None or db.session.get_bind().dialect.name == "postgresql":
            stored = _write_in_one_statement(target, response_values, answer_rows, comment_rows, connection)
        else:
            stored = _write_with_orm(target, response_values, answer_rows, comment_rows)
    except (IntegrityError, psycopg.errors.IntegrityError):
        # A second click raced the first: the unique submission key kept it to one row.
        db.session.rollback()
        existing = response_by_key(submission_key)
        if existing is None:
            raise
        return Submission(existing.reference, created=False)
    if stored is None:
        return None
    enqueue_analysis(stored)
    return Submission(str(response_values["reference"]), created=True)


def _with_defaults(table: Table, row: Mapping[str, object]) -> dict[str, object]:
    """A row for a Core insert, with the Python-side column defaults the ORM would have applied."""
    full = dict(row)
    for key, is_callable, arg in _python_defaults(table):
        if key not in full:
            # The models' callables take no context (utcnow); SQLAlchemy wraps them to take one.
            full[key] = arg(None) if is_callable else arg
    return full


@cache
def _python_defaults(table: Table) -> tuple[tuple[str, bool, Any], ...]:
    """Each column's Python-side default, found once a table: (column, callable?, value)."""
    found: list[tuple[str, bool, Any]] = []
    for column in table.columns:
        default = column.default
        if default is None or column.primary_key:
            continue
        if isinstance(default, ScalarElementColumnDefault) or (
                isinstance(default, ColumnDefault) and default.is_scalar):
            found.append((column.key, False, default.arg))
        elif isinstance(default, CallableColumnDefault):
            found.append((column.key, True, default.arg))
    return tuple(found)


def _write_in_one_statement(
    target: OnFile, response: dict[str, object], answers: list[dict[str, object]], comments: list[dict[str, object]],
    connection: StatementConnection | None = None,
) -> list[int] | None:
    """PostgreSQL: delete the draft and store the response, its answers and its comments in one
    statement (data-modifying CTEs), then commit: one round trip and no unit of work. The
    statement's text is the same for every submission of a questionnaire (answers and comments
    travel as arrays), so it is built once and PostgreSQL prepares it.

    The response is inserted only if this statement deleted the draft, and the draft is deleted
    only while its survey takes answers, so when two requests send one draft the second stores
    nothing (it waits on the draft's row lock, then finds it gone), and a window closed or data
    deleted a moment ago stores nothing either: None is returned. Otherwise the new comments'
    ids, for their analysis. On an autocommit ``connection`` the statement is its own
    transaction; otherwise it runs in the session's, which is committed here."""
    response = _with_defaults(Response.__table__, response)
    shared = _with_defaults(Comment.__table__, {
        name: value for name, value in comments[0].items() if name not in _COMMENT_ROW_COLUMNS
    }) if comments else {}
    statement = _one_statement(tuple(response), tuple(shared))
    params: dict[str, object] = {"draft_id": target.draft_id, "survey_id": target.survey_id,
                                 "now": response["submitted_at"]}
    params.update({f"r_{name}": value for name, value in response.items()})
    params.update({f"c_{name}": value for name, value in shared.items()})
    params["questions"] = [row["question"] for row in answers]
    params["values"] = [row["value"] for row in answers]
    params["comment_questions"] = [row["question"] for row in comments]
    params["comment_texts"] = [row["text"] for row in comments]
    if connection is None:
        rows = [tuple(row) for row in db.session.connection().execute(statement, params).all()]
        db.session.commit()
    else:
        rows = connection.execute(_psycopg_sql(statement), params).fetchall()
    if not rows:
        return None
    return sorted(comment_id for _response_id, comment_id in rows if comment_id is not None)


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
WITH gone AS (
  DELETE FROM draft WHERE id = :draft_id AND EXISTS (
    SELECT 1 FROM survey JOIN inspection ON inspection.id = survey.inspection_id
    WHERE survey.id = :survey_id AND survey.closed_early_at IS NULL AND inspection.responses_deleted_at IS NULL
      AND survey.opens_at <= CAST(:now AS TIMESTAMP WITHOUT TIME ZONE)
      AND CAST(:now AS TIMESTAMP WITHOUT TIME ZONE) < survey.closes_at)
  RETURNING id),
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
    target: OnFile, response: dict[str, object], answers: list[dict[str, object]], comments: list[dict[str, object]],
) -> list[int] | None:
    """Other databases (SQLite in development and tests): the same rows through the ORM, and
    the draft deleted on the same terms (only while the window is open)."""
    stored = Response(**response)
    stored.answers.extend(Answer(**row) for row in answers)
    db.session.add(stored)
    db.session.flush()
    added = [Comment(response_id=stored.id, **row) for row in comments]
    db.session.add_all(added)
    db.session.flush()
    # Read before the commit, which expires them: reading after would reload each row.
    comment_ids = [comment.id for comment in added]
    now = response["submitted_at"]
    still_open = (
        select(Survey.id).join(Inspection, Inspection.id == Survey.inspection_id)
        .where(Survey.id == target.survey_id, Survey.closed_early_at.is_(None),
               Inspection.responses_deleted_at.is_(None), Survey.opens_at <= now, Survey.closes_at > now)
        .exists()
    )
    gone = db.session.execute(delete(Draft).where(Draft.id == target.draft_id, still_open))
    if not gone.rowcount:  # type: ignore[attr-defined]
        db.session.rollback()
        return None
    db.session.commit()
    return comment_ids
