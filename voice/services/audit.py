"""The audit log: sign-ins, views of unredacted text, exports, corrections and deletions."""

from __future__ import annotations

from voice.extensions import db
from voice.models import AuditEvent, User


def record(
    action: str, *, user: User | None = None, inspection_id: int | None = None, detail: str = "",
    commit: bool = True,
) -> AuditEvent:
    event = AuditEvent(
        action=action, user_id=user.id if user is not None else None,
        inspection_id=inspection_id, detail=detail[:2000],
    )
    db.session.add(event)
    if commit:
        db.session.commit()
    return event
