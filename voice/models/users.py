from __future__ import annotations

from datetime import datetime

from flask_login import UserMixin
from sqlalchemy import Boolean, Column, DateTime, ForeignKey, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from voice.extensions import db
from voice.models.base import utcnow

ROLES = ("coordinator", "inspector")

inspection_assignments = Table(
    "inspection_assignment",
    db.metadata,
    Column("user_id", ForeignKey("user.id", ondelete="CASCADE"), primary_key=True),
    Column("inspection_id", ForeignKey("inspection.id", ondelete="CASCADE"), primary_key=True),
)


class User(UserMixin, db.Model):
    __tablename__ = "user"

    id: Mapped[int] = mapped_column(primary_key=True)
    email: Mapped[str] = mapped_column(String(254), unique=True)
    name: Mapped[str] = mapped_column(String(120), default="")
    password_hash: Mapped[str] = mapped_column(String(255))
    role: Mapped[str] = mapped_column(String(20))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    # Sessions begun before this moment are refused: signing out ends every copy of the cookie.
    signed_out_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)

    inspections = relationship("Inspection", secondary=inspection_assignments, lazy="selectin")

    @property
    def is_active(self) -> bool:  # type: ignore[override]
        return self.active


class AuditEvent(db.Model):
    """Who did what, when: sign-ins, unredacted views, exports, corrections, deletions."""

    __tablename__ = "audit_event"

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)
    user_id: Mapped[int | None] = mapped_column(ForeignKey("user.id"), nullable=True)
    action: Mapped[str] = mapped_column(String(40))
    # Not a foreign key: the record must outlive a deleted inspection.
    inspection_id: Mapped[int | None] = mapped_column(nullable=True, index=True)
    detail: Mapped[str] = mapped_column(Text, default="")
