"""How a word may be a name, and the words around names, shared by the context rules.

``name_kind`` sorts a word into a listed name ("sure"), a listed name that is
also an everyday word ("word": Joy, Bill, Summer), a word no English list has
("unknown"), or an ordinary word (""). ``takes`` says whether a word is a name
where the context allows one, and ``surname_end`` extends a name over its surname.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final

from voice.analysis.data.given_names import AMBIGUOUS
from voice.analysis.data.stopwords import DAYS_AND_MONTHS, NOT_NAMES, STOPWORDS
from voice.analysis.data.world_names import SURNAMES
from voice.analysis.redaction_words import (
    RELATIONS,
    Tokens,
    bare,
    extend_surname,
    fold,
    is_contraction,
    is_titlecase,
    name_shaped,
    sure_name,
    unknown,
)
from voice.analysis.textblob_bridge import known_words

Span = tuple[int, int]

THANKS: Final = frozenset({"thanks", "thank", "thankyou", "cheers", "regards", "wishes", "love"})
# Words a name is followed by in thanks and lists; "joy to see", "summer school"
# and "hope and prayer" do not end like this.
FILLERS: Final = frozenset({"so", "very", "much", "again", "also", "a", "lot", "loads"})
NAME_ENDS: Final = frozenset({"", ".", ",", "!", "?", ")", ":", ";", "-", "x", "xx", "xxx",
                               "at", "from", "for", "in", "and", "&", "(", "who", "was", "is",
                               "has", "had", "said", "says", "did", "does", "helped"})
FAMILY: Final = frozenset(
    """brother brothers sister sisters son sons daughter daughters mother father mum mom
    mam dad mummy daddy parent parents carer carers grandma grandmother grandad grandfather
    grandparent grandparents nan nana gran aunt auntie aunty uncle guardian sibling
    siblings twin stepmum stepdad""".split()
)
INTRO: Final = (("i", "am"), ("im",), ("i'm",), ("its",), ("it's",), ("this", "is"),
                 ("name", "is"), ("names",), ("name's",))
AGE_VERBS: Final = frozenset({"is", "was", "turned", "turns", "aged"})
OWNERS: Final = frozenset({"my", "his", "her", "our", "their"})
UNITS: Final = frozenset(
    "hours hrs minutes mins days weeks months miles pounds percent % times pm am".split()
)
PRONOUNS: Final = frozenset({"he", "she", "they", "him", "her", "them", "his", "hers",
                              "their", "ze", "xe"})
PERSON_WORDS: Final = RELATIONS | frozenset(
    """lady man woman team someone person worker officer manager coordinator
    co-ordinator ot ep salt slt sw hv gp lsa sendco""".split()
)
# Verbs that take a person, not a season or a virtue, as their subject.
PERSON_VERBS: Final = frozenset(
    """loves likes hates attends goes went says said cries cried needs wants struggles
    uses started starts can't cannot won't doesn't didn't isn't wasn't refuses refused
    screams screamed masks masked gets got talks walks eats sleeps""".split()
)


ANY_VERBS: Final = PERSON_VERBS | frozenset(
    "has had is was will can could does did gets got plays played waited brings looks".split()
)
NOUN_ENDINGS: Final = ("tion", "sion", "ian", "er", "or", "ist", "ment", "ness", "ity", "ogy",
                        "ics", "ing", "ed", "ism", "ance", "ence", "able", "ship", "ful")
SINGULAR: Final = frozenset({"he", "she", "him", "her", "his", "hers", "he'd", "she'd", "he's",
                              "she's", "he'll", "she'll", "he\u2019d", "she\u2019d", "he\u2019s",
                              "she\u2019s"})
CONDITIONS: Final = frozenset(
    """autism adhd asd pda dyslexia dyspraxia epilepsy cerebral down downs rett global
    complex severe learning sensory selective""".split()
)
ADJECTIVES: Final = frozenset(
    "annual new old first last current previous own class key support 1:1".split()
)
SIBLINGS: Final = frozenset("twins triplets siblings brothers sisters cousins".split())
BOUNDARIES: Final = frozenset({"", ".", "!", "?", ":", ";", "\n"})
LIST_JOINS: Final = frozenset({"and", "&", "or", "then", "now", "also", "plus", ","})

@lru_cache(maxsize=65536)
def name_kind(word: str) -> str:
    """ "sure" (a listed name), "word" (a listed name that is also a word), "unknown"
    (no English word), or "" (an ordinary word)."""
    plain = bare(word)
    if (
        len(plain) < 2
        or not plain.replace("-", "").replace("'", "").isalpha()
        or is_contraction(word)
        or not (is_titlecase(plain) or plain.islower())
    ):
        return ""
    lower = plain.lower()
    if lower in STOPWORDS or lower in NOT_NAMES:
        return ""
    if sure_name(lower):
        return "sure"
    if fold(lower) in AMBIGUOUS and lower not in DAYS_AND_MONTHS:
        return "word"
    if len(lower) >= 3 and unknown(lower):
        return "unknown"
    return ""


def ends_like_a_name(tokens: Tokens, j: int) -> bool:
    nxt = tokens.word(j + 1).lower()
    if "'" in tokens.word(j).replace("\u2019", "'"):
        return True
    return nxt in NAME_ENDS or nxt == "\n"


def takes(tokens: Tokens, i: int, *, lower_words: bool = True) -> bool:
    """Whether token i is a name in a context that allows one."""
    word = tokens.word(i)
    kind = name_kind(word)
    if not kind:
        return False
    titled = is_titlecase(bare(word))
    if kind == "sure":
        return True
    if kind == "word" and not titled and not lower_words:
        return False
    return ends_like_a_name(tokens, i)


def phrase_before(tokens: Tokens, i: int, phrases: tuple[tuple[str, ...], ...]) -> bool:
    for phrase in phrases:
        n = len(phrase)
        if i - n >= 0 and all(
            tokens.word(i - n + k).lower().replace("\u2019", "'") == phrase[k] for k in range(n)
        ):
            return True
    return False


def with_list(tokens: Tokens, i: int) -> list[Span]:
    """The name at i and any names joined to it: "bill and sue", "Max & Ciarán"."""
    spans = [(i, surname_end(tokens, i))]
    end = spans[-1][1]
    while tokens.word(end + 1).lower() in ("and", "&") and takes(tokens, end + 2):
        spans.append((end + 2, surname_end(tokens, end + 2)))
        end = spans[-1][1]
    return spans


def surname_end(tokens: Tokens, i: int) -> int:
    """A following surname: a listed one, or a word no English list knows."""
    word = tokens.word(i)
    if "'" in word.replace("\u2019", "'"):
        return i
    if is_titlecase(bare(word)):
        return extend_surname(tokens, i)
    nxt = tokens.word(i + 1)
    plain = bare(nxt)
    same_case = is_titlecase(plain) if is_titlecase(bare(word)) else plain.islower()
    if not (tokens.adjacent(i + 1) and same_case and plain.isalpha()):
        return i
    lower = plain.lower()
    if fold(lower) in SURNAMES and lower not in STOPWORDS and lower not in known_words():
        return i + 1
    if unknown(lower) and (not lower.isascii() or len(lower) >= 5):
        return i + 1
    return i


# Endings of conditions and treatments, which are diagnosed and refused too:
# "Hypermobility was diagnosed at 9", "Gastrostomy was refused".
CONDITION_ENDINGS: Final = ("omy", "osis", "itis", "aemia", "emia", "opathy", "plegia",
                             "lexia", "praxia", "phasia", "algia", "trophy", "oma", "ism",
                             "ness", "ity", "tion", "sion", "ment", "ics", "ogy",
                             # medicines: "takes Melatonin and Guanfacine", "Risperidone"
                             "tonin", "idate", "amine", "etine", "aline", "idone", "idine",
                             "acine", "azole", "pril", "olol", "azepam", "oxetine", "cillin",
                             "profen", "amol", "apine")


def unknown_name(word: str) -> bool:
    """A word no list knows, shaped like a name and not like a derived English
    word ("Adulthood", "Academically") or a slip on a common one."""
    return name_kind(word) == "unknown" and name_shaped(bare(word).lower())


def condition_shaped(word: str) -> bool:
    """Ends like a condition, a job or a thing ("Gastrostomy", "Childminder"),
    unless it is a listed surname ("Okafor", "Gardner")."""
    lower = bare(word).lower()
    return lower.endswith(CONDITION_ENDINGS + NOUN_ENDINGS) and fold(lower) not in SURNAMES

