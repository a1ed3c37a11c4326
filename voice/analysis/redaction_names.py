"""Names found from a cue before or after them: a title ("Mrs Patel", "Mr and
Mrs Tran", "Mrs J. Adebayo"), a relation ("my son Jayden", "her TA, Sarah",
"my twins Max and Grace"), a possessive before a relation ("Jayden's
teacher"), a capitalised listed name, or a listed surname or unlisted word in
a name's place ("Ngozi Adeyemi", "Precious from the SEN team", "Sami is 12",
"typed by Nana"). Names cued by the sentence around them are in
``redaction_context``.

All-capitals text is read through a recased view (``_name_view``) so the same
rules apply to "WEI CHEN IS MY SON".
"""

from __future__ import annotations

import re
from typing import Final

from voice.analysis.data.given_names import AMBIGUOUS
from voice.analysis.data.stopwords import DAYS_AND_MONTHS, NOT_NAMES, STOPWORDS
from voice.analysis.data.world_names import SURNAMES
from voice.analysis.redaction_context import context_names
from voice.analysis.redaction_shapes import NAME, WORD_BEFORE_RE, replace_spans
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
    not_names,
    personish,
    sure_name,
    unknown,
)
from voice.analysis.textblob_bridge import common_words, known_words

_BEFORE_NAME: Final = (
    ("name", "is"), ("name's",), ("names",), ("i", "am"), ("im",), ("i'm",), ("mother", "of"), ("father", "of"),
    ("mum", "of"), ("mom", "of"), ("dad", "of"), ("parent", "of"), ("carer", "of"),
    ("grandmother", "of"), ("grandparent", "of"), ("regards", ","), ("regards",),
    ("thanks", ","), ("signed",), ("ask", "for"), ("speak", "to"), ("spoke", "to"),
    ("spoke", "with"), ("this", "is"), ("council",), ("team",), ("re", ":"),
    ("written", "by"), ("typed", "by"), ("completed", "by"), ("in", "by"), ("behalf", "of"),
    ("name", ":"), ("child", ":"), ("son", ":"), ("daughter", ":"), ("sibling", ":"),
    ("siblings", ":"), ("parent", ":"), ("carer", ":"), ("from", ":"),
    ("name", "really", "is"), ("name", "actually", "is"),
)
_OWNERS: Final = frozenset({"my", "his", "her", "our", "their"})
_SPOUSES: Final = frozenset("husband wife partner son daughter brother sister mum dad".split())
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
        # "Bryony at the SENDIASS office": a person at a team; not "Bill at the shop".
        return then.lower() == "the" and (tokens.word(j + 3).lower() in ("council", "la") or (
            bare(tokens.word(j)).lower() not in AMBIGUOUS and _at_a_team(tokens, j + 3)))
    if nxt == "is" and then in ("[nhs-number]", "[phone]", "[email]"):
        return True  # "NHS number for Sami is [nhs-number]"
    if nxt in _AGE_VERBS:
        unit = tokens.word(j + 3).lower()
        return (then.isdigit() and unit not in _UNITS) or (then.lower() in _OWNERS and
                                  tokens.word(j + 3).lower() in RELATIONS)
    if nxt == ",":
        # "Sarah, her keyworker"; "Frank, our son's key worker".
        if then.lower().replace("\u2019", "'") in ("she's", "he's", "they're") and tokens.word(
                j + 3).isdigit() and tokens.word(j + 4).lower() not in _UNITS:
            return True  # "Meet Wren, she's 5"; not "Autumn, she's 5 minutes away"
        owned = tokens.word(j + 3).lower().replace("\u2019", "'")
        if owned.endswith("'s") and owned[:-2] in RELATIONS:
            owned = tokens.word(j + 4).lower()
        return then.lower() in _OWNERS and owned in RELATIONS | POSSESSED
    if nxt in _OWNERS and then.lower() in _SPOUSES and is_titlecase(bare(tokens.word(j))) and (
            fold(bare(tokens.word(j)).lower()) in name_words()):
        return True  # "Mark my husband does the meetings"; not "Mark my words"
    if nxt == "here":
        return tokens.word(j + 2) in _HERE_ENDS
    return nxt in ("[phone]", "[email]")


# Groups a person is "from": "Dawn from the parent carer forum" (not "the bill
# from the council", which is why "council" is not here).
_TEAMS: Final = frozenset(
    "team forum service services charity group hub panel department network sendiass iass "
    "camhs salt trust".split()
)


def _at_a_team(tokens: Tokens, k: int) -> bool:
    """Token k starts a team or an office within three words: "SENDIASS office"."""
    for m in range(k, k + 3):
        word = tokens.word(m).lower()
        if word in _TEAMS or word in ("office", "reception", "council"):
            return True
        if not word or not word[0].isalpha():
            return False
    return False


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
        any(w not in AMBIGUOUS for w in lowers) or _name_can_end(tokens, j)
    ):  # "Thanks, Hope this helps" is no name; "typed by Nana" is a grandmother
        return [(i, j)]
    return []


_KIN: Final = frozenset(
    "nana nanna nan gran granny grandma grandad mum mam mom dad mummy daddy auntie aunty "
    "uncle".split()
)


def _name_can_end(tokens: Tokens, j: int) -> bool:
    """Whether a name can end at token j: "Sibling: Harley" before a line break."""
    word = tokens.word(j + 1)
    if j + 1 < len(tokens) and "\n" in tokens.text[tokens.items[j][2]:tokens.items[j + 1][1]]:
        return True
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
            and tokens.word(start) not in _TEAMS  # "in the hub (0115 ...)"
            and (tokens.word(start) in name_words() or unknown(tokens.word(start)))
        ):
            start -= 1
        if start < end:
            spans.append(tokens.span(start + 1, end))
    return spans


# Words after a proper name that make it a place to visit: "Chester Zoo", and
# before one: "the River Tees".
_LANDMARKS: Final = frozenset(
    """Zoo Museum Stadium Airport Station Beach Library Cathedral Arena Theatre Theater
    Cinema Aquarium""".split()
)
_WATERS: Final = frozenset("river lake loch mount".split())


def _a_place(tokens: Tokens, start: int, end: int) -> bool:
    """Whether the name at tokens start..end is a landmark: "Chester Zoo", "River Tees"."""
    if tokens.word(start).rstrip(".").lower() in TITLES:
        return False  # "Mrs Station" is a person
    after = tokens.word(end + 1)
    return (after in _LANDMARKS and tokens.adjacent(end + 1)) or tokens.word(end) in _LANDMARKS or (
        end > start and tokens.word(start).lower() in _WATERS)


def _name_spans(tokens: Tokens) -> list[tuple[int, int]]:
    found: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        word = tokens.word(i)
        if not word[0].isupper() and word.rstrip(".").lower() not in CUE_WORDS:
            i += 1
            continue
        named = [(start, end) for start, end in _name_at(tokens, i) if not _a_place(tokens, start, end)]
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
    if tokens.word(i - 1).rstrip(".").lower() in ("st", "saint") and tokens.word(
            i + 1).lower() == "day":
        return []  # "St George's Day" is a festival
    if lower in TITLES and tokens.adjacent(i + 1):
        return _titled_name_at(tokens, i)
    if lower in _KIN_TITLES and is_titlecase(word) and tokens.adjacent(i + 1) and is_titlecase(
        bare(tokens.word(i + 1))
    ) and name_like(tokens.word(i + 1), after_cue=True, forms=False):
        return [(i, extend_surname(tokens, i + 1))]
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
# Sites that people call "Dr" in jest: "Dr Google knows more than the paediatrician".
_BRANDS: Final = frozenset("google youtube facebook tiktok amazon alexa siri chatgpt".split())
# "a MS school" (mainstream): a setting noun after a title is no surname.
_SETTING_NOUNS: Final = frozenset("school schools college nursery unit class provision setting".split())


# Titles that are also words for a job or a thing ("PC World", "the Ofsted
# Inspector Report"): only a word that could be a name follows them as one.
_WEAK_TITLES: Final = frozenset(
    "pc dc sgt sergeant constable inspector matron nanny".split()
)
# Family words used as a title before a name: "Auntie Pearl looks after him".
_KIN_TITLES: Final = frozenset("auntie aunty aunt uncle nana nanna grandma grandad granny grandpa".split())


def _titled_name_at(tokens: Tokens, i: int) -> list[tuple[int, int]]:
    """ "Mrs Patel", "Mr and Mrs Khan", "Mrs J. Adebayo", "her TA miss holly"."""
    lower = tokens.word(i).rstrip(".").lower()
    nxt = tokens.word(i + 1)
    if nxt in _ACRONYMS or bare(nxt).lower() in _BRANDS:  # "DR UK", "Dr Google"
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
    if len(nxt) == 1 and nxt.isupper() and nxt != "I" and is_titlecase(tokens.word(i)):
        return [(i, i + 1)]  # "his teacher Miss J.", "Mrs H"
    if lower == "miss" and nxt.islower():
        return _lower_miss(tokens, i)
    if lower == "miss" and not (is_titlecase(nxt) or nxt.lower() in name_words()):
        return []
    if lower == "miss" and is_titlecase(bare(nxt)) and bare(nxt).lower() in SURNAMES and (
            bare(nxt).lower() not in STOPWORDS) and tokens.word(i - 1).lower() not in _MISS_AS_VERB:
        return [(i, extend_surname(tokens, i + 1))]  # "Miss Wood said", "Miss Green's class"
    if name_like(nxt, after_cue=True, forms=False) or (
        is_titlecase(bare(nxt)) and lower != "miss" and not is_contraction(nxt)
    ) or (lower in STRICT_TITLES and bare(nxt).isalpha() and bare(nxt).lower() not in STOPWORDS
          and bare(nxt).lower() not in _SETTING_NOUNS):
        return [(i, extend_surname(tokens, i + 1))]
    return []


# Words before "miss" that make it a verb: "I miss hughes" still names a person,
# but "miss" stays.
_MISS_AS_VERB: Final = frozenset(
    "i we you they he she really so will would to still i'll we'll don't do does".split()
)


def _lower_miss(tokens: Tokens, i: int) -> list[tuple[int, int]]:
    """ "her TA miss holly", "miss okonjo in reception", "honestly miss hughes and ...":
    a surname or a word no list knows after "miss" in lower case is a name,
    whether "miss" is a title or ("I miss hughes") a verb; "I miss school" is not."""
    nxt = tokens.word(i + 1)
    verb = tokens.word(i - 1).lower().replace("\u2019", "'") in _MISS_AS_VERB
    surname = nxt in SURNAMES and nxt not in not_names() and nxt not in common_words(30)
    if tokens.word(i - 1).lower() in RELATIONS | {"1"}:
        named = nxt in name_words() or unknown(nxt)
    elif verb:  # "i miss registraton" is a slip, not a name
        named = surname
    else:
        named = surname or (len(nxt) >= 4 and unknown(nxt) and name_shaped(nxt))
    if not named:
        return []
    return [(i + 1, i + 1)] if verb else [(i, i + 1)]


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
    before = WORD_BEFORE_RE.search(text, 0, match.start())
    if not before or before.group(1).lower() not in _FAMILY_RELATIONS:
        return False
    return len(plain) >= 3 and unknown(plain) and name_shaped(plain) and plain not in NOT_NAMES and (
        sum(ch in "aeiouy" for ch in plain) >= 2
    )


_FAMILY_RELATIONS: Final = frozenset(
    """son daughter child boy girl grandson granddaughter brother sister twin nephew niece
    stepson stepdaughter husband wife partner called named""".split()
)



def apply_names(text: str) -> str:
    """``text`` with names replaced by [name]."""
    return replace_spans(text, _name_spans(Tokens(_name_view(text))), NAME)
