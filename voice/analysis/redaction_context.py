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
"""

from __future__ import annotations

from functools import lru_cache
from typing import Final

from voice.analysis.data.given_names import AMBIGUOUS
from voice.analysis.data.stopwords import DAYS_AND_MONTHS, NOT_NAMES, STOPWORDS
from voice.analysis.data.world_names import SURNAMES
from voice.analysis.redaction_people import (
    A_PERSONS,
    ONLY_PEOPLE,
    acts_as_a_person,
    animate,
    done_to_a_person,
    in_a_year_group,
    only_a_child_is,
)
from voice.analysis.redaction_words import (
    POSSESSED,
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
from voice.analysis.textblob_bridge import common_words, known_words

Span = tuple[int, int]

_THANKS: Final = frozenset({"thanks", "thank", "thankyou", "cheers", "regards", "wishes", "love"})
# Words a name is followed by in thanks and lists; "joy to see", "summer school"
# and "hope and prayer" do not end like this.
_FILLERS: Final = frozenset({"so", "very", "much", "again", "also", "a", "lot", "loads"})
_NAME_ENDS: Final = frozenset({"", ".", ",", "!", "?", ")", ":", ";", "-", "x", "xx", "xxx",
                               "at", "from", "for", "in", "and", "&", "(", "who", "was", "is",
                               "has", "had", "said", "says", "did", "does", "helped"})
_FAMILY: Final = frozenset(
    """brother brothers sister sisters son sons daughter daughters mother father mum mom
    mam dad mummy daddy parent parents carer carers grandma grandmother grandad grandfather
    grandparent grandparents nan nana gran aunt auntie aunty uncle guardian sibling
    siblings twin stepmum stepdad""".split()
)
_INTRO: Final = (("i", "am"), ("im",), ("i'm",), ("its",), ("it's",), ("this", "is"),
                 ("name", "is"), ("names",), ("name's",))
_AGE_VERBS: Final = frozenset({"is", "was", "turned", "turns", "aged"})
_OWNERS: Final = frozenset({"my", "his", "her", "our", "their"})
_UNITS: Final = frozenset(
    "hours hrs minutes mins days weeks months miles pounds percent % times pm am".split()
)
_PRONOUNS: Final = frozenset({"he", "she", "they", "him", "her", "them", "his", "hers",
                              "their", "ze", "xe"})
_PERSON_WORDS: Final = RELATIONS | frozenset(
    """lady man woman team someone person worker officer manager coordinator
    co-ordinator ot ep salt slt sw hv gp lsa sendco""".split()
)
# Verbs that take a person, not a season or a virtue, as their subject.
_PERSON_VERBS: Final = frozenset(
    """loves likes hates attends goes went says said cries cried needs wants struggles
    uses started starts can't cannot won't doesn't didn't isn't wasn't refuses refused
    screams screamed masks masked gets got talks walks eats sleeps""".split()
)


_ANY_VERBS: Final = _PERSON_VERBS | frozenset(
    "has had is was will can could does did gets got".split()
)
_NOUN_ENDINGS: Final = ("tion", "sion", "ian", "er", "or", "ist", "ment", "ness", "ity", "ogy",
                        "ics", "ing", "ed", "ism", "ance", "ence", "able", "ship", "ful")
_SINGULAR: Final = frozenset({"he", "she", "him", "her", "his", "hers"})
_CONDITIONS: Final = frozenset(
    """autism adhd asd pda dyslexia dyspraxia epilepsy cerebral down downs rett global
    complex severe learning sensory selective""".split()
)
_ADJECTIVES: Final = frozenset(
    "annual new old first last current previous own class key support 1:1".split()
)
_BOUNDARIES: Final = frozenset({"", ".", "!", "?", ":", ";", "\n"})
_LIST_JOINS: Final = frozenset({"and", "&", "or", "then", "now", "also", "plus", ","})


def _lower(tokens: Tokens, i: int) -> str:
    return bare(tokens.word(i)).lower()


@lru_cache(maxsize=65536)
def _kind(word: str) -> str:
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


def _ends_like_a_name(tokens: Tokens, j: int) -> bool:
    nxt = tokens.word(j + 1).lower()
    if "'" in tokens.word(j).replace("\u2019", "'"):
        return True
    return nxt in _NAME_ENDS or nxt == "\n"


def _takes(tokens: Tokens, i: int, *, lower_words: bool = True) -> bool:
    """Whether token i is a name in a context that allows one."""
    word = tokens.word(i)
    kind = _kind(word)
    if not kind:
        return False
    titled = is_titlecase(bare(word))
    if kind == "sure":
        return True
    if kind == "word" and not titled and not lower_words:
        return False
    return _ends_like_a_name(tokens, i)


def _phrase_before(tokens: Tokens, i: int, phrases: tuple[tuple[str, ...], ...]) -> bool:
    for phrase in phrases:
        n = len(phrase)
        if i - n >= 0 and all(
            tokens.word(i - n + k).lower().replace("\u2019", "'") == phrase[k] for k in range(n)
        ):
            return True
    return False


def _with_list(tokens: Tokens, i: int) -> list[Span]:
    """The name at i and any names joined to it: "bill and sue", "Max & Ciarán"."""
    spans = [(i, _surname_end(tokens, i))]
    end = spans[-1][1]
    while tokens.word(end + 1).lower() in ("and", "&") and _takes(tokens, end + 2):
        spans.append((end + 2, _surname_end(tokens, end + 2)))
        end = spans[-1][1]
    return spans


def _surname_end(tokens: Tokens, i: int) -> int:
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


def _thanked(tokens: Tokens, i: int) -> list[Span]:
    """ "thanks bill and sue", "Thank you to Hazel at", "cheers Gaz"."""
    lower = tokens.word(i).lower()
    if lower not in _THANKS and not (i == 0 and lower == "from"):  # "from Sue, mum of..."
        return []
    k = i + 1
    if lower == "thank" and tokens.word(k).lower() == "you":
        k += 1
    skip = k
    while skip - k < 3 and tokens.word(skip).lower() in _FILLERS:
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
    if not _takes(tokens, k):
        return []
    if _kind(tokens.word(k)) == "word" and tokens.word(k).islower() and tokens.word(
            k + 1).lower() in ("and", "&") and not _takes(tokens, k + 2):
        return []  # "thanks to hope and prayer"
    return _with_list(tokens, k)


def _family_of(tokens: Tokens, i: int) -> list[Span]:
    """ "brother of Deniz", "parents of Sumaiya", "mum of jayden"."""
    if tokens.word(i).lower() not in _FAMILY or tokens.word(i + 1).lower() != "of":
        return []
    k = i + 2
    kind = _kind(tokens.word(k))
    if kind == "sure" or (kind and is_titlecase(bare(tokens.word(k))) and _ends_like_a_name(
            tokens, k)) or (kind == "unknown" and _ends_like_a_name(tokens, k)):
        return _with_list(tokens, k)
    if kind == "word" and tokens.word(i).lower() in _PARENTS and tokens.word(k + 1) in (
        ",", ".", "(", "!", ""
    ):
        return [(k, k)]  # "mum of hope (confusing i know)"
    return []


_PARENTS: Final = frozenset(
    "mum mom mam dad mother father parent carer grandma grandad nan nana gran".split()
)


_SELF: Final = (("i", "am"), ("im",), ("i'm",), ("name", "is"), ("names",), ("name's",))
_MY_NAME: Final = frozenset({"name", "names", "name's"})


def _is_my_name(tokens: Tokens, i: int) -> bool:
    """ "grace is my name", "Pat is my husband's name"."""
    if tokens.word(i + 1).lower() not in ("is", "was") or tokens.word(i + 2).lower() not in (
        _OWNERS
    ):
        return False
    k = i + 3
    owner = tokens.word(k).lower().replace("\u2019", "'")
    if owner.endswith("'s") and owner[:-2] in _FAMILY | RELATIONS:
        k += 1
    return tokens.word(k).lower() in _MY_NAME


def _introduced(tokens: Tokens, i: int) -> list[Span]:
    """ "i am ayaan", "hi its shannon again", "im hope, mum of ...", "grace is my name"."""
    word = tokens.word(i)
    kind = _kind(word)
    if not word.islower() or not kind:
        return []
    if _is_my_name(tokens, i):
        return [(i, i)]  # "grace is my name too"
    if kind == "sure" and _phrase_before(tokens, i, _INTRO):
        return [(i, _surname_end(tokens, i))]
    # A word that is also a name ("hope", "joy") only after "I am" or "my name is",
    # and only where the sentence could end: "im hope, mum of ..."; not "its joy to see".
    if kind == "word" and _phrase_before(tokens, i, _SELF) and tokens.word(i + 1) in (
        ",", ".", "!", "", "(", "and", "&", "-"
    ):
        return [(i, i)]
    return []


def _described(tokens: Tokens, i: int) -> list[Span]:
    """ "ruby is 13", "mark is my partner", "Sky (they/them)", "Pat (grandma"."""
    word = tokens.word(i)
    kind = _kind(word)
    if not kind:
        return []
    nxt, then, after = (tokens.word(i + k).lower() for k in (1, 2, 3))
    titled = is_titlecase(bare(word))
    start_of_sentence = tokens.word(i - 1) in _BOUNDARIES or tokens.word(i - 1) in (",", "and")
    if nxt == "(" and then in _PRONOUNS and after == "/":
        return [(i, i)]  # "river (he/him)"
    if _is_my_name(tokens, i):
        return [(i, i)]  # "Sorry, Pat is my husband's name"
    if nxt == "(" and then in _OWNERS:  # "Hazel (our social worker)"
        then = tokens.word(i + 4 if after in ("social", "key", "support") else i + 3).lower()
    if nxt == "(" and (then in _FAMILY or then in RELATIONS or (then.isdigit() and len(then) <= 2)):
        return [(i, i)] if titled or kind == "sure" else []
    if not start_of_sentence:
        return []
    if nxt == "and" and then in ("i", "me") and tokens.word(i - 1) != ",":
        return [(i, i)]  # "mark and i have given up"
    if titled:
        return []
    if nxt in _AGE_VERBS and then.isdigit() and after not in _UNITS:
        return [(i, i)]
    if nxt in ("is", "was") and then in _OWNERS and after in _FAMILY | RELATIONS:
        return [(i, i)]
    return []


def _role_named(tokens: Tokens, i: int) -> list[Span]:
    """ "The key worker was Summer, she was great": a person's role, then the name."""
    word = tokens.word(i)
    if not is_titlecase(bare(word)) or tokens.word(i - 1).lower() not in ("is", "was"):
        return []
    if tokens.word(i - 2).lower() not in _PERSON_WORDS:
        return []
    nxt = tokens.word(i + 1).lower()
    if nxt == "," and tokens.word(i + 2).lower() in _PRONOUNS and (
        _kind(word) in ("sure", "word") or _unknown_name(word)
    ):  # not "The teacher was Great, she ..."
        return [(i, _surname_end(tokens, i))]
    # Without "she" or "he" after it, only a listed name: "my husband is Bengali".
    if _kind(word) in ("sure", "word") and (nxt in _BOUNDARIES or nxt in ("and", "&", "who")):
        return [(i, _surname_end(tokens, i))]
    return []


def _bracketed(tokens: Tokens, i: int) -> list[Span]:
    """ "the lady from the SEN team (Bernadette)": a name in brackets after a person."""
    if tokens.word(i - 1) != "(" or tokens.word(i + 1) != ")":
        return []
    word = tokens.word(i)
    if not is_titlecase(bare(word)) or not _kind(word):
        return []
    before = {tokens.word(k).lower() for k in range(max(0, i - 7), i - 1)}
    return [(i, i)] if before & _PERSON_WORDS else []


def _possessor(tokens: Tokens, i: int) -> list[Span]:
    """ "tayla's TA", "Ruby's annual review"."""
    word = tokens.word(i).replace("\u2019", "'")
    if not word.lower().endswith("'s"):
        return []
    k = i + 1
    if tokens.word(k).lower() in _ADJECTIVES:
        k += 1
    if tokens.word(k).lower() not in POSSESSED:
        return []
    # A lower-case word no list knows may be a British spelling ("paediatrician's").
    kind = _kind(word)
    if kind == "sure" or (kind == "word" and is_titlecase(bare(word))):
        return [(i, i)]
    return []




def _owner_of_a_persons(tokens: Tokens, i: int) -> list[Span]:
    word = tokens.word(i).replace("\u2019", "'")
    if not word.endswith("'s") or not _unknown_name(word) or not is_titlecase(bare(word)):
        return []
    k = i + 1
    if tokens.word(k).lower() in ("mental", "physical", "social", "emotional"):
        k += 1
    return [(i, i)] if tokens.word(k).lower() in A_PERSONS | {"health", "needs"} else []


# Endings of conditions and treatments, which are diagnosed and refused too:
# "Hypermobility was diagnosed at 9", "Gastrostomy was refused".
_CONDITION_ENDINGS: Final = ("omy", "osis", "itis", "aemia", "emia", "opathy", "plegia",
                             "lexia", "praxia", "phasia", "algia", "trophy", "oma", "ism",
                             "ness", "ity", "tion", "sion", "ment", "ics", "ogy")


def _unknown_name(word: str) -> bool:
    """A word no list knows, shaped like a name and not like a derived English
    word ("Adulthood", "Academically") or a slip on a common one."""
    return _kind(word) == "unknown" and name_shaped(bare(word).lower())


def _condition_shaped(word: str) -> bool:
    return bare(word).lower().endswith(_CONDITION_ENDINGS + _NOUN_ENDINGS)


def _subject(tokens: Tokens, i: int) -> list[Span]:
    """ "Autumn has had 4 TAs ... she": a person's verb, and a pronoun later on."""
    word = tokens.word(i)
    if tokens.word(i - 1) not in _BOUNDARIES:
        # A capital after "and", "but", "when" marks a name as well as a sentence does.
        if is_titlecase(bare(word)) and _unknown_name(word) and not _condition_shaped(
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
        listed = _kind(word) in ("sure", "word") or fold(word) in AMBIGUOUS
        return [(i, i)] if word.islower() and listed and done_to_a_person(tokens, i) else []
    if _unknown_name(word) and not _condition_shaped(word) and (done_to_a_person(
            tokens, i, strict=True) or in_a_year_group(tokens, i)):
        return [(i, i)]  # "WEI was bullied", "Darnell was put in the isolation booth"
    if _kind(word) not in ("word", "unknown"):
        # "Will was diagnosed": a listed name that is also a stop word or month.
        listed = fold(bare(word).lower()) in AMBIGUOUS
        return [(i, i)] if listed and done_to_a_person(tokens, i) else []
    nxt, then = tokens.word(i + 1).lower(), tokens.word(i + 2).lower()
    later = {tokens.word(k).lower() for k in range(i + 2, min(len(tokens), i + 40))}
    if _kind(word) == "unknown":
        # No English word: any verb will do, if "he" or "she" follows ("Zuri has
        # been out of school ... she"); "they" may be an organisation's. Words
        # shaped like a job or a thing ("Childminder", "Medication") are no names.
        if _condition_shaped(word):
            return []
        if _unknown_name(word) and (nxt in ONLY_PEOPLE or acts_as_a_person(tokens, i + 1)):
            return [(i, i)]  # "Siddharth needs a quiet space", "Ebele won't eat at school"
        return [(i, i)] if nxt in _ANY_VERBS and later & _SINGULAR else []
    if then in ("are", "were", "is", "was"):
        return []  # "River walks are his favourite": a noun, not a verb
    acts = nxt in _PERSON_VERBS or (nxt == "has" and (then == "had" or then in _CONDITIONS)) or (
        nxt in ("is", "was") and then in ("non-verbal", "nonverbal", "autistic", "diagnosed"))
    if done_to_a_person(tokens, i) or animate(tokens, i + 1):
        return [(i, i)]
    return [(i, i)] if acts and later & _PRONOUNS else []




# Verbs after two names joined at the start of a sentence: "Rose and Ivy go to".
_PAIR_VERBS: Final = frozenset(
    "go went are were attend attended both have had love hate share started get".split()
)


def _pair(tokens: Tokens, i: int) -> list[Span]:
    """ "Rose and Ivy go to the same school": two capitalised names, then a verb."""
    if tokens.word(i - 1) not in _BOUNDARIES or tokens.word(i + 1).lower() not in ("and", "&"):
        return []
    first, second = tokens.word(i), tokens.word(i + 2)
    if not (is_titlecase(bare(first)) and is_titlecase(bare(second))):
        return []
    kinds = [_kind(w) or ("word" if fold(bare(w).lower()) in AMBIGUOUS else "")
             for w in (first, second)]  # "Will", "May": stop words that are also names
    if not all(kinds) or tokens.word(i + 3).lower() not in _PAIR_VERBS:
        return []
    family = tokens.word(i + 3).lower() in ("are", "were") and tokens.word(
        i + 4).lower() in _OWNERS and tokens.word(i + 5).lower() in _FAMILY | RELATIONS
    if kinds == ["word", "word"] and not family and not (
        tokens.word(i + 3).lower() in _PAIR_MOVES and tokens.word(i + 4).lower() in ("to", "the")
    ):
        return []  # "Hope and Faith are what keep us going"; "Will and Grace are my twins"
    return [(i, i), (i + 2, i + 2)]


_PAIR_MOVES: Final = frozenset({"go", "went", "attend", "attended", "both", "started"})


def _paired(tokens: Tokens, named: set[int]) -> list[Span]:
    """ "Tudor and [name] both go to": a capitalised word joined to a found name
    at the start of a sentence, before a verb two people share."""
    spans: list[Span] = []
    for k in sorted(named):
        i = k - 2
        if i < 0 or i in named or tokens.word(i + 1).lower() not in ("and", "&"):
            continue
        word = tokens.word(i)
        lower = bare(word).lower()
        if tokens.word(i - 1) not in _BOUNDARIES or not is_titlecase(bare(word)) or (
            lower in STOPWORDS or lower in NOT_NAMES or lower in _FAMILY
            or lower in _PERSON_WORDS or lower in DAYS_AND_MONTHS
        ):
            continue
        if tokens.word(k + 1).lower() in _PAIR_MOVES:
            spans.append((i, i))
            named.add(i)
    return spans


def _lower_listed(tokens: Tokens, i: int) -> list[Span]:
    """ "pls call back abt ollie": a listed name in lower case that is no English word."""
    word = tokens.word(i)
    if not word.islower() or len(word) < 4 or _kind(word) != "sure":
        return []
    return [] if fold(bare(word)) in known_words() else [(i, _surname_end(tokens, i))]


# Verbs in the third person after a lower-case name: "when sam helps me".
_SINGULAR_VERBS: Final = frozenset(
    """is was has had helps helped says said does did goes went likes loves gets got takes
    took tells told comes came makes made shouts shouted hits pushed""".split()
)
_CLAUSE_STARTS: Final = _BOUNDARIES | frozenset(
    "when because but and if so then that until since while as , cos coz".split()
)


def _lower_subject(tokens: Tokens, i: int) -> list[Span]:
    """ "i like it when sam helps me": a listed name in lower case, as a subject;
    "my mum and tobiasz came": a word no list knows, joined to a relation."""
    word = tokens.word(i)
    if word.islower() and _unknown_name(word) and len(word) >= 4 and tokens.word(
        i - 1) in ("and", "&") and tokens.word(i - 2).lower() in _FAMILY and tokens.word(
            i + 1).lower() in _SINGULAR_VERBS | _PAIR_VERBS | {"came"}:
        return [(i, i)]
    if not word.islower() or _kind(word) != "sure" or word in common_words(30):
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
    "under to up home out into off in on at for with back and , . ! ?".split()
) | {""}


def _object(tokens: Tokens, i: int) -> list[Span]:
    word = tokens.word(i)
    kind = _kind(word)
    if word.islower() and kind == "sure" and tokens.word(i - 1).lower() in _CONTACT_VERBS | (
        _PERSON_OBJECT_VERBS
    ) and tokens.word(i + 1).lower() in _OBJECT_ENDS:
        return [(i, _surname_end(tokens, i))]  # "please ring sarah on [phone]"
    plain = bare(word)
    if not is_titlecase(plain) or not plain[1:].islower() or kind not in ("word", "unknown"):
        return []  # "want MPs to see us"
    if tokens.word(i - 1).lower() not in _PERSON_OBJECT_VERBS:
        return []
    if tokens.word(i + 1).lower() not in _OBJECT_ENDS or "'" in word.replace("’", "'"):
        return []
    if kind == "unknown":
        # "took Brownies off his timetable": a plural of a word is a group.
        if plain.lower().endswith("ies") or not _unknown_name(word):
            return []
        return [(i, _surname_end(tokens, i))]
    # A word that is also a name needs a person's pronoun later ("want her supported").
    later = {tokens.word(k).lower() for k in range(i + 2, min(len(tokens), i + 30))}
    return [(i, i)] if later & _SINGULAR and tokens.word(i + 1).lower() == "to" else []


# Rules cued by the word before a name, and rules that test the word itself.
_CUED_RULES: Final = (_thanked, _family_of)
_WORD_RULES: Final = (_introduced, _described, _bracketed, _possessor, _subject, _pair,
                      _lower_listed, _role_named, _lower_subject, _object, _owner_of_a_persons)
_CUES: Final = _THANKS | _FAMILY | {"from"}


def _listed_with(tokens: Tokens, i: int, named: set[int]) -> bool:
    """Token i joined to a name already found: "[name] and Ciarán", "then [name], now Mark"."""
    k = i - 1
    steps = 0
    while steps < 3 and tokens.word(k).lower() in _LIST_JOINS:
        k -= 1
        steps += 1
    if steps and k in named:
        return True
    return tokens.word(i + 1).lower() in ("and", "&") and i + 2 in named


def _plainly_named(word: str) -> bool:
    """A capitalised listed name or a word no English list has ("Rutendo")."""
    return is_titlecase(bare(word)) and _kind(word) in ("sure", "unknown")


def _echoes(tokens: Tokens, candidates: list[int], named: set[int], spans: list[Span]) -> list[Span]:
    """Later mentions of a name found once: "[name] is fine, Rutendo has been waiting".

    The same capitalised word is the same person. A word that is also an
    everyday word (Ivy, Rose) is taken only away from the start of a sentence,
    where its capital shows it is a name ("only Ivy gets transport").
    """
    words = [item[0] for item in tokens.items]
    seen = {bare(words[k]) for start, end in spans for k in range(start, end + 1)
            if is_titlecase(bare(words[k])) and _kind(words[k])}
    echoes: list[Span] = []
    for i in candidates:
        plain = bare(words[i])
        if i in named or plain not in seen:
            continue
        if _kind(words[i]) == "word" and tokens.word(i - 1) in _BOUNDARIES:
            continue
        echoes.append((i, i))
        named.add(i)
    return echoes


@lru_cache(maxsize=65536)
def _may_matter(word: str) -> bool:
    return word.lower() in _CUES or bool(_kind(word)) or (
        is_titlecase(bare(word)) and fold(bare(word).lower()) in AMBIGUOUS)


_CHILDREN: Final = frozenset("son daughter child boy girl twin grandson granddaughter".split())


def _everyday_word_named(tokens: Tokens, i: int) -> bool:
    """ "Memory is very sociable", "Blessing has sickle cell": an everyday word
    (a virtue, a thing) opening a sentence, before what only a person is or has."""
    word = tokens.word(i)
    if tokens.word(i + 1).lower() not in ("is", "was", "has", "had") or not word.isalpha():
        return False
    after_child = tokens.word(i - 1).lower() in _CHILDREN and tokens.word(i - 2).lower() in _OWNERS
    if tokens.word(i - 1) not in _BOUNDARIES and not after_child:
        return False  # "Our daughter Memory has Down syndrome" is a name as well
    if word.islower():  # "may has been excluded": a modal never has or is anything
        return fold(word) in AMBIGUOUS and done_to_a_person(tokens, i)
    lower = word.lower()
    if not is_titlecase(word) or lower in STOPWORDS or lower in _PERSON_WORDS:
        return False
    return _kind(word) in ("", "unknown") and only_a_child_is(tokens, i)


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
    everyday = [(i, i) for i in range(len(words)) if i not in named and _everyday_word_named(tokens, i)]
    spans += everyday
    named.update(i for i, _ in everyday)
    if named:
        for i in candidates:
            if i not in named and _kind(words[i]) and _listed_with(tokens, i, named) and (
                _takes(tokens, i, lower_words=False) or _plainly_named(words[i])
            ):
                spans.append((i, _surname_end(tokens, i)))
                named.add(i)
        spans += _paired(tokens, named)
        spans += _echoes(tokens, candidates, named, found + spans)
    for _start, end in sorted(found + spans):
        if words[end].islower() and end + 1 not in named:
            tail = _surname_end(tokens, end)
            if tail > end:
                spans.append((end + 1, tail))
    return spans
