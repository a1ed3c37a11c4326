"""Slowing down password and code guessing without letting a stranger lock anyone out.

Two rules, both counting failures only:

* **per account and address**: a few free tries, then a wait that doubles with each
  further failure, up to a ceiling. It never becomes a lock-out, and it slows only
  that address: the owner signing in from anywhere else is not affected.
* **per account, a daily cap** for browsers the account has never fully signed in
  on. Past it, only a browser that has (it carries a signed device cookie) or one that
  has just used a password-reset link can try. A stranger cannot get either, so the
  cap stops a guesser spread over many addresses, while the owner keeps signing in.

So a stranger gets at most the cap (100 by default) guesses a day at any account,
instead of the 14,400 a per-address minute limit allowed.
"""

from __future__ import annotations

import hashlib
import hmac
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Final

from sqlalchemy import delete, func, select

from voice.extensions import db
from voice.models.users import SignInFailure, User

DAY: Final = timedelta(days=1)


@dataclass(frozen=True)
class Limits:
    free_failures: int
    max_delay: timedelta
    daily_cap: int
    secret: str


@dataclass(frozen=True)
class Decision:
    allowed: bool
    wait_seconds: int = 0
    reason: str = ""  # "slowed" (wait and try again) or "cap" (use a known browser or reset)


def address_key(address: str, *, secret: str) -> str:
    """Addresses are kept only as a keyed hash."""
    return hmac.new(secret.encode(), (address or "").encode(), hashlib.sha256).hexdigest()


def check(*, user: User, address: str, trusted: bool, limits: Limits, now: datetime) -> Decision:
    key = address_key(address, secret=limits.secret)
    since = now - DAY
    pair_count, last = db.session.execute(
        select(func.count(SignInFailure.id), func.max(SignInFailure.at))
        .where(SignInFailure.user_id == user.id, SignInFailure.address_key == key, SignInFailure.at >= since)
    ).one()
    if pair_count >= limits.free_failures and last is not None:
        delay = min(timedelta(seconds=2 ** (pair_count - limits.free_failures + 1)), limits.max_delay)
        ready = last + delay
        if now < ready:
            return Decision(False, wait_seconds=max(1, int((ready - now).total_seconds() + 0.999)), reason="slowed")
    if not trusted:
        untrusted = db.session.scalar(
            select(func.count(SignInFailure.id))
            .where(SignInFailure.user_id == user.id, SignInFailure.trusted_device.is_(False),
                   SignInFailure.at >= since)
        ) or 0
        if untrusted >= limits.daily_cap:
            return Decision(False, reason="cap")
    return Decision(True)


def record_failure(*, user: User, address: str, trusted: bool, limits: Limits, now: datetime) -> None:
    db.session.execute(delete(SignInFailure).where(SignInFailure.at < now - DAY))
    db.session.add(SignInFailure(user_id=user.id, address_key=address_key(address, secret=limits.secret),
                                 trusted_device=trusted, at=now))
    db.session.commit()


def clear_address(*, user: User, address: str, limits: Limits) -> None:
    """After a success from this address: its own slowing starts again from nothing."""
    db.session.execute(delete(SignInFailure).where(
        SignInFailure.user_id == user.id, SignInFailure.address_key == address_key(address, secret=limits.secret)))
    db.session.commit()


def clear_account(*, user: User) -> None:
    """After a password reset by email: the person proved they own the account."""
    db.session.execute(delete(SignInFailure).where(SignInFailure.user_id == user.id))
    db.session.commit()


def failures_today(*, user: User, now: datetime) -> int:
    return int(db.session.scalar(
        select(func.count(SignInFailure.id)).where(SignInFailure.user_id == user.id, SignInFailure.at >= now - DAY)
    ) or 0)
