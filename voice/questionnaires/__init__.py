"""Questionnaires as data: one YAML file each, validated on load, run by one runner.

``get(key)`` gives a loaded questionnaire; the runner (``voice/runner``), the summaries
and the exports ask it for pages, questions, choices and labels rather than knowing
any one survey. Adding a questionnaire is adding ``<key>.yaml`` here (and its
translations). The format is described in README.md in this folder.

No Flask and no database here: text comes back untranslated (the message id), and the
caller translates it with gettext when it shows it.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path

import yaml
from pydantic import TypeAdapter, ValidationError

from voice.questionnaires.schema import Choice, Page, Question, Questionnaire

__all__ = [
    "Choice", "Loaded", "Page", "Question", "Questionnaire", "QuestionnaireError",
    "all_questionnaires", "for_audience", "get", "load_file", "shared_choices",
]

HERE = Path(__file__).resolve().parent
SHARED = HERE / "shared_choices.yaml"
# The questionnaire each audience gets unless an inspection chooses another.
DEFAULT_FOR_AUDIENCE = {"parent_carer": "parent_carer", "young_person": "young_person",
                        "practitioner": "practitioner"}


class QuestionnaireError(ValueError):
    """A questionnaire file that does not follow the schema; the message says where."""


@dataclass(frozen=True)
class Loaded:
    """A validated questionnaire with its choice lists resolved, and the questions it asks."""

    schema: Questionnaire
    choice_sets: Mapping[str, tuple[Choice, ...]]
    questions: Mapping[str, Question] = field(default_factory=dict)
    page_of: Mapping[str, Page] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return self.schema.key

    @property
    def audience(self) -> str:
        return self.schema.audience

    @property
    def pages(self) -> list[Page]:
        return self.schema.pages

    @property
    def default_version(self) -> str:
        return self.schema.versions[0]

    def page(self, slug: str) -> Page | None:
        return next((p for p in self.pages if p.slug == slug), None)

    def all_questions(self) -> list[Question]:
        return [q for page in self.pages for q in page.questions]

    # --- choices -------------------------------------------------------------------
    def choice_set(self, question: Question, version: str = "standard") -> str | None:
        if version == "easy" and question.easy and question.easy.choices:
            return question.easy.choices
        return question.choices

    def choices(self, question: Question, version: str = "standard", *, offered: bool = True) -> tuple[Choice, ...]:
        """The choices shown (offered) or every code that can be read back (retired too)."""
        name = self.choice_set(question, version)
        found = self.choice_sets.get(name, ()) if name else ()
        return tuple(c for c in found if not (offered and c.retired))

    def valid_codes(self, question: Question) -> set[str]:
        """Codes a new answer may hold: the offered choices of every version."""
        return {c.code for version in self.schema.versions for c in self.choices(question, version)}

    def label(self, key: str, code: object, version: str = "standard") -> str | None:
        """The message id of a code's words, in a version; falls back to the standard words."""
        question = self.questions.get(key)
        if question is None or not isinstance(code, str):
            return None
        for version_tried in (version, "standard"):
            for choice in self.choices(question, version_tried, offered=False):
                if choice.code == code:
                    return choice.text
        return None

    # --- routing -------------------------------------------------------------------
    def shown(self, page: Page, answers: Mapping[str, object]) -> bool:
        return page.show_if is None or page.show_if.holds(dict(answers))

    def path(self, answers: Mapping[str, object]) -> list[Page]:
        """The pages this family is asked, given their answers so far."""
        return [page for page in self.pages if self.shown(page, answers)]

    def next_page(self, page: Page, answers: Mapping[str, object]) -> Page | None:
        pages = self.path(answers)
        later = pages[pages.index(page) + 1:] if page in pages else []
        return later[0] if later else None

    def previous_page(self, page: Page, answers: Mapping[str, object]) -> Page | None:
        pages = self.path(answers)
        if page not in pages:
            return pages[-1] if pages else None
        index = pages.index(page)
        return pages[index - 1] if index else None

    def position(self, page: Page, answers: Mapping[str, object]) -> tuple[int, int]:
        """(number, total) for "Question 3 of 9". The total counts every page that may be
        asked, so it never jumps part way (issue 11: "1 of 8" then "2 of 9")."""
        pages = self.path(answers)
        number = pages.index(page) + 1 if page in pages else len(pages)
        return number, len(self.pages)

    def missing(self, answers: Mapping[str, object]) -> list[Question]:
        """Required questions on the family's path that have no answer yet."""
        return [q for page in self.path(answers) for q in page.questions if q.required and not answers.get(q.key)]

    def first_unanswered_page(self, answers: Mapping[str, object]) -> Page | None:
        gaps = self.missing(answers)
        return self.page_of[gaps[0].key] if gaps else None

    # --- kinds of question ---------------------------------------------------------
    @cached_property  # read on every submit; a Loaded questionnaire never changes
    def free_text_keys(self) -> tuple[str, ...]:
        return tuple(q.key for q in self.all_questions() if q.type == "text")

    @cached_property
    def stored_columns(self) -> tuple[tuple[str, str], ...]:
        """(question key, response column) for each answer also kept in a column of its own."""
        return tuple((q.key, q.store_as) for q in self.all_questions() if q.store_as)

    @property
    def analysed_keys(self) -> tuple[str, ...]:
        return tuple(q.key for q in self.all_questions() if q.analyse)

    @property
    def closed_keys(self) -> tuple[str, ...]:
        return tuple(q.key for q in self.all_questions() if q.type == "choice")

    @property
    def statement_keys(self) -> tuple[str, ...]:
        return tuple(q.key for q in sorted((q for q in self.all_questions() if q.statement),
                                           key=lambda q: q.statement or 0))

    def final_answers(self, answers: Mapping[str, object]) -> dict[str, object]:
        """What is stored on submit: answers on the family's path, valid codes only, and
        the answers a hidden page implies. Anything a draft holds that the schema would
        not accept now is dropped, so nothing saved can make the submit fail."""
        result: dict[str, object] = {}
        for page in self.pages:
            if not self.shown(page, answers):
                result.update(page.when_hidden)
                continue
            for question in page.questions:
                value = answers.get(question.key)
                if not value or not isinstance(value, str):
                    continue
                if question.type == "choice" and value not in self._storable_codes[question.key]:
                    continue
                if question.type == "text" and len(value) > question.max_chars:
                    continue
                result[question.key] = value
        return result

    @cached_property
    def _storable_codes(self) -> dict[str, frozenset[str]]:
        """Each choice question's codes a stored answer may hold (offered in any version, or
        retired), worked out once: the final submit checks every answer against them."""
        return {q.key: frozenset(self.valid_codes(q) | self._retired(q))
                for q in self.all_questions() if q.type == "choice"}

    def _retired(self, question: Question) -> set[str]:
        return {c.code for v in self.schema.versions for c in self.choices(question, v, offered=False) if c.retired}

    def newly_shown(self, before: Mapping[str, object], after: Mapping[str, object]) -> list[Page]:
        """Pages an answer has just brought into the path: their old answers must be asked again."""
        return [p for p in self.pages if p.show_if and not self.shown(p, before) and self.shown(p, after)]


def _read_yaml(path: Path) -> object:
    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle)


@cache
def shared_choices() -> dict[str, tuple[Choice, ...]]:
    raw = _read_yaml(SHARED)
    try:
        parsed = TypeAdapter(dict[str, list[Choice]]).validate_python(raw)
    except ValidationError as error:
        raise QuestionnaireError(f"{SHARED.name}: {error}") from error
    return {name: tuple(choices) for name, choices in parsed.items()}


def load_file(path: Path) -> Loaded:
    """Read and check one questionnaire file; QuestionnaireError says what is wrong and where."""
    try:
        schema = Questionnaire.model_validate(_read_yaml(path))
    except ValidationError as error:
        raise QuestionnaireError(f"{path.name}: {error}") from error
    sets = {**shared_choices(), **{name: tuple(c) for name, c in schema.choice_sets.items()}}
    for question in (q for page in schema.pages for q in page.questions):
        for name in (question.choices, question.easy.choices if question.easy else None):
            if name and name not in sets:
                raise QuestionnaireError(f"{path.name}: {question.key} names choices {name!r}, which do not exist")
    return Loaded(
        schema=schema, choice_sets=sets,
        questions={q.key: q for page in schema.pages for q in page.questions},
        page_of={q.key: page for page in schema.pages for q in page.questions},
    )


def questionnaire_files(folder: Path = HERE) -> list[Path]:
    return sorted(p for p in folder.glob("*.yaml") if p != SHARED)


# Folders of questionnaire files besides this one (tests add a fixture folder).
EXTRA_FOLDERS: list[Path] = []


def add_folder(folder: Path) -> None:
    EXTRA_FOLDERS.append(folder)
    all_questionnaires.cache_clear()


def remove_folder(folder: Path) -> None:
    EXTRA_FOLDERS.remove(folder)
    all_questionnaires.cache_clear()


@cache
def all_questionnaires() -> dict[str, Loaded]:
    loaded = [load_file(path) for folder in (HERE, *EXTRA_FOLDERS) for path in questionnaire_files(folder)]
    keys = [q.key for q in loaded]
    if len(set(keys)) != len(keys):
        raise QuestionnaireError(f"two questionnaire files share a key: {sorted(keys)}")
    return {q.key: q for q in loaded}


def get(key: str) -> Loaded:
    return all_questionnaires()[key]


def for_audience(audience: str, key: str | None = None) -> Loaded:
    """The questionnaire a survey runs: its own choice, else its audience's default."""
    return get(key or DEFAULT_FOR_AUDIENCE[audience])


def keys_for_audience(audience: str) -> Iterable[str]:
    return [key for key, q in all_questionnaires().items() if q.audience == audience]
