"""The one place user text is cleaned before it is stored.

bleach strips any markup; the text is then stored as plain text and Jinja escapes it
on every output. Swapping bleach for nh3 touches only this module.
"""

from __future__ import annotations

import html
import re
import unicodedata

import bleach

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
_BLANK_LINES = re.compile(r"\n{3,}")
_SPACES = re.compile(r"[ \t]+")
# bleach escapes these three in the text it keeps; we store plain text, so put them back.
_BLEACH_ESCAPES = (("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&"))
# Text encoded more times than this is cut back to what the last round left.
_MAX_DECODING_ROUNDS = 6


def clean_text(value: str | None, *, max_chars: int | None = None) -> str:
    """Plain, tidy text: no markup (even entity-encoded), no control characters, no runs of blank lines."""
    if not value:
        return ""
    text = unicodedata.normalize("NFC", value).replace("\r\n", "\n").replace("\r", "\n")
    text = _without_markup(_CONTROL.sub("", text))
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    text = _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
    if max_chars is not None:
        text = text[:max_chars]
    return text


def _without_markup(text: str) -> str:
    """Strip markup, and markup hidden behind entities (``&lt;img onerror=...&gt;``), to a fixed point.

    Entities are decoded as a browser would, then any markup that appears is stripped again,
    until nothing changes, so no markup-like text is stored however many times it was encoded.
    """
    for _round in range(_MAX_DECODING_ROUNDS):
        decoded = _CONTROL.sub("", html.unescape(text))
        stripped = bleach.clean(decoded, tags=set(), attributes={}, strip=True, strip_comments=True)
        for escaped, plain in _BLEACH_ESCAPES:
            stripped = stripped.replace(escaped, plain)
        if stripped == text:
            break
        text = stripped
    return text
