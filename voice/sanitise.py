"""The one place user text is cleaned before it is stored.

bleach strips any markup; the text is then stored as plain text and Jinja escapes it
on every output. Swapping bleach for nh3 touches only this module.
"""

from __future__ import annotations

import re
import unicodedata

import bleach

_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
_BLANK_LINES = re.compile(r"\n{3,}")
_SPACES = re.compile(r"[ \t]+")
# bleach escapes these three in the text it keeps; we store plain text, so put them back.
_BLEACH_ESCAPES = (("&lt;", "<"), ("&gt;", ">"), ("&amp;", "&"))


def clean_text(value: str | None, *, max_chars: int | None = None) -> str:
    """Plain, tidy text: no markup, no control characters, no runs of blank lines."""
    if not value:
        return ""
    text = unicodedata.normalize("NFC", value).replace("\r\n", "\n").replace("\r", "\n")
    text = _CONTROL.sub("", text)
    text = bleach.clean(text, tags=set(), attributes={}, strip=True, strip_comments=True)
    for escaped, plain in _BLEACH_ESCAPES:
        text = text.replace(escaped, plain)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    text = _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()
    if max_chars is not None:
        text = text[:max_chars]
    return text
