"""Mail Voice sends, and the safeguarding alerts it has raised.

Every message is written here first. With no mail server configured, this table is
the outbox coordinators read in the browser; with one, a job delivers each message
and records the outcome, so failures are visible too.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from voice.extensions import db
from voice.models.base import utcnow

MAIL_STATES = ("outbox", "queued", "sent", "failed")


class MailMessage(db.Model):
    __tablename__ = "mail_message"

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    recipient: Mapped[str] = mapped_column(String(254))
    subject: Mapped[str] = mapped_column(String(200))
    # Cleared once delivered over SMTP: set-password links should not sit in the database.
    body: Mapped[str] = mapped_column(Text, default="")
    inspection_id: Mapped[int | None] = mapped_column(Integer, nullable=True, index=True)
    state: Mapped[str] = mapped_column(String(20), default="outbox")
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str] = mapped_column(String(500), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class SafeguardingAlert(db.Model):
    """One alert per flagged submission (a survey response or a webinar question).

    The unique reference stops a re-run job from alerting twice; reminded_at stops a
    second reminder.
    """

    __tablename__ = "safeguarding_alert"
    __table_args__ = (UniqueConstraint("reference"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(ForeignKey("inspection.id", ondelete="CASCADE"), index=True)
    channel: Mapped[str] = mapped_column(String(20))  # parent_carer, young_person, webinar
    # The submission's random key ("response:<key>", "webinar:<key>"), never a row number that could be reused.
    reference: Mapped[str] = mapped_column(String(80))
    comment_ids: Mapped[str] = mapped_column(String(500), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    reminded_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
