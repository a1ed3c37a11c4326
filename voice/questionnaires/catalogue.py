"""Answer codes and words for code outside the runner (filters, charts, exports, the webinar form).

Everything here is read from the questionnaire files, as lazy translations, so a word
changed in a file changes everywhere and no list is kept twice.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

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
