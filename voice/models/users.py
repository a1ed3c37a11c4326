from __future__ import annotations

from datetime import datetime

from flask_login import UserMixin
from sqlalchemy import Boolean, Column, DateTime, ForeignKey, Index, String, Table, Text
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
    last_signed_in_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    # Two-factor sign-in (TOTP). The secret is set at enrolment and counts only once confirmed.
    totp_secret: Mapped[str | None] = mapped_column(String(64), nullable=True)
    totp_confirmed_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    # The last 30-second step a code was accepted for: the same code is never accepted twice.
    totp_last_step: Mapped[int | None] = mapped_column(nullable=True)

    inspections = relationship("Inspection", secondary=inspection_assignments, lazy="selectin")

    @property
    def is_active(self) -> bool:  # type: ignore[override]
        return self.active

    @property
    def has_password(self) -> bool:
        """False until an invited person sets one through their link."""
        return bool(self.password_hash)

    @property
    def two_factor_enabled(self) -> bool:
        return self.totp_secret is not None and self.totp_confirmed_at is not None


class AccountToken(db.Model):
    """A single-use link for setting a password: an invitation or a reset. Only a hash is stored."""

    __tablename__ = "account_token"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="CASCADE"), index=True)
    purpose: Mapped[str] = mapped_column(String(20))  # "invitation" or "reset"
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    expires_at: Mapped[datetime] = mapped_column(DateTime)
    used_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class RecoveryCode(db.Model):
    """A one-time code for signing in without the authenticator app. Only a hash is stored."""

    __tablename__ = "recovery_code"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="CASCADE"), index=True)
    code_hash: Mapped[str] = mapped_column(String(255))
    used_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)


class SignInFailure(db.Model):
    """One failed password or code, for slowing guesses down without locking the owner out.

    The address is kept only as a keyed hash, and rows older than a day are removed.
    """

    __tablename__ = "sign_in_failure"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="CASCADE"))
    address_key: Mapped[str] = mapped_column(String(64))
    trusted_device: Mapped[bool] = mapped_column(Boolean, default=False)
    at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, index=True)

    __table_args__ = (Index("ix_sign_in_failure_user_address", "user_id", "address_key"),)


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
