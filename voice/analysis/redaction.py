"""Remove personal details before a comment is shown or exported.

Placeholders: [name], [email], [phone], [address], [nhs-number], [school].

Patterns with a fixed shape (emails, UK phone numbers, NHS numbers, postcodes,
street addresses) are found with regular expressions. Names and named
settings have no fixed shape, so they are found from cues, which keeps
ordinary words safe:

* a title: "Mrs Patel", "Dr Smith", "his teacher Miss Hughes";
* a relation: "my son Jayden", "her TA, Sarah", "a boy called Tom";
* a possessive before a relation: "Jayden's teacher";
* a capitalised word from the bundled first-name list (``data/first_names``).
  Names that are also everyday words (May, Will, Hope, Grace, Mark...) need one
  of the cues above, so "Will the inspectors...", "in May" and "Hope this
  helps" survive;
* a capitalised name before a setting word: "St Mary's Primary",
  "Oakwood Academy", "Little Acorns Nursery". Generic words ("Special School",
  "the Nursery", "Forest School") are left alone.

* "St" or "Saint" before a possessive: "St Mary's", "st marys". The "'s"
  goes with the name, so "St [name]'s" never appears; "St Albans" stays.

* a listed surname or a word no English list knows, in a name's place:
  two such words together ("Ngozi Adeyemi"), or one before "from the ... team",
  "'s keyworker", "is 12", "here.", a phone number or email, or after "my name
  is", "mother of" (``data/world_names``). Places (``data/places``) are kept.
* a town between a street and a postcode is part of the one [address], and
  so is every comma-separated part from a flat, a building or a house number
  to the postcode ("Flat 12, Linden Court, 3 Station Approach, Reading, RG1 1LZ").
* names from the sentence around them, where no title or relation comes
  first: thanks and sign-offs, "brother of", "i am", an age or relation
  after the word, brackets, lists of names (``redaction_context``).

Names are looked up without their accents ("Ciarán"), and a double name made
of listed names ("Summer-Rose", "Poppy-Mai") is a name wherever it is
capitalised. Word and token helpers live in ``redaction_words``.

Cue-based rules also work on lower-case and all-capitals text ("my son
jayden", "mrs patel"), where a word after the cue is taken as a name if it
is in the name list or is not a known English word.

A cue says where a name may be, not that one is there: "my son can't",
"the nurse phones", "Mum typed this" and "the SENCO emails" are sentences.
So a contraction is never a name, and after a relation neither is a form of
a known word ("masks", "typed"), a slip on one ("apointment") or a service
word the word list lacks ("CAMHS", "emails": ``stopwords.NOT_NAMES``).
``redaction_eval`` measures both sides: details missed and words lost.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Final

from voice.analysis.data.given_names import ALL_NAMES, AMBIGUOUS
from voice.analysis.data.places import PLACES
from voice.analysis.data.stopwords import DAYS_AND_MONTHS, NOT_NAMES, STOPWORDS
from voice.analysis.data.world_names import SURNAMES
from voice.analysis.redaction_context import context_names
from voice.analysis.redaction_introduced import introduced
from voice.analysis.redaction_settings import apply as more_shapes
from voice.analysis.redaction_settings import not_an_acronym
from voice.analysis.redaction_words import (
    CUE_WORDS,
    POSSESSED,
    RELATIONS,
    STRICT_TITLES,
    TITLES,
    Tokens,
    after_initial,
    bare,
    extend_surname,
    fold,
    is_contraction,
    is_titlecase,
    name_like,
    name_shaped,
    name_words,
    near_common,
    not_names,
    ordinary,
    personish,
    stems,
    sure_name,
    unknown,
)
from voice.analysis.textblob_bridge import common_words, known_words

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
_ADDRESS_RE: Final = re.compile(
    rf"\b{_FLAT}\d{{1,4}}[A-Za-z]?,?\s+(?:[A-Z][a-z'\u2019]+\s+){{1,3}}(?:{_SUFFIXES})\b"
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
    r"[A-Za-z][A-Za-z'\u2019-]+(?:\s+(?!(?i:and|or|the)\b)[A-Za-z][A-Za-z'\u2019-]+)?)"
    r",?\s*\[address\]"
)
# "[address], Heaton Moor, Stockport, [address]": every comma-separated part
# between a street (or flat) and its postcode belongs to the one address: a
# building, a numbered street the suffix list lacks, a district, a town, a county.
_PART: Final = (
    r"(?:\d{1,4}[A-Za-z]?\s+)?(?!(?i:and|or|to|the|from|in|on|at|then|but|near|is|was|we|"
    r"i|it|my|our|he|she|they)\b)[A-Za-z][A-Za-z'\u2019-]+(?:\s+[A-Za-z][A-Za-z'\u2019-]+){0,3}"
)
_ADDRESS_CHAIN_RE: Final = re.compile(rf"\[address\](?:,\s*{_PART}){{1,5}},?\s*\[address\]")
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
    r"(?!\s+(?i:Primary|Infants?|Juniors?|School|Academy|Nursery|College|High|Community)\b)"
)

_DIGIT_RE: Final = re.compile(r"\d")
_STREET_QUICK_RE: Final = re.compile(
    r"\b(?:Road|Street|Avenue|Lane|Crescent|Drive|Gardens|Grove|Terrace|Mews|Close)\b"
)
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


_BEFORE_NAME: Final = (
    ("name", "is"), ("name's",), ("names",), ("i", "am"), ("im",), ("i'm",), ("mother", "of"), ("father", "of"),
    ("mum", "of"), ("mom", "of"), ("dad", "of"), ("parent", "of"), ("carer", "of"),
    ("grandmother", "of"), ("grandparent", "of"), ("regards", ","), ("regards",),
    ("thanks", ","), ("signed",), ("ask", "for"), ("speak", "to"), ("spoke", "to"),
    ("spoke", "with"), ("this", "is"), ("council",), ("team",), ("re", ":"),
    ("written", "by"), ("typed", "by"), ("completed", "by"), ("in", "by"), ("behalf", "of"),
    ("name", ":"), ("child", ":"), ("son", ":"), ("daughter", ":"), ("sibling", ":"),
    ("siblings", ":"), ("parent", ":"), ("carer", ":"), ("from", ":"),
)
_OWNERS: Final = frozenset({"my", "his", "her", "our", "their"})
_AGE_VERBS: Final = frozenset({"is", "was", "turned", "turns", "aged"})
_HERE_ENDS: Final = frozenset({".", ",", "!", ""})
_UNITS: Final = frozenset(
    "hours hrs minutes mins days weeks months miles pounds percent % times pm am".split()
)


def _cued_before(tokens: Tokens, i: int) -> bool:
    for phrase in _BEFORE_NAME:
        n = len(phrase)
        if i - n >= 0 and tuple(
            tokens.word(k).lower().replace("\u2019", "'") for k in range(i - n, i)
        ) == phrase:
            return True
    return False


def _cued_after(tokens: Tokens, j: int) -> bool:
    """Words after a name: "from the SEN team", "is 12", ", her keyworker", "here."."""
    nxt = tokens.word(j + 1).lower()
    then = tokens.word(j + 2)
    if "'" in tokens.word(j).replace("\u2019", "'"):
        return nxt in POSSESSED
    if nxt == "from":
        # "Bill from the council" is a bill; "Precious from the SEN team" a person.
        if all(bare(tokens.word(k)).lower() in AMBIGUOUS for k in range(j, j - 1, -1)):
            return then.isupper() or _from_a_team(tokens, j + 2)
        return then.lower() == "the" or then.lower() in NOT_NAMES or then.isupper()
    if nxt == "at":
        return then.lower() == "the" and tokens.word(j + 3).lower() in ("council", "la")
    if nxt == "is" and then in ("[nhs-number]", "[phone]", "[email]"):
        return True  # "NHS number for Sami is [nhs-number]"
    if nxt in _AGE_VERBS:
        unit = tokens.word(j + 3).lower()
        return (then.isdigit() and unit not in _UNITS) or (then.lower() in _OWNERS and
                                  tokens.word(j + 3).lower() in RELATIONS)
    if nxt == ",":
        # "Sarah, her keyworker"; "Frank, our son's key worker".
        owned = tokens.word(j + 3).lower().replace("\u2019", "'")
        if owned.endswith("'s") and owned[:-2] in RELATIONS:
            owned = tokens.word(j + 4).lower()
        return then.lower() in _OWNERS and owned in RELATIONS | POSSESSED
    if nxt == "here":
        return tokens.word(j + 2) in _HERE_ENDS
    return nxt in ("[phone]", "[email]")


# Groups a person is "from": "Dawn from the parent carer forum" (not "the bill
# from the council", which is why "council" is not here).
_TEAMS: Final = frozenset(
    "team forum service services charity group hub panel department network sendiass iass "
    "camhs salt trust".split()
)


def _from_a_team(tokens: Tokens, k: int) -> bool:
    """A team within a few words of token k, before the sentence ends."""
    for m in range(k, k + 5):
        word = tokens.word(m).lower()
        if word in _TEAMS:
            return True
        if not word or not word[0].isalpha():
            return False
    return False


def _cueless_name_at(tokens: Tokens, i: int) -> list[tuple[int, int]]:
    """A name with no title or relation: "Okeke Chidi from the SEN team"."""
    if not personish(tokens.word(i)):
        return []
    j = i
    while j - i < 2 and tokens.adjacent(j + 1) and personish(tokens.word(j + 1)) and (
        "'" not in tokens.word(j).replace("\u2019", "'")
    ):
        j += 1
    lowers = [bare(tokens.word(k)).lower() for k in range(i, j + 1)]
    if j > i and any(w not in AMBIGUOUS and w not in not_names() for w in lowers):
        return [(i, j)]
    if _cued_after(tokens, j):
        return [(i, j)]
    surname = extend_surname(tokens, j)
    if surname > j and _cued_after(tokens, surname):  # "Mark Jennings from the ... team"
        return [(i, surname)]
    if _cued_before(tokens, i) and lowers[0] not in _KIN and (
        any(w not in AMBIGUOUS for w in lowers) or _name_can_end(tokens.word(j + 1))
    ):  # "Thanks, Hope this helps" is no name; "typed by Nana" is a grandmother
        return [(i, j)]
    return []


_KIN: Final = frozenset(
    "nana nanna nan gran granny grandma grandad mum mam mom dad mummy daddy auntie aunty "
    "uncle".split()
)


def _name_can_end(word: str) -> bool:
    return not word.isalpha() or word.lower() in ("and", "at", "from", "x", "for", "in")


# Labels written before a number: "tel 0117 ...", "ph 07700 ...", "wk 0117 ...".
_CONTACT_LABELS: Final = frozenset(
    """tel tele telephone ph phone mob mobile cell landline home work wk hm office fax
    whatsapp text txt call ring number num no contact email e-mail""".split()
)


def _contact_names(tokens: Tokens) -> list[tuple[int, int]]:
    """Lower-case names next to a phone number or email: "sam hill [phone]"."""
    spans: list[tuple[int, int]] = []
    for k in range(1, len(tokens)):
        if tokens.word(k) not in ("[phone]", "[email]"):
            continue
        end = k - 2 if tokens.word(k - 1) == "," else k - 1
        start = end
        if tokens.word(end) in SURNAMES and tokens.word(end - 1) in name_words():
            start -= 1  # "amy green": a surname that is also a word, after a first name
        while start > end - 2 and start >= 0 and tokens.word(start).isalpha() and (
            tokens.word(start).islower()
            and tokens.word(start) not in STOPWORDS
            and tokens.word(start) not in _CONTACT_LABELS
            and (tokens.word(start) in name_words() or unknown(tokens.word(start)))
        ):
            start -= 1
        if start < end:
            spans.append(tokens.span(start + 1, end))
    return spans


def _name_spans(tokens: Tokens) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        word = tokens.word(i)
        if not word[0].isupper() and word.rstrip(".").lower() not in CUE_WORDS:
            i += 1
            continue
        named = _name_at(tokens, i)
        found.extend(named)
        i = named[-1][1] + 1 if named else i + 1
    found += context_names(tokens, found)
    return _contact_names(tokens) + [tokens.span(start, end) for start, end in found]


def _name_at(tokens: Tokens, i: int) -> list[tuple[int, int]]:
    """(start, end) token indices of the names starting at or cued by token i.

    "My twins Max and Grace" gives two names, so the "and" between them stays.
    """
    word = tokens.word(i)
    lower = word.rstrip(".").lower()
    if lower in TITLES and tokens.adjacent(i + 1):
        return _titled_name_at(tokens, i)
    if lower in RELATIONS:
        return _related_name_at(tokens, i)
    if word in _ROLE_ACRONYMS and tokens.word(i + 1) == "," and name_like(
        tokens.word(i + 2), after_cue=True
    ) and is_titlecase(bare(tokens.word(i + 2))):
        # "The EP, Fenella, wrote": only between commas or before a verb, since
        # "OT termly" and "OT non-existent" follow these without a comma.
        return [(i + 2, extend_surname(tokens, i + 2))]
    plain = bare(word)
    if is_titlecase(plain) and "'" in word.replace("\u2019", "'"):
        if tokens.word(i + 1).lower() in POSSESSED and name_like(word, after_cue=True):
            start = i - 1 if tokens.adjacent(i) and personish(tokens.word(i - 1)) else i
            return [(start, i)]
    if is_titlecase(plain) and sure_name(plain.lower()):
        end = extend_surname(tokens, i)
        if end == i and _a_role(tokens, i):
            return []
        return [(i, end)]
    return _cueless_name_at(tokens, i)


def _a_role(tokens: Tokens, i: int) -> bool:
    """ "The Dean of the college": a name that is also a word, after an article
    and before "of", is a role ("the Dean of", "a Guy in")."""
    return tokens.word(i - 1).lower() in ("the", "a", "an") and tokens.word(i + 1).lower() in (
        "of", "at", "in", "for"
    ) and bare(tokens.word(i)).lower() in known_words()


_ROLE_ACRONYMS: Final = frozenset("EP OT GP SW HV LSA SLT SALT".split())
_ACRONYMS: Final = frozenset("UK NHS LA ICB CCG SEN SEND EHCP CAMHS".split())
# "a MS school" (mainstream): a setting noun after a title is no surname.
_SETTING_NOUNS: Final = frozenset("school schools college nursery unit class provision setting".split())


# Titles that are also words for a job or a thing ("PC World", "the Ofsted
# Inspector Report"): only a word that could be a name follows them as one.
_WEAK_TITLES: Final = frozenset(
    "pc dc sgt sergeant constable inspector matron nanny".split()
)


def _titled_name_at(tokens: Tokens, i: int) -> list[tuple[int, int]]:
    """ "Mrs Patel", "Mr and Mrs Khan", "Mrs J. Adebayo", "her TA miss holly"."""
    lower = tokens.word(i).rstrip(".").lower()
    nxt = tokens.word(i + 1)
    if nxt in _ACRONYMS:  # "Disability Rights UK (DR UK)"
        return []
    if lower in _WEAK_TITLES:  # "PC Hargreaves", not "PC World" or "Inspector Report"
        if not (is_titlecase(bare(nxt)) and name_like(nxt, after_cue=True, forms=False)):
            return []
        return [(i, extend_surname(tokens, i + 1))]
    if nxt.lower() in ("and", "&") and tokens.word(i + 2).rstrip(".").lower() in TITLES:
        # "Mr and Mrs Tran" is one name: the "and" goes with it.
        both = _titled_name_at(tokens, i + 2)
        return [(i, both[-1][1])] if both else [(i, i)]
    if after_initial(tokens, i + 1) > 0:
        return [(i, after_initial(tokens, i + 1))]
    if lower == "miss" and not (is_titlecase(nxt) or nxt.lower() in name_words() or (
            nxt.islower() and tokens.word(i - 1).lower() in RELATIONS and unknown(nxt))):
        return []
    if lower == "miss" and nxt.islower() and tokens.word(i - 1).lower() in RELATIONS | {"1"}:
        return [(i, i + 1)]
    if name_like(nxt, after_cue=True, forms=False) or (
        is_titlecase(bare(nxt)) and lower != "miss" and not is_contraction(nxt)
    ) or (lower in STRICT_TITLES and bare(nxt).isalpha() and bare(nxt).lower() not in STOPWORDS
          and bare(nxt).lower() not in _SETTING_NOUNS):
        return [(i, extend_surname(tokens, i + 1))]
    return []


_NAME_VERBS: Final = frozenset(
    """is was has had helps helped loves loved likes liked says said goes went gets got
    does did hates needs wants isn't wasn't doesn't didn't can't won't""".split()
)


# Listed names that are also verbs or nouns a relation word can run into ("the
# teacher will", "the teacher mark is 60%"): in lower case these need another cue.
_VERB_LIKE: Final = frozenset(
    "will may mark bill pat sue rob drew don guy frank rich miles chance gift art lane".split()
)


def _related_name_at(tokens: Tokens, i: int) -> list[tuple[int, int]]:
    """ "my son Jayden", "her TA, Sarah", "my twins Max and Grace"."""
    if is_titlecase(tokens.word(i)) and tokens.adjacent(i) and (
        is_titlecase(tokens.word(i - 1)) or (
            tokens.word(i - 1) in ("and", "&") and is_titlecase(tokens.word(i - 2)))
    ):
        return []  # part of a proper name: "the Parent Carer Forum", "Parent and Carer Forum"
    k = i + 1
    if tokens.word(k) == "," and is_titlecase(tokens.word(k + 1)):
        k += 1
    elif not tokens.adjacent(k):
        return []
    candidate = tokens.word(k)
    titled = is_titlecase(bare(candidate))
    if candidate.islower() and candidate in AMBIGUOUS - _VERB_LIKE and tokens.word(
        k + 1
    ).lower() in _NAME_VERBS:
        # "my keyworker jack is good", "my daughter precious is non verbal": "my son
        # will is" cannot be a sentence, so before a verb the word is a name.
        return [(k, k)]
    if name_like(candidate, after_cue=True) and (titled or bare(candidate).lower()
                                                  not in AMBIGUOUS):
        names = [(k, extend_surname(tokens, k))]
        end = names[0][1]
        if tokens.word(end + 1) in ("and", "&") and name_like(
            tokens.word(end + 2), after_cue=titled
        ):
            names.append((end + 2, extend_surname(tokens, end + 2)))
        return names
    return []


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
        possessive = lower.endswith(("'s", "s'")) and (is_titlecase(saint) or saint.islower())
        if possessive or (saint.islower() and lower.endswith("s") and lower[:-1] in ALL_NAMES):
            spans.append((start, tokens.items[i + 1][2]))
    return spans


_WORD_BEFORE_RE: Final = re.compile(r"([A-Za-z]+)\s+$")


def _street(match: re.Match[str]) -> str:
    """A street name, unless it ends a longer proper name ("Great Ormond Street")."""
    before = _WORD_BEFORE_RE.search(match.string, 0, match.start())
    if before and is_titlecase(before.group(1)) and before.group(1).lower() not in STOPWORDS:
        return match.group(0)
    return ADDRESS


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
    before = _WORD_BEFORE_RE.search(match.string, 0, match.start())
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


def _replace_spans(text: str, spans: list[tuple[int, int]], placeholder: str) -> str:
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
        return _replace_spans(text, finder(Tokens(view)), placeholder)

    return apply


_WORD_RE: Final = re.compile(r"[^\W\d_](?:[^\W\d_]|['\u2019-])*")
_AGE_AFTER_RE: Final = re.compile(r"\s+(?:is|was|IS|WAS)\s+\d")


def _name_view(text: str) -> str:
    """A copy of ``text`` in the case the name rules read, with the same length.

    All-capitals text is read in lower case, with listed names, surnames and
    unknown words given a capital again, so "WEI CHEN IS MY SON" reads
    "Wei Chen is my son". Everyday words that are also names ("HOPE", "WILL")
    get their capital back only before an age ("HOPE IS 8"). In ordinary text
    a capitalised word stays as it is, and a shouted listed name ("LEO") is
    read as "Leo".
    """
    letters = sum(map(str.isalpha, text))
    shouting = letters > 12 and sum(map(str.isupper, text)) > 0.7 * letters

    def recase(match: re.Match[str]) -> str:
        word = match.group()
        if not word.isupper() or len(word) < 2:
            return word.lower() if shouting else word
        lower = word.lower()
        plain = bare(lower)
        if plain in AMBIGUOUS or plain in DAYS_AND_MONTHS:
            named = bool(_AGE_AFTER_RE.match(text, match.end()))
        elif plain in TITLES:
            named = shouting or word.rstrip(".").lower() in STRICT_TITLES
        else:
            named = fold(plain) in name_words() or sure_name(plain) or (
                shouting and (unknown(plain) or (plain in SURNAMES and plain not in STOPWORDS))
            ) or (unknown(plain) and bool(_AGE_AFTER_RE.match(text, match.end()))) or (
                _shouted_after_relation(text, match, plain))
        return word[0] + lower[1:] if named else (lower if shouting else word)

    view = _WORD_RE.sub(recase, text)
    return view if len(view) == len(text) else text


def _shouted_after_relation(text: str, match: re.Match[str], plain: str) -> bool:
    """ "our son TEODOR has autism": a word no list knows, in capitals after a
    relation. Acronyms ("my son CAMHS referral", "his TA EHCP") are service words
    or have no vowel to say them by."""
    before = _WORD_BEFORE_RE.search(text, 0, match.start())
    if not before or before.group(1).lower() not in _FAMILY_RELATIONS:
        return False
    return len(plain) >= 3 and unknown(plain) and name_shaped(plain) and plain not in NOT_NAMES and (
        sum(ch in "aeiouy" for ch in plain) >= 2
    )


_FAMILY_RELATIONS: Final = frozenset(
    """son daughter child boy girl grandson granddaughter brother sister twin nephew niece
    stepson stepdaughter husband wife partner called named""".split()
)


def _apply_names(text: str) -> str:
    return _replace_spans(text, _name_spans(Tokens(_name_view(text))), NAME)


_apply_settings: Final = _cased_rule(_setting_spans, SCHOOL, _SETTINGS_QUICK_RE)
_apply_saints: Final = _cased_rule(_saint_spans, SCHOOL, _SAINT_QUICK_RE)
_CENTRE_RE: Final = re.compile(
    r"\b((?:[A-Z][a-z'\u2019]+\s+){1,3})(?:Children['\u2019]s|Family)\s+(?:Centre|Center|Hub)\b"
)
_CALLED_SCHOOL_RE: Final = re.compile(
    r"(?i:\b(?:named|chosen|preferred)\s+(?:school|setting|college)\s+(?:is|was)|"
    r"\b(?:school|academy|nursery|college|setting)\s+(?:called|named))"
    r"\s+([A-Z][A-Za-z'\u2019-]+(?:\s+[A-Z][A-Za-z'\u2019-]+)?)"
)


def _named_centre(match: re.Match[str]) -> str:
    words = match.group(1).split()
    if all(bare(w).lower() in _GENERIC for w in words):
        return match.group(0)
    return SCHOOL


def _called_school(match: re.Match[str]) -> str:
    name = match.group(1)
    if all(bare(w).lower() in not_names() | _GENERIC for w in name.split()):
        return match.group(0)
    return match.group(0)[: match.start(1) - match.start()] + SCHOOL
_MERGE_NAMES_RE: Final = re.compile(r"\[name\](?:\s*(?:\[name\]))+")
# "[school] School" for "Beechwood Special School": the setting words after a
# named setting are part of its name.
_SCHOOL_TAIL_RE: Final = re.compile(
    r"\[school\](?:\s+(?:Special|Primary|Infants?|Juniors?|High|Secondary|Community|"
    r"School|Academy|College|Nursery|Centre)\b)+"
)


def redact(text: str) -> str:
    """Text with personal details replaced by placeholders."""
    if not text:
        return text
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
    text = _apply_saints(text)
    text = more_shapes(text)
    text = _apply_names(text)
    text = introduced(text)
    return _MERGE_NAMES_RE.sub(NAME, text)
