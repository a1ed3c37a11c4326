"""Re-tag an inspection's comments with the current analyser, keeping every human decision.

What the machine owns is refreshed: redacted text, machine_sentiment, polarity,
the safeguarding screen, and the machine theme rows no person has touched. What
a person decided stays: theme rows with human_decided (added, removed or
restored by someone) and human_sentiment. A comment a person has reviewed for
safeguarding stays flagged, so the review is never orphaned.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import selectinload, undefer

from voice.analysis import Analysis, analyse, analyse_many
from voice.extensions import db
from voice.models import Comment, CommentTheme, utcnow
from voice.services.analysis_jobs import (
    question_text,
    store_language,
    store_tuned,
    stored_tuned,
    vector_bytes,
    vector_from,
)


@dataclass(frozen=True)
class RetagResult:
    comments: int
    changed: int  # comments whose themes or sentiment moved
    human_decisions_kept: int


def retag_comment(comment: Comment, *, now: datetime, result: Analysis | None = None) -> tuple[bool, int]:
    """Refresh one comment; return (whether its tags changed, human decisions left alone).
    The stored embeddings are reused, so an encoder runs only for a comment without its vector."""
    if result is None:
        result = analyse(comment.text, question=question_text(comment.question),
                         embedding=vector_from(comment.embedding), page_language=comment.page_language,
                         second_embedding=vector_from(comment.second_embedding),
                         tuned_output=stored_tuned(comment))
    if comment.embedding is None and result.embedding is not None:
        comment.embedding = vector_bytes(result.embedding)
    if comment.second_embedding is None and result.second_embedding is not None:
        comment.second_embedding = vector_bytes(result.second_embedding)
    if stored_tuned(comment) is None:
        store_tuned(comment, result)
    comment.analysed_at = comment.analysed_at or now
    store_language(comment, result)
    comment.analysis_pending = False
    before = (comment.sentiment, {row.theme for row in comment.themes if not row.removed})
    comment.redacted = result.redacted
    comment.machine_sentiment = result.sentiment
    comment.polarity = result.polarity
    comment.sentiment = comment.human_sentiment or result.sentiment
    reviewed = comment.safeguarding_reviewed_at is not None
    comment.safeguarding = result.safeguarding or reviewed
    if result.safeguarding or not reviewed:
        comment.safeguarding_reasons = ",".join(result.safeguarding_reasons)[:200]
    comment.tagged_at = now

    kept = 1 if comment.human_sentiment else 0
    wanted = dict.fromkeys(result.themes)
    rows = {row.theme: row for row in comment.themes}
    for theme, row in rows.items():
        if row.human_decided:
            kept += 1
        elif theme in wanted:
            row.removed = False
        else:
            comment.themes.remove(row)
    for theme in wanted:
        if theme not in rows:
            comment.themes.append(CommentTheme(theme=theme, origin="machine"))
    after = (comment.sentiment, {row.theme for row in comment.themes if not row.removed})
    return before != after, kept


def retag_inspection(
    *, inspection_id: int, batch_size: int = 500, progress: Callable[[int, int], None] | None = None,
    now: datetime | None = None,
) -> RetagResult:
    """Re-tag in batches (one commit each), reporting (done, total) after every batch."""
    moment = now or utcnow()
    total = int(db.session.scalar(
        select(func.count()).select_from(Comment).where(Comment.inspection_id == inspection_id)
    ) or 0)
    done = changed = kept = 0
    last_id = 0
    while True:
        batch = list(db.session.scalars(
            select(Comment).options(selectinload(Comment.themes), undefer(Comment.embedding),
                                    undefer(Comment.second_embedding), undefer(Comment.tuned_output),
                                    undefer(Comment.tuned_adapter))
            .where(Comment.inspection_id == inspection_id, Comment.id > last_id)
            .order_by(Comment.id).limit(batch_size)
        ))
        if not batch:
            break
        results = analyse_many([c.text for c in batch], [question_text(c.question) for c in batch],
                               [vector_from(c.embedding) for c in batch], [c.page_language for c in batch],
                               [vector_from(c.second_embedding) for c in batch],
                               [stored_tuned(c) for c in batch])
        for comment, result in zip(batch, results, strict=True):
            moved, human = retag_comment(comment, now=moment, result=result)
            changed += moved
            kept += human
        last_id = batch[-1].id
        done += len(batch)
        db.session.commit()
        for comment in batch:  # keep memory flat over a large inspection
            db.session.expunge(comment)
        if progress is not None:
            progress(done, total)
    return RetagResult(comments=done, changed=changed, human_decisions_kept=kept)
