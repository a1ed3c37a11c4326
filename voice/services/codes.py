"""Short codes people can read aloud and type on a phone: no 0/O, 1/I/L."""

from __future__ import annotations

import hashlib
import hmac
import secrets

ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


_WHOLE = 256 - 256 % len(ALPHABET)  # bytes below this map evenly onto the alphabet


def new_code(length: int = 8) -> str:
    """Each character uniform over ALPHABET, as ``secrets.choice`` gives, but from one read of
    the system's random source rather than one a character (a code is made on every submit):
    bytes at or above _WHOLE are dropped, so every character stays equally likely."""
    chosen: list[str] = []
    while len(chosen) < length:
        chosen.extend(ALPHABET[byte % len(ALPHABET)] for byte in secrets.token_bytes(length * 2) if byte < _WHOLE)
    return "".join(chosen[:length])


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
