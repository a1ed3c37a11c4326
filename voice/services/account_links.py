"""Single-use, expiring links for setting a password: invitations and password resets.

The link carries a random token; only its SHA-256 is stored, so a copy of the
database cannot be used to take over an account. Issuing a new link of the same
kind retires the older ones, and using any link retires every open link of the account.
"""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Final

from sqlalchemy import func, select, update

from voice.extensions import db
from voice.models.users import AccountToken, User

PURPOSES: Final = ("invitation", "reset")


@dataclass(frozen=True)
class OpenLink:
    user: User
    purpose: str


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def issue(*, user: User, purpose: str, lifetime: timedelta, now: datetime) -> str:
    """A new link's token (to put in the mail); older open links of the same kind stop working."""
    if purpose not in PURPOSES:
        raise ValueError(f"unknown purpose {purpose!r}")
    db.session.execute(
        update(AccountToken)
        .where(AccountToken.user_id == user.id, AccountToken.purpose == purpose, AccountToken.used_at.is_(None))
        .values(used_at=now)
    )
    token = secrets.token_urlsafe(32)
    db.session.add(AccountToken(user_id=user.id, purpose=purpose, token_hash=_digest(token), created_at=now,
                                expires_at=now + lifetime))
    db.session.commit()
    return token


def _open_token(token: str, now: datetime) -> AccountToken | None:
    if not token or len(token) > 100:
        return None
    found = db.session.scalar(select(AccountToken).where(AccountToken.token_hash == _digest(token)))
    if found is None or found.used_at is not None or found.expires_at <= now:
        return None
    return found


def check(*, token: str, now: datetime) -> OpenLink | None:
    """The account a link is for, if the link is unused, unexpired and the account active."""
    found = _open_token(token, now)
    if found is None:
        return None
    user = db.session.get(User, found.user_id)
    if user is None or not user.active:
        return None
    return OpenLink(user=user, purpose=found.purpose)


def use(*, token: str, now: datetime) -> OpenLink | None:
    """Spend a link: it, and every other open link of the account, stop working. Commits."""
    link = check(token=token, now=now)
    if link is None:
        return None
    db.session.execute(
        update(AccountToken).where(AccountToken.user_id == link.user.id, AccountToken.used_at.is_(None))
        .values(used_at=now)
    )
    db.session.commit()
    return link


def recent_count(*, user: User, purpose: str, since: datetime) -> int:
    return int(db.session.scalar(
        select(func.count()).select_from(AccountToken)
        .where(AccountToken.user_id == user.id, AccountToken.purpose == purpose, AccountToken.created_at >= since)
    ) or 0)


def has_open_invitation(*, user: User, now: datetime) -> bool:
    return bool(db.session.scalar(
        select(func.count()).select_from(AccountToken)
        .where(AccountToken.user_id == user.id, AccountToken.purpose == "invitation",
               AccountToken.used_at.is_(None), AccountToken.expires_at > now)
    ))
