"""What only a person is, has or does: the verbs and states that make a word a name.

``redaction_context`` finds a name at the start of a sentence from what comes
after it. A season, a virtue, a month or an organisation can be the subject of
most verbs ("Summer was awful", "Kooth says", "Hope is running out"), but not
of these: nothing but a person is diagnosed, autistic, put in isolation or
refused a place, cries, won't eat, or has a speech delay. So after one of
them a word that is also a word ("June", "joy") or no English word at all
("Darnell", "Ebele") is taken for a name without a "he" or "she" to follow.
"""

from __future__ import annotations

from typing import Final

from voice.analysis.redaction_words import Tokens, an_age

# What a child does and an organisation does not ("Kooth says", "Makaton is").
ONLY_PEOPLE: Final = frozenset(
    """loves likes hates cries cried struggles screams screamed masks masked talks
    walks eats sleeps attends""".split()
)
_NOT: Final = frozenset(
    "can't cannot won't couldn't wouldn't doesn't didn't can't won’t can’t doesn’t didn’t".split()
)
# What a child can't do: "won't eat", "can't cope", "doesn't sleep".
_DOINGS: Final = frozenset(
    """eat sleep cope talk speak read write walk sit stay go leave attend manage dress wash
    play swim focus concentrate settle communicate understand tolerate""".split()
)
_STARTS: Final = frozenset("started starts start".split())
_STARTED_AT: Final = frozenset(
    "at school college nursery reception year secondary primary high sixth".split()
)
_AIDS: Final = frozenset("wheelchair hearing walking frame pecs aac nappies pads".split())


def acts_as_a_person(tokens: Tokens, k: int) -> bool:
    """Token k starts what a person does, not an organisation: "won't eat",
    "started at", "is doing much better", "uses a wheelchair"."""
    verb, nxt, then = (tokens.word(k + n).lower() for n in range(3))
    if verb in _NOT:
        return nxt in _DOINGS or (nxt == "go" and then in ("to", "on", "out"))
    if verb in _STARTS:  # "started at Riverside"; not "started at age 3" or "at 9"
        return nxt in _STARTED_AT and not (then.isdigit() or then in (
            "age", "the", "around", "last", "first", "once"))  # "Summer started at last"
    if verb in ("is", "was") and nxt == "doing":
        return bool({then, tokens.word(k + 3).lower()} & {"better", "well", "worse", "great"})
    if verb in ("uses", "used"):
        return nxt in _AIDS or (nxt in ("a", "an") and then in _AIDS)
    if verb in ("refuses", "refused") and nxt == "to":
        return then in _DOINGS  # "Leokadia refuses to eat at school"
    if verb.replace("\u2019", "'") in _NOT_BEEN and nxt in ("had", "got") and then in (
            "her", "his"):
        return True  # "April hasn't had her hearing aids checked"
    if verb.replace("\u2019", "'") in _NOT_BEEN and nxt == "been":
        # "hasn't been in school since May"; not "hasn't been in touch"
        return then in ("in", "to", "at") and tokens.word(k + 3).lower() in _STARTED_AT - {"at"}
    return False


_NOT_BEEN: Final = frozenset("hasn't hadn't haven't".split())


# What only a person has: "Yerlan's speech is delayed", "Ionut's anxiety".
A_PERSONS: Final = frozenset(
    """speech behaviour behavior anxiety sleep reading writing attendance medication
    meltdowns wheelchair hearing eyesight confidence wellbeing communication
    diagnosis""".split()
)


# Verbs only something alive does: "Pearl struggles with noise", "Chase cries".
_ANIMATE: Final = frozenset(
    "cries cried screams screamed struggles struggled masks masked hates refuses".split()
)


def animate(tokens: Tokens, k: int) -> bool:
    verb, nxt, then = (tokens.word(k + n).lower() for n in range(3))
    if verb in ("struggles", "struggled"):  # "Pearl struggles with noise"; not "Hope struggles on"
        return nxt in ("with", "at", "in", "to", "when", "because", "every", "so")
    if verb in _ANIMATE:
        return nxt not in ("are", "were", "is", "was")
    if verb in _STARTS:  # "Victor started at Riverside"; not "Art started at 9"
        return nxt in _STARTED_AT - {"at"} or (nxt == "at" and not then.isdigit()
                                                 and then not in ("last", "first", "once"))
    return False


# What only happens to a person: "Will was diagnosed", "Sky has been in
# hospital", "Grace has made so much progress", "Jack's been home educated".
# A virtue or a season is never diagnosed, excluded or home educated, so no
# pronoun needs to follow.
_DONE_TO: Final = frozenset(
    """diagnosed excluded suspended assessed referred admitted discharged born adopted
    statemented bullied home-educated homeschooled sectioned hospitalised hospitalized
    medicated""".split()
)
_PLACED: Final = (("in", "hospital"), ("in", "the", "nurture"), ("in", "nurture"),
                  ("out", "of", "education"), ("in", "a", "wheelchair"), ("moved", "to", "a", "pru"),
                  ("sent", "to", "a", "pru"), ("on", "a", "reduced"), ("on", "a", "part"),
                  ("on", "reduced"), ("on", "part-time"), ("on", "a", "part-time"),
                  ("home", "educated"), ("home", "schooled"),
                  ("out", "of", "school"), ("off", "school"), ("in", "year"),
                  ("in", "reception"), ("on", "the", "waiting"), ("sent", "home"),
                  ("summer", "born"), ("summer-born",),
                  ("kept", "in"), ("refused", "a"), ("refused", "transport"),
                  ("refused", "entry"), ("refused", "admission"), ("non", "verbal"),
                  ("in", "nursery"), ("on", "the", "sen"), ("on", "the", "send"),
                  ("on", "the", "autism"), ("started", "refusing"), ("refusing", "school"),
                  ("refusing", "to", "go"), ("deaf", "blind"))
# "put in isolation", "put in the isolation booth", "put in a cupboard".
_PUT_IN: Final = frozenset("isolation seclusion booth cupboard room corridor care".split())
# What a person is ("June is autistic") or has ("joy has cerebral palsy"): no
# month, virtue or season is autistic or has epilepsy.
_PERSON_STATES: Final = frozenset(
    """autistic non-verbal nonverbal dyslexic dyspraxic deaf epileptic diabetic
    restrained secluded isolated deaf-blind deafblind sociable tube-fed terrified petrified
    non-binary nonbinary transgender""".split()
)
# "Memory is very sociable": a word of degree may stand before the state.
_DEGREE: Final = frozenset("very so really quite extremely severely profoundly".split())
_SPANS: Final = frozenset("over years months weeks ages nearly almost".split())
_SERVICE_WORDS: Final = frozenset(
    "friendly aware awareness services service support provision team units unit".split()
)
_HAS_CONDITIONS: Final = frozenset(
    """autism adhd asd pda dyslexia dyspraxia epilepsy cerebral downs down's rett sickle
    dyscalculia tourettes tourette's ocd spina cystic hypermobility asthma diabetes""".split()
)
# "Ebo has a stammer", "Down syndrome": what a person has, after "a" or before "syndrome".
_HAS_A: Final = frozenset(
    "stammer stutter tracheostomy gastrostomy ehcp wheelchair walker hearing cochlear".split()
)
_AUX: Final = frozenset({"is", "was", "has", "had", "'s", "been", "got", "gets", "being"})


# What is done to a child and never to a condition, a form or a request: a word
# no list knows ("Asthma", "Paperwork") may be diagnosed, assessed or refused.
_ONLY_TO_A_CHILD: Final = frozenset(
    """bullied excluded suspended restrained secluded isolated adopted sectioned
    home-educated homeschooled autistic non-verbal nonverbal dyslexic dyspraxic deaf""".split()
)


def _done_only_to_a_child(tokens: Tokens, i: int) -> bool:
    k = i + 1
    while tokens.word(k).lower() in _AUX:
        k += 1
    nxt = tokens.word(k).lower()
    if k == i + 1 or (nxt == "deaf" and tokens.word(k + 1).lower() == "to"):
        return False  # "Funding is deaf to need" is a figure of speech
    return nxt in _ONLY_TO_A_CHILD or (
        nxt == "put" and tokens.word(k + 1).lower() == "in"
        and bool(_PUT_IN & {tokens.word(m).lower() for m in range(k + 2, k + 5)})
    ) or (nxt, tokens.word(k + 1).lower()) in (("sent", "home"), ("home", "educated"))


def done_to_a_person(tokens: Tokens, i: int, *, strict: bool = False) -> bool:
    """Whether what follows token i happens only to a person. ``strict`` keeps
    to what happens only to a child, for words no list knows."""
    if strict:
        return _done_only_to_a_child(tokens, i)
    word = tokens.word(i).replace("\u2019", "'")
    k = i + 1
    if word.lower().endswith("'s"):  # "Jack's been ..."
        if tokens.word(k).lower() != "been":
            return False
    elif tokens.word(k).lower() not in _AUX:
        return False
    first = tokens.word(k).lower()
    while tokens.word(k).lower() in _AUX:
        k += 1
    nxt = tokens.word(k).lower()
    if nxt in _DEGREE and first in ("is", "was"):
        nxt = tokens.word(k + 1).lower()
    if nxt in _DONE_TO or nxt in _PERSON_STATES:
        return True
    if first in ("has", "had", "'s") and k == i + 2 and _a_persons_condition(tokens, k):
        return True  # "joy has cerebral palsy"; not "Faith has autism friendly services"
    return _happened_to_a_person(tokens, k, first)


def _happened_to_a_person(tokens: Tokens, k: int, first: str) -> bool:
    """Token k, after "has been" or "was", starts what happens only to a person:
    "waiting since May", "put in isolation", "made progress", "3 exclusions"."""
    nxt = tokens.word(k).lower()
    if nxt == "waiting" and tokens.word(k - 1).lower() == "been" and (
        tokens.word(k + 1).lower() == "since" or (
            tokens.word(k + 1).lower() == "for" and (
                tokens.word(k + 2).isdigit() or tokens.word(k + 2).lower() in _SPANS))
    ):
        return True  # "May has been waiting since May", "... for 2 years"
    if nxt == "put" and tokens.word(k + 1).lower() == "in" and _PUT_IN & {
        tokens.word(m).lower() for m in range(k + 2, k + 5)
    }:
        return True
    if nxt == "made" and "progress" in {tokens.word(m).lower() for m in range(k + 1, k + 5)}:
        return True
    if first in ("has", "had") and _exclusions(tokens, k):
        return True  # "Brooklyn has had 3 exclusions this term"
    if _on_a_named_waiting_list(tokens, k):
        return True
    return any(
        all(tokens.word(k + n).lower() == part for n, part in enumerate(phrase))
        for phrase in _PLACED
    )


def _on_a_named_waiting_list(tokens: Tokens, k: int) -> bool:
    """Tokens from k read "on the OT waiting list", "on a speech therapy waiting list"."""
    if tokens.word(k).lower() != "on" or tokens.word(k + 1).lower() not in ("the", "a", "an"):
        return False
    return "waiting" in (tokens.word(k + 3).lower(), tokens.word(k + 4).lower())


_WAITS: Final = frozenset({"waited", "waits"})
_WAIT_SPANS: Final = _SPANS | frozenset({"for", "a", "two", "three", "six"})


def waited_for(tokens: Tokens, i: int) -> bool:
    """ "Rose waited 3 yrs for an autism assessment", "April waited 14 months":
    a month or a virtue is not kept waiting for a number of months."""
    nxt = tokens.word(i + 2).lower()
    return tokens.word(i + 1).lower() in _WAITS and (nxt.isdigit() or nxt in _WAIT_SPANS)


def _exclusions(tokens: Tokens, k: int) -> bool:
    """Token k starts "3 exclusions" or "two fixed-term exclusions"."""
    count, what = tokens.word(k).lower(), tokens.word(k + 1).lower()
    if what in ("fixed-term", "fixed", "permanent", "internal"):
        what = tokens.word(k + 2 if what != "fixed" else k + 3).lower()
    return (count.isdigit() or count in ("two", "three", "four", "five", "several", "many")) and (
        what in ("exclusions", "suspensions"))


def only_a_child_is(tokens: Tokens, i: int) -> bool:
    """ "Memory is very sociable", "Blessing has sickle cell", "Marvellous has been
    on the SEN register": what follows token i is said only of a person, so even
    an everyday word at the start of a sentence is a name there."""
    if _done_only_to_a_child(tokens, i):
        return True
    if tokens.word(i + 1).lower() in ("is", "was") and an_age(tokens.word(i + 2)) and (
            tokens.word(i + 3).lower() == "and"):
        # "Justice is 10 and has ADHD", "King is 6 and non-verbal": an age, then
        # what only a person is or has.
        rest = tokens.word(i + 4).lower()
        return rest in _PERSON_STATES or only_a_child_is(tokens, i + 3)
    k = i + 1
    first = tokens.word(k).lower()
    while tokens.word(k).lower() in _AUX:
        k += 1
    if k == i + 1:
        return False
    nxt, then = tokens.word(k).lower(), tokens.word(k + 1).lower()
    if nxt in _DEGREE and first in ("is", "was"):
        nxt = then
    if nxt in _PERSON_STATES and then != "to":  # "Funding is deaf to need" is a figure
        return True
    if nxt == "diagnosed" and then == "with":
        return True  # a condition is diagnosed; only a person is "diagnosed with"
    if (nxt, then, tokens.word(k + 2).lower()) in (("on", "the", "sen"), ("on", "the", "send")):
        return True
    return first in ("has", "had") and k == i + 2 and _a_persons_condition(tokens, k)


def _a_persons_condition(tokens: Tokens, k: int) -> bool:
    """Token k starts what only a person has: "cerebral palsy", "a stammer",
    "Down syndrome"; not "autism friendly services"."""
    nxt, then = tokens.word(k).lower(), tokens.word(k + 1).lower()
    if nxt in ("a", "an") and then in ("new", "second", "proper", "powered", "electric"):
        then = tokens.word(k + 2).lower()  # "Hope has a new wheelchair"
    return (nxt in ("a", "an") and then in _HAS_A) or (nxt == "down" and then == "syndrome") or (
        nxt in _HAS_CONDITIONS and then not in _SERVICE_WORDS)


def in_a_year_group(tokens: Tokens, i: int) -> bool:
    """ "Zidan is in Year 6", "... is in reception": where a child is in school.
    Only for words no list knows: "Swimming is in Year 5" is about a lesson."""
    if tokens.word(i + 1).lower() not in ("is", "was") or tokens.word(i + 2).lower() != "in":
        return False
    group, number = tokens.word(i + 3).lower(), tokens.word(i + 4)
    return (group == "year" and number.isdigit()) or group in ("reception", "nursery")
