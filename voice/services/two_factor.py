"""Two-factor sign-in with an authenticator app (TOTP, RFC 6238), and one-time recovery codes.

A code is accepted for the current 30-second step or one either side (clocks drift),
and never twice: the step last used is stored. Recovery codes are stored hashed and
each works once.
"""

from __future__ import annotations

import hmac
import secrets
import time
from datetime import datetime
from typing import Final

import pyotp
import segno
from sqlalchemy import delete, select
from werkzeug.security import check_password_hash, generate_password_hash

from voice.extensions import db
from voice.models.users import RecoveryCode, User

ISSUER: Final = "Voice"
RECOVERY_CODES: Final = 10
# Recovery codes carry 50 random bits, so a fast hash is enough; scrypt would make each check slow.
_CODE_METHOD: Final = "pbkdf2:sha256:20000"
_STEP: Final = 30


def start_enrolment(*, user: User) -> str:
    """The secret to show the person; a fresh one unless enrolment is already under way."""
    if user.totp_secret is None or user.totp_confirmed_at is not None:
        user.totp_secret = pyotp.random_base32()
        user.totp_confirmed_at = None
        user.totp_last_step = None
        db.session.commit()
    return user.totp_secret


def provisioning_uri(*, user: User, secret: str) -> str:
    return pyotp.TOTP(secret).provisioning_uri(name=user.email, issuer_name=ISSUER)


def qr_data_uri(uri: str) -> str:
    """The provisioning link as an SVG QR code, as a data: address for an <img>."""
    return str(segno.make(uri, error="m").svg_data_uri(scale=5, border=4))


def grouped_secret(secret: str) -> str:
    """ABCD EFGH ...: easier to type into an app that has no camera."""
    return " ".join(secret[i: i + 4] for i in range(0, len(secret), 4))


def _digits(code: str) -> str:
    return "".join(ch for ch in (code or "") if not ch.isspace() and ch != "-")


def check_code(*, user: User, code: str, now: float | None = None) -> bool:
    """True, and the code spent, if it is right for this step or one either side."""
    secret = user.totp_secret
    entered = _digits(code)
    if not secret or len(entered) != 6 or not entered.isdigit():
        return False
    moment = time.time() if now is None else now
    totp = pyotp.TOTP(secret)
    current = int(moment // _STEP)
    for step in (current - 1, current, current + 1):
        if user.totp_last_step is not None and step <= user.totp_last_step:
            continue
        if hmac.compare_digest(totp.at(step * _STEP), entered):
            user.totp_last_step = step
            db.session.commit()
            return True
    return False


def confirm_enrolment(*, user: User, code: str, now_at: datetime, now: float | None = None) -> list[str] | None:
    """Turn two-factor sign-in on if the code is right; return the new recovery codes (shown once)."""
    if user.totp_secret is None or not check_code(user=user, code=code, now=now):
        return None
    user.totp_confirmed_at = now_at
    return new_recovery_codes(user=user)


def new_recovery_codes(*, user: User) -> list[str]:
    """Replace any old codes with new ones. Commits."""
    db.session.execute(delete(RecoveryCode).where(RecoveryCode.user_id == user.id))
    codes = []
    for _ in range(RECOVERY_CODES):
        raw = secrets.token_hex(5)
        codes.append(f"{raw[:5]}-{raw[5:]}")
        db.session.add(RecoveryCode(user_id=user.id, code_hash=generate_password_hash(raw, method=_CODE_METHOD)))
    db.session.commit()
    return codes


def use_recovery_code(*, user: User, code: str, now_at: datetime) -> bool:
    entered = _digits(code).lower()
    if len(entered) != 10:
        return False
    for stored in db.session.scalars(
        select(RecoveryCode).where(RecoveryCode.user_id == user.id, RecoveryCode.used_at.is_(None))
    ):
        if check_password_hash(stored.code_hash, entered):
            stored.used_at = now_at
            db.session.commit()
            return True
    return False


def recovery_codes_left(*, user: User) -> int:
    return len(list(db.session.scalars(
        select(RecoveryCode.id).where(RecoveryCode.user_id == user.id, RecoveryCode.used_at.is_(None))
    )))


def turn_off(*, user: User) -> None:
    """For a lost phone (a coordinator resets it) or, where it is optional, the person's choice."""
    user.totp_secret = None
    user.totp_confirmed_at = None
    user.totp_last_step = None
    db.session.execute(delete(RecoveryCode).where(RecoveryCode.user_id == user.id))
    db.session.commit()
