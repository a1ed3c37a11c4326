"""The questionnaire schema: what a questionnaire file may say, checked when it is loaded.

A questionnaire is one YAML file in this folder (``<key>.yaml``); choice lists shared by
several questionnaires live in ``shared_choices.yaml``. Every English string in a file is
a message id: the Babel extractor (``voice.questionnaires.babel_extract``) puts it in
``messages.pot`` and the runner translates it when it is shown. See README.md here for
the format with examples.

Pure data: no Flask, no database.
"""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

Code = Annotated[str, Field(pattern=r"^[a-z0-9][a-z0-9_]{0,29}$")]  # fits the response columns
Key = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]{0,39}$")]
Slug = Annotated[str, Field(pattern=r"^[a-z][a-z0-9-]{0,59}$")]
Text = Annotated[str, Field(min_length=1, max_length=500)]

AUDIENCES = ("parent_carer", "young_person", "practitioner")
VERSIONS = ("easy", "standard")
# Response columns a closed answer is copied to, so filters can use an index.
RESPONSE_COLUMNS = ("age_phase", "setting", "ehc_plan", "helped_by", "helper_wrote", "role")
# Slugs the runner uses for its own pages.
RESERVED_SLUGS = frozenset({"start", "check", "saved", "resume", "done", "display", "timed-out", "keep-alive",
                            "easy", "standard"})


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Choice(_Strict):
    code: Code
    text: Text
    # A face picture in static/images/easy-read, shown beside the words.
    picture: str | None = None
    # Kept so older answers still read well; never offered, never accepted.
    retired: bool = False


class Picture(_Strict):
    file: Annotated[str, Field(pattern=r"^[a-z0-9-]+\.svg$")]
    alt: Text


class EasyRead(_Strict):
    """The easy-read wording of a question: short sentences, a picture, and faces for a scale."""

    text: Text
    hint: Text | None = None
    picture: str
    choices: str | None = None
    required_message: Text | None = None


class Question(_Strict):
    key: Key
    type: Literal["choice", "text"]
    text: Text
    hint: Text | None = None
    choices: str | None = None
    required: bool = False
    # Shown in check answers, charts and exports; the text is used when absent.
    short_label: Text | None = None
    check_label: Text | None = None
    required_message: Text | None = None
    # Free text to tag with themes and sentiment, and to check for safeguarding.
    analyse: bool = False
    max_chars: Annotated[int, Field(ge=1, le=5000)] = 2000
    # Which of the 2023 framework's five evaluation statements a closed question frames.
    statement: Annotated[int, Field(ge=1, le=5)] | None = None
    store_as: Literal[RESPONSE_COLUMNS] | None = None  # type: ignore[valid-type]
    easy: EasyRead | None = None

    @model_validator(mode="after")
    def _choices_only_for_choice_questions(self) -> Question:
        if self.type == "choice" and not self.choices:
            raise ValueError(f"{self.key}: a choice question names its choices")
        if self.type == "text" and (self.choices or self.statement or self.store_as):
            raise ValueError(f"{self.key}: a text question has no choices, statement or column")
        if self.analyse and self.type != "text":
            raise ValueError(f"{self.key}: only free text is analysed")
        return self


class Condition(_Strict):
    """Show a page only if an earlier question was answered, with one of any_of and none of none_of."""

    question: Key
    any_of: list[Code] | None = None
    none_of: list[Code] = []

    def holds(self, answers: dict) -> bool:
        value = answers.get(self.question)
        if not value:
            return False
        if self.any_of is not None and value not in self.any_of:
            return False
        return value not in self.none_of


class Page(_Strict):
    slug: Slug
    title: Text | None = None
    intro: Text | None = None
    questions: list[Question] = Field(min_length=1)
    show_if: Condition | None = None
    # Answers given for the page's questions when it is not shown.
    when_hidden: dict[Key, Code] = {}

    @field_validator("slug")
    @classmethod
    def _not_reserved(cls, slug: str) -> str:
        if slug in RESERVED_SLUGS:
            raise ValueError(f"{slug!r} is one of the runner's own pages")
        return slug

    @model_validator(mode="after")
    def _title_when_several(self) -> Page:
        if len(self.questions) > 1 and not self.title:
            raise ValueError(f"{self.slug}: a page with several questions needs a title")
        return self


class StartRow(_Strict):
    picture: str
    lines: list[Text] = Field(min_length=1)


class Start(_Strict):
    heading: Text
    lead: Text | None = None
    paragraphs: list[Text] = []
    bullets: list[Text] = []
    inset: Text | None = None
    # Easy-read: a picture on the left, words on the right.
    rows: list[StartRow] = []


class Questionnaire(_Strict):
    key: Key
    audience: Literal[AUDIENCES]  # type: ignore[valid-type]
    layout: Literal["standard", "easy_read"] = "standard"
    versions: list[Literal[VERSIONS]] = ["standard"]  # type: ignore[valid-type]
    tagline: Text
    start: Start
    pictures: dict[Key, Picture] = {}
    choice_sets: dict[Key, list[Choice]] = {}
    pages: list[Page] = Field(min_length=1)

    @model_validator(mode="after")
    def _references_resolve(self) -> Questionnaire:
        keys = [q.key for page in self.pages for q in page.questions]
        duplicated = {k for k in keys if keys.count(k) > 1}
        if duplicated:
            raise ValueError(f"question keys used twice: {sorted(duplicated)}")
        slugs = [page.slug for page in self.pages]
        if len(set(slugs)) != len(slugs):
            raise ValueError("page slugs must be unique")
        for name, choices in self.choice_sets.items():
            codes = [c.code for c in choices]
            if len(set(codes)) != len(codes):
                raise ValueError(f"choice set {name}: codes used twice")
        for page in self.pages:
            self._check_page(page, keys[: keys.index(page.questions[0].key)])
        for row in self.start.rows:
            if row.picture not in self.pictures:
                raise ValueError(f"start page: no picture called {row.picture}")
        if "easy" in self.versions:
            missing = [q.key for page in self.pages for q in page.questions if q.easy is None]
            if missing:
                raise ValueError(f"an easy-read questionnaire needs easy wording for {missing}")
        return self

    def _check_page(self, page: Page, earlier: list[str]) -> None:
        if page.show_if and page.show_if.question not in earlier:
            raise ValueError(f"{page.slug}: show_if names {page.show_if.question}, not an earlier question")
        for key in page.when_hidden:
            if key not in {q.key for q in page.questions}:
                raise ValueError(f"{page.slug}: when_hidden names {key}, not on this page")
        for question in page.questions:
            if question.easy and question.easy.picture not in self.pictures:
                raise ValueError(f"{question.key}: no picture called {question.easy.picture}")
