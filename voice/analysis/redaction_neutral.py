"""Redaction for comments not written in English: the details that look the same in any language.

The English redactor finds names from name lists and English cues, which would misread
words of other languages (a capitalised Polish or Turkish word is not a name). So a
comment in another language gets only the rules that cannot change an ordinary word:

* emails, UK and international phone numbers, NHS numbers and any run of eight or more
  digits, written with Western, Eastern Arabic (٠-٩), Persian/Urdu (۰-۹), Bengali (০-৯)
  or Gurmukhi (੦-੯) digits;
* UK postcodes and "12 Oak Road"-style house numbers and streets (families live in
  England, so their addresses are English whatever language they write in);
* a name after a phrase that can only introduce one, per language ("mi hijo se llama
  Mateo", "syn ma na imię Kacper", "ابني اسمه أحمد", "میرے بیٹے کا نام احمد ہے").

The digits are mapped to Western digits in a view of the same length, so the patterns
run on the view and the spans they find are replaced in the original text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from voice.analysis.redaction_shapes import (
    _ADDRESS_RE,
    _EMAIL_RE,
    _FLAT_BUILDING_RE,
    _NHS_CUE_RE,
    _NHS_RE,
    _PHONE_RE,
    _POSTCODE_RE,
    ADDRESS,
    EMAIL,
    NAME,
    NHS_NUMBER,
    PHONE,
)

NUMBER: Final = "[number]"
_DIGITS: Final = {
    **{0x0660 + n: str(n) for n in range(10)},  # Arabic-Indic
    **{0x06F0 + n: str(n) for n in range(10)},  # Extended Arabic-Indic (Urdu, Persian)
    **{0x09E6 + n: str(n) for n in range(10)},  # Bengali
    **{0x0A66 + n: str(n) for n in range(10)},  # Gurmukhi
}
_INTERNATIONAL_RE: Final = re.compile(r"(?<![\w+])(?:\+|00)[1-9]\d{0,2}(?:[ \-]?\d){7,12}(?!\d)")
_LONG_NUMBER_RE: Final = re.compile(r"(?<!\d)\d(?:[ \-]?\d){7,}(?!\d)")

_UPPER: Final = r"[A-ZÀ-ÖØ-ÞĀ-Ž][\wÀ-ɏ'\u2019-]+"
_NAME_SPAN: Final = rf"({_UPPER}(?:\s+{_UPPER})?)"
_NOT_NAME: Final = r"[^\s.,;:!?\u06D4\u0964\u060C()\"]+"
# Each pattern's group 1 is the name. Latin-script phrases need a capital letter after
# them; the others are phrases that only ever introduce a name.
NAME_PATTERNS: Final[dict[str, tuple[re.Pattern[str], ...]]] = {
    "es": (re.compile(rf"(?i:\b(?:se llama|se llaman|llamad[oa]|de nombre))\s+{_NAME_SPAN}"),),
    "pt": (re.compile(rf"(?i:\b(?:se chama|chama-se|chamad[oa]|de nome))\s+{_NAME_SPAN}"),),
    "pl": (re.compile(rf"(?i:\b(?:ma na imię|ma na imie|nazywa się|nazywa sie|o imieniu))\s+{_NAME_SPAN}"),),
    "ro": (re.compile(rf"(?i:\b(?:se nume[șşs]te|se cheam[ăa]|pe nume|numit[ăa]?))\s+{_NAME_SPAN}"),),
    "tr": (re.compile(rf"(?i:\b(?:ad[ıi]|ismi))\s+{_NAME_SPAN}"),),
    "ar": (re.compile(rf"(?:اسمه|اسمها|إسمه|إسمها|يدعى|تدعى|يُدعى|تُدعى)\s+({_NOT_NAME}(?:\s+بن\s+{_NOT_NAME})?)"),),
    "ur": (re.compile(rf"(?:کا|کی)\s+نام\s+({_NOT_NAME}(?:\s+{_NOT_NAME})?)\s+(?:ہے|تھا|ہیں)"),),
    "pa": (
        re.compile(rf"(?:ਦਾ|ਦੀ)\s+(?:ਨਾਮ|ਨਾਂ)\s+({_NOT_NAME}(?:\s+{_NOT_NAME})?)\s+(?:ਹੈ|ਸੀ)"),
        re.compile(rf"(?:کا|کی|دا|دی)\s+(?:نام|ناں)\s+({_NOT_NAME}(?:\s+{_NOT_NAME})?)\s+(?:ہے|اے|سی)"),
    ),
    "bn": (re.compile(rf"(?:ছেলের|মেয়ের|মেয়ের|ওর|তার|বাচ্চার|সন্তানের|নাতির|নাতনির|ভাইয়ের|বোনের|স্বামীর)\s+নাম\s+({_NOT_NAME})"),),
}
# Words the Turkish cue "adı" can be followed by that are not names ("adı Var", sentence case).
_TURKISH_NOT_NAMES: Final = frozenset({"ne", "var", "yok", "bile", "geçen", "geçmiyor"})


def digit_view(text: str) -> str:
    """The text with every script's digits as Western digits (the same length)."""
    return text.translate(_DIGITS)


def _sub(text: str, view: str, pattern: re.Pattern[str], placeholder: str | Callable[[re.Match[str]], str],
         group: int = 0) -> tuple[str, str]:
    """Replace ``pattern``'s matches (or their ``group``) in the text and its digit view alike."""
    pieces, view_pieces, last = [], [], 0
    for match in pattern.finditer(view):
        start, end = match.span(group)
        if start < last or start < 0:
            continue
        replacement = placeholder(match) if callable(placeholder) else placeholder
        pieces += [text[last:start], replacement]
        view_pieces += [view[last:start], replacement]
        last = end
    if not pieces:
        return text, view
    pieces.append(text[last:])
    view_pieces.append(view[last:])
    return "".join(pieces), "".join(view_pieces)


def _names(text: str, view: str, language: str) -> tuple[str, str]:
    for pattern in NAME_PATTERNS.get(language, ()):
        if language == "tr":
            def keep_words(match: re.Match[str]) -> str:
                return match.group(1) if match.group(1).lower() in _TURKISH_NOT_NAMES else NAME
            text, view = _sub(text, view, pattern, keep_words, group=1)
        else:
            text, view = _sub(text, view, pattern, NAME, group=1)
    return text, view


def redact_neutral(text: str, language: str | None = None) -> str:
    """``text`` with contact details, numbers and addresses replaced, and names after a
    naming phrase of ``language``; every other word is left as written."""
    if not text:
        return text
    view = digit_view(text)
    if "@" in view:
        text, view = _sub(text, view, _EMAIL_RE, EMAIL)
    if any(ch.isdigit() for ch in view):
        text, view = _sub(text, view, _NHS_CUE_RE, NHS_NUMBER, group=2)
        text, view = _sub(text, view, _PHONE_RE, PHONE)
        text, view = _sub(text, view, _INTERNATIONAL_RE, PHONE)
        text, view = _sub(text, view, _NHS_RE, NHS_NUMBER)
        text, view = _sub(text, view, _LONG_NUMBER_RE, NUMBER)
        text, view = _sub(text, view, _POSTCODE_RE, ADDRESS)
        text, view = _sub(text, view, _FLAT_BUILDING_RE, ADDRESS)
        text, view = _sub(text, view, _ADDRESS_RE, ADDRESS)
    if language:
        text, view = _names(text, view, language)
    return text
