"""Questions sent in for an inspection's webinar, and the groups inspectors build from them."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, Float, ForeignKey, Integer, LargeBinary, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from voice.extensions import db
from voice.models.base import utcnow

ASKER_ROLES = ("parent", "carer", "young_person", "practitioner")


class WebinarGroup(db.Model):
    """Near-duplicate questions, shown to inspectors as one item with a count.

    ``title`` is the group's most typical question (redacted); the heading with the
    count and theme is composed when shown, so it follows the members and the locale.
    ``manual`` marks a group a person has shaped (by a merge or a split): regrouping
    never rebuilds it. ``position`` is its place in the running order, set only while
    it is shortlisted.
    """

    __tablename__ = "webinar_group"

    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(
        ForeignKey("inspection.id", ondelete="CASCADE"), index=True
    )
    title: Mapped[str] = mapped_column(Text, default="")
    theme: Mapped[str] = mapped_column(String(40), default="other")
    manual: Mapped[bool] = mapped_column(Boolean, default=False)
    shortlisted: Mapped[bool] = mapped_column(Boolean, default=False)
    position: Mapped[int | None] = mapped_column(Integer, nullable=True)
    answered: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)

    questions: Mapped[list[WebinarQuestion]] = relationship(
        back_populates="group", order_by="WebinarQuestion.id"
    )

    @property
    def locked(self) -> bool:
        """A person has decided something about this group, so regrouping keeps it whole."""
        return self.manual or self.shortlisted or self.answered or self.position is not None


class WebinarQuestion(db.Model):
    """One question from one person; stored once per submission key."""

    __tablename__ = "webinar_question"

    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(
        ForeignKey("inspection.id", ondelete="CASCADE"), index=True
    )
    survey_id: Mapped[int] = mapped_column(ForeignKey("survey.id", ondelete="CASCADE"), index=True)
    submission_key: Mapped[str] = mapped_column(String(64), unique=True)
    text: Mapped[str] = mapped_column(Text)
    redacted: Mapped[str] = mapped_column(Text)
    sentiment: Mapped[str] = mapped_column(String(10))
    polarity: Mapped[float] = mapped_column(Float, default=0.0)
    individual_case: Mapped[bool] = mapped_column(Boolean, default=False)
    safeguarding: Mapped[bool] = mapped_column(Boolean, default=False)
    # The same safeguarding record as a survey comment has, so one queue serves every channel.
    safeguarding_reasons: Mapped[str] = mapped_column(String(200), default="", server_default="")
    safeguarding_status: Mapped[str | None] = mapped_column(String(20), nullable=True)
    safeguarding_reviewed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    safeguarding_reviewed_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"), nullable=True)
    safeguarding_note: Mapped[str | None] = mapped_column(Text, nullable=True)
    asker_role: Mapped[str | None] = mapped_column(String(20), nullable=True)
    age_phase: Mapped[str | None] = mapped_column(String(20), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    group_id: Mapped[int | None] = mapped_column(
        ForeignKey("webinar_group.id", ondelete="SET NULL"), nullable=True, index=True
    )
    # The sentence embedding (384 float32) that grouping compares.
    embedding: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True, deferred=True)

    group: Mapped[WebinarGroup | None] = relationship(back_populates="questions")
    themes: Mapped[list[WebinarQuestionTheme]] = relationship(
        cascade="all, delete-orphan", passive_deletes=True, order_by="WebinarQuestionTheme.id",
        lazy="selectin",
    )

    @property
    def theme_keys(self) -> tuple[str, ...]:
        return tuple(t.theme for t in self.themes)


class WebinarQuestionTheme(db.Model):
    __tablename__ = "webinar_question_theme"
    __table_args__ = (UniqueConstraint("question_id", "theme"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    question_id: Mapped[int] = mapped_column(
        ForeignKey("webinar_question.id", ondelete="CASCADE"), index=True
    )
    theme: Mapped[str] = mapped_column(String(40), index=True)


class WebinarGroupChange(db.Model):
    """Every merge, split and regroup: who changed the machine's grouping, and how."""

    __tablename__ = "webinar_group_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(
        ForeignKey("inspection.id", ondelete="CASCADE"), index=True
    )
    user_id: Mapped[int | None] = mapped_column(
        ForeignKey("user.id", ondelete="SET NULL"), nullable=True
    )
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    action: Mapped[str] = mapped_column(String(20))
    # Plain ids, not foreign keys: the record outlives the groups a merge removes.
    group_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
    other_group_ids: Mapped[str] = mapped_column(String(400), default="")
    question_id: Mapped[int | None] = mapped_column(Integer, nullable=True)
