"""Names found from their place in a sentence: the subject of what only a person
does or has ("Autumn has had 4 TAs ... she", "joy has cerebral palsy",
"Ebele won't eat at school"), two names before a shared verb ("Rose and Ivy go
to"), a lower-case listed name as a subject ("when sam helps me"), and the
object of a verb that takes a person ("took Tanaka under his wing").
"""

from __future__ import annotations

from typing import Final

from voice.analysis.data.given_names import AMBIGUOUS
from voice.analysis.data.stopwords import DAYS_AND_MONTHS, NOT_NAMES, STOPWORDS
from voice.analysis.redaction_kinds import (
    ANY_VERBS,
    BOUNDARIES,
    CONDITIONS,
    FAMILY,
    OWNERS,
    PERSON_VERBS,
    PERSON_WORDS,
    PRONOUNS,
    SIBLINGS,
    SINGULAR,
    Span,
    condition_shaped,
    name_kind,
    surname_end,
    unknown_name,
)
from voice.analysis.redaction_people import (
    ONLY_PEOPLE,
    acts_as_a_person,
    animate,
    done_to_a_person,
    in_a_year_group,
    only_a_child_is,
    waited_for,
)
from voice.analysis.redaction_words import (
    RELATIONS,
    Tokens,
    an_age,
    bare,
    fold,
    is_titlecase,
)
from voice.analysis.textblob_bridge import common_words, known_words


def subject_named(tokens: Tokens, i: int) -> list[Span]:
    """ "Autumn has had 4 TAs ... she": a person's verb, and a pronoun later on."""
    word = tokens.word(i)
    if tokens.word(i - 1) not in BOUNDARIES:
        # A capital after "and", "but", "when" marks a name as well as a sentence does.
        if is_titlecase(bare(word)) and unknown_name(word) and not condition_shaped(
                word) and tokens.word(i - 1).lower() in _CLAUSE_STARTS and (
            done_to_a_person(tokens, i, strict=True) or tokens.word(i + 1).lower() in ONLY_PEOPLE
            or acts_as_a_person(tokens, i + 1)
        ):
            return [(i, i)]
        return []
    if not is_titlecase(bare(word)):
        # "joy has cerebral palsy", "darnell was put in isolation": lower case,
        # but nothing but a person is autistic, diagnosed or put in isolation.
        # Only listed names: a word no list knows may be a condition ("gastrostomy").
        # "may has been excluded": a modal or month never has or is anything.
        listed = name_kind(word) in ("sure", "word") or fold(word) in AMBIGUOUS
        return [(i, i)] if word.islower() and listed and done_to_a_person(tokens, i) else []
    if unknown_name(word) and not condition_shaped(word) and (done_to_a_person(
            tokens, i, strict=True) or in_a_year_group(tokens, i)):
        return [(i, i)]  # "WEI was bullied", "Darnell was put in the isolation booth"
    if name_kind(word) not in ("word", "unknown"):
        # "Will was diagnosed": a listed name that is also a stop word or month.
        listed = fold(bare(word).lower()) in AMBIGUOUS
        if bare(word) == "Will" and tokens.word(i + 1).lower() in _THIRD_PERSON | _MODALS:
            return [(i, i)]  # "Will needs a laptop", "Will will not go": no modal is followed by these
        return [(i, i)] if listed and (
            done_to_a_person(tokens, i) or acts_as_a_person(tokens, i + 1)) else []
    nxt, then = tokens.word(i + 1).lower(), tokens.word(i + 2).lower()
    later = {tokens.word(k).lower() for k in range(i + 2, min(len(tokens), i + 40))}
    if name_kind(word) == "unknown":
        # No English word: any verb will do, if "he" or "she" follows ("Zuri has
        # been out of school ... she"); "they" may be an organisation's. Words
        # shaped like a job or a thing ("Childminder", "Medication") are no names.
        if condition_shaped(word):
            return []
        if unknown_name(word) and (nxt in ONLY_PEOPLE or acts_as_a_person(tokens, i + 1)):
            return [(i, i)]  # "Siddharth needs a quiet space", "Ebele won't eat at school"
        return [(i, i)] if nxt in ANY_VERBS and later & SINGULAR else []
    if then in ("are", "were", "is", "was") or _listed_noun(nxt, then):
        return []  # "River walks are his favourite", "River walks, swimming": a noun, not a verb
    acts = nxt in PERSON_VERBS or (nxt == "has" and (then == "had" or then in CONDITIONS)) or (
        nxt in ("is", "was") and then in ("non-verbal", "nonverbal", "autistic", "diagnosed"))
    if done_to_a_person(tokens, i) or animate(tokens, i + 1) or acts_as_a_person(tokens, i + 1):
        return [(i, i)]
    return [(i, i)] if acts and later & PRONOUNS else []




def _listed_noun(nxt: str, then: str) -> bool:
    """ "River walks, swimming ...": a plural noun in a list, not a person's verb."""
    return nxt.endswith("s") and nxt not in ("has", "is", "was", "does") and then in (",", "&", "or")


# Verbs in the third person, which never follow a modal ("Will needs"); not "is",
# since "Will is a strong word" is the noun.
_THIRD_PERSON: Final = frozenset(
    """needs wants loves likes hates goes gets says does doesn't didn't isn't wasn't hasn't
    can't won't""".split()
)


_MODALS: Final = frozenset("will would can could should must might".split())


def ours_named(tokens: Tokens, i: int) -> list[Span]:
    """ "Our Ray loves trains": a capital after "our", mid-sentence, then a person's verb."""
    word = tokens.word(i)
    kind = name_kind(word)
    if tokens.word(i - 1).lower() != "our" or not is_titlecase(bare(word)) or "'" in word.replace(
            "\u2019", "'"):
        return []
    if kind != "word":
        return []  # "Our Widgit is old", "Our Lexia is good": a brand or a programme
    # Only a person's verb: "Our Hope is that ..." and "Our Bill was £300" are no names.
    return [(i, i)] if tokens.word(i + 1).lower() in PERSON_VERBS else []


# Verbs after two names joined at the start of a sentence: "Rose and Ivy go to".
_PAIR_VERBS: Final = frozenset(
    "go went are were attend attended both have had love hate share started get".split()
)


def pair_named(tokens: Tokens, i: int) -> list[Span]:
    """ "Rose and Ivy go to the same school": two capitalised names, then a verb."""
    if tokens.word(i - 1) not in BOUNDARIES or tokens.word(i + 1).lower() not in ("and", "&"):
        return []
    first, second = tokens.word(i), tokens.word(i + 2)
    if not (is_titlecase(bare(first)) and is_titlecase(bare(second))):
        return []
    kinds = [name_kind(w) or ("word" if fold(bare(w).lower()) in AMBIGUOUS else "")
             for w in (first, second)]  # "Will", "May": stop words that are also names
    if not all(kinds) or tokens.word(i + 3).lower() not in _PAIR_VERBS:
        return []
    family = tokens.word(i + 3).lower() in ("are", "were") and (tokens.word(
        i + 4).lower() in OWNERS and tokens.word(i + 5).lower() in FAMILY | RELATIONS or (
            tokens.word(i + 4).lower() in SIBLINGS))  # "Marley and Blessing are twins"
    if kinds == ["word", "word"] and not family and not (
        tokens.word(i + 3).lower() in _PAIR_MOVES and tokens.word(i + 4).lower() in ("to", "the")
    ):
        return []  # "Hope and Faith are what keep us going"; "Will and Grace are my twins"
    return [(i, i), (i + 2, i + 2)]


_PAIR_MOVES: Final = frozenset({"go", "went", "attend", "attended", "both", "started"})


def paired(tokens: Tokens, named: set[int]) -> list[Span]:
    """ "Tudor and [name] both go to": a capitalised word joined to a found name
    at the start of a sentence, before a verb two people share."""
    spans: list[Span] = []
    for k in sorted(named):
        i = k - 2
        if i < 0 or i in named or tokens.word(i + 1).lower() not in ("and", "&"):
            continue
        word = tokens.word(i)
        lower = bare(word).lower()
        if tokens.word(i - 1) not in BOUNDARIES or not is_titlecase(bare(word)) or (
            lower in STOPWORDS or lower in NOT_NAMES or lower in FAMILY
            or lower in PERSON_WORDS or lower in DAYS_AND_MONTHS
        ):
            continue
        if tokens.word(k + 1).lower() in _PAIR_MOVES:
            spans.append((i, i))
            named.add(i)
    return spans


def lower_listed(tokens: Tokens, i: int) -> list[Span]:
    """ "pls call back abt ollie": a listed name in lower case that is no English word."""
    word = tokens.word(i)
    if not word.islower() or len(word) < 4 or name_kind(word) != "sure":
        return []
    return [] if fold(bare(word)) in known_words() else [(i, surname_end(tokens, i))]


# Verbs in the third person after a lower-case name: "when sam helps me".
_SINGULAR_VERBS: Final = frozenset(
    """is was has had helps helped says said does did goes went likes loves gets got takes
    took tells told comes came makes made shouts shouted hits pushed""".split()
)
_CLAUSE_STARTS: Final = BOUNDARIES | frozenset(
    "when because but and if so then that until since while as , cos coz".split()
)


def lower_subject(tokens: Tokens, i: int) -> list[Span]:
    """ "i like it when sam helps me": a listed name in lower case, as a subject;
    "my mum and tobiasz came": a word no list knows, joined to a relation."""
    word = tokens.word(i)
    if word.islower() and unknown_name(word) and len(word) >= 4 and tokens.word(
        i - 1) in ("and", "&") and tokens.word(i - 2).lower() in FAMILY and tokens.word(
            i + 1).lower() in _SINGULAR_VERBS | _PAIR_VERBS | {"came"}:
        return [(i, i)]
    if not word.islower() or name_kind(word) != "sure" or word in common_words(30):
        return []
    if tokens.word(i - 1).lower() not in _CLAUSE_STARTS:
        return []
    return [(i, i)] if tokens.word(i + 1).lower() in _SINGULAR_VERBS else []


# Verbs whose object is a person: "took Tanaka under his wing", "we don't want
# Rose to go to a special school, we want her supported".
_PERSON_OBJECT_VERBS: Final = frozenset(
    """took take takes helped help helps told tell asked ask want wants wanted let lets saw
    see sees met meet sent send brought bring picked collected gave give teaches taught
    supported support supports moved move left leave love loves loved miss missed kept
    keep pushed bullied restrained excluded ignored hurt""".split()
)
_CONTACT_VERBS: Final = frozenset("ring call phone text email contact message".split())
_OBJECT_ENDS: Final = frozenset(
    "under to up home out into off in on at for with back and or about , . ! ?".split()
) | {""}
# Verbs whose object can only be a person: "excluded Deon in year 8", "told Ade about".
_TAKES_A_PERSON: Final = frozenset(
    """told tell asked ask bullied restrained excluded suspended ignored hurt ring call phone
    text email contact message""".split()
)


def object_named(tokens: Tokens, i: int) -> list[Span]:
    word = tokens.word(i)
    kind = name_kind(word)
    if word.islower() and kind == "sure" and tokens.word(i - 1).lower() in _CONTACT_VERBS | (
        _PERSON_OBJECT_VERBS
    ) and tokens.word(i + 1).lower() in _OBJECT_ENDS:
        return [(i, surname_end(tokens, i))]  # "please ring sarah on [phone]"
    plain = bare(word)
    if not is_titlecase(plain) or not plain[1:].islower() or kind not in ("word", "unknown"):
        return []  # "want MPs to see us"
    verb = tokens.word(i - 1).lower()
    if verb not in _PERSON_OBJECT_VERBS and verb not in _CONTACT_VERBS:
        return []
    if tokens.word(i + 1).lower() not in _OBJECT_ENDS or "'" in word.replace("’", "'"):
        return []
    if kind == "unknown":
        # "took Brownies off his timetable": a plural of a word is a group. A short
        # name one letter from a word ("Deon", "Tolu") is a name after a verb that
        # takes a person, where a capital mid-sentence is no slip.
        if plain.lower().endswith("ies") or condition_shaped(word) or not (
                unknown_name(word) or verb in _TAKES_A_PERSON):
            return []
        return [(i, surname_end(tokens, i))]
    if verb in _CONTACT_VERBS:
        return []
    # A word that is also a name needs a person's pronoun later ("want her supported").
    later = {tokens.word(k).lower() for k in range(i + 2, min(len(tokens), i + 30))}
    return [(i, i)] if later & SINGULAR and tokens.word(i + 1).lower() == "to" else []


_CHILDREN: Final = frozenset("son daughter child boy girl twin grandson granddaughter".split())


def everyday_word_named(tokens: Tokens, i: int) -> bool:
    """ "Memory is very sociable", "Blessing has sickle cell": an everyday word
    (a virtue, a thing) opening a sentence, before what only a person is or has."""
    word = tokens.word(i)
    if tokens.word(i + 1).lower() not in ("is", "was", "has", "had") or not word.isalpha():
        return False
    after_child = tokens.word(i - 1).lower() in _CHILDREN and tokens.word(i - 2).lower() in OWNERS
    if tokens.word(i - 1) not in BOUNDARIES and not after_child:
        return False  # "Our daughter Memory has Down syndrome" is a name as well
    if word.islower():  # "may has been excluded": a modal never has or is anything
        return fold(word) in AMBIGUOUS and done_to_a_person(tokens, i)
    lower = word.lower()
    if not is_titlecase(word) or lower in STOPWORDS or lower in PERSON_WORDS:
        return False
    return name_kind(word) in ("", "unknown") and only_a_child_is(tokens, i)



# Verbs that put a child in a setting: "Wren is at [school]", "Mo goes to [school]",
# "Dakota has been at [school] for 2 years", "Devon is settling well at [school]".
_SETTING_VERBS: Final = frozenset(
    "is was has had started starts goes went moved attends attended loves hates settled".split()
)
_SETTING_GAP: Final = 5
# What may follow an age: "Brooklyn is 9 and ...", "Hope is 7, ...", "River is 8."
_AFTER_AGE: Final = frozenset(
    {"and", ",", ".", "!", "", "now", "but", "-", "(", "years", "yrs", "yo", "year", "with"}
)


def _name_or_month(word: str) -> bool:
    """A capitalised listed name, a word no list knows, or a name that is also a
    word or a month ("Hope", "April")."""
    plain = bare(word)
    return is_titlecase(plain) and "'" not in word.replace("\u2019", "'") and (
        name_kind(word) in ("sure", "word", "unknown") or fold(plain.lower()) in AMBIGUOUS)


def _at_a_setting(tokens: Tokens, i: int) -> bool:
    """A verb after token i, then "at [school]" or "to [school]" in the same clause."""
    if tokens.word(i + 1).lower() not in _SETTING_VERBS:
        return False
    for k in range(i + 2, i + 2 + _SETTING_GAP):
        word = tokens.word(k)
        if word in BOUNDARIES or word == ",":
            return False
        if word == "[school]":
            return tokens.word(k - 1).lower() in ("at", "to", "into", "attends", "attended")
    return False


def _an_age_then(tokens: Tokens, i: int) -> bool:
    """ "Brooklyn is 9 and has been out of school": an age, and the sentence goes on."""
    return tokens.word(i + 1).lower() in ("is", "was", "turned", "turns") and an_age(tokens.word(i + 2)) and (
        tokens.word(i + 3).lower() in _AFTER_AGE)


def placed_named(tokens: Tokens, i: int) -> list[Span]:
    """A sentence's subject that only a child can be: at a setting, of an age, with a
    brother, or short for a name ("Art is short for [name]").

    "Summer and her brother [name] both have EHCPs" and "Wren is at [school]"
    name a person; "Summer is 6 weeks long" and "Art is at the heart of it" do not.
    """
    word = tokens.word(i)
    if tokens.word(i - 1) not in BOUNDARIES or not _name_or_month(word):
        return []
    nxt, then, after = (tokens.word(i + k).lower() for k in (1, 2, 3))
    with_kin = nxt in ("and", "&") and then in OWNERS and after in FAMILY
    short_for = nxt in ("is", "was", "'s") and then == "short" and after == "for"
    if with_kin or short_for or _an_age_then(tokens, i) or _at_a_setting(tokens, i) or (
            waited_for(tokens, i)):
        return [(i, i)]
    return []
