"""Short codes people can read aloud and type on a phone: no 0/O, 1/I/L."""

from __future__ import annotations

import hashlib
import hmac
import secrets

ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


def new_code(length: int = 8) -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(length))


def display(code: str) -> str:
    return f"{code[:4]}-{code[4:]}" if len(code) == 8 else code


def normalise(typed: str) -> str:
    """Forgive spaces, dashes and lower case."""
    return "".join(ch for ch in typed.upper() if ch.isalnum())


def digest(code: str, *, key: str) -> str:
    return hmac.new(key.encode(), code.encode(), hashlib.sha256).hexdigest()


def new_token() -> str:
    """An unguessable link token (128 bits)."""
    return secrets.token_urlsafe(16)
