"""Personal details with a fixed shape: emails, UK phone numbers, NHS numbers,
postcodes and street addresses, found with regular expressions.

A town between a street and a postcode is part of the one [address], and so
is every comma-separated part from a flat, a building or a house number to the
postcode ("Flat 12, Linden Court, 3 Station Approach, Reading, RG1 1LZ").
``redaction_neutral`` reuses these patterns for comments in other languages.
"""

from __future__ import annotations

import re
from typing import Final

from voice.analysis.data.stopwords import STOPWORDS
from voice.analysis.redaction_words import is_titlecase

NAME: Final = "[name]"
EMAIL: Final = "[email]"
PHONE: Final = "[phone]"
ADDRESS: Final = "[address]"
NHS_NUMBER: Final = "[nhs-number]"
SCHOOL: Final = "[school]"

_EMAIL_RE: Final = re.compile(r"[\w.+'-]+@[\w-]+(?:\.[\w-]+)+")
_NHS_CUE_RE: Final = re.compile(
    r"(?i)(\bnhs\s*(?:no\.?|number|num|#)?\s*(?:is|:|-)?\s*)(\d{3}[ -]?\d{3}[ -]?\d{4})(?!\d)"
)
_PHONE_RE: Final = re.compile(
    r"(?<![\w+])(?:(?:\+|00)\s?44\s?(?:\(0\)\s?)?[1-9]|\(?0[1-9])(?:[ \-).]{0,2}\d){8,9}(?!\d)"
)
_NHS_RE: Final = re.compile(r"(?<![\d+])(?:[1-9]\d{2}[ -]\d{3}[ -]\d{4}|[1-9]\d{9})(?!\d)")
_POSTCODE_RE: Final = re.compile(
    r"(?i)\b[A-Z]{1,2}\d[A-Z\d]?\s*\d(?!(?-i:st|nd|rd|th)\b)[A-Z]{2}\b"
)
_SUFFIXES: Final = (
    "Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Close|Drive|Way|Crescent|Cres|Court|Place|"
    "Gardens|Gdns|Grove|Terrace|Walk|Hill|Park|Square|Sq|Mews|Row|View|Rise|Green|"
    "Parade|Vale|Croft|Fields|Meadows|Heights|Boulevard|Estate|Chase|Dene|Wharf"
)
_FLAT: Final = r"(?:(?:Flat|Apartment|Apt|Unit)\s+\d+[A-Za-z]?,?\s+|(?:[Nn]umber|No\.?)\s+)?"
# "year 10, Beaumont Park Academy": a year group and a setting, not a house and a street.
_SETTING_AFTER: Final = r"(?!\s+(?:Academy|School|Primary|Nursery|College|Infants?|Juniors?|High)\b)"
_ADDRESS_RE: Final = re.compile(
    rf"(?<![Yy]ear )(?<![Yy]r )\b{_FLAT}\d{{1,4}}[A-Za-z]?,?\s+(?:[A-Z][a-z'\u2019]+\s+){{1,3}}"
    rf"(?:{_SUFFIXES})\b{_SETTING_AFTER}"
)
_ADDRESS_LOWER_RE: Final = re.compile(
    r"(?i)\b(?:(?:flat|apartment|apt)\s+\d+[a-z]?,?\s+)?\d{1,4}[a-z]?,?\s+"
    r"(?:(?!(?:minutes?|mins?|miles?|hours?|hrs?|years?|weeks?|days?|months?|times?|the|a|"
    r"and|of|to|in|more|other|different|separate|family|county|crown)\b)[a-z'\u2019]+\s+){1,2}"
    r"(?:road|street|avenue|lane|crescent|drive|gardens|grove|terrace|mews|close|court|"
    r"rd|st|ave|dr|ln)\b(?!['\u2019])"
)
# "Flat 2, Mercer Court": a numbered flat in a named building, with no street number.
_FLAT_BUILDING_RE: Final = re.compile(
    r"(?i)\b(?:flat|apartment|apt|unit)\s+\d+[a-z]?,?\s+(?:[a-z][a-z'\u2019]+\s+){1,3}"
    r"(?:court|house|lodge|towers?|point|heights|buildings|mansions|gardens|close|place)\b"
)
# "[address], York [address]": the town between a street and its postcode is part
# of the address. A town on its own is not redacted.
_ADDRESS_MERGE_RE: Final = re.compile(
    r"\[address\](?:,?\s+(?!(?i:and|or|to|the|from|in|on|at|then|but|near|is|was)\b)"
    r"[A-Za-z][A-Za-z'\u2019-]+(?:\s+(?!(?i:and|or|the|to|from|in|on|at|is|was)\b)"
    r"[A-Za-z][A-Za-z'\u2019-]+){0,2})"  # "[address] barton lane rochdale [address]"
    r",?\s*\[address\]"
)
# "[address], Heaton Moor, Stockport, [address]": every comma-separated part
# between a street (or flat) and its postcode belongs to the one address: a
# building, a numbered street the suffix list lacks, a district, a town, a county.
_PART: Final = (
    r"(?:\d{1,4}[A-Za-z]?\s+)?(?!(?i:and|or|to|the|from|in|on|at|then|but|near|is|was|we|"
    r"i|it|my|our|he|she|they)\b)[A-Za-z][A-Za-z'\u2019-]+(?:\s+[A-Za-z][A-Za-z'\u2019-]+){0,3}"
)
# A building word the street pattern left behind goes too: "[address] Cottages, Lower Denby, [address]".
_ADDRESS_CHAIN_RE: Final = re.compile(
    rf"\[address\](?:\s+[A-Z][a-z'\u2019]+)?(?:,\s*{_PART}){{1,5}},?\s*\[address\]"
)
# "12 The Paddocks, Wem, Shropshire, [address]": a house number and named parts
# ending at a postcode are an address even when no street word is listed.
_WORD: Final = (
    r"(?!(?i:and|or|to|from|in|on|at|then|but|near|is|was|we|i|it|my|our|he|she|they|me|"
    r"you|for|of|with|by|since|about|years?|weeks?|months?|days?|a)\b)[A-Za-z][A-Za-z'\u2019-]*"
)
_NUMBERED_CHAIN_RE: Final = re.compile(
    rf"\b\d{{1,4}}[A-Za-z]?,?\s+{_WORD}(?:\s+{_WORD}){{0,3}}"
    rf"(?:,\s*(?:\d{{1,4}}[A-Za-z]?\s+)?{_WORD}(?:\s+{_WORD}){{0,3}}){{0,5}},?\s*\[address\]"
)
_STREET_RE: Final = re.compile(
    r"\b(?!(?:The|A|An|My|Our|His|Her|Their|This|That|Every|Any|Main|High|Each|Great)\b)"
    r"(?:[A-Z][a-z'\u2019]+\s+){1,2}(?:Road|Street|Avenue|Lane|Crescent|Drive|Gardens|"
    r"Grove|Terrace|Mews|Close)\b"
    # "Crown Lane Primary" is a school, found by the setting rule.
    # So is "Wickham Lane Children's Centre", by the centre rule.
    r"(?!\s+(?i:Primary|Infants?|Juniors?|School|Academy|Nursery|College|High|Community|"
    r"Pre-?school|Children['\u2019]?s|Family|Learning|Education)\b)"
)

_DIGIT_RE: Final = re.compile(r"\d")
_STREET_QUICK_RE: Final = re.compile(
    r"\b(?:Road|Street|Avenue|Lane|Crescent|Drive|Gardens|Grove|Terrace|Mews|Close)\b"
)
WORD_BEFORE_RE: Final = re.compile(r"([A-Za-z]+)\s+$")


def _street(match: re.Match[str]) -> str:
    """A street name, unless it ends a longer proper name ("Great Ormond Street")."""
    before = WORD_BEFORE_RE.search(match.string, 0, match.start())
    if before and is_titlecase(before.group(1)) and before.group(1).lower() not in STOPWORDS:
        return match.group(0)
    return ADDRESS


def replace_spans(text: str, spans: list[tuple[int, int]], placeholder: str) -> str:
    if not spans:
        return text
    merged: list[list[int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    pieces: list[str] = []
    last = 0
    for start, end in merged:
        pieces.append(text[last:start])
        pieces.append(placeholder)
        last = end
    pieces.append(text[last:])
    return "".join(pieces)



def apply_shapes(text: str) -> str:
    """``text`` with emails, phone and NHS numbers, postcodes and addresses replaced."""
    # Each guard is a condition the patterns after it cannot match without,
    # so skipping them changes nothing but the time taken.
    if "@" in text:
        text = _EMAIL_RE.sub(EMAIL, text)
    if _DIGIT_RE.search(text):
        text = _NHS_CUE_RE.sub(lambda m: m.group(1) + NHS_NUMBER, text)
        text = _PHONE_RE.sub(PHONE, text)
        text = _NHS_RE.sub(NHS_NUMBER, text)
        text = _POSTCODE_RE.sub(ADDRESS, text)
        text = _FLAT_BUILDING_RE.sub(ADDRESS, text)
        text = _ADDRESS_RE.sub(ADDRESS, text)
        text = _ADDRESS_LOWER_RE.sub(ADDRESS, text)
        text = _ADDRESS_MERGE_RE.sub(ADDRESS, text)
        text = _ADDRESS_CHAIN_RE.sub(ADDRESS, text)
        text = _NUMBERED_CHAIN_RE.sub(ADDRESS, text)
    if _STREET_QUICK_RE.search(text):
        text = _STREET_RE.sub(_street, text)
    return text


# "[name], Ty Newydd, Heol y Felin, Oswestry [address]": in a signature, the
# comma-separated parts between a name and a postcode are the address, even with
# no house number or street word. Lower-case particles ("y", "upon") may join words.
_NAMED_PART: Final = (
    r"(?:\d{1,4}[A-Za-z]?\s+)?[A-Z][A-Za-z'\u2019-]+"
    r"(?:\s+(?:[A-Z][A-Za-z'\u2019-]+|y|yr|ar|de|la|le|upon|on|the|of)){0,3}"
)
_SIGNED_ADDRESS_RE: Final = re.compile(
    rf"(\[name\],\s*)(?:{_NAMED_PART},\s*){{1,4}}{_NAMED_PART},?\s*\[address\]"
)


def signed_addresses(text: str) -> str:
    """Run after names are replaced: the parts of an address written after a name."""
    if "[name]" not in text or "[address]" not in text:
        return text
    return _SIGNED_ADDRESS_RE.sub(lambda m: m.group(1) + ADDRESS, text)
