"""Names found from the words around them, where no title or relation comes first.

``redaction`` finds names after a cue ("my son", "Mrs") and capitalised listed
names. Parents also write names where the cue is the sentence around them:

* thanks and sign-offs: "thanks bill and sue at the youth club",
  "Thanks to Joy at ...", "cheers Gaz";
* family "of": "brother of Deniz", "parents of Sumaiya";
* introductions in lower case: "i am ayaan", "hi its shannon again";
* what follows a name: an age ("ruby is 13"), a relation ("mark is my
  partner"), pronouns or a relation in brackets ("Sky (they/them)",
  "Pat (grandma)"), a possessive before a relation ("tayla's TA",
  "Ruby's annual review"), a person's verb at the start of a sentence
  ("Autumn has had 4 TAs ... she");
* a list of names: "Thanks to [name] and Ciarán", "[name], then [name], now
  Mark";
* a surname after a lower-case first name: "oliwer wiśniewski";
* what only a person is, has or does: "June is autistic", "joy has cerebral
  palsy", "Ebele won't eat at school", "Yerlan's speech"; a role and "was"
  ("The key worker was Summer, she..."); the object of a verb that takes a
  person ("took Tanaka under his wing").

A word that is also an everyday word (Joy, Bill, Summer) needs such a
context *and* a word after it that a name takes (an ending, "and", "at",
"from"...), so "it is a joy", "thanks to summer school", "I will mark it",
"the bill is 50 pounds" and "pie in the sky" are left alone.

Rules that read a name from its place in the sentence (subject, object, a
pair before a verb) are in ``redaction_subjects``; the word tests they share
are in ``redaction_kinds``.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

from voice.analysis.data.given_names import AMBIGUOUS
from voice.analysis.data.places import PLACES
from voice.analysis.redaction_cues import (
    CUE_WORDS,
    good_with,
    looked_after,
    made_to,
    my_name_start,
    named_before_who,
    self_with_age,
    spelled_as,
)
from voice.analysis.redaction_kinds import (
    ADJECTIVES,
    AGE_VERBS,
    BOUNDARIES,
    FAMILY,
    FILLERS,
    INTRO,
    LIST_JOINS,
    OWNERS,
    PERSON_WORDS,
    PRONOUNS,
    SIBLINGS,
    THANKS,
    UNITS,
    Span,
    ends_like_a_name,
    name_kind,
    phrase_before,
    surname_end,
    takes,
    unknown_name,
    with_list,
)
from voice.analysis.redaction_people import (
    A_PERSONS,
)
from voice.analysis.redaction_subjects import (
    everyday_word_named,
    lower_listed,
    lower_subject,
    object_named,
    ours_named,
    pair_named,
    paired,
    placed_named,
    subject_named,
)
from voice.analysis.redaction_words import (
    POSSESSED,
    RELATIONS,
    Tokens,
    bare,
    fold,
    is_titlecase,
)


def _thanked(tokens: Tokens, i: int) -> list[Span]:
    """ "thanks bill and sue", "Thank you to Hazel at", "cheers Gaz"."""
    lower = tokens.word(i).lower()
    if lower not in THANKS and not (i == 0 and lower == "from"):  # "from Sue, mum of..."
        return []
    k = i + 1
    if lower == "thank" and tokens.word(k).lower() == "you":
        k += 1
    skip = k
    while skip - k < 3 and tokens.word(skip).lower() in FILLERS:
        skip += 1
    if tokens.word(skip) == "to":  # "thank you so much to Amber"
        k = skip
    if tokens.word(k) in (",", "to"):
        k += 1
    if tokens.word(k).lower() == "you" and lower != "thank":
        return []
    if lower == "love" and tokens.word(i + 1) not in (",", "from"):
        return []
    if tokens.word(k).lower() == "from":
        k += 1
    if not takes(tokens, k):
        return []
    if name_kind(tokens.word(k)) == "word" and tokens.word(k).islower() and tokens.word(
            k + 1).lower() in ("and", "&") and not takes(tokens, k + 2):
        return []  # "thanks to hope and prayer"
    return with_list(tokens, k)


def _family_of(tokens: Tokens, i: int) -> list[Span]:
    """ "brother of Deniz", "parents of Sumaiya", "mum of jayden", "I'm Li,
    grandmother to Hao"."""
    if tokens.word(i).lower() not in FAMILY:
        return []
    joined = tokens.word(i + 1).lower()
    # "to" and "for" only where the relation introduces the writer ("..., carer
    # for", "foster carer to"), not "drove mum to Tesco".
    if joined != "of" and not (joined in ("to", "for") and tokens.word(i).lower() in _PARENTS
                               and tokens.word(i - 1).lower() in _INTRODUCING):
        return []
    k = i + 2
    kind = name_kind(tokens.word(k))
    if kind == "sure" or (kind and is_titlecase(bare(tokens.word(k))) and ends_like_a_name(
            tokens, k)) or (kind == "unknown" and ends_like_a_name(tokens, k)):
        return with_list(tokens, k)
    if kind == "word" and tokens.word(i).lower() in _PARENTS and tokens.word(k + 1) in (
        ",", ".", "(", "!", ""
    ):
        return [(k, k)]  # "mum of hope (confusing i know)"
    return []


_KIN_ADJECTIVES: Final = frozenset("big little older younger elder baby twin step foster".split())
_PARENTS: Final = frozenset(
    """mum mom mam dad mother father parent carer grandma grandad nan nana gran
    grandmother grandfather guardian""".split()
)
_INTRODUCING: Final = BOUNDARIES | frozenset({",", "(", "-", "foster", "and", "proud", "a"})


_SELF: Final = (("i", "am"), ("im",), ("i'm",), ("name", "is"), ("names",), ("name's",))
_MY_NAME: Final = frozenset({"name", "names", "name's"})


def _is_my_name(tokens: Tokens, i: int) -> bool:
    """ "grace is my name", "Pat is my husband's name"."""
    if tokens.word(i + 1).lower() not in ("is", "was") or tokens.word(i + 2).lower() not in (
        OWNERS
    ):
        return False
    k = i + 3
    owner = tokens.word(k).lower().replace("\u2019", "'")
    if owner.endswith("'s") and owner[:-2] in FAMILY | RELATIONS:
        k += 1
    return tokens.word(k).lower() in _MY_NAME


def _introduced(tokens: Tokens, i: int) -> list[Span]:
    """ "i am ayaan", "hi its shannon again", "im hope, mum of ...", "grace is my name"."""
    word = tokens.word(i)
    kind = name_kind(word)
    if not word.islower() or not kind:
        return []
    if _is_my_name(tokens, i):
        return [(my_name_start(tokens, i), i)]  # "grace is my name too", "tran van minh is my name"
    if kind == "sure" and phrase_before(tokens, i, INTRO):
        return [(i, surname_end(tokens, i))]
    # A word that is also a name ("hope", "joy") only after "I am" or "my name is",
    # and only where the sentence could end: "im hope, mum of ..."; not "its joy to see".
    if kind == "word" and phrase_before(tokens, i, _SELF) and tokens.word(i + 1) in (
        ",", ".", "!", "", "(", "and", "&", "-"
    ):
        return [(i, i)]
    if kind == "word" and phrase_before(tokens, i, INTRO) and tokens.word(i + 1) == "(" and (
            tokens.word(i + 2).lower() in FAMILY):
        return [(i, i)]  # "hi its jade (mum of ...)"; not "its joy (for us)"
    return []


def _bracketed_role(tokens: Tokens, k: int) -> bool:
    """Whether the brackets opening before token k hold a relation or an age:
    "(our social worker)", "(big sister)", "(SEN caseworker)", "(9)"."""
    then, after = tokens.word(k).lower(), tokens.word(k + 1).lower()
    if then in OWNERS or then in ("the", "a", "an"):  # "Hazel (our social worker)", "(the TA)"
        then = tokens.word(k + 2 if after in ("social", "key", "support") else k + 1).lower()
    elif then in _KIN_ADJECTIVES and after in FAMILY:
        then = after  # "Dilnoza (big sister)"
    elif tokens.word(k).isupper() and after in RELATIONS | PERSON_WORDS:
        then = after  # "Kavitha (SEN caseworker)"
    return then in FAMILY or then in RELATIONS or (then.isdigit() and len(then) <= 2)


def _described(tokens: Tokens, i: int) -> list[Span]:
    """ "ruby is 13", "mark is my partner", "Sky (they/them)", "Pat (grandma"."""
    word = tokens.word(i)
    kind = name_kind(word) or ("word" if is_titlecase(bare(word)) and fold(
        bare(word).lower()) in AMBIGUOUS else "")  # "June (nan) picks him up"
    if not kind:
        return []
    nxt, then, after = (tokens.word(i + k).lower() for k in (1, 2, 3))
    titled = is_titlecase(bare(word))
    start_of_sentence = tokens.word(i - 1) in BOUNDARIES or tokens.word(i - 1) in (",", "and")
    if nxt == "(" and then in PRONOUNS and after == "/":
        return [(i, i)]  # "river (he/him)"
    if _is_my_name(tokens, i):
        return [(my_name_start(tokens, i), i)]  # "Sorry, Pat is my husband's name"
    if nxt == "(" and _bracketed_role(tokens, i + 2):
        return [(i, i)] if titled or kind == "sure" else []
    if not start_of_sentence:
        return []
    if nxt == "and" and then in ("i", "me") and tokens.word(i - 1) != ",":
        return [(i, i)]  # "mark and i have given up"
    if titled:
        return []
    if nxt in AGE_VERBS and then.isdigit() and after not in UNITS:
        return [(i, i)]
    if nxt in ("is", "was") and then in OWNERS and after in FAMILY | RELATIONS:
        return [(i, i)]
    return []


def _role_named(tokens: Tokens, i: int) -> list[Span]:
    """ "The key worker was Summer, she was great": a person's role, then the name."""
    word = tokens.word(i)
    if not is_titlecase(bare(word)) or tokens.word(i - 1).lower() not in ("is", "was"):
        return []
    if tokens.word(i - 2).lower() not in PERSON_WORDS:
        return []
    nxt = tokens.word(i + 1).lower()
    if nxt == "," and tokens.word(i + 2).lower() in PRONOUNS and (
        name_kind(word) in ("sure", "word") or unknown_name(word)
    ):  # not "The teacher was Great, she ..."
        return [(i, surname_end(tokens, i))]
    # Without "she" or "he" after it, only a listed name: "my husband is Bengali".
    if name_kind(word) in ("sure", "word") and (nxt in BOUNDARIES or nxt in ("and", "&", "who")):
        return [(i, surname_end(tokens, i))]
    return []


def _bracketed(tokens: Tokens, i: int) -> list[Span]:
    """ "the lady from the SEN team (Bernadette)": a name in brackets after a person."""
    if tokens.word(i - 1) != "(" or tokens.word(i + 1) != ")":
        return []
    word = tokens.word(i)
    if not is_titlecase(bare(word)) or not name_kind(word) or bare(word).lower() in PLACES:
        return []  # "our old area (Devon)" is a place
    before = {tokens.word(k).lower() for k in range(max(0, i - 7), i - 1)}
    return [(i, i)] if before & PERSON_WORDS else []


def _possessor(tokens: Tokens, i: int) -> list[Span]:
    """ "tayla's TA", "Ruby's annual review"."""
    word = tokens.word(i).replace("\u2019", "'")
    if not word.lower().endswith("'s"):
        return []
    k = i + 1
    if tokens.word(k).lower() in ADJECTIVES:
        k += 1
    one_to_one = tokens.word(k) == "1" and tokens.word(k + 1) == ":"  # "India's 1:1 left"
    if tokens.word(k).lower() not in POSSESSED and not one_to_one:
        return []
    # A lower-case word no list knows may be a British spelling ("paediatrician's").
    kind = name_kind(word)
    if kind == "sure" or (kind == "word" and is_titlecase(bare(word))):
        return [(i, i)]
    if kind == "unknown" and is_titlecase(bare(word)) and unknown_name(word) and (
        tokens.word(i - 1) in BOUNDARIES
    ):  # "Stavros's annual review was cancelled"; mid-sentence it may be a brand's
        return [(i, i)]
    return []




def _owner_of_a_persons(tokens: Tokens, i: int) -> list[Span]:
    word = tokens.word(i).replace("\u2019", "'")
    if not word.endswith("'s") or not unknown_name(word) or not is_titlecase(bare(word)):
        return []
    k = i + 1
    if tokens.word(k).lower() in ("mental", "physical", "social", "emotional"):
        k += 1
    return [(i, i)] if tokens.word(k).lower() in A_PERSONS | {"health", "needs"} else []


# Rules cued by the word before a name, and rules that test the word itself.
_CUED_RULES: Final = (_thanked, _family_of, self_with_age, looked_after, spelled_as, made_to, good_with)
_WORD_RULES: Final = (_introduced, _described, _bracketed, _possessor, placed_named, subject_named, ours_named,
                      pair_named, lower_listed, _role_named, lower_subject, object_named, _owner_of_a_persons,
                      named_before_who)
_CUES: Final = THANKS | FAMILY | CUE_WORDS | {"from"}


def _listed_with(tokens: Tokens, i: int, named: set[int]) -> bool:
    """Token i joined to a name already found: "[name] and Ciarán", "then [name], now Mark"."""
    k = i - 1
    steps = 0
    while steps < 3 and tokens.word(k).lower() in LIST_JOINS | {"or"}:
        k -= 1
        steps += 1
    if steps and k in named:
        return True
    # "Tolu or [name]", "Rufaro, [name] - both autistic", "then Patel, then [name]".
    k = i + 1
    while k - i <= 3 and tokens.word(k).lower() in LIST_JOINS | {"or"}:
        k += 1
    if k == i + 1 or k not in named or tokens.word(i).lower() in PERSON_WORDS:
        return False
    if tokens.word(i + 1) == ",":  # not "The caseworker, [name], rang" or "at Carrowby, [name]"
        return tokens.word(i - 1) in BOUNDARIES or tokens.word(i - 1).lower() in LIST_JOINS
    return tokens.word(i + 1).lower() in ("and", "&", "or")


def _siblings(tokens: Tokens, i: int, named: set[int]) -> bool:
    """ "[name] and Blessing are twins": a word that is also a name, joined to one."""
    return tokens.word(i - 1).lower() in ("and", "&") and i - 2 in named and is_titlecase(
        bare(tokens.word(i))) and tokens.word(i + 1).lower() in ("are", "were") and tokens.word(
            i + 2).lower() in SIBLINGS


def _plainly_named(word: str) -> bool:
    """A capitalised listed name or a word no English list has ("Rutendo")."""
    return is_titlecase(bare(word)) and name_kind(word) in ("sure", "unknown")


def _echoes(tokens: Tokens, candidates: list[int], named: set[int], spans: list[Span]) -> list[Span]:
    """Later mentions of a name found once: "[name] is fine, Rutendo has been waiting".

    The same capitalised word is the same person. A word that is also an
    everyday word (Ivy, Rose) is taken only away from the start of a sentence,
    where its capital shows it is a name ("only Ivy gets transport").
    """
    words = [item[0] for item in tokens.items]
    seen = {bare(words[k]) for start, end in spans for k in range(start, end + 1)
            if is_titlecase(bare(words[k])) and name_kind(words[k])}
    echoes: list[Span] = []
    for i in candidates:
        plain = bare(words[i])
        if i in named or plain not in seen:
            continue
        if name_kind(words[i]) == "word" and tokens.word(i - 1) in BOUNDARIES:
            continue
        echoes.append((i, i))
        named.add(i)
    return echoes


def _aliases(tokens: Tokens, candidates: list[int], named: set[int]) -> list[Span]:
    """ "Ali (Wojtek at home)": a second name in brackets straight after a name."""
    spans: list[Span] = []
    for i in candidates:
        word = tokens.word(i)
        if i in named or tokens.word(i - 1) != "(" or i - 2 not in named:
            continue
        if is_titlecase(bare(word)) and name_kind(word) and tokens.word(i + 1).lower() in (
            ")", "at", "to", "for", ","
        ):
            spans.append((i, i))
            named.add(i)
    return spans


def _joined(tokens: Tokens, candidates: list[int], named: set[int]) -> list[Span]:
    """Names in a list with a name already found: "[name] and Ciarán", "Tolu or [name]"."""
    words = [item[0] for item in tokens.items]
    spans: list[Span] = []
    for i in candidates:
        if i not in named and name_kind(words[i]) and _listed_with(tokens, i, named) and (
            takes(tokens, i, lower_words=False) or _plainly_named(words[i]) or _siblings(tokens, i, named)
        ):
            spans.append((i, surname_end(tokens, i)))
            named.add(i)
    return spans


# Two capitals that are a service, a subject or a role, never a child's initials.
_ACRONYMS: Final = frozenset(
    """TA OT EP GP SW HV PE RE IT DT LA UK US PA SI HI VI MS PT ST CP ID LD YP AM PM OK TV
    SL IQ DS MH SN ED HR NI EU AI FE HE SA DR""".split()
)
_TWO_CAPITALS_RE: Final = re.compile(r"\b[A-Z]{2}\b")
# What a child does that a service or a subject does not: "the only reason JB goes in".
_CHILD_VERBS: Final = frozenset(
    "goes went loves hates won't can't doesn't didn't refuses refused screams cries".split()
)
_CHILD_WORDS: Final = frozenset(
    "son daughter grandson granddaughter child boy girl lad twin brother sister nephew niece".split()
)


def _initials(tokens: Tokens, named: set[int]) -> list[Span]:
    """A child known by initials: "my son TJ (13)", "we call him KJ", "JB is my grandson"."""
    spans: list[Span] = []
    if not _TWO_CAPITALS_RE.search(tokens.text):
        return spans
    for i, (word, _start, _end) in enumerate(tokens.items):
        if len(word) != 2 or not word.isalpha() or not word.isupper() or word in _ACRONYMS or (
                i in named):
            continue
        before, earlier = tokens.word(i - 1).lower(), tokens.word(i - 2).lower()
        nxt, then, after = (tokens.word(i + k).lower() for k in (1, 2, 3))
        if (before in _CHILD_WORDS and earlier in OWNERS) or (
            before in ("him", "her") and earlier in ("call", "calls", "called")
        ) or (nxt in ("is", "was") and then in OWNERS and after in FAMILY | RELATIONS) or (
            nxt == "(" and then.isdigit() and after == ")"
        ) or nxt.replace("\u2019", "'") in _CHILD_VERBS:
            spans.append((i, i))
            named.add(i)
    return spans


@lru_cache(maxsize=65536)
def _may_matter(word: str) -> bool:
    return word.lower() in _CUES or bool(name_kind(word)) or (
        is_titlecase(bare(word)) and fold(bare(word).lower()) in AMBIGUOUS)

def context_names(tokens: Tokens, found: list[Span]) -> list[Span]:
    """Token spans of names found from context, beyond the ``found`` ones."""
    words = [item[0] for item in tokens.items]
    named = {k for start, end in found for k in range(start, end + 1)}
    named.update(k for k, word in enumerate(words) if word == "[name]")
    # Only letters can be a name or cue one; most tokens stop at these two tests.
    candidates = [k for k, word in enumerate(words) if word[0].isalpha() and _may_matter(word)]
    spans: list[Span] = []
    for i in candidates:
        if i in named:
            continue
        rules = _CUED_RULES if words[i].lower() in _CUES else _WORD_RULES
        for rule in rules:
            got = rule(tokens, i)
            if got:
                spans.extend(got)
                named.update(k for start, end in got for k in range(start, end + 1))
                break
    everyday = [(i, i) for i in range(len(words)) if i not in named and everyday_word_named(tokens, i)]
    spans += everyday
    named.update(i for i, _ in everyday)
    spans += _initials(tokens, named)
    if named:
        spans += _joined(tokens, candidates, named)
        spans += _aliases(tokens, candidates, named)
        spans += paired(tokens, named)
        echoes = _echoes(tokens, candidates, named, found + spans)
        # "then Patel, then [name] again": a later mention may join an earlier name.
        spans += echoes + (_joined(tokens, candidates, named) if echoes else [])
    for _start, end in sorted(found + spans):
        if words[end].islower() and end + 1 not in named:
            tail = surname_end(tokens, end)
            if tail > end:
                spans.append((end + 1, tail))
    return spans
