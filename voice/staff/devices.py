"""Browsers an account has fully signed in on, remembered in a signed cookie.

The sign-in limits trust these more than a stranger's browser: the daily cap on
failed sign-ins does not stop them, so nobody can lock an inspector out of the
browser they use every day. The cookie holds only account numbers, signed with
the app's secret key; it proves nothing on its own, the password is still needed.
"""

from __future__ import annotations

from typing import Final

from flask import Response, current_app, request
from itsdangerous import BadSignature, URLSafeTimedSerializer

COOKIE: Final = "voice_device"
MAX_AGE: Final = 90 * 24 * 3600
MAX_ACCOUNTS: Final = 5


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(str(current_app.config["SECRET_KEY"]), salt="voice-known-device")


def known_accounts() -> list[int]:
    raw = request.cookies.get(COOKIE)
    if not raw:
        return []
    try:
        value = _serializer().loads(raw, max_age=MAX_AGE)
    except BadSignature:
        return []
    return [int(i) for i in value if isinstance(i, int)] if isinstance(value, list) else []


def is_known(user_id: int) -> bool:
    return user_id in known_accounts()


def remember(response: Response, user_id: int) -> Response:
    accounts = [user_id, *(i for i in known_accounts() if i != user_id)][:MAX_ACCOUNTS]
    response.set_cookie(
        COOKIE, _serializer().dumps(accounts), max_age=MAX_AGE, httponly=True, samesite="Lax",
        secure=bool(current_app.config.get("SESSION_COOKIE_SECURE")), path="/",
    )
    return response
