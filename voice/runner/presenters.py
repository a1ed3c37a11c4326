"""Plain data for the runner's templates, built from the questionnaire, so templates do not compute."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta

from flask import url_for
from flask_babel import gettext, lazy_gettext
from markupsafe import Markup

from voice.questionnaires import Loaded, Page, Question
from voice.services.responses import VERSION_CODES, VERSION_KEY
from voice.templating import uk_datetime

PICTURE_SIZE = 96
FACE_SIZE = 48
_FACE_HTML = Markup(
    '<span class="voice-face"><img class="voice-face__picture" src="{src}" alt="" '
    'width="{size}" height="{size}"><span class="voice-face__words">{words}</span></span>'
)


def tr(text: str | None, **values: object) -> str:
    """A questionnaire's words in the reader's language (the file holds the English message id)."""
    if not text:
        return ""
    return gettext(text, **values) if values else gettext(text)


def picture_url(file: str) -> str:
    return url_for("static", filename=f"images/easy-read/{file}")


def pictures(questionnaire: Loaded) -> dict[str, dict]:
    """Every picture with its text alternative, for the templates' picture rows."""
    return {key: {"src": picture_url(p.file), "alt": tr(p.alt), "size": PICTURE_SIZE}
            for key, p in questionnaire.schema.pictures.items()}


def last_day(survey) -> str:
    """The last day to answer: a window ending at midnight ends, for a reader, the day before."""
    return uk_datetime(survey.closes_at - timedelta(minutes=1), "EEEE d MMMM")


def version_of(questionnaire: Loaded, answers: Mapping[str, object]) -> str:
    stored = answers.get(VERSION_KEY)
    for version, code in VERSION_CODES.items():
        if stored == code and version in questionnaire.schema.versions:
            return version
    return questionnaire.default_version


def page_url(here: str, token: str, questionnaire: Loaded, page: Page, version: str, **args) -> str:
    if len(questionnaire.schema.versions) > 1:
        return url_for(f"{here}.page_version", token=token, version=version, slug=page.slug, **args)
    return url_for(f"{here}.page", token=token, slug=page.slug, **args)


def start_page(questionnaire: Loaded, survey, area: str) -> dict:
    start = questionnaire.schema.start
    values = {"area": area, "date": last_day(survey)}
    return {
        "heading": tr(start.heading, **values),
        "lead": tr(start.lead, **values),
        "paragraphs": [tr(p, **values) for p in start.paragraphs],
        "bullets": [tr(b, **values) for b in start.bullets],
        "inset": tr(start.inset, **values),
        "rows": [{"picture": row.picture, "lines": [tr(line, **values) for line in row.lines]}
                 for row in start.rows],
        "versions": questionnaire.schema.versions,
    }


def _face_items(questionnaire: Loaded, question: Question, version: str) -> list[dict]:
    return [{
        "html": _FACE_HTML.format(src=picture_url(choice.picture), size=FACE_SIZE, words=tr(choice.text)),
        "label": {"classes": "voice-face__label"},
    } for choice in questionnaire.choices(question, version) if choice.picture]


def _field_params(questionnaire: Loaded, question: Question, version: str, *, heading: bool,
                  max_chars: int) -> dict:
    easy = questionnaire.schema.layout == "easy_read"
    words = question.easy if version == "easy" and question.easy else question
    title = tr(words.text)
    hint = {"text": tr(words.hint)} if words.hint else None
    if question.type == "text":
        label = {"text": title, "isPageHeading": True, "classes": "govuk-label--l"} if heading else {
            "text": title, "classes": "govuk-label--s"}
        params: dict = {"label": label, "hint": hint, "rows": 6 if easy else 5, "spellcheck": True}
        if not easy:
            params["maxlength"] = max_chars
        return params
    legend = {"text": title, "isPageHeading": True, "classes": "govuk-fieldset__legend--l"} if heading else {
        "text": title, "classes": "govuk-fieldset__legend--s"}
    params = {"fieldset": {"legend": legend}, "hint": hint}
    faces = _face_items(questionnaire, question, version) if version == "easy" else []
    if faces:
        params["classes"] = "voice-faces"
        params["items"] = faces
    return params


def question_page(
    *, here: str, token: str, questionnaire: Loaded, page: Page, version: str,
    answers: Mapping[str, object], form, changing: bool,
) -> dict:
    """Everything a question page shows: heading, progress, fields, picture and the way back."""
    single = len(page.questions) == 1 and not page.title
    first = page.questions[0]
    words = first.easy if version == "easy" and first.easy else first
    title = tr(page.title) if page.title else tr(words.text)
    number, total = questionnaire.position(page, answers)
    before = questionnaire.previous_page(page, answers)
    if changing:
        back_url = url_for(f"{here}.check", token=token)
    elif before is not None:
        back_url = page_url(here, token, questionnaire, before, version)
    else:
        back_url = url_for(f"{here}.start", token=token)
    easy_layout = questionnaire.schema.layout == "easy_read"
    picture = None
    if version == "easy" and first.easy:
        picture = pictures(questionnaire).get(first.easy.picture)
    progress = (gettext("Question %(number)s of %(total)s", number=number, total=total) if easy_layout
                else gettext("Step %(step)s of %(steps)s", step=number, steps=total + 1))
    return {
        "title": title,
        "heading": None if single else title,
        "intro": tr(page.intro),
        "version": version,
        "fields": [
            {"field": form[q.key], "params": _field_params(
                questionnaire, q, version, heading=single, max_chars=q.max_chars)}
            for q in page.questions
        ],
        "progress": progress,
        "picture": picture,
        "back_url": back_url,
        "is_text": all(q.type == "text" for q in page.questions),
    }


def _answer_words(questionnaire: Loaded, question: Question, version: str, answers: Mapping[str, object]) -> str:
    value = answers.get(question.key)
    if question.type == "text":
        return str(value or "")
    return tr(questionnaire.label(question.key, value, version))


def _row_label(question: Question, version: str) -> str:
    if question.short_label and question.easy:
        return tr(question.short_label)
    if question.check_label:
        return tr(question.check_label)
    words = question.easy if version == "easy" and question.easy else question
    return tr(words.text)


def check_page(
    *, here: str, token: str, questionnaire: Loaded, answers: Mapping[str, object], missing: bool = False,
) -> dict:
    """Rows for the GOV.UK summary list, each with a change link back to its page."""
    version = version_of(questionnaire, answers)
    easy_layout = questionnaire.schema.layout == "easy_read"
    not_answered = gettext("No answer") if easy_layout else gettext("Not answered")
    rows = []
    path = questionnaire.path(answers)
    for page in path:
        for question in page.questions:
            label = _row_label(question, version)
            href = page_url(here, token, questionnaire, page, version, change=1)
            rows.append({
                "key": {"text": label},
                "value": {"text": _answer_words(questionnaire, question, version, answers) or not_answered},
                "actions": {"items": [{
                    "href": href if easy_layout else f"{href}#{question.key}",
                    "text": gettext("Change"),
                    "visuallyHiddenText": label,
                }]},
            })
    gap = questionnaire.first_unanswered_page(answers)
    return {
        "rows": rows,
        "version": version,
        "back_url": page_url(here, token, questionnaire, path[-1], version),
        "missing_url": page_url(here, token, questionnaire, gap, version, change=1) if missing and gap else None,
        "missing": missing,
    }


def tagline(questionnaire: Loaded, area: str) -> str:
    return tr(questionnaire.schema.tagline, area=area)


__all__ = ["check_page", "lazy_gettext", "page_url", "pictures", "question_page", "start_page", "tagline"]
