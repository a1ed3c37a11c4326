from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import Boolean, Date, DateTime, ForeignKey, Integer, String, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from voice.extensions import db
from voice.models.areas import LocalArea
from voice.models.base import utcnow

INSPECTION_KINDS = ("framework_2016", "framework_2023", "monitoring", "thematic")
AUDIENCES = ("parent_carer", "young_person", "practitioner", "webinar")


class Inspection(db.Model):
    __tablename__ = "inspection"

    id: Mapped[int] = mapped_column(primary_key=True)
    local_area_id: Mapped[int] = mapped_column(ForeignKey("local_area.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20))
    notification_date: Mapped[date] = mapped_column(Date)
    survey_working_days: Mapped[int] = mapped_column(Integer, default=5)
    webinar_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    # Questions stop this many hours before the webinar so inspectors can plan it.
    webinar_questions_close_hours: Mapped[int] = mapped_column(Integer, default=24)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    responses_deleted_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    # Shown with the national helplines to a family who may need help now,
    # for example "Children's Services Front Door: 01234 567890".
    childrens_services_contact: Mapped[str | None] = mapped_column(String(200), nullable=True)

    local_area: Mapped[LocalArea] = relationship(lazy="joined")
    surveys: Mapped[list[Survey]] = relationship(
        back_populates="inspection", cascade="all, delete-orphan", order_by="Survey.id"
    )

    def survey_for(self, audience: str) -> Survey | None:
        return next((s for s in self.surveys if s.audience == audience), None)


class Survey(db.Model):
    """One audience's channel for an inspection, reached by an unguessable token."""

    __tablename__ = "survey"
    __table_args__ = (UniqueConstraint("inspection_id", "audience"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(ForeignKey("inspection.id"), index=True)
    audience: Mapped[str] = mapped_column(String(20))
    token: Mapped[str] = mapped_column(String(40), unique=True)
    opens_at: Mapped[datetime] = mapped_column(DateTime)
    closes_at: Mapped[datetime] = mapped_column(DateTime)
    # A coordinator can close a window early; reopening clears it.
    closed_early_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    # The questionnaire file this survey runs (voice/questionnaires/<key>.yaml); none means
    # the audience's usual one. A thematic visit chooses its own.
    questionnaire: Mapped[str | None] = mapped_column(String(40), nullable=True)

    inspection: Mapped[Inspection] = relationship(back_populates="surveys")

    def is_open(self, at: datetime) -> bool:
        if self.closed_early_at is not None:
            return False
        return self.opens_at <= at < self.closes_at
