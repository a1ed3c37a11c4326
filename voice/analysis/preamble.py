"""Notes about who helped write a comment ("Helped by mum.", "Answered with his TA:").

Young people often answer with help, and the helper usually says so first. The
note is about how the answer was written, not about services, so "Supported by
college tutor." must not tag education and "Helped by support worker." must not
count as praise or tag social care. ``split_helper_note`` finds such a note at
the very start of a comment; theme tagging and sentiment read only the rest.
Safeguarding still screens the whole text.

Only openings are recognised: a note in the middle of a comment is more likely
to be part of what the family is saying ("he was helped by the OT").
"""

from __future__ import annotations

import re
from typing import Final

# Who helped: "mum", "his support worker", "T (22)", "my son who is deafblind".
_WHO: Final = r"[^.:;!?\n)\],]{0,60}?(?:\s*\(\s*\d{1,2}\s*\))?"
_END: Final = r"\s*(?:[)\]]\s*[.:;!?\n,]*|[.:;!?\n,]+)"
_POSSESSIVE: Final = r"(?:my|his|her|their|our|this|mum|dad|him|them)\b"

_NOTE_RE: Final = re.compile(
    r"""^[\s(\[*-]*
    (?:
        (?:this\s+(?:was|is|has\s+been)\s+)?
        (?:helped|supported|written|writing|typed|transcribed|scribed|answered|completed
           |filled\s+in|done|read\s+out|answers?\s+given)
        \s+(?:by|with|for|on\s+behalf\s+of|alongside)\b"""
    + _WHO
    + r"""
      | with\s+(?:the\s+)?(?:support|help)\s+(?:from|of)\b"""
    + _WHO
    + r"""
      | i\s+(?:have\s+|am\s+|'ve\s+|'m\s+)?
        (?:typed|wrote|written|writing|typing|filled\s+in|filling\s+in|completed|helped|help
           |helping|scribed)\b[^.:;!?\n]{0,30}?\b(?:for|with|on\s+behalf\s+of)\s+"""
    + _POSSESSIVE
    + _WHO
    + r"""
      | (?!i\s)[a-z' ]{2,30}?\s(?:writing|typing|scribing|answering|helping)
        (?:\s+(?:with|for|on\s+behalf\s+of)\b"""
    + _WHO
    + r""")?
    )"""
    + _END,
    re.IGNORECASE | re.VERBOSE,
)

# "My son asked me to write:", "She asked me to put that ..." - the frame only;
# what follows is the young person's own words.
_FRAME_RE: Final = re.compile(
    r"""^[\s(\[*-]*(?:my\s+)?(?P<who>[a-z]+)
    (?:\s*\(\s*(?:aged?\s*)?\d{1,2}\s*\))?\s+
    (?:asked|wanted)\s+me\s+to\s+(?:write|type|say|tell\s+you|put\s+(?:that|down|this))
    (?:\s+(?:that|down|this))?\s*[:,-]?""",
    re.IGNORECASE | re.VERBOSE,
)
# Institutions ask parents to do things too ("School asked me to put him ...").
_NOT_HELPED: Final = frozenset(
    {"school", "teacher", "teachers", "staff", "they", "senco", "council", "college",
     "nursery", "doctor", "camhs", "gp", "we", "i", "head", "worker", "someone"}
)


def helper_note_length(text: str) -> int:
    """Characters of a leading helper note (0 when there is none)."""
    end = 0
    note = _NOTE_RE.match(text)
    if note is not None:
        end = note.end()
    frame = _FRAME_RE.match(text[end:])
    if frame is not None and frame.group("who").lower() not in _NOT_HELPED:
        end += frame.end()
    # A note is never the whole comment: keep the text if nothing follows.
    return end if end and text[end:].strip(" \t\n.:;,!?-'\"()") else 0


def split_helper_note(text: str) -> str:
    """The comment without its leading helper note."""
    length = helper_note_length(text)
    return text[length:] if length else text
