"""Analyse stored comments: the work a background job does after a submission commits.

Each comment is analysed once (``analysis_pending`` cleared), with its embeddings stored
(MiniLM's and multilingual-e5-small's) so re-tagging never runs an encoder again. Running the same job twice, or two
workers at once, changes nothing the second time: only comments still waiting
are taken.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Final

import numpy as np
from sqlalchemy import func, select
from sqlalchemy.orm import selectinload, undefer

from voice.analysis import Analysis, analyse_many, tuned
from voice.extensions import db
from voice.models import Comment, CommentTheme, utcnow
from voice.questionnaires.catalogue import free_text_wording
from voice.services import safeguarding_alerts

BATCH: Final = 64


def question_text(key: str) -> str | None:
    """The English wording of a free-text question, which the model reads as context."""
    return free_text_wording(key)


def vector_bytes(vector: np.ndarray | None) -> bytes | None:
    return None if vector is None else np.asarray(vector, dtype=np.float32).tobytes()


def vector_from(data: bytes | None) -> np.ndarray | None:
    return None if not data else np.frombuffer(data, dtype=np.float32)


def stored_tuned(comment: Comment) -> np.ndarray | None:
    """The comment's fine-tuned view outputs, if the adapter in use made them."""
    if comment.tuned_adapter and comment.tuned_adapter == tuned.adapter_digest():
        return vector_from(comment.tuned_output)
    return None


def store_tuned(comment: Comment, result: Analysis) -> None:
    if result.tuned_output is not None:
        comment.tuned_output = vector_bytes(result.tuned_output)
        comment.tuned_adapter = tuned.adapter_digest()


def store_language(comment: Comment, result: Analysis) -> None:
    comment.language = result.language
    comment.detected_language = result.detected_language
    comment.page_language = comment.page_language or result.page_language


def store_analysis(comment: Comment, result: Analysis, *, now: datetime) -> None:
    """A new comment's machine reading."""
    comment.redacted = result.redacted
    comment.machine_sentiment = result.sentiment
    comment.sentiment = comment.human_sentiment or result.sentiment
    comment.polarity = result.polarity
    comment.safeguarding = result.safeguarding
    comment.safeguarding_reasons = ",".join(result.safeguarding_reasons)[:200]
    comment.themes = [CommentTheme(theme=theme, origin="machine") for theme in dict.fromkeys(result.themes)]
    comment.embedding = vector_bytes(result.embedding)
    comment.second_embedding = vector_bytes(result.second_embedding)
    store_tuned(comment, result)
    store_language(comment, result)
    comment.tagged_at = now
    comment.analysed_at = now
    comment.analysis_pending = False


def analyse_comments(*, comment_ids: Sequence[int], now: datetime | None = None) -> int:
    """Analyse those of these comments still waiting; return how many were done."""
    done = 0
    ids = sorted(set(comment_ids))
    for start in range(0, len(ids), BATCH):
        chunk = ids[start: start + BATCH]
        comments = list(db.session.scalars(
            select(Comment).options(selectinload(Comment.themes), undefer(Comment.embedding),
                                    undefer(Comment.second_embedding), undefer(Comment.tuned_output),
                                    undefer(Comment.tuned_adapter))
            .where(Comment.id.in_(chunk), Comment.analysis_pending.is_(True))
            .order_by(Comment.id).with_for_update(skip_locked=True)
        ))
        if not comments:
            db.session.rollback()
            continue
        results = analyse_many([c.text for c in comments], [question_text(c.question) for c in comments],
                               [vector_from(c.embedding) for c in comments],
                               [c.page_language for c in comments],
                               [vector_from(c.second_embedding) for c in comments],
                               [stored_tuned(c) for c in comments])
        moment = now or utcnow()
        for comment, result in zip(comments, results, strict=True):
            store_analysis(comment, result, now=moment)
        db.session.commit()
        done += len(comments)
        flagged = [comment for comment in comments if comment.safeguarding]
        if flagged:  # coordinators hear at once, by mail with a link only (never the text)
            safeguarding_alerts.safely("comments", safeguarding_alerts.alert_comments,
                                       comments=flagged, now=moment)
    return done


def pending_ids(*, inspection_id: int | None = None, limit: int | None = None) -> list[int]:
    query = select(Comment.id).where(Comment.analysis_pending.is_(True)).order_by(Comment.id)
    if inspection_id is not None:
        query = query.where(Comment.inspection_id == inspection_id)
    if limit is not None:
        query = query.limit(limit)
    return list(db.session.scalars(query))


def pending_count(*, inspection_id: int) -> int:
    return int(db.session.scalar(
        select(func.count()).select_from(Comment)
        .where(Comment.inspection_id == inspection_id, Comment.analysis_pending.is_(True))
    ) or 0)


def analyse_pending(*, inspection_id: int | None = None,
                    progress: Callable[[int, int], None] | None = None) -> int:
    """Every comment still waiting (a stopped worker's, or a down broker's)."""
    waiting = pending_ids(inspection_id=inspection_id)
    done = 0
    for start in range(0, len(waiting), BATCH * 8):
        done += analyse_comments(comment_ids=waiting[start: start + BATCH * 8])
        if progress is not None:
            progress(min(start + BATCH * 8, len(waiting)), len(waiting))
    return done
