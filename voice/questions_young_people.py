"""The young people's survey: questions, face scales, pictures and the order of pages.

The closed questions use the parent survey's keys and AGREE_SCALE codes, so a young
person's "agree" and a parent's "agree" count together. Every string a young person
reads in the easy-read version is listed here or in templates/young_people/, and the
easy-read checks (accessibility/easy_read.py) run over all of them.

Pure data and pure functions: no database, no request.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from flask_babel import lazy_gettext as _l

from voice.questions import AGREE_SCALE

EASY = "easy"
STANDARD = "standard"
VERSIONS = (EASY, STANDARD)
# What the draft (and then the Answer rows) record as the version used.
VERSION_CODES = {EASY: "easy_read", STANDARD: "standard"}


@dataclass(frozen=True)
class Picture:
    """One of our own SVG drawings in static/images/easy-read, with its text alternative."""

    file: str
    alt: object


@dataclass(frozen=True)
class Face:
    code: str
    picture: str
    words: object


PICTURES = {
    "survey": Picture("survey.svg", _l("A sheet of paper with a list of ticks.")),
    "inspectors": Picture("inspectors.svg", _l("A person looking through a magnifying glass.")),
    "private": Picture("private.svg", _l("A padlock that is locked.")),
    "helper": Picture("helper.svg", _l("Two people sitting side by side.")),
    "time": Picture("time.svg", _l("A clock.")),
    "understand": Picture("understand.svg", _l("A young person with a light bulb above their head.")),
    "listen": Picture("listen.svg", _l("A young person talking. A grown-up is listening.")),
    "help": Picture("help.svg", _l("One hand reaching out to hold another hand.")),
    "next_steps": Picture("next-steps.svg", _l("Steps going up, with an arrow at the top.")),
    "together": Picture("together.svg", _l("Three friends holding hands.")),
    "write": Picture("write.svg", _l("A pencil writing on paper.")),
    "star": Picture("star.svg", _l("A big star.")),
    "helper_writes": Picture("helper-writes.svg", _l("A person talking while a helper writes.")),
    "check": Picture("check.svg", _l("A list being checked with a magnifying glass.")),
    "thanks": Picture("thanks.svg", _l("A thumbs up.")),
    "closed": Picture("closed.svg", _l("A door that is shut.")),
}

# Five faces, each labelled with words: smiley scales without words skew children's
# answers towards the happy end.
FACES_5 = (
    Face("strongly_agree", "face-very-happy.svg", _l("Yes, a lot")),
    Face("agree", "face-happy.svg", _l("Yes, a little")),
    Face("neither", "face-middle.svg", _l("In the middle")),
    Face("disagree", "face-sad.svg", _l("Not really")),
    Face("strongly_disagree", "face-very-sad.svg", _l("No, not at all")),
    Face("dont_know", "face-dont-know.svg", _l("I do not know")),
)
# Three faces read better where the question is about how often something happens.
FACES_3 = (
    Face("agree", "face-happy.svg", _l("Yes")),
    Face("neither", "face-middle.svg", _l("Sometimes")),
    Face("disagree", "face-sad.svg", _l("No")),
    Face("dont_know", "face-dont-know.svg", _l("I do not know")),
)

HELPED_BY = (
    ("own", _l("I am doing it on my own")),
    ("parent_carer", _l("A parent or carer")),
    ("school_college", _l("Someone at school or college")),
    ("someone_else", _l("Someone else")),
)
HELPER_WROTE = (
    ("yes", _l("Yes, someone else wrote my words")),
    ("no", _l("No, I wrote my own words")),
)


@dataclass(frozen=True)
class Question:
    """One page of the survey. kind is "faces", "choice" or "text"."""

    key: str
    slug: str
    kind: str
    easy_text: object
    standard_text: object
    picture: str
    easy_hint: object = None
    standard_hint: object = None
    faces: tuple[Face, ...] = FACES_5
    choices: tuple[tuple[str, object], ...] = ()
    required: bool = True
    short_label: object = None


QUESTIONS = (
    Question(
        "helped_by", "who-is-helping", "choice",
        _l("Who is helping you answer these questions?"),
        _l("Is anyone helping you to answer this survey?"),
        "helper",
        easy_hint=_l("It is fine to have help."),
        choices=HELPED_BY, short_label=_l("Who is helping you"),
    ),
    Question(
        "needs_identified", "understand-my-needs", "faces",
        _l("People understand what help I need."),
        _l("My needs were noticed early and properly assessed."),
        "understand",
        easy_hint=_l("Think about school, college, home and doctors."),
        short_label=_l("People understand what help I need"),
    ),
    Question(
        "involved_in_decisions", "asked-what-i-think", "faces",
        _l("People ask me what I think about my help."),
        _l("I am involved in decisions about my support."),
        "listen", faces=FACES_3,
        short_label=_l("People ask me what I think"),
    ),
    Question(
        "right_help", "right-help", "faces",
        _l("I get the right help when I need it."),
        _l("I get the right help at the right time."),
        "help",
        short_label=_l("I get the right help"),
    ),
    Question(
        "next_steps", "next-steps", "faces",
        _l("People help me get ready for what happens next."),
        _l("I am being well prepared for my next steps, such as college, work or living independently."),
        "next_steps",
        easy_hint=_l("This could be a new school, college, a job or a home."),
        short_label=_l("Getting ready for what happens next"),
    ),
    Question(
        "valued_included", "joining-in", "faces",
        _l("I can join in with things I like where I live."),
        _l("I feel valued and included in my local community."),
        "together",
        easy_hint=_l("Things like clubs, sport and seeing friends."),
        short_label=_l("I can join in where I live"),
    ),
    Question(
        "tell_us_more", "tell-us-more", "text",
        _l("Do you want to tell us more?"),
        _l("Is there anything else you want to tell the inspectors?"),
        "write",
        easy_hint=_l("You can write about anything. You can leave this box empty."),
        standard_hint=_l("This is optional. Please do not include names or contact details."),
        required=False, short_label=_l("Tell us more"),
    ),
    Question(
        "one_thing", "one-thing", "text",
        _l("What is one thing that would make things better for you?"),
        _l("What is one thing that would make things better for you?"),
        "star",
        easy_hint=_l("You can leave this box empty."),
        standard_hint=_l("This is optional."),
        required=False, short_label=_l("One thing that would make things better"),
    ),
    Question(
        "helper_wrote", "who-wrote-the-words", "choice",
        _l("Did someone else write the words for you?"),
        _l("Did someone else write any of your answers for you?"),
        "helper_writes",
        easy_hint=_l("This tells inspectors whose words they are reading."),
        standard_hint=_l("This tells the inspectors whose words they are reading."),
        choices=HELPER_WROTE, short_label=_l("Someone else wrote the words"),
    ),
)
QUESTIONS_BY_KEY = {q.key: q for q in QUESTIONS}
QUESTIONS_BY_SLUG = {q.slug: q for q in QUESTIONS}
SLUGS = tuple(q.slug for q in QUESTIONS)
STATEMENT_KEYS = tuple(q.key for q in QUESTIONS if q.kind == "faces")
FREE_TEXT_KEYS = tuple(q.key for q in QUESTIONS if q.kind == "text")
# The base number of questions: "Question 3 of 8". Someone helped adds one more.
BASE_QUESTION_COUNT = len(QUESTIONS) - 1


def choices_for(question: Question, version: str) -> tuple[tuple[str, object], ...]:
    """Answer codes and their words. The standard version uses the parent survey's scale."""
    if question.kind == "faces":
        if version == STANDARD:
            return AGREE_SCALE
        return tuple((face.code, face.words) for face in question.faces)
    return question.choices


def someone_helped(answers: Mapping[str, object]) -> bool:
    helped_by = answers.get("helped_by")
    return bool(helped_by) and helped_by != "own"


def applies(question: Question, answers: Mapping[str, object]) -> bool:
    """Whether the page is asked, given the answers so far."""
    if question.key == "helper_wrote":
        return someone_helped(answers)
    return True


def path(answers: Mapping[str, object]) -> tuple[Question, ...]:
    return tuple(q for q in QUESTIONS if applies(q, answers))


def position(question: Question, answers: Mapping[str, object]) -> tuple[int, int]:
    """(number, total) for "Question 3 of 8"."""
    pages = path(answers)
    number = pages.index(question) + 1 if question in pages else len(pages)
    return number, max(len(pages), BASE_QUESTION_COUNT)


def next_question(question: Question, answers: Mapping[str, object]) -> Question | None:
    pages = path(answers)
    later = pages[pages.index(question) + 1:] if question in pages else ()
    return later[0] if later else None


def previous_question(question: Question, answers: Mapping[str, object]) -> Question | None:
    pages = path(answers)
    if question not in pages:
        return pages[-1] if pages else None
    index = pages.index(question)
    return pages[index - 1] if index else None


def required_keys(answers: Mapping[str, object]) -> tuple[str, ...]:
    return tuple(q.key for q in path(answers) if q.required)


def first_missing(answers: Mapping[str, object]) -> Question | None:
    return next((q for q in path(answers) if q.required and not answers.get(q.key)), None)


def normalise_helper_answers(
    previous: Mapping[str, object], new: Mapping[str, object]
) -> dict[str, object]:
    """Keep "who wrote the words" consistent with "who is helping".

    On your own, nobody else wrote your words. If help is newly added, the question
    must be asked again rather than kept as the "no" it was set to before.
    """
    merged = dict(new)
    if "helped_by" not in new:
        return merged
    if new.get("helped_by") == "own":
        merged["helper_wrote"] = "no"
    elif not someone_helped(previous):
        merged["helper_wrote"] = None
    return merged
