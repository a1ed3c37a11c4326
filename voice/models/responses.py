from __future__ import annotations

from datetime import datetime

from sqlalchemy import JSON, Boolean, DateTime, ForeignKey, Index, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from voice.extensions import db
from voice.models.base import utcnow


class Draft(db.Model):
    """Answers in progress. A resume code (stored hashed) brings them back."""

    __tablename__ = "draft"

    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("survey.id", ondelete="CASCADE"), index=True)
    # Also the submission key: one draft can become one response, however often it is posted.
    key: Mapped[str] = mapped_column(String(40), unique=True)
    resume_code_hash: Mapped[str | None] = mapped_column(String(64), unique=True, nullable=True)
    answers: Mapped[dict] = mapped_column(JSON, default=dict)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)


class Response(db.Model):
    __tablename__ = "response"
    __table_args__ = (Index("ix_response_survey_submitted", "survey_id", "submitted_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    survey_id: Mapped[int] = mapped_column(ForeignKey("survey.id", ondelete="CASCADE"))
    inspection_id: Mapped[int] = mapped_column(ForeignKey("inspection.id", ondelete="CASCADE"), index=True)
    audience: Mapped[str] = mapped_column(String(20))
    submission_key: Mapped[str] = mapped_column(String(40), unique=True)
    reference: Mapped[str] = mapped_column(String(12), unique=True)
    submitted_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    locale: Mapped[str] = mapped_column(String(10), default="en")
    # Answers about the child, copied out of the answers so filters can use indexes.
    age_phase: Mapped[str | None] = mapped_column(String(20), nullable=True)
    setting: Mapped[str | None] = mapped_column(String(30), nullable=True)
    ehc_plan: Mapped[str | None] = mapped_column(String(20), nullable=True)
    # Young people: who helped, and whether someone else wrote the words.
    helped_by: Mapped[str | None] = mapped_column(String(20), nullable=True)
    helper_wrote: Mapped[bool] = mapped_column(Boolean, default=False)
    # Practitioners: their role (school or college, early years, health, social care, other).
    role: Mapped[str | None] = mapped_column(String(30), nullable=True)

    answers: Mapped[list[Answer]] = relationship(
        back_populates="response", cascade="all, delete-orphan", passive_deletes=True
    )


class Answer(db.Model):
    __tablename__ = "answer"
    __table_args__ = (Index("ix_answer_question_value", "question", "value"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    response_id: Mapped[int] = mapped_column(ForeignKey("response.id", ondelete="CASCADE"), index=True)
    question: Mapped[str] = mapped_column(String(40))
    # Closed questions hold an answer code; free text goes to Comment.
    value: Mapped[str] = mapped_column(Text)

    response: Mapped[Response] = relationship(back_populates="answers")
