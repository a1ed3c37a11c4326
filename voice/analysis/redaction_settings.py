"""Named settings with no setting word, postcode districts, and other shapes the
fixed patterns in ``redaction`` miss.

Parents name a school the way the family says it: "she got a place at
Heathfield", "the staff at Woodlands", "he goes to Brook House", "doing well
at Beacon Hill". No "School" or "Academy" follows, so ``redaction`` cannot see
a setting. Here a setting is read from the words before it (``at``, "goes
to", "attends", "moved to", "a place at", "staff at"...) *and* its shape:

* two capitalised words ending in a word that names a building or its
  grounds ("Brook House", "Beacon Hill", "Bramley Park", "Oak Lodge");
* one capitalised word shaped like an English place name ("Heathfield",
  "Springwell", "Woodlands", "Riverside") or a plural of trees and fields
  ("Willows", "Oaks", "Meadows").

Known towns (``data/places``), months, days, festivals and services stay
("at Christmas", "at Easter", "moved to Stockport", "at CAMHS"), and a
hospital or council after the name ends the match ("at Alder Hey Hospital"
is not a school). After a plain "at" a listed town is never a setting; after
"attends" or "goes to" a town is not a school either, so the same list holds.

A setting is also read from what it does ("Springwell was full", "if
Greenacres closes", "Oakfield were fantastic": a person "was") and from where
it is named ("our local school Brambleside", "The school (Parkfield)",
"Little Acorns nursery").

Also here:

* a postcode district on its own after "in", "near", "postcode" ("we're in
  LS8"), with two-letter postcode areas only, so "in Y6" and "in P7" (school
  years) stay;
* an extension after a phone number ("[phone] ext 204");
* an address with no house number, introduced by "live at" or "address is"
  and ending at a postcode ("I live at Ty Newydd, Heol y Dwr, Carmarthen SA31
  1AB").
"""

from __future__ import annotations

import re
from typing import Final

from voice.analysis.data.given_names import AMBIGUOUS
from voice.analysis.data.places import PLACES
from voice.analysis.data.stopwords import DAYS_AND_MONTHS, NOT_NAMES, STOPWORDS
from voice.analysis.redaction_words import fold, name_shaped, name_words, near_common, unknown
from voice.analysis.textblob_bridge import common_words, known_words

SCHOOL: Final = "[school]"
ADDRESS: Final = "[address]"
PHONE: Final = "[phone]"

# Words that end a two-word setting name: a building or its grounds.
_GROUNDS: Final = frozenset(
    """House Hill Park Lodge Grange Manor Court Fields Field View Green Meadow Meadows
    Brook Oaks Gate Bank Wood Woods Dene Vale Croft Mead Hall Farm Lea Leys Rise Heights
    Gardens Acres Towers Mount Cross End""".split()
)
# Plural trees and fields used alone as setting names.
# Words that end a building's name, never a person's: "Brook House", "Ivy Lodge".
_BUILDINGS: Final = frozenset("House Lodge Grange Manor".split())
_PLURALS: Final = frozenset(
    """willows oaks meadows elms limes beeches pines hollies acorns laurels cedars
    maples rowans larches poplars birches firs hawthorns chestnuts orchards""".split()
)
_NURSERY_FIRST: Final = frozenset("little tiny busy happy bright rainbow sunshine wise".split())
_ENDINGS: Final = (
    "side", "wood", "woods", "field", "fields", "dale", "brook", "ford", "bury", "ley", "lea",
    "well", "wells", "view", "mead", "bridge", "gate", "hill", "hills", "croft", "grove",
    "moor", "thorpe", "worth", "combe", "hurst", "holme", "lands", "lodge", "oaks", "acre", "gates",
    "acres", "meadow", "meadows", "park", "ridge", "dene", "stone", "water", "bank", "wick",
    "rise", "mount", "haven", "heath", "leigh", "royd", "lees", "brae",
)
# Not settings, whatever their shape.
_NOT_SETTINGS: Final = frozenset(
    """christmas easter halloween diwali eid ramadan hanukkah half term weekend weekends
    home school college work church mosque temple hospital tesco asda sainsburys morrisons
    aldi lidl camhs nhs ofsted sendiass portage gp court tribunal council parliament
    westminster whitehall first last least most best worst times once night nights
    lunchtime breakfast dinner tea playtime break pickup drop county town city
    village""".split()
)
# Words after a name that make it a hospital, a council or a street, not a setting.
_NOT_AFTER: Final = re.compile(
    r"(?i)\s+(?:Hospital|Hospitals|Council|Road|Street|Lane|Avenue|Drive|Station|Surgery|"
    r"Health|Medical|Clinic|Centre|Center|Leisure|Library|Church|Shopping|Retail|Police|"
    r"Airport|Zoo|Beach|Stadium)\b"
)
_CUE: Final = (
    r"(?:(?:place|places|staff|teachers|team|head|pupils?|children|kids|parents|everyone|"
    r"things|doing\s+(?:\w+\s+)?(?:well|better|fine|great)|settled|happy|thriving|started|starts|start|placed|"
    r"placement|time|year|years|days)\s+at|attends|attended|attending|attend|goes\s+to|went\s+to|"
    r"go\s+to|going\s+to|(?:moved|moving|move|transferred|came|excluded|expelled)\s+(?:\w+\s+)?from|"
    r"moved\s+(?:\w+\s+){0,3}?to|moving\s+(?:\w+\s+){0,3}?to|transferred\s+to|"
    r"move\s+(?:\w+\s+)?to|switched\s+to|offered|named|to\s+name|got\s+into|left|leaving|visited|"
    r"applied\s+(?:to|for)|choice\s+(?:was|is)|looked\s+(?:at|round)|we\s+got|"
    r"school\s+(?:called|named)|setting\s+(?:called|named)|(?:local|nearest|catchment|"
    r"mainstream|special|old|new|current|previous|first|named|preferred)\s+(?:school|nursery|"
    r"college|academy|setting),?|at)"
)
_CANDIDATE_RE: Final = re.compile(
    rf"(?i:\b{_CUE})\s+((?:The\s+)?[A-Z][a-z'\u2019]+(?:[ -][A-Z][a-z'\u2019]+)?)\b"
    # "at Little Steps nursery": a setting word in lower case goes with the name.
    r"(?:\s+(?:nursery|pre-school|preschool|playgroup|school|academy|college)\b)?"
)
_SOFT_CUES: Final = frozenset({"at", "left", "leaving", "offered", "named", "name", "visited", "got"})
# The same in capitals, one word: "moved to HOLLYBANK", "a place at WESTFIELD".
_SHOUTED_CANDIDATE_RE: Final = re.compile(
    rf"(?i:\b{_CUE})\s+([A-Z]{{5,}})\b(?![a-z'\u2019])"
    r"(?:\s+(?:HIGH|PRIMARY|INFANTS?|JUNIORS?|NURSERY|ACADEMY|COLLEGE|SCHOOL)\b)*"
)
# The same in lower case: "hes at whitegate now", "moved from oakfield to".
_LOWER_CANDIDATE_RE: Final = re.compile(rf"(?i:\b{_CUE})\s+([a-z]{{6,}})\b")
_LOWER_WORD_RE: Final = re.compile(r"\b[a-z]{6,}\b")


def _setting_shaped(name: str, *, soft_cue: bool) -> bool:
    if name.startswith("The "):  # "at The Willows": only a plural or a named building
        rest = name[4:]
        return (rest.lower() in _PLURALS or " " in rest) and _setting_shaped(rest, soft_cue=False)
    words = re.split(r"[ -]", name)
    lowers = [w.lower().replace("\u2019", "'") for w in words]
    if any(w in STOPWORDS or w in DAYS_AND_MONTHS or w in _NOT_SETTINGS for w in lowers):
        return False
    if " ".join(lowers) in PLACES or lowers[0] in PLACES:
        return False
    if any(w.endswith("'s") for w in lowers):
        return False
    if len(words) == 2:
        # "Little Acorns", "Busy Bees": how nurseries and pre-schools are named.
        nursery = lowers[0] in _NURSERY_FIRST and lowers[1].endswith("s") and len(lowers[1]) > 3
        return (words[1] in _GROUNDS or nursery) and lowers[0] not in NOT_NAMES
    word = lowers[0]
    if word in _PLURALS and not soft_cue:
        return True  # "moving to Oaks"; not "at Oaks" alone
    if word in NOT_NAMES or len(word) < 5:
        return False
    if word in _PLURALS:
        return True
    # One word needs a place-name ending; after a plain "at" it must also be
    # no English word ("at Heathfield", not "at Riverside").
    if not word.endswith(_ENDINGS) or word in _ENDINGS or word in common_words(30):
        return False
    return not soft_cue or word not in known_words()


def _after_soft_cue(match: re.Match[str]) -> bool:
    """Whether the name in group 1 follows a cue that is only a plain word ("at", "left",
    "to name"), which asks more of a name's shape than "goes to" or "moved from" does."""
    cue = match.group(0)[: match.start(1) - match.start()].strip().lower()
    return cue.split()[-1] in _SOFT_CUES and (len(cue.split()) == 1 or cue == "to name")


def _setting(match: re.Match[str]) -> str:
    name = match.group(1)
    if _NOT_AFTER.match(match.string, match.end(1)):
        return match.group(0)
    soft = _after_soft_cue(match)
    if not _setting_shaped(name, soft_cue=soft):
        return match.group(0)
    return match.group(0)[: match.start(1) - match.start()] + SCHOOL


def _shouted_setting(match: re.Match[str]) -> str:
    """One word in capitals after a setting's cue, shaped like a setting's name and no
    acronym: "moved to HOLLYBANK"; not "at CAMHS", "goes to SALT" or "at LUNCHTIME"."""
    word = match.group(1)
    if not not_an_acronym(word) or _NOT_AFTER.match(match.string, match.end(1)):
        return match.group(0)
    soft = _after_soft_cue(match)
    if not _setting_shaped(word.capitalize(), soft_cue=soft):
        return match.group(0)
    return match.group(0)[: match.start(1) - match.start()] + SCHOOL


def _may_name_lower(text: str) -> bool:
    """A cheap test that ``text`` has a lower-case word shaped like a setting's name,
    so the long pattern runs on few comments."""
    return any(word.endswith(_ENDINGS) and word not in known_words()
               for word in _LOWER_WORD_RE.findall(text))


def _lower_candidate(match: re.Match[str]) -> str:
    """A lower-case word no list knows, shaped like a place name, after a setting's
    cue: "at whitegate"; not "at lunchtime", "to stockport" or a slip ("at scholl")."""
    word = match.group(1)
    if word in known_words() or word in PLACES or not word.endswith(_ENDINGS) or (
            word in _ENDINGS or not unknown(word) or near_common(word)):
        return match.group(0)
    return match.group(0)[: match.start(1) - match.start()] + SCHOOL


# What a setting does, and a person or a town does not: "Springwell was full",
# "if Greenacres closes", "Brambleside refused him".
_SETTING_DOES_RE: Final = re.compile(
    r"\b([A-Z][a-z'\u2019]+(?:[ -][A-Z][a-z'\u2019]+)?)\s+(?="
    r"(?:was|is|were|are)\s+(?:full|oversubscribed)\b|clos(?:es|ed|ing)\b|"
    r"refused\s+(?:him|her|them|us|our|my|to)\b|(?:could|can|would)(?:\s+not|n't|not)\s+meet\b|"
    r"turned\s+(?:him|her|them|us)\s+down\b|"
    r"(?:has|had)\s+no\s+(?:places?|spaces?|room)\b|"
    # "Elm House has a two year waiting list", "Larchfields has been the making of him".
    r"(?:has|had)\s+(?:a\s+)?(?:[\w-]+\s+){0,2}waiting\s+list\b|"
    r"(?:has|have|had)\s+been\s+the\s+making\s+of\b|"
    # "Meadowbank is a special school": a person or a town is not a school.
    r"(?:is|was)\s+(?:a|an)\s+(?:(?:special|specialist|primary|secondary|mainstream|independent|"
    r"residential|free|sen|send|small|big|good|great|lovely|outstanding|new|local|faith|"
    r"catholic|church|girls|boys)\s+){0,3}(?:school|academy|college|nursery)\b|"
    # "Oakfield were fantastic with him": a person "was", a setting's staff "were".
    r"(?:were|have\s+been)\s+(?:\w+\s+)?(?:brilliant|fantastic|amazing|great|good|awful|"
    r"useless|terrible|supportive|helpful|unhelpful|excellent|wonderful|rubbish|poor|"
    r"hopeless|kind|lovely)\b)"
)


def _setting_does(match: re.Match[str]) -> str:
    name = match.group(1)
    before = match.string[max(0, match.start() - 6): match.start()].lower().split()
    if before and before[-1] in ("in", "near", "from", "around", "of"):
        return match.group(0)  # "the children's centre in Ashgrove closed": a place
    words = re.split(r"[ -]", name)
    if words[-1] not in _BUILDINGS and any(fold(w.lower()) in name_words() for w in words):
        return match.group(0)  # a person refused, or could not meet; "Rose House" did not
    if not _setting_shaped(name, soft_cue=True):
        return match.group(0)
    return SCHOOL + match.group(0)[len(name):]


# A setting named right after "our nursery" or in brackets after "the school":
# "our nursery Little Stars has been great", "The school (Parkfield) said no".
_NAMED_AFTER_RE: Final = re.compile(
    r"(?i:\b(?:our|his|her|their|my)\s+(?:(?:local|old|new|current|previous|first|special|"
    r"mainstream|primary|secondary)\s+)?(?:school|nursery|pre-school|preschool|college|academy|"
    r"setting)\s*,?|\b(?:school|nursery|pre-school|preschool|college|academy|setting)\s*\()"
    r"\s*((?:The\s+)?[A-Z][a-z'\u2019]+(?:\s+[A-Z][a-z'\u2019]+){0,2})"
    r"(?=\s*(?:\)|,|\.|!|$|\s(?i:has|have|had|is|was|were|are|said|says|did|does|refused|"
    r"excluded|can't|won't|couldn't|wouldn't|and|but|where|which|who)\b))"
)


def _named_after(match: re.Match[str]) -> str:
    name = match.group(1)
    words = [w.lower().replace("\u2019", "'") for w in name.split()]
    if words[0] == "the":
        words = words[1:]
    if not words or any(
        w in STOPWORDS or w in DAYS_AND_MONTHS or w in NOT_NAMES or w in _NOT_SETTINGS
        or w in PLACES or w.endswith("'s") for w in words
    ):
        return match.group(0)
    if len(words) == 1 and words[0] in common_words(30):
        return match.group(0)  # "our school Head said", "my school Maths"
    if any(w not in known_words() and not name_shaped(w) for w in words):
        return match.group(0)  # "our school Safeguarding said": a derived English word
    return match.group(0)[: match.start(1) - match.start()] + SCHOOL


# "Bishop Challoner school", "Oakwood academy": a proper name before a setting
# word typed in lower case.
_LOWER_TAIL_RE: Final = re.compile(
    r"\b((?:St\.?\s+)?[A-Z][a-z'\u2019]+(?:\s+[A-Z][a-z'\u2019]+){0,2})\s+"
    # "Kingsmead special school": one word of what kind of setting may come between.
    r"((?:special|specialist|infant|infants|junior|juniors|independent|residential|prep|community)\s+)?"
    r"(?:school|academy|primary|nursery|college|pre-school|preschool)\b"
)
# Kinds of school, not names of one.
_KINDS: Final = frozenset(
    """steiner montessori waldorf grammar free faith forest hospital sunday saturday summer
    special specialist mainstream independent private boarding residential village local
    catholic church welsh english polish muslim jewish christian nurture outreach therapeutic
    autism autistic semh asd sen send pru mld sld pmld alternative secure specialised""".split()
)


def _lower_tail(match: re.Match[str]) -> str:
    words = [w.lower().replace("\u2019", "'").rstrip(".") for w in match.group(1).split()]
    if words[0] in ("st", "saint"):
        words = words[1:]
    if any(w in STOPWORDS or w in DAYS_AND_MONTHS or w in NOT_NAMES or w in _KINDS
           or w in PLACES for w in words):
        return match.group(0)
    if not any((fold(w) in name_words() and fold(w) not in AMBIGUOUS)
               or (w not in known_words() and w.isalpha() and name_shaped(w))
               for w in words) and not _setting_shaped(match.group(1), soft_cue=False):
        return match.group(0)  # "Diffrent school": a slip, not a name; "Beacon Hill pre-school" is one
    if match.group(2):  # "Kingsmead special school": the kind of setting is no personal detail
        return SCHOOL + match.group(0)[match.end(1) - match.start():]
    return SCHOOL


# The next settings in a list: "visited [school] and Ridgeway", "St Peter's and Holy Cross".
_LISTED_RE: Final = re.compile(
    r"\[school\](?:,|\s+and|\s+or|\s*&|,\s+and|,\s+or|\s+to)\s+"
    r"((?:The\s+)?[A-Z][a-z'\u2019]+(?:[ -][A-Z][a-z'\u2019]+)?)\b"
)


# The settings before one in a list: "Castle Mount and [school]", "Oakfield, [school]".
_LISTED_BEFORE_RE: Final = re.compile(
    r"\b((?:The\s+)?[A-Z][a-z'\u2019]+(?:[ -][A-Z][a-z'\u2019]+)?)"
    r"(?=(?:,|\s+and|\s+or|\s*&|,\s+and|,\s+or)\s+\[school\])"
)


def _listed_before(match: re.Match[str]) -> str:
    return SCHOOL if _setting_shaped(match.group(1), soft_cue=False) else match.group(0)


def _listed(match: re.Match[str]) -> str:
    name = match.group(1)
    if _NOT_AFTER.match(match.string, match.end(1)) or not _setting_shaped(name, soft_cue=False):
        return match.group(0)
    return match.group(0)[: match.start(1) - match.start()] + SCHOOL


def bare_settings(text: str) -> str:
    """ "a place at Heathfield" -> "a place at [school]"."""
    text = _NAMED_AFTER_RE.sub(_named_after, text)
    text = _LOWER_TAIL_RE.sub(_lower_tail, text)
    text = _SETTING_DOES_RE.sub(_setting_does, _CANDIDATE_RE.sub(_setting, text))
    if re.search(r"[A-Z]{5}", text):
        text = _SHOUTED_CANDIDATE_RE.sub(_shouted_setting, text)
    if _may_name_lower(text):
        text = _LOWER_CANDIDATE_RE.sub(_lower_candidate, text)
    while SCHOOL in text:
        listed = _LISTED_BEFORE_RE.sub(_listed_before, _LISTED_RE.sub(_listed, text))
        if listed == text:
            break
        text = listed
    return text


# Two-letter postcode areas (single letters such as B, M, S, W are left out:
# "in M1" may be a motorway, "in S2" a set).
_AREAS: Final = (
    "AB AL BA BB BD BH BL BN BR BS BT CA CB CF CH CM CO CR CT CV CW DA DD DE DG DH DL DN DT "
    "DY EC EH EN EX FK FY GL GU HA HD HG HP HR HS HU HX IG IP IV KA KT KW KY LA LD LE LL LN "
    "LS LU ME MK ML NE NG NN NP NR NW OL OX PA PE PH PL PO PR RG RH RM SA SE SG SK SL SM SN "
    "SO SP SR SS ST SW SY TA TD TF TN TQ TR TS TW UB WA WC WD WF WN WR WS WV YO ZE"
).split()
_DISTRICT_RE: Final = re.compile(
    r"(?i:\b(?:in|near|around|postcode(?:\s+is)?|area|from|live\s+in|based\s+in))\s+"
    rf"((?:{'|'.join(_AREAS)})\d{{1,2}}[A-Z]?)(?![\w-])"
)


# One-letter areas (B, E, G, L, M, N, S, W) only where someone says where they
# live, and with a district of two digits: "we're in M14", "we live in L15";
# "low in B12", "in S2" (a set) and "on the M25" stay.
_HOME_DISTRICT_RE: Final = re.compile(
    r"(?i:\b(?:we['\u2019]re|we\s+are|i['\u2019]m|i\s+am|live|lives|living|based|located|"
    r"families|parents|children|kids|teenagers|people|everyone|anyone|nobody)\s+in|"
    r"\bpostcode(?:\s+is)?:?)\s+([BEGLMNSW][1-9]\d[A-Z]?)(?![\w-])(?!\s+(?i:traffic|motorway|junction|jct|deficien\w*|injections?|levels?|jabs?|vitamin)\b)"
)


def postcode_districts(text: str) -> str:
    """ "We're in LS8" -> "We're in [address]"."""
    def cut(match: re.Match[str]) -> str:
        return match.group(0)[: match.start(1) - match.start()] + ADDRESS

    return _HOME_DISTRICT_RE.sub(cut, _DISTRICT_RE.sub(cut, text))


_EXTENSION_RE: Final = re.compile(r"\[phone\],?\s*(?i:ext\.?|extension|x)\s*\d{1,5}\b")


def phone_extensions(text: str) -> str:
    """ "[phone] ext 204" -> "[phone]"."""
    return _EXTENSION_RE.sub(PHONE, text) if "[phone]" in text else text


_PART: Final = r"[A-Z][A-Za-z'\u2019-]+(?:\s+(?:[A-Z][A-Za-z'\u2019-]+|y|yr|an|a|o|na|de|la))*"
_INTRODUCED_ADDRESS_RE: Final = re.compile(
    r"(?i:\b(?:live|lives|living|lived|stay|staying|based)\s+at|\baddress\s*(?:is|:|-))\s+"
    rf"((?:{_PART},?\s+){{1,5}}\[address\])"
)


def introduced_addresses(text: str) -> str:
    """ "I live at Ty Newydd, Heol y Dwr, Carmarthen [address]" -> "I live at [address]"."""
    if ADDRESS not in text:
        return text
    return _INTRODUCED_ADDRESS_RE.sub(
        lambda m: m.group(0)[: m.start(1) - m.start()] + ADDRESS, text
    )


# Settings named in Welsh, Irish or Scottish Gaelic put the setting word first:
# "Ysgol Bryn Coch", "Gaelscoil Mhic Amhlaigh", "Coleg Sir Gâr".
_SETTING_FIRST_RE: Final = re.compile(
    r"\b(?:Ysgol|Ysgolion|Coleg|Meithrinfa|Cylch|Gaelscoil|Gaelcholáiste|Scoil|Sgoil|Bunscoil)"
    r"(?:\s+(?:[A-Z\u00c0-\u00de][\w'\u2019-]*|y|yr|an|na|a|de|Mhuire|Naomh)(?![\w'\u2019-])){1,4}"
)


def setting_first(text: str) -> str:
    """ "she loves Ysgol Bryn Coch" -> "she loves [school]"."""
    return _SETTING_FIRST_RE.sub(SCHOOL, text)


# "[address], Ludlow [address]" where the street was found after the first
# merge in ``redaction``: the town between them belongs to the one address.
_MERGE_RE: Final = re.compile(
    r"\[address\](?:,?\s+(?!(?i:and|or|to|the|from|in|on|at|then|but|near|is|was|if)\b)"
    r"[A-Z][A-Za-z'\u2019-]+(?:\s+[A-Z][A-Za-z'\u2019-]+)?)?,?\s*\[address\]"
)


# "[address], Crewe." : the town that closes a street address is part of it.
_TOWN_AFTER_RE: Final = re.compile(
    r"\[address\],\s*([A-Z][a-z'\u2019]+(?:-(?:on|upon|under|le|in|by)-[A-Z][a-z'\u2019]+|"
    r"[ -][A-Z][a-z'\u2019]+)?)(?=\s*(?:[.,;!?)\n]|$))"
)


def _town_after(match: re.Match[str]) -> str:
    words = [w.lower() for w in re.split(r"[ -]", match.group(1))]
    if match.group(1).lower() in PLACES or re.search(r"-(?:on|upon|under|le|in|by)-", match.group(1)):
        return ADDRESS  # "Crewe", "Stoke-on-Trent", "Newcastle-under-Lyme"
    if any(w in STOPWORDS or w in DAYS_AND_MONTHS or w in NOT_NAMES for w in words):
        return match.group(0)
    if " ".join(words) in PLACES or words[-1] not in known_words():
        return ADDRESS
    return match.group(0)


def merge_addresses(text: str) -> str:
    """Join the parts of one address; again after each join, so "[address]
    [address] Derby [address]" becomes one."""
    if ADDRESS in text:
        text = _TOWN_AFTER_RE.sub(_town_after, text)
    while text.count(ADDRESS) > 1:
        merged = _MERGE_RE.sub(ADDRESS, text)
        if merged == text:
            break
        text = merged
    return text


# Kinds of setting whose name ends in letters or words no "School" follows:
# "Cedars Pupil Referral Unit", "Ashton Vale UTC", "the Brook PRU".
_TAILED_RE: Final = re.compile(
    r"\b(?:[A-Z][a-z'\u2019]+\s+){1,3}(?:Pupil\s+Referral\s+Unit|PRU|UTC|Studio\s+School)\b"
)
_NOT_A_NAME: Final = frozenset("the a our my his her their local new old nearest".split())


def _tailed(match: re.Match[str]) -> str:
    words = match.group(0).split()
    start = 0
    while start < len(words) and words[start].lower() in _NOT_A_NAME | STOPWORDS:
        start += 1
    tail = 3 if words[-1] == "Unit" else 2 if words[-1] == "School" else 1
    if start >= len(words) - tail:
        return match.group(0)  # "the Pupil Referral Unit", "a UTC"
    return " ".join(words[:start] + [SCHOOL])


# A setting in capitals: "HOLLINS PARK SIXTH FORM COLLEGE offered a place".
_SHOUTED_RE: Final = re.compile(
    r"\b(?:[A-Z][A-Z'\u2019-]+\s+){1,5}(?:SCHOOL|ACADEMY|COLLEGE|PRIMARY|NURSERY|INFANTS|JUNIORS|"
    r"(?<=LEARNING )CENTRE|(?<=EDUCATION )CENTRE|(?<=CHILDREN'S )CENTRE)\b"
)
_SHOUTED_GENERIC: Final = frozenset(
    """the a an our my his her their local new old special specialist primary secondary
    high infant junior sixth form community free mainstream independent sen send
    grammar nursery school college academy church catholic learning education
    children's""".split()
)


# Capitals hide whether a word is an acronym: "SEMH SCHOOL", "EHCP SCHOOL PLACE".
_SHOUTED_ACRONYMS: Final = frozenset("ehcna camhs senco sendco sendiass semh pmld".split())


def not_an_acronym(word: str) -> bool:
    """A word in capitals that is long enough and voiced like a word ("HOLLINS"),
    so not an acronym ("FE", "SEMH", "PMLD")."""
    return len(word) >= 5 and word.lower() not in _SHOUTED_ACRONYMS and sum(
        c in "aeiouy" for c in word.lower()) >= 2


def _shouted_name(word: str) -> bool:
    """A capitalised word that can name a setting: not an acronym, and no
    common English word ("OUTSIDE")."""
    if not not_an_acronym(word):
        return False
    return word not in known_words() or (word.endswith(_ENDINGS) and word not in common_words(30))


def _shouted(match: re.Match[str]) -> str:
    words = match.group(0).split()
    lowers = [w.lower().replace("\u2019", "'") for w in words]
    start = len(words) - 1
    while start > 0 and lowers[start - 1] not in STOPWORDS and not lowers[start - 1].endswith("'s"):
        start -= 1  # the run of capitals that can be one name: "TO HOLLINS PARK ..." starts at HOLLINS
    while start < len(words) and lowers[start] in _SHOUTED_GENERIC | STOPWORDS:
        start += 1
    names = lowers[start:-1]
    if not names or not any(_shouted_name(w) for w in names):
        return match.group(0)  # "THE LOCAL SCHOOL", "HIS NEW SCHOOL"
    if names[0] in PLACES or " ".join(names) in PLACES:
        return match.group(0)
    return " ".join(words[:start] + [SCHOOL])


def tailed_and_shouted(text: str) -> str:
    if "PRU" in text or "UTC" in text or "Referral Unit" in text or "Studio School" in text:
        text = _TAILED_RE.sub(_tailed, text)
    return _SHOUTED_RE.sub(_shouted, text)


def apply(text: str) -> str:
    """Every rule of this module, in order (after ``redaction``'s fixed patterns)."""
    text = phone_extensions(text)
    text = postcode_districts(text)
    text = merge_addresses(text)
    text = introduced_addresses(text)
    text = setting_first(text)
    text = tailed_and_shouted(text)
    return bare_settings(text)
