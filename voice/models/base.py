from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    """Naive UTC: one convention on SQLite and PostgreSQL alike."""
    return datetime.now(UTC).replace(tzinfo=None)
