"""People's decisions about one comment: theme and sentiment corrections, safeguarding reviews.

The machine's reading is never overwritten. Removing a theme marks the machine's
row removed (and human_decided, so re-tagging leaves it alone); adding one
creates a human row. A changed sentiment goes to human_sentiment, and the
effective Comment.sentiment follows it. Every change writes a TagCorrection:
who, when, which field, before and after. Corrections, safeguarding reviews and
views of the original text are also written to the audit log.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import selectinload

from voice.analysis import SENTIMENTS, THEME_KEYS
from voice.extensions import db
from voice.models import Comment, CommentTheme, Response, TagCorrection, User, utcnow
from voice.services import audit
from voice.services.summary import UNHELPED


class UnknownTag(ValueError):
    """A theme or sentiment outside the taxonomy."""


@dataclass(frozen=True)
class Change:
    field: str
    before: str
    after: str


@dataclass(frozen=True)
class HistoryEntry:
    at: datetime
    who: str
    field: str
    before: str
    after: str


@dataclass(frozen=True)
class CommentView:
    """One comment as the correction and review pages show it (redacted text only)."""

    id: int
    inspection_id: int
    audience: str
    question: str
    redacted: str
    created_at: datetime
    themes: list[str]
    machine_themes: list[str]
    sentiment: str
    machine_sentiment: str
    human_sentiment: str | None
    safeguarding: bool
    safeguarding_reasons: list[str]
    reviewed_at: datetime | None
    reviewed_by: str | None
    note: str | None
    helped: bool
    history: list[HistoryEntry]


def _load(inspection_id: int, comment_id: int) -> Comment | None:
    return db.session.scalar(
        select(Comment).options(selectinload(Comment.themes))
        .where(Comment.id == comment_id, Comment.inspection_id == inspection_id)
    )


def _ordered(themes: Iterable[str]) -> list[str]:
    order = {key: n for n, key in enumerate(THEME_KEYS)}
    return sorted(set(themes), key=lambda k: order.get(k, len(order)))


def _helped(comment: Comment) -> bool:
    if comment.response_id is None:
        return False
    response = db.session.get(Response, comment.response_id)
    if response is None:
        return False
    return bool(response.helper_wrote or (response.helped_by and response.helped_by not in UNHELPED))


def _name(user_id: int | None) -> str | None:
    if user_id is None:
        return None
    user = db.session.get(User, user_id)
    return (user.name or user.email) if user is not None else None


def history(*, comment_id: int) -> list[HistoryEntry]:
    rows = db.session.execute(
        select(TagCorrection, User.name, User.email).outerjoin(User, TagCorrection.user_id == User.id)
        .where(TagCorrection.comment_id == comment_id).order_by(TagCorrection.at.desc(), TagCorrection.id.desc())
    ).all()
    return [HistoryEntry(at=c.at, who=name or email or "", field=c.field, before=c.before, after=c.after)
            for c, name, email in rows]


def comment_view(*, inspection_id: int, comment_id: int) -> CommentView | None:
    comment = _load(inspection_id, comment_id)
    if comment is None:
        return None
    return CommentView(
        id=comment.id, inspection_id=comment.inspection_id, audience=comment.audience,
        question=comment.question, redacted=comment.redacted, created_at=comment.created_at,
        themes=_ordered(t.theme for t in comment.themes if not t.removed),
        machine_themes=_ordered(t.theme for t in comment.themes if t.origin == "machine"),
        sentiment=comment.sentiment, machine_sentiment=comment.machine_sentiment,
        human_sentiment=comment.human_sentiment, safeguarding=comment.safeguarding,
        safeguarding_reasons=[r for r in comment.safeguarding_reasons.split(",") if r],
        reviewed_at=comment.safeguarding_reviewed_at, reviewed_by=_name(comment.safeguarding_reviewed_by_id),
        note=comment.safeguarding_note, helped=_helped(comment), history=history(comment_id=comment.id),
    )


def _theme_changes(comment: Comment, wanted: set[str]) -> list[Change]:
    rows = {row.theme: row for row in comment.themes}
    current = {theme for theme, row in rows.items() if not row.removed}
    changes = []
    for theme in _ordered(current - wanted):
        rows[theme].removed = True
        rows[theme].human_decided = True
        changes.append(Change("theme", theme, ""))
    for theme in _ordered(wanted - current):
        row = rows.get(theme)
        if row is not None:  # restoring a removed row keeps its origin on record
            row.removed = False
            row.human_decided = True
        else:
            comment.themes.append(CommentTheme(theme=theme, origin="human", human_decided=True))
        changes.append(Change("theme", "", theme))
    return changes


def correct(
    *, inspection_id: int, comment_id: int, user: User, themes: Iterable[str], sentiment: str,
    now: datetime | None = None,
) -> list[Change] | None:
    """Apply a person's themes and sentiment; return what changed (None: no such comment)."""
    wanted = set(themes)
    if not wanted <= set(THEME_KEYS) or sentiment not in SENTIMENTS:
        raise UnknownTag(", ".join(sorted(wanted - set(THEME_KEYS))) or sentiment)
    comment = _load(inspection_id, comment_id)
    if comment is None:
        return None
    moment = now or utcnow()
    changes = _theme_changes(comment, wanted)
    if sentiment != comment.sentiment:
        changes.append(Change("sentiment", comment.sentiment, sentiment))
        comment.human_sentiment = sentiment
        comment.sentiment = sentiment
    for change in changes:
        db.session.add(TagCorrection(comment_id=comment.id, user_id=user.id, at=moment, field=change.field,
                                     before=change.before, after=change.after))
    if changes:
        detail = f"comment {comment.id}: " + "; ".join(
            f"{c.field} {c.before or '-'} -> {c.after or '-'}" for c in changes
        )
        audit.record("correction", user=user, inspection_id=inspection_id, detail=detail, commit=False)
    db.session.commit()
    return changes


def review_safeguarding(
    *, inspection_id: int, comment_id: int, user: User, note: str, now: datetime | None = None,
) -> bool:
    """Mark a flagged comment as reviewed, with a note. False if there is no such flagged comment."""
    comment = _load(inspection_id, comment_id)
    if comment is None or not comment.safeguarding:
        return False
    comment.safeguarding_reviewed_at = now or utcnow()
    comment.safeguarding_reviewed_by_id = user.id
    comment.safeguarding_note = note.strip()
    audit.record("safeguarding_review", user=user, inspection_id=inspection_id,
                 detail=f"comment {comment.id}", commit=False)
    db.session.commit()
    return True


def reveal_original(*, inspection_id: int, comment_id: int, user: User) -> str | None:
    """The unredacted text, for a role allowed it; the view is always audited."""
    comment = _load(inspection_id, comment_id)
    if comment is None:
        return None
    audit.record("view_original", user=user, inspection_id=inspection_id, detail=f"comment {comment.id}")
    return comment.text
