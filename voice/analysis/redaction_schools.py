"""Named settings with a setting word: "St Mary's Primary", "Oakwood Academy",
"Little Acorns Nursery", "st marys", "riverside academy", "Wickham Children's Centre".

Generic words ("Special School", "the Nursery", "Forest School") are left
alone. "St" or "Saint" before a possessive names a setting, and the "'s" goes
with it, so "St [school]'s" never appears; "St Albans" stays. Settings named
without a setting word are in ``redaction_settings``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from voice.analysis.data.given_names import ALL_NAMES
from voice.analysis.data.places import PLACES
from voice.analysis.data.stopwords import DAYS_AND_MONTHS, STOPWORDS
from voice.analysis.redaction_settings import not_an_acronym
from voice.analysis.redaction_shapes import SCHOOL, WORD_BEFORE_RE, replace_spans
from voice.analysis.redaction_words import (
    Tokens,
    bare,
    is_titlecase,
    near_common,
    not_names,
    ordinary,
    stems,
)
from voice.analysis.textblob_bridge import common_words, known_words

_SAINT_QUICK_RE: Final = re.compile(r"(?i)\b(?:st|saint)\b")
_LOWER_SETTING_QUICK_RE: Final = re.compile(r"(?i)(?:academy|school|primary|nursery|college|infants|juniors)\b")

_SETTINGS: Final = frozenset(
    """School Academy College Nursery Preschool Pre-School Pre-school Playgroup
    Kindergarten Montessori Primary Infants Infant Juniors Junior High Grammar
    Secondary Federation""".split()
)
_GENERIC: Final = frozenset(
    """the a an my his her their our your its this that these those every any which
    each some no one another other same different whole new old current previous next
    great good lovely brilliant amazing fantastic excellent best bad awful sen send
    mld sld asd autism autistic specialist special mainstream local independent private
    state residential boarding day catholic church christian muslim jewish faith free
    forest sunday summer holiday home hospital village big little primary secondary
    high infant junior grammar further higher education sixth form upper lower middle
    nursery school college academy pre preschool alternative provision unit resource
    base support learning training ofsted outstanding mixed girls boys comprehensive
    selective federation trust multi secure pupil referral the st saint of and virtual
    hospital than at otherwise elective""".split()
)
_CONNECTORS: Final = frozenset({"of", "the", "and", "&", "st", "st.", "saint", "cofe",
                                "ce", "rc", "c", "e"})
_SETTINGS_QUICK_RE: Final = re.compile(r"\b(?:" + "|".join(sorted(_SETTINGS)) + r")\b")
_LOWER_SETTING_RE: Final = re.compile(
    r"(?i)\b(?:st\.?|saint)\s+[a-z'\u2019]+(?:\s+(?:and|&)\s+st\.?\s+[a-z'\u2019]+)?\s+"
    r"(?:c\s?of\s?e\s+|ce\s+|rc\s+)?(?:primary|infants?|juniors?|academy|school|nursery|"
    r"college|high)(?:\s+school)?\b"
)
_LOWER_NAMED_SETTING_RE: Final = re.compile(
    r"(?i)(?<![\w'\u2019-])([a-z][a-z'\u2019]+)\s+(academy|primary school|infant school|junior school|"
    r"nursery school|high school|free school|pre-school|preschool|primary|nursery|college|infants|"
    r"juniors)\b"
)


# "marsh lane infants", "station road primary": a street-shaped name in lower case.
_LOWER_STREET_SETTING_RE: Final = re.compile(
    r"(?<![\w'\u2019-])([a-z]+)\s+(?:lane|road|park|hill|green|grove|vale|street|avenue|way|bank|"
    r"field|wood|farm)\s+(?:infants|juniors|primary|academy|nursery|college|(?:(?:primary|infant|"
    r"junior|high|free)\s+)?school)\b"
)


def _lower_street_setting(match: re.Match[str]) -> str:
    word = match.group(1)
    if word in STOPWORDS or word in _GENERIC or word in DAYS_AND_MONTHS:
        return match.group(0)
    return SCHOOL


def _setting_spans(tokens: Tokens) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        if bare(tokens.word(i)) not in _SETTINGS:  # "Sandhurst Primary's SENCO"
            i += 1
            continue
        j = i
        while j - 1 >= 0 and tokens.adjacent(j) and _setting_word(tokens.word(j - 1)):
            j -= 1
        while tokens.word(j).lower() in _CONNECTORS - {"st", "st.", "saint"} and j < i:
            j += 1
        if tokens.word(j - 1) == "The" and tokens.adjacent(j) and j < i and j >= 2 and (
            tokens.word(j - 2)[:1].isalpha()
        ):
            j -= 1  # "at The Meadows Pre-school": a capital "The" mid-sentence is part of the name
        names = [tokens.word(k) for k in range(j, i)]
        if any(_gerund(w) for w in names):  # "Aiming High" is a programme, not a school
            i += 1
            continue
        if any(bare(w).lower() not in _GENERIC and bare(w) not in _SETTINGS for w in names):
            end = i
            while tokens.adjacent(end + 1) and (
                tokens.word(end + 1).rstrip(".") in _SETTINGS
                or tokens.word(end + 1) in ("School", "Academy", "Centre", "Trust")
            ):
                end += 1
            spans.append(tokens.span(j, end))
            i = end + 1
        else:
            i += 1
    return spans


def _gerund(word: str) -> bool:
    lower = bare(word).lower()
    stem = lower[:-3]
    return (
        lower.endswith("ing") and len(stem) >= 3 and lower not in PLACES
        and (stem in known_words() or stem + "e" in known_words())
    )  # "Aiming", "Reaching"; not "King", "Sterling"


def _saint_spans(tokens: Tokens) -> list[tuple[int, int]]:
    """ "St Mary's", "St. Anne's", "st marys": a setting named after a saint.

    The possessive ending stays inside the span, so no "'s" is left behind.
    Streets ("High St") and towns ("St Albans") have no possessive and stay.
    """
    spans: list[tuple[int, int]] = []
    for i in range(len(tokens) - 1):
        start = tokens.items[i][1]
        if (
            tokens.word(i).rstrip(".").lower() not in ("st", "saint")
            or not tokens.adjacent(i + 1)
            or (start > 0 and tokens.text[start - 1].isalnum())
        ):
            continue
        saint = tokens.word(i + 1).replace("\u2019", "'")
        lower = saint.lower()
        if tokens.word(i + 2).lower() == "day":
            continue  # "St George's Day", "St Patrick's Day": a festival, not a school
        possessive = lower.endswith(("'s", "s'")) and (is_titlecase(saint) or saint.islower())
        if possessive or (saint.islower() and lower.endswith("s") and lower[:-1] in ALL_NAMES):
            spans.append((start, tokens.items[i + 1][2]))
    return spans


def _setting_word(word: str) -> bool:
    return word.lower() in _CONNECTORS or is_titlecase(bare(word)) or word in ("C", "E")


# Endings of English place names ("Riverside", "Brookfield", "Ashton"): a known
# word ending like this before "academy" names a setting, where "tiny" does not.
_PLACE_ENDINGS: Final = (
    "side", "wood", "field", "fields", "dale", "brook", "ford", "ton", "ham", "bury", "ley",
    "lea", "well", "view", "mead", "bridge", "gate", "hill", "hills", "park", "croft", "grove",
    "bank", "moor", "thorpe", "worth", "stead", "combe", "hurst", "holme", "lands",
)


def _lower_setting(match: re.Match[str]) -> str:
    """ "oakwood academy", "riverside academy", but not "the local academy".

    A word no English list has names a setting; so does a rarer word shaped
    like a place name ("riverside", "hillside"), or any rarer word in
    shouted text, where case says nothing. Everyday words ("good", "tiny",
    "local") and forms of them do not.
    """
    word = bare(match.group(1)).lower()
    if word in STOPWORDS or word in _GENERIC:
        return match.group(0)
    if match.group(1).isupper() and not (match.group(0).isupper() and not_an_acronym(word)):
        return match.group(0)  # "the FE college", "FE COLLEGE": an acronym, not a name
    before = WORD_BEFORE_RE.search(match.string, 0, match.start())
    if match.group(0).isupper() and before and before.group(1).isupper() and (
        before.group(1).lower() not in STOPWORDS
    ):
        return match.group(0)  # "HARTCLIFFE COMMUNITY COLLEGE": whole, by the shouted rule
    if before and is_titlecase(match.group(1)) and (
        is_titlecase(before.group(1)) or before.group(1).lower() in ("st", "saint")
    ):
        return match.group(0)  # "St Mary Magdalene Academy", "Little Acorns nursery": whole, later
    if word not in known_words():
        # "a diffrent college": a slip on a common word, not a name.
        if match.group(1).islower() and near_common(word):
            return match.group(0)
        return SCHOOL
    rare = word not in common_words(30) and not any(
        stem in common_words(30) for stem in stems(word))
    placelike = word.endswith(_PLACE_ENDINGS) or match.group(0).isupper()
    return SCHOOL if rare and placelike and not ordinary(word, forms=True) else match.group(0)


def _cased_rule(
    finder: Callable[[Tokens], list[tuple[int, int]]],
    placeholder: str,
    quick: re.Pattern[str] | None = None,
) -> Callable[[str], str]:
    """Apply a token rule; on all-capitals text, read a lower-case copy."""

    def apply(text: str) -> str:
        letters = sum(map(str.isalpha, text))
        shouting = letters > 12 and sum(map(str.isupper, text)) > 0.7 * letters
        view = text.lower() if shouting else text
        if quick is not None and not shouting and not quick.search(view):
            return text
        return replace_spans(text, finder(Tokens(view)), placeholder)

    return apply


_apply_settings: Final = _cased_rule(_setting_spans, SCHOOL, _SETTINGS_QUICK_RE)
_apply_saints: Final = _cased_rule(_saint_spans, SCHOOL, _SAINT_QUICK_RE)
_CENTRE_RE: Final = re.compile(
    r"\b((?:[A-Z][a-z'\u2019]+\s+){1,3})(?:Children['\u2019]s|Family|Learning|Education)\s+"
    r"(?:Centre|Center|Hub)\b"
    # "Brook Green Centre for Learning"
    r"|\b((?:[A-Z][a-z'\u2019]+\s+){1,3})(?:Centre|Center)\s+for\s+(?:Learning|Education)\b"
)
_CALLED_SCHOOL_RE: Final = re.compile(
    r"(?i:\b(?:named|chosen|preferred)\s+(?:school|setting|college)\s+(?:is|was)|"
    r"\b(?:school|academy|nursery|college|setting)\s+(?:called|named))"
    r"\s+([A-Z][A-Za-z'\u2019-]+(?:\s+[A-Z][A-Za-z'\u2019-]+)?)"
)


def _named_centre(match: re.Match[str]) -> str:
    words = (match.group(1) or match.group(2)).split()
    if all(bare(w).lower() in _GENERIC for w in words):
        return match.group(0)
    return SCHOOL


def _called_school(match: re.Match[str]) -> str:
    name = match.group(1)
    if all(bare(w).lower() in not_names() | _GENERIC for w in name.split()):
        return match.group(0)
    return match.group(0)[: match.start(1) - match.start()] + SCHOOL

# "[school] School" for "Beechwood Special School": the setting words after a
# named setting are part of its name.
_SCHOOL_TAIL_RE: Final = re.compile(
    r"\[school\](?:\s+(?:Special|Primary|Infants?|Juniors?|High|Secondary|Community|"
    r"School|Academy|College|Nursery|Centre)\b)+"
)



def apply_schools(text: str) -> str:
    """``text`` with named settings replaced by [school]."""
    if _SAINT_QUICK_RE.search(text):
        text = _LOWER_SETTING_RE.sub(SCHOOL, text)
    if _LOWER_SETTING_QUICK_RE.search(text):
        text = _LOWER_STREET_SETTING_RE.sub(_lower_street_setting, text)
        text = _LOWER_NAMED_SETTING_RE.sub(_lower_setting, text)
    if "Centre" in text or "Center" in text or "Hub" in text:
        text = _CENTRE_RE.sub(_named_centre, text)
    if "called" in text or "named" in text:
        text = _CALLED_SCHOOL_RE.sub(_called_school, text)
        text = _SCHOOL_TAIL_RE.sub(SCHOOL, text)
    text = _apply_settings(text)
    return _apply_saints(text)
