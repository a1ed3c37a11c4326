"""Answer codes and words for code outside the runner (filters, charts, exports, the webinar form).

Everything here is read from the questionnaire files, as lazy translations, so a word
changed in a file changes everywhere and no list is kept twice.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from flask_babel import lazy_gettext

from voice.questionnaires import all_questionnaires, get, shared_choices

Pairs = tuple[tuple[str, object], ...]


def choice_pairs(name: str, *, include_retired: bool = False) -> Pairs:
    """(code, lazy words) for a shared choice list; retired codes only where old answers are read."""
    return tuple((c.code, lazy_gettext(c.text)) for c in shared_choices()[name] if include_retired or not c.retired)


AGREE_SCALE = choice_pairs("agree")
AGE_PHASES = choice_pairs("age_band")
# For reading answers back (filters, summaries, exports): the retired band too.
AGE_PHASES_ALL = choice_pairs("age_band", include_retired=True)
SETTINGS = choice_pairs("setting")
EHC_PLAN = choice_pairs("ehc_plan")


@dataclass(frozen=True)
class Statement:
    """A closed question framed on one of the 2023 framework's evaluation statements."""

    key: str
    framework_statement: int
    parent_text: object
    short_label: object


STATEMENTS = tuple(
    Statement(q.key, q.statement or 0, lazy_gettext(q.text), lazy_gettext(q.short_label or q.text))
    for q in sorted((q for q in get("parent_carer").all_questions() if q.statement), key=lambda q: q.statement or 0)
)
STATEMENT_KEYS = tuple(s.key for s in STATEMENTS)


def label_for(choices: Iterable[tuple[str, object]], code: str | None) -> str:
    return str(dict(choices).get(code, "")) if code else ""


def question_label(key: str, audience: str | None = None) -> object | None:
    """A question's short words for inspectors: its short label, else its standard wording."""
    for questionnaire in all_questionnaires().values():
        if audience and questionnaire.audience != audience:
            continue
        question = questionnaire.questions.get(key)
        if question is not None:
            return lazy_gettext(question.short_label or question.text) if question.easy else lazy_gettext(question.text)
    return None


def free_text_wording(key: str) -> str | None:
    """The English standard wording of a free-text question: context for the text model."""
    for questionnaire in all_questionnaires().values():
        question = questionnaire.questions.get(key)
        if question is not None and question.type == "text":
            return question.text
    return None


@dataclass(frozen=True)
class ClosedQuestion:
    """A closed question as the summary shows it: its words and its answers, from the files."""

    key: str
    title: object  # the short label
    text: object  # the wording parents (or the first questionnaire asking it) read
    choices: Pairs  # every code that can be read back, in the file's order


def closed_questions(questionnaire_keys: Iterable[str]) -> tuple[ClosedQuestion, ...]:
    """The closed questions the summary charts for these questionnaires, with no code per survey.

    Questions on the five evaluation statements come first, in statement order, so the same
    statement asked of parents, young people and practitioners is one chart; then each
    questionnaire's other closed questions in file order. Questions that describe the family
    (stored as a response column: age, setting, EHC plan, help, role) are filters, not charts.
    """
    loaded = [get(key) for key in dict.fromkeys(questionnaire_keys)]
    loaded.sort(key=lambda q: q.audience != "parent_carer")  # parents' wording names a shared chart
    found: dict[str, ClosedQuestion] = {}
    statements: dict[str, int] = {}
    for questionnaire in loaded:
        for question in questionnaire.all_questions():
            if question.type != "choice" or question.store_as or question.key in found:
                continue
            choices = tuple((c.code, lazy_gettext(c.text)) for c in questionnaire.choices(
                question, "standard" if "standard" in questionnaire.schema.versions else
                questionnaire.default_version, offered=False))
            found[question.key] = ClosedQuestion(question.key, lazy_gettext(question.short_label or question.text),
                                                 lazy_gettext(question.text), choices)
            if question.statement:
                statements[question.key] = question.statement
    ordered = sorted(statements, key=lambda key: statements[key])
    return tuple(found[key] for key in ordered) + tuple(q for key, q in found.items() if key not in statements)


@cache
def _every_closed_question() -> dict[str, ClosedQuestion]:
    return {q.key: q for q in closed_questions(all_questionnaires())}


def closed_question(key: str) -> ClosedQuestion | None:
    """A closed question's words and answers, from whichever questionnaire asks it (parents' first)."""
    return _every_closed_question().get(key)
