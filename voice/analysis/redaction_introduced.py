"""Names and addresses read from how a comment introduces them.

These run after every other rule, on text whose names are already
``[name]``, because the shape they look for is often a name found already
next to a word that is part of it or points at another: "Auntie [name]"
(the kin word used as a title goes with the name), "Kaya, instead of Demir"
(a surname said beside a surname), "Kezia ([name] to everyone)" (a name and
its nickname), "Flat 3, [address]" (the flat opens the address). Others need
no name found first: "we call him Bear", "Cook is her real name",
"Bill Foster is the governor", "Precious our youngest doesn't like",
"Theodora (Teddy to us)", "his name spelt wrong as Mareck".
"""

from __future__ import annotations

import re
from typing import Final

from voice.analysis.data.given_names import ALL_NAMES
from voice.analysis.data.places import PLACES
from voice.analysis.data.stopwords import DAYS_AND_MONTHS, STOPWORDS
from voice.analysis.redaction_words import POSSESSED, RELATIONS, fold, unknown

NAME: Final = "[name]"
ADDRESS: Final = "[address]"

# "Auntie Kiri", "Sister Bernadette", "Coach Danny": a kin or care word used as
# a title goes with the name; "my auntie [name]" keeps the relation.
_KIN_TITLE_RE: Final = re.compile(
    r"(\b[A-Za-z]+\s+)?\b(?:Auntie|Aunty|Aunt|Uncle|Sister|Nurse|Nana|Nanna|Nanny|Grandma|"
    r"Grandad|Granny|Grandpa|Father|Brother|Coach)\s+\[name\]"
)
_OWNER_WORDS: Final = frozenset("my his her our their your the a an".split())
# "Flat 2, [address]", "The Laurels, [address]": a flat or a house name opens the address.
_ADDRESS_OPENING_RE: Final = re.compile(
    r"\b(?:(?:Flat|Apartment|Apt|Unit)\s+|The\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?,\s+"
    r"|[A-Z][a-z]+\s+(?:Cottage|Cottages|House|Farm|Farmhouse|Lodge|Barn|Bungalow|Villa),\s+)"
    r"\[address\]"
)
# "we live on Canterbury Way": a street where the family lives, with no number.
_LIVES_ON_RE: Final = re.compile(
    r"(?P<cue>\b(?i:live|lives|living|lived|moved|move)\s+(?i:on|in|to|at|off)\s+)"
    r"(?:[A-Z][a-z'\u2019]+\s+){1,2}(?:Road|Street|Avenue|Lane|Crescent|Drive|Gardens|Grove|"
    r"Terrace|Mews|Close|Way|Place|Walk|Rise|Court|Square|Row|Hill|View)\b"
)
# "We call him Bear", "Cook is her real name", "Sky is the name he goes by",
# "his dad's surname, Kaya", "[name] instead of Demir", "Kezia ([name] to everyone)".
_CALLED_RE: Final = re.compile(
    r"(?P<pre>\b(?:call|calls|called|calling)\s+(?:him|her|them)\s+"
    r"|\b(?:surname|last\s+name|family\s+name|maiden\s+name)(?:\s+is|\s+was)?,?\s+"
    r"|\[name\],?\s+instead\s+of\s+)(?P<a>[A-Z][a-z]+)\b"
    r"|\b(?P<b>[A-Z][a-z]+)(?P<post>\s+is\s+(?:(?:his|her|their|my|our)\s+(?:real\s+|actual\s+"
    r"|full\s+|first\s+|middle\s+|legal\s+|nick)?name|the\s+name\s+(?:(?:he|she|they)\s+(?:goes|go|uses|"
    r"use|prefers|prefer|likes|like|answers|answer)|(?:my|our|his|her)\s+(?:son|daughter|child|boy|girl)))"
    r"\b|\s*\(\[name\])"
)
# "Theodora (Teddy to us)": a name and the name a family uses, in brackets.
_NICKNAMED_RE: Final = re.compile(
    r"\b(?P<a>[A-Z][a-z]+)(?P<open>\s*\()(?P<b>[A-Z][a-z]+)(?P<close>\s+to\s+(?:us|everyone|everybody|"
    r"friends|family|the\s+family|his\s+friends|her\s+friends|their\s+friends)\))"
)
# "his name spelt wrong as Mareck", "one letter said Ionat": in a comment about
# how a name is written, a capitalised word no English list knows after
# "as", "said" or "wrote" is the name, misspelt.
_MISSPELT_RE: Final = re.compile(
    r"(?P<pre>\b(?:as|said|says|wrote|writes|write|spelt|spelled|put)\s+)(?P<word>[A-Z][a-z]+)\b"
)
_ABOUT_A_NAME_RE: Final = re.compile(r"(?i)(?<!\[)\bnames?\b|\bspel(?:t|led|ling)\b")
# "Bill Foster is the governor for SEND": a listed first name and a surname
# before the role they hold.
_ROLE_HOLDER_RE: Final = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<first>[A-Z][a-z]+)\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?=\s+(?:is|was)\s+"
    r"(?:the|our|my|his|her)\s+(?:[a-z]+\s+)?(?i:governor|head|headteacher|senco|sendco|chair|"
    r"manager|teacher|caseworker|keyworker|nurse|doctor|consultant|therapist|psychologist|"
    r"officer|coordinator|co-ordinator|lead|principal|director|deputy)\b)"
)
# "Precious our youngest doesn't like the phone": a word before "our youngest"
# and a verb, with no comma between, names the child; "Today our youngest is"
# and "Likewise, our son was" do not.
_APPOSED_RE: Final = re.compile(
    r"(?:^|(?<=[.!?]\s))(?P<word>[A-Z][a-z]+)\s+(?=(?:our|my)\s+(?:youngest|eldest|oldest|"
    r"middle\s+one|son|daughter|little\s+one)\s*,?\s+(?:is|was|has|had|does|doesn't|doesn’t|"
    r"can't|can’t|won't|won’t|loves|likes|hates|goes|needs|gets)\b)"
)
_NOT_APPOSED: Final = frozenset(
    """today yesterday tonight tomorrow now sadly unfortunately luckily fortunately
    recently currently finally also again meanwhile still sometimes then so thankfully
    honestly basically obviously anyway however because but and likewise otherwise
    overall plus yet first second third lastly next""".split()
)


# Kin words that come before a name in brackets: "Nain (Eirlys Pugh)".
_KIN: Final = frozenset(
    """nain taid mamgu dadcu mam mammy mummy daddy nan nanna nanny gran granny grandma
    grandad grandpa auntie aunty aunt uncle cousin stepmum stepdad carer""".split()
)


def _ordinary(word: str) -> bool:
    lower = word.lower()
    return lower in STOPWORDS or lower in DAYS_AND_MONTHS or lower in PLACES or (
        lower in _KIN or lower in RELATIONS or lower in POSSESSED)


def _kin_title(match: re.Match[str]) -> str:
    before = match.group(1) or ""
    if before.strip().lower() in _OWNER_WORDS:
        return match.group(0)
    return before + NAME


def _called(match: re.Match[str]) -> str:
    word = match.group("a") or match.group("b")
    if _ordinary(word):
        return match.group(0)
    if match.group("a"):
        return match.group("pre") + NAME
    return NAME + match.group("post")


def _nicknamed(match: re.Match[str]) -> str:
    if _ordinary(match.group("a")) or _ordinary(match.group("b")):
        return match.group(0)
    return NAME + match.group("open") + NAME + match.group("close")


def _misspelt(match: re.Match[str]) -> str:
    word = match.group("word")
    if _ordinary(word) or not unknown(word.lower()):
        return match.group(0)
    return match.group("pre") + NAME


def _role_holder(match: re.Match[str]) -> str:
    return NAME if fold(match.group("first").lower()) in ALL_NAMES else match.group(0)


def _apposed(match: re.Match[str]) -> str:
    word = match.group("word")
    lower = word.lower()
    if _ordinary(word) or lower in _NOT_APPOSED or lower.endswith(("ly", "wise")):
        return match.group(0)
    return NAME + match.group(0)[len(word):]


def introduced(text: str) -> str:
    """Text with the names and addresses these introductions point at replaced."""
    if NAME in text:
        text = _KIN_TITLE_RE.sub(_kin_title, text)
    if ADDRESS in text:
        text = _ADDRESS_OPENING_RE.sub(ADDRESS, text)
    for _ in range(2):  # "surname, Kaya, instead of Demir": the second needs the first
        text = _CALLED_RE.sub(_called, text)
    if "live" in text or "move" in text or "Live" in text or "Move" in text:
        text = _LIVES_ON_RE.sub(lambda m: m.group("cue") + ADDRESS, text)
    if "(" in text:
        text = _NICKNAMED_RE.sub(_nicknamed, text)
    if _ABOUT_A_NAME_RE.search(text):
        text = _MISSPELT_RE.sub(_misspelt, text)
    if " is " in text or " was " in text:
        text = _ROLE_HOLDER_RE.sub(_role_holder, text)
    if "our " in text or "my " in text:
        text = _APPOSED_RE.sub(_apposed, text)
    return text
