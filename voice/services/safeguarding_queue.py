"""One safeguarding queue for every channel: survey comments, young people's answers, webinar questions.

Each flag lives on the row it flags (a Comment or a WebinarQuestion), so re-tagging and
deletion need nothing extra. The queue is a UNION of the two, ordered for the person
working through it: new flags first, then by how grave the category is, then oldest
first, so the disclosure that has waited longest in the gravest category is on top.

A flag is new (status None) until someone decides: "reviewed" (no action needed),
"referred" (passed to the local safeguarding partnership, with a note) or "duplicate"
(the same disclosure is already in the queue). Every decision is audited, and the
summary's counts come from here, so the two always agree.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

from sqlalchemy import ColumnElement, Subquery, case, func, literal, or_, select, union_all

from voice.analysis.safeguarding import LEGACY_CATEGORIES, current_category
from voice.extensions import db
from voice.models import Comment, User, WebinarQuestion
from voice.models.base import utcnow
from voice.sanitise import clean_text
from voice.services import audit

# Gravest first: a risk to life now, then a child who is missing or being exploited,
# harm by others, then harm that builds over time.
SEVERITY: Final[tuple[str, ...]] = (
    "suicide_self_harm",
    "missing",
    "sexual_exploitation_grooming",
    "abuse_injury",
    "domestic_abuse",
    "restraint_seclusion",
    "eating_disorder",
    "neglect",
)
# A flag from the learned screen alone names no category; it sorts after those that do.
UNKNOWN_SEVERITY: Final = len(SEVERITY)

NEW: Final = "new"
STATUSES: Final[tuple[str, ...]] = (NEW, "reviewed", "referred", "duplicate")
DECISIONS: Final[tuple[str, ...]] = STATUSES[1:]
NOTE_MAX_CHARS: Final = 2000

COMMENT: Final = "comment"
WEBINAR: Final = "webinar"
KINDS: Final[tuple[str, ...]] = (COMMENT, WEBINAR)


@dataclass(frozen=True)
class Flag:
    kind: str  # "comment" or "webinar"
    id: int
    channel: str  # the comment's audience, or "webinar"
    question: str
    redacted: str
    reasons: tuple[str, ...]
    status: str
    note: str
    decided_at: datetime | None
    decided_by: str | None
    created_at: datetime
    severity: int
    same_text: int  # other flags in the inspection with exactly this redacted text


@dataclass(frozen=True)
class FlagPage:
    rows: list[Flag]
    total: int
    page: int
    pages: int
    per_page: int


@dataclass(frozen=True)
class QueueCounts:
    flagged: int
    by_status: dict[str, int]

    @property
    def unreviewed(self) -> int:
        return self.by_status.get(NEW, 0)


def severity_of(reasons: Sequence[str]) -> int:
    """The rank of the gravest category among a flag's reasons (0 is gravest)."""
    ranks = [SEVERITY.index(c) for c in (current_category(r) for r in reasons if r) if c in SEVERITY]
    return min(ranks, default=UNKNOWN_SEVERITY)


def _names_for(category: str) -> list[str]:
    return [category] + [old for old, new in LEGACY_CATEGORIES.items() if new == category and old != category]


def _severity_sql(reasons: Any) -> ColumnElement[int]:
    """severity_of() in SQL, over the comma-separated reasons column, so the database can sort."""
    whens = [
        (or_(*(("," + reasons + ",").contains("," + name + ",", autoescape=True) for name in _names_for(cat))), rank)
        for rank, cat in enumerate(SEVERITY)
    ]
    return case(*whens, else_=UNKNOWN_SEVERITY)


def _status_sql(column: Any) -> ColumnElement[str]:
    return func.coalesce(column, NEW)


def _union(inspection_id: int, status: str | None) -> Subquery:
    def status_filter(column: Any) -> list[ColumnElement[bool]]:
        if status is None:
            return []
        return [column.is_(None)] if status == NEW else [column == status]

    comments = (
        select(literal(COMMENT).label("kind"), Comment.id.label("id"), Comment.audience.label("channel"),
               Comment.question.label("question"), Comment.redacted.label("redacted"),
               Comment.safeguarding_reasons.label("reasons"), _status_sql(Comment.safeguarding_status).label("status"),
               Comment.safeguarding_note.label("note"), Comment.safeguarding_reviewed_at.label("decided_at"),
               Comment.safeguarding_reviewed_by_id.label("decided_by_id"), Comment.created_at.label("created_at"),
               _severity_sql(Comment.safeguarding_reasons).label("severity"))
        .where(Comment.inspection_id == inspection_id, Comment.safeguarding.is_(True),
               *status_filter(Comment.safeguarding_status))
    )
    webinar = (
        select(literal(WEBINAR).label("kind"), WebinarQuestion.id.label("id"), literal(WEBINAR).label("channel"),
               literal(WEBINAR).label("question"), WebinarQuestion.redacted.label("redacted"),
               WebinarQuestion.safeguarding_reasons.label("reasons"),
               _status_sql(WebinarQuestion.safeguarding_status).label("status"),
               WebinarQuestion.safeguarding_note.label("note"),
               WebinarQuestion.safeguarding_reviewed_at.label("decided_at"),
               WebinarQuestion.safeguarding_reviewed_by_id.label("decided_by_id"),
               WebinarQuestion.created_at.label("created_at"),
               _severity_sql(WebinarQuestion.safeguarding_reasons).label("severity"))
        .where(WebinarQuestion.inspection_id == inspection_id, WebinarQuestion.safeguarding.is_(True),
               *status_filter(WebinarQuestion.safeguarding_status))
    )
    return union_all(comments, webinar).subquery("flags")


def counts(*, inspection_id: int) -> QueueCounts:
    """How many flags there are, in all and by status: the summary shows these same numbers."""
    flags = _union(inspection_id, None)
    rows = db.session.execute(select(flags.c.status, func.count()).group_by(flags.c.status)).all()
    by_status = {status: 0 for status in STATUSES}
    for status, number in rows:
        by_status[status] = int(number)
    return QueueCounts(flagged=sum(by_status.values()), by_status=by_status)


def page_of(*, inspection_id: int, status: str | None = None, page: int = 1, per_page: int = 50) -> FlagPage:
    """One page of the queue: new first, gravest category next, then the longest waiting."""
    if status is not None and status not in STATUSES:
        status = None
    flags = _union(inspection_id, status)
    total = db.session.scalar(select(func.count()).select_from(flags)) or 0
    pages = max(1, -(-total // per_page))
    page = min(max(1, page), pages)
    new_first = case((flags.c.status == NEW, 0), else_=1)
    rows = db.session.execute(
        select(flags, User.name.label("decided_by"))
        .outerjoin(User, flags.c.decided_by_id == User.id)
        .order_by(new_first, flags.c.severity, flags.c.created_at, flags.c.kind, flags.c.id)
        .limit(per_page).offset((page - 1) * per_page)
    ).mappings().all()
    repeats = _repeats(inspection_id, [row["redacted"] for row in rows])
    return FlagPage(
        rows=[Flag(kind=row["kind"], id=row["id"], channel=row["channel"], question=row["question"],
                   redacted=row["redacted"], reasons=tuple(r for r in (row["reasons"] or "").split(",") if r),
                   status=row["status"], note=row["note"] or "", decided_at=row["decided_at"],
                   decided_by=row["decided_by"], created_at=row["created_at"], severity=int(row["severity"]),
                   same_text=repeats.get(row["redacted"], 1) - 1)
              for row in rows],
        total=total, page=page, pages=pages, per_page=per_page,
    )


def _repeats(inspection_id: int, texts: list[str]) -> dict[str, int]:
    """How many flags in the inspection carry each of these exact texts."""
    wanted = [t for t in dict.fromkeys(texts) if t]
    if not wanted:
        return {}
    flags = _union(inspection_id, None)
    rows = db.session.execute(
        select(flags.c.redacted, func.count()).where(flags.c.redacted.in_(wanted)).group_by(flags.c.redacted)
    ).all()
    return {text: int(number) for text, number in rows}


def _load(kind: str, inspection_id: int, item_id: int) -> Comment | WebinarQuestion | None:
    row: Comment | WebinarQuestion | None = (
        db.session.get(Comment, item_id) if kind == COMMENT else db.session.get(WebinarQuestion, item_id)
    )
    if row is None or row.inspection_id != inspection_id or not row.safeguarding:
        return None
    return row


def flag(*, kind: str, inspection_id: int, item_id: int) -> Flag | None:
    """One flag, with what the queue shows about it; None if there is no such flag in this inspection."""
    if kind not in KINDS:
        return None
    row = _load(kind, inspection_id, item_id)
    if row is None:
        return None
    reasons = tuple(r for r in (row.safeguarding_reasons or "").split(",") if r)
    decided_by = db.session.get(User, row.safeguarding_reviewed_by_id) if row.safeguarding_reviewed_by_id else None
    repeats = _repeats(inspection_id, [row.redacted])
    return Flag(
        kind=kind, id=row.id, channel=row.audience if isinstance(row, Comment) else WEBINAR,
        question=row.question if isinstance(row, Comment) else WEBINAR, redacted=row.redacted, reasons=reasons,
        status=row.safeguarding_status or NEW, note=row.safeguarding_note or "",
        decided_at=row.safeguarding_reviewed_at, decided_by=decided_by.name if decided_by else None,
        created_at=row.created_at, severity=severity_of(reasons), same_text=repeats.get(row.redacted, 1) - 1,
    )


def decide(
    *, kind: str, inspection_id: int, item_id: int, status: str, note: str, user: User,
    now: datetime | None = None,
) -> bool:
    """Record a decision on a flag, audited with what it was before. False if there is no such flag."""
    if kind not in KINDS or status not in DECISIONS:
        return False
    row = _load(kind, inspection_id, item_id)
    if row is None:
        return False
    before = row.safeguarding_status or NEW
    row.safeguarding_status = status
    row.safeguarding_reviewed_at = now or utcnow()
    row.safeguarding_reviewed_by_id = user.id
    row.safeguarding_note = clean_text(note, max_chars=NOTE_MAX_CHARS).strip()
    label = "comment" if kind == COMMENT else "webinar question"
    audit.record("safeguarding_review", user=user, inspection_id=inspection_id,
                 detail=f"{label} {row.id}: {before} -> {status}", commit=False)
    db.session.commit()
    return True

