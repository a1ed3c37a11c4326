"""More cues for names that have no title or relation before them.

Each rule reads a short phrase that only a person's name completes:

* a name given with an age: "I'm Tobenna, I'm 15", "I am Lark, 12": whatever
  capitalised word comes between, it is the writer's name, even one that is
  also a word;
* a person looked after: "I look after Dami while her dad works";
* a name spelled out: "they spelt it Kaytee on the letter";
* a capital before "who" mid-sentence: "especially Hope who runs the club";
* a person made to do something: "made Ivy do laps", "let Femi go home";
* a person someone is good with: "she is amazing with Dami.";
* a name given before "is my name" in several parts: "tran van minh is my
  name", where each part is a name or a word no English list holds.

Most are cued by the word before the name ("I'm", "after", "spelt", "made",
"with") and are called on that word; the rules for "who" and "is my name" are
called on the name itself.
"""

from __future__ import annotations

from typing import Final

from voice.analysis.data.world_names import WEAK_FIRST_NAMES
from voice.analysis.redaction_kinds import BOUNDARIES, Span, name_kind, unknown_name
from voice.analysis.redaction_words import Tokens, an_age, bare, fold, is_titlecase

_SELF_CUES: Final = frozenset({"i'm", "im", "am"})
_LOOKING: Final = frozenset("look looks looked looking".split())
_SPELLING: Final = frozenset("spell spells spelled spelt spelling misspelled misspelt misspell".split())
_SPELLED_WHO: Final = frozenset("it him her me them".split())
# Verbs that make or let a person do something, and the verbs a person is made to do.
_CAUSING: Final = frozenset("made make makes making let lets forced force forces".split())
_DONE: Final = frozenset(
    """do go sit stand run walk wear eat stay leave miss join play read write apologise apologize
    change work wait repeat""".split()
)
# "amazing with Dami": what a person is with a child.
_GOOD_WITH: Final = frozenset(
    "amazing brilliant great good fantastic patient wonderful lovely fab excellent kind".split()
)
CUE_WORDS: Final = _SELF_CUES | {"i\u2019m", "after", "with"} | _SPELLING | _CAUSING


def _plain(tokens: Tokens, k: int) -> str:
    return tokens.word(k).lower().replace("\u2019", "'")


def _capital_word(word: str) -> bool:
    """A capitalised word of letters: "Tobenna", "Lark", "Mary-Jane"."""
    plain = bare(word)
    return is_titlecase(plain) and plain.replace("-", "").isalpha() and "'" not in word.replace("\u2019", "'")


def _age_follows(tokens: Tokens, k: int) -> bool:
    """Tokens from k read ", I'm 15", ", I am 15" or ", 15"."""
    if tokens.word(k) != ",":
        return False
    if an_age(tokens.word(k + 1)):
        return True
    if _plain(tokens, k + 1) in ("i'm", "im"):
        return an_age(tokens.word(k + 2))
    return _plain(tokens, k + 1) == "i" and _plain(tokens, k + 2) == "am" and an_age(tokens.word(k + 3))


def self_with_age(tokens: Tokens, i: int) -> list[Span]:
    """ "I'm Tobenna, I'm 15": token i is "I'm" (or "am" after "I")."""
    cue = _plain(tokens, i)
    if cue not in _SELF_CUES or (cue == "am" and _plain(tokens, i - 1) != "i"):
        return []
    if not _capital_word(tokens.word(i + 1)) or tokens.word(i + 1) == "I":
        return []
    return [(i + 1, i + 1)] if _age_follows(tokens, i + 2) else []


def _name_or_capital_unknown(word: str) -> bool:
    """A listed name, a word that is also one, or a name-shaped word no list holds."""
    kind = name_kind(word)
    return kind in ("sure", "word") or (kind == "unknown" and unknown_name(word))


def looked_after(tokens: Tokens, i: int) -> list[Span]:
    """ "I look after Dami while her dad works": token i is "after"."""
    if _plain(tokens, i) != "after" or _plain(tokens, i - 1) not in _LOOKING:
        return []
    word = tokens.word(i + 1)
    return [(i + 1, i + 1)] if _capital_word(word) and _name_or_capital_unknown(word) else []


def spelled_as(tokens: Tokens, i: int) -> list[Span]:
    """ "they spelt it Kaytee": token i is "spelt", then "it", "him" or "her"."""
    if _plain(tokens, i) not in _SPELLING or _plain(tokens, i + 1) not in _SPELLED_WHO:
        return []
    word = tokens.word(i + 2)
    return [(i + 2, i + 2)] if _capital_word(word) and name_kind(word) else []


def named_before_who(tokens: Tokens, i: int) -> list[Span]:
    """ "especially Hope who runs the club": a capital mid-sentence before "who"."""
    word = tokens.word(i)
    if tokens.word(i + 1).lower() != "who" or not _capital_word(word):
        return []
    before = tokens.word(i - 1)
    if before in BOUNDARIES or before.lower() in ("the", "a", "an", "of") or not before.islower():
        return []  # "Hope who?", "the Family Hub who": not a name alone
    return [(i, i)] if _name_or_capital_unknown(word) else []


def _listed_name(word: str) -> bool:
    """A listed name, one that is also a word, or a short one that needs a cue ("Tolu")."""
    return _capital_word(word) and (
        name_kind(word) in ("sure", "word") or fold(bare(word).lower()) in WEAK_FIRST_NAMES)


def made_to(tokens: Tokens, i: int) -> list[Span]:
    """ "made Ivy do laps", "let Femi go home": token i is "made" or "let"."""
    if _plain(tokens, i) not in _CAUSING or _plain(tokens, i + 2) not in _DONE:
        return []
    return [(i + 1, i + 1)] if _listed_name(tokens.word(i + 1)) else []


def good_with(tokens: Tokens, i: int) -> list[Span]:
    """ "she is amazing with Dami.": token i is "with", after what a person is."""
    if _plain(tokens, i) != "with" or _plain(tokens, i - 1) not in _GOOD_WITH:
        return []
    word = tokens.word(i + 1)
    if tokens.word(i + 2) not in BOUNDARIES and tokens.word(i + 2) not in (",", "and"):
        return []  # "great with Lego sets"
    return [(i + 1, i + 1)] if _listed_name(word) else []


def my_name_start(tokens: Tokens, i: int) -> int:
    """Where a name ending at token i begins, when it comes before "is my name"
    in several parts from the start of a sentence or clause: "tran van minh"."""
    k = i
    while k > i - 3 and tokens.word(k - 1) not in BOUNDARIES and name_kind(tokens.word(k - 1)):
        k -= 1
    return k if tokens.word(k - 1) in BOUNDARIES or tokens.word(k - 1) == "," else i
