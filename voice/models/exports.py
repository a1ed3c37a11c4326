from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, DateTime, ForeignKey, Integer, LargeBinary, String
from sqlalchemy.orm import Mapped, mapped_column

from voice.extensions import db
from voice.models.base import utcnow

EXPORT_FORMATS = ("csv", "xlsx")
EXPORT_STATUSES = ("queued", "running", "done", "failed", "expired")


class ExportJob(db.Model):
    """A comment export built in the background, and the finished file until it expires.

    The file is kept in the database, so any web worker can serve what any job worker built.
    ``error`` says what went wrong in general terms only: never a family's words.
    """

    __tablename__ = "export_job"

    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(ForeignKey("inspection.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int] = mapped_column(ForeignKey("user.id", ondelete="CASCADE"), index=True)
    format: Mapped[str] = mapped_column(String(4))
    # The summary's filters as JSON ("{}" for every comment).
    filters: Mapped[str] = mapped_column(String(300), default="{}")
    include_original: Mapped[bool] = mapped_column(Boolean, default=False)
    status: Mapped[str] = mapped_column(String(10), default="queued", index=True)
    rows_done: Mapped[int] = mapped_column(Integer, default=0)
    rows_total: Mapped[int | None] = mapped_column(Integer, nullable=True)
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    error: Mapped[str | None] = mapped_column(String(300), nullable=True)
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    started_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    # Moved on at every batch, so a job whose worker died can be told from a slow one.
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    expires_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)
    size_bytes: Mapped[int | None] = mapped_column(Integer, nullable=True)
    # Loaded only when the file is downloaded.
    data: Mapped[bytes | None] = mapped_column(LargeBinary, nullable=True, deferred=True)
