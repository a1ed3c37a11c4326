"""Words and tokens for redaction: what could be a name, and where words are.

Shared by the rules in ``redaction`` (titles, relations, settings, addresses)
and ``redaction_context`` (names found from the words around them), so both
read a word the same way.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache
from typing import Final

from voice.analysis.data.given_names import ALL_NAMES, AMBIGUOUS, FIRST_NAMES
from voice.analysis.data.places import PLACES
from voice.analysis.data.stopwords import DAYS_AND_MONTHS, NOT_NAMES, STOPWORDS
from voice.analysis.data.world_names import SURNAMES, WEAK_FIRST_NAMES, WORLD_FIRST_NAMES
from voice.analysis.textblob_bridge import common_words, known_words

TOKEN_RE: Final = re.compile(
    r"(?i:mrs|mr|ms|mx|dr|prof|st|rev|revd|cllr)\.(?=\s)|[^\W\d_](?:[^\W\d_]|['\u2019\-])*|&|\d+|\[[a-z-]+\]|[^\sA-Za-z\d]"
)

TITLES: Final = frozenset({"mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor", "sir", "dame",
                            "mister", "missus", "madam", "rev", "revd", "reverend", "councillor",
                            "cllr", "pastor", "imam", "rabbi", "judge", "pc", "dc", "sgt",
                            "sergeant", "constable", "inspector", "matron", "nanny"})
# Titles that are (almost) never anything but the start of a name, so the next
# word is a surname even in lower case and even when it is also a word ("mrs hill").
STRICT_TITLES: Final = frozenset({"mr", "mrs", "ms", "mx", "dr", "prof", "professor", "mister", "missus"})
RELATIONS: Final = frozenset(
    """son sons daughter daughters child boy girl grandson granddaughter brother brothers
    sister sisters nephew niece stepson stepdaughter twin twins husband wife partner
    friend teacher ta senco sendco keyworker caseworker therapist paediatrician
    consultant doctor nurse headteacher head tutor mentor manager worker officer coordinator
    co-ordinator psychologist physio physiotherapist practitioner advisor adviser specialist
    assistant boyfriend girlfriend carer pa called named aka mum dad grandma grandad
    nan cousin baby toddler youngest eldest oldest lady woman man lad lass""".split()
)
POSSESSED: Final = frozenset(
    """teacher teachers ta senco mum dad class school nursery college plan ehcp needs
    diagnosis support worker caseworker therapist sister brother autism adhd review
    transport taxi bus carer carers friend friends key keyworker mother father parents
    family son daughter nan grandma grandad gran aunt uncle cousin wife husband partner
    social case ot physio paediatrician consultant psychologist nurse doctor tutor
    mentor worker""".split()
)

CUE_WORDS: Final = TITLES | RELATIONS
_CONTRACTION_RE: Final = re.compile(r"(?:n't|'re|'ve|'ll|'d|'m)$")
_PRONOUN_IS: Final = frozenset(
    "it's he's she's that's what's there's who's here's let's where's how's".split()
)


@lru_cache(maxsize=1)
def not_names() -> frozenset[str]:
    """Lower-case words that, capitalised after a cue, are still not names."""
    return (STOPWORDS | DAYS_AND_MONTHS | common_words(30)) - ALL_NAMES


@lru_cache(maxsize=1)
def sure_names() -> frozenset[str]:
    """First names that are names wherever they are capitalised."""
    world = WORLD_FIRST_NAMES - WEAK_FIRST_NAMES - PLACES - common_words(30)
    return FIRST_NAMES | (world - AMBIGUOUS)


@lru_cache(maxsize=1)
def name_words() -> frozenset[str]:
    """Every listed first name, and the surnames that are not everyday words.

    "Brown" or "Park" count as surnames only after a first name.
    """
    return ALL_NAMES | WORLD_FIRST_NAMES | (SURNAMES - not_names() - STOPWORDS)


@lru_cache(maxsize=65536)
def unknown(lower: str) -> bool:
    """Not an English word, a form or slip of one, a place or a service term.

    Such a word in a name's position ("Okeke from the SEN team") is taken for
    a name even though no list has it.
    """
    last = lower.rsplit("-", 1)[-1]
    return (
        len(lower) >= 2
        and not is_contraction(lower)
        and lower.replace("-", "").replace("'", "").isalpha()
        and lower not in known_words()
        and last not in known_words()
        and lower not in PLACES
        and lower not in DAYS_AND_MONTHS
        and not ordinary(last, forms=True)
        and not misspelt(lower)
    )


@lru_cache(maxsize=65536)
def fold(lower: str) -> str:
    """``lower`` without accents, to look up in the name lists: "ciarán" -> "ciaran"."""
    if lower.isascii():
        return lower
    decomposed = unicodedata.normalize("NFKD", lower.replace("ł", "l"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@lru_cache(maxsize=65536)
def sure_name(lower: str) -> bool:
    """A name wherever it is capitalised: a listed name, with or without its
    accents, or a double name made of two listed names ("ellie-mae",
    "summer-rose"), which no English word is. Two months ("may-june") are a
    range, not a name.
    """
    key = fold(lower)
    if key in sure_names():
        return True
    parts = key.split("-")
    if len(parts) != 2 or all(part in DAYS_AND_MONTHS for part in parts):
        return False
    listed = [part in ALL_NAMES or part in name_words() for part in parts]
    # "poppy-mai": a listed name joined to a word no English list has; not
    # "hunter-gatherer", where the listed half is also an everyday word.
    plainly = [is_listed and part not in AMBIGUOUS for is_listed, part in zip(listed, parts, strict=True)]
    return all(listed) or (any(plainly) and all(
        is_listed or unknown(part) for is_listed, part in zip(listed, parts, strict=True)))


def is_titlecase(word: str) -> bool:
    return len(word) > 1 and word[0].isupper() and not word.isupper()


def an_age(word: str) -> bool:
    """A child or young person's age as a number: 1 to 25 (the survey's 0-25)."""
    return word.isdigit() and 1 <= int(word) <= 25


def bare(word: str) -> str:
    word = word.rstrip(".").replace("\u2019", "'")
    if word.lower().endswith("'s"):
        word = word[:-2]
    return word.rstrip("'")


def is_contraction(word: str) -> bool:
    """ "can't", "won’t", "she'll", "it's": never names, whatever their case."""
    lower = word.replace("\u2019", "'").lower()
    return bool(_CONTRACTION_RE.search(lower)) or lower in _PRONOUN_IS


def stems(lower: str) -> list[str]:
    """Words ``lower`` could be an inflection of: "masks" -> "mask", "typed" -> "type"."""
    stems: list[str] = []
    if lower.endswith(("ies", "ied")):
        stems.append(lower[:-3] + "y")
    if lower.endswith("s"):
        stems += [lower[:-1], lower[:-2]] if lower.endswith("es") else [lower[:-1]]
    for suffix in ("ed", "ing"):
        if lower.endswith(suffix):
            base = lower[: -len(suffix)]
            stems += [base, base + "e"]
            if len(base) > 2 and base[-1] == base[-2]:
                stems.append(base[:-1])
    return [stem for stem in stems if len(stem) >= 3]


def ordinary(lower: str, *, forms: bool) -> bool:
    """A function word, a service term, or (with ``forms``) a form of a known word."""
    return (
        lower in STOPWORDS
        or lower in NOT_NAMES
        or lower in PLACES
        or (forms and any(stem in known_words() for stem in stems(lower)))
    )


def misspelt(lower: str) -> bool:
    """A known word with one letter doubled or undoubled: "apointment", "colledge".

    Only longer words are tried, so short names ("jaxon", "ela") are not
    mistaken for slips of the keyboard.
    """
    if len(lower) < 6:
        return False
    known = known_words()
    for i in range(1, len(lower)):
        if lower[i] == lower[i - 1] and lower[:i] + lower[i + 1 :] in known:
            return True
        if lower[:i] + lower[i - 1] + lower[i:] in known:
            return True
    return False


_LETTERS: Final = "abcdefghijklmnopqrstuvwxyz"


@lru_cache(maxsize=65536)
def near_common(lower: str) -> bool:
    """One slip away from a common word: a letter left out, added, changed or
    swapped ("diffrent", "scool", "collage")."""
    if len(lower) < 4 or lower in ALL_NAMES:
        return False
    common = common_words(30)
    splits = [(lower[:i], lower[i:]) for i in range(len(lower) + 1)]
    for left, right in splits:
        if right and left + right[1:] in common:
            return True
        if len(right) > 1 and left + right[1] + right[0] + right[2:] in common:
            return True
        for ch in _LETTERS:
            if left + ch + right in common or (right and left + ch + right[1:] in common):
                return True
    return False


# Endings of English derived words ("academically", "adulthood", "adversarial",
# "accessibility"), which the word list may lack but which no given name has.
_ENGLISH_ENDINGS: Final = (
    "ly", "ity", "ment", "ments", "hood", "ial", "ive", "ives", "ous", "ness", "ing", "ings",
    "ed", "able", "ible", "ship", "tion", "tions", "sion", "ism", "ist", "ists", "ise", "ize",
    "ised", "ized", "ful", "less", "ance", "ence", "ary", "ory", "ics", "ogy", "ers", "ors",
    "ation", "ional", "ical", "ally", "wise", "ward", "wards",
)


@lru_cache(maxsize=65536)
def name_shaped(lower: str) -> bool:
    """A word no list knows that could still be a given name or surname: not
    built like an English word and not a slip on a common one."""
    return not lower.endswith(_ENGLISH_ENDINGS) and not near_common(lower)


# Endings of English adjectives and abstract nouns that no listed name has.
WORD_ENDINGS: Final = ("able", "ible", "care", "istic", "ness", "ment", "tion", "sion", "less",
                       "ous", "ional", "ical", "ology", "ities", "ised", "ized", "ising", "izing")


def _double_surname(lower: str) -> bool:
    """ "adeleke-brown", "smith-okafor": two parts, one a listed name no English list holds."""
    parts = lower.split("-")
    return len(parts) == 2 and all(parts) and any(
        part in name_words() and part not in known_words() for part in parts)


def name_like(word: str, *, after_cue: bool, forms: bool = True) -> bool:
    """Could this word be a name, given whether a cue came just before it?

    After a cue, a capitalised word is a name if it is in the name list, or if
    it is neither a common word nor a form of one; a lower-case word only if
    it is in the name list or not an English word at all. So "my son Kyrie"
    and "my son kyrie" are names, while "my son masks", "the nurse phones" and
    "the SENCO doesn't" are sentences. After a title, where a verb is
    unlikely, ``forms=False`` lets surnames such as "Evans" through.
    """
    plain = bare(word)
    lower = plain.lower()
    if not plain or not plain[0].isalpha() or not plain.replace("-", "").replace("'", "").isalpha():
        return False
    if is_contraction(word) or lower in CUE_WORDS:
        return False
    if lower.endswith(WORD_ENDINGS) and not (
        sure_name(lower) or lower in AMBIGUOUS or fold(lower) in name_words()
    ):
        return False  # "her son avoidable ...", "specialist healthcare", "Occupational"
    if is_titlecase(plain):
        if sure_name(lower):
            return True
        return after_cue and (
            lower in AMBIGUOUS or not (lower in not_names() or ordinary(lower, forms=forms))
        )
    if plain.islower() and after_cue:
        if sure_name(lower) or _double_surname(lower):
            return True
        last = lower.rsplit("-", 1)[-1]
        return (
            len(lower) >= 3
            and last not in known_words()
            and not ordinary(last, forms=forms)
            and not (forms and misspelt(lower))
        )
    return False


class Tokens:
    """Word tokens with character spans and "same phrase" adjacency."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.items = [(m.group(), m.start(), m.end()) for m in TOKEN_RE.finditer(text)]

    def __len__(self) -> int:
        return len(self.items)

    def word(self, i: int) -> str:
        return self.items[i][0] if 0 <= i < len(self.items) else ""

    def adjacent(self, i: int) -> bool:
        """True if token i follows token i-1 with only spaces between."""
        if i <= 0 or i >= len(self.items):
            return False
        gap = self.text[self.items[i - 1][2] : self.items[i][1]]
        return gap.strip(" \t") == ""

    def span(self, i: int, j: int) -> tuple[int, int]:
        """Character span of tokens i..j inclusive, keeping a trailing 's."""
        start, end = self.items[i][1], self.items[j][2]
        word = self.items[j][0]
        lowered = word.lower().replace("\u2019", "'")
        if lowered.endswith("'s"):
            end -= 2
        elif word.endswith(".") and word.rstrip(".").lower() not in TITLES:
            end -= 1
        return start, end


# Small words inside surnames: "Cian Ó Murchú", "Siobhán Ní Bhriain", "Ahmad
# al-Sayed", "Maria de la Cruz", "Lars van der Berg", "Rhys ap Gwilym".
PARTICLES: Final = frozenset(
    """ó ní nic mac mc ua uí o de da di du del della der den van von la le dos das bin ibn
    bint abu ap ferch""".split()
)
_JOINED_PARTICLE_RE: Final = re.compile(r"(?:al|el|ul|ad|as|at|an|ash|ar|bin|ibn|abu)-[A-Z]")


def _particle_end(tokens: Tokens, j: int) -> int:
    """End of "Ó Murchú" or "de la Cruz" starting at token j, or -1."""
    k = j
    while k - j < 2 and tokens.adjacent(k) and tokens.word(k).lower() in PARTICLES:
        k += 1
    if k > j and tokens.adjacent(k) and is_titlecase(bare(tokens.word(k))):
        return k
    return -1


def extend_surname(tokens: Tokens, j: int) -> int:
    """Include a following capitalised surname ("Sarah Jones", "Mrs Smith-Jones")."""
    word = tokens.word(j)
    if bare(word) == word.rstrip(".") and (is_titlecase(bare(word)) or word in PARTICLES):
        if tokens.adjacent(j + 1) and _JOINED_PARTICLE_RE.match(tokens.word(j + 1)):
            return extend_surname(tokens, j + 1)  # "Ahmad al-Sayed"
        particle = _particle_end(tokens, j + 1)
        if particle > 0:
            return extend_surname(tokens, particle)
    while (
        tokens.adjacent(j + 1)
        and is_titlecase(bare(tokens.word(j + 1)))
        and bare(tokens.word(j)) == tokens.word(j).rstrip(".")
        and (bare(tokens.word(j + 1)).lower() not in not_names()
             or bare(tokens.word(j + 1)).lower() in SURNAMES)
        and bare(tokens.word(j + 1)).lower() not in DAYS_AND_MONTHS | STOPWORDS
        and not is_contraction(tokens.word(j + 1))
    ):
        j += 1
    return j


def after_initial(tokens: Tokens, j: int) -> int:
    """End of "J. Adebayo" or "J Adebayo" starting at token j, or -1."""
    if len(tokens.word(j)) != 1 or not tokens.word(j).isalpha():
        return -1
    k = j + 1
    if tokens.word(k) == "." and tokens.adjacent(k):
        k += 1
    if tokens.adjacent(k) and is_titlecase(bare(tokens.word(k))):
        return extend_surname(tokens, k)
    return -1


def personish(word: str) -> bool:
    """A capitalised word that is a listed name or no English word at all."""
    plain = bare(word)
    lower = plain.lower()
    if not is_titlecase(plain) or is_contraction(word) or lower in CUE_WORDS:
        return False
    return fold(lower) in name_words() or sure_name(lower) or unknown(lower)


# Words before a name: "my name is", "I am mother of", "Regards,".
