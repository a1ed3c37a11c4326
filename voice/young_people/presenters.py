"""Plain data for the young people's templates, so the templates do not compute."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import timedelta

from flask import url_for
from flask_babel import gettext as _
from markupsafe import Markup

from voice.questions import AGREE_SCALE, label_for
from voice.questions_young_people import (
    EASY,
    PICTURES,
    STANDARD,
    VERSION_CODES,
    Question,
    choices_for,
    first_missing,
    path,
    position,
    previous_question,
)
from voice.templating import uk_datetime

PICTURE_SIZE = 96
FACE_SIZE = 48
_FACE_HTML = Markup(
    '<span class="voice-face"><img class="voice-face__picture" src="{src}" alt="" '
    'width="{size}" height="{size}"><span class="voice-face__words">{words}</span></span>'
)


def picture_url(file: str) -> str:
    return url_for("static", filename=f"images/easy-read/{file}")


def pictures() -> dict[str, dict]:
    """Every picture with its text alternative, for the templates' picture rows."""
    return {key: {"src": picture_url(p.file), "alt": str(p.alt), "size": PICTURE_SIZE}
            for key, p in PICTURES.items()}


def last_day(survey) -> str:
    """The last day to answer: a window ending at midnight ends, for a reader, the day before."""
    return uk_datetime(survey.closes_at - timedelta(minutes=1), "EEEE d MMMM")


def version_of(answers: Mapping[str, object]) -> str:
    return STANDARD if answers.get("version") == VERSION_CODES[STANDARD] else EASY


def _face_items(question: Question) -> list[dict]:
    return [{
        "html": _FACE_HTML.format(src=picture_url(face.picture), size=FACE_SIZE, words=str(face.words)),
        "label": {"classes": "voice-face__label"},
    } for face in question.faces]


def _field_params(question: Question, version: str, title: str, hint: object) -> dict:
    hint_params = {"text": str(hint)} if hint else None
    if question.kind == "text":
        return {"label": {"text": title, "isPageHeading": True, "classes": "govuk-label--l"},
                "hint": hint_params, "rows": 6, "spellcheck": True}
    params: dict = {
        "fieldset": {"legend": {"text": title, "isPageHeading": True, "classes": "govuk-fieldset__legend--l"}},
        "hint": hint_params,
    }
    if question.kind == "faces" and version == EASY:
        params["classes"] = "voice-faces"
        params["items"] = _face_items(question)
    return params


def question_page(
    token: str, question: Question, version: str, answers: Mapping[str, object], form, *, changing: bool,
) -> dict:
    title = str(question.standard_text if version == STANDARD else question.easy_text)
    hint = question.standard_hint if version == STANDARD else question.easy_hint
    number, total = position(question, answers)
    before = previous_question(question, answers)
    if changing:
        back_url = url_for("young_people.check", token=token)
    elif before is not None:
        back_url = url_for("young_people.question", token=token, version=version, slug=before.slug)
    else:
        back_url = url_for("young_people.start", token=token)
    picture = pictures()[question.picture] if version == EASY else None
    return {
        "title": title,
        "version": version,
        "field": getattr(form, question.key),
        "field_params": _field_params(question, version, title, hint),
        "progress": _("Question %(number)s of %(total)s", number=number, total=total),
        "picture": picture,
        "back_url": back_url,
        "is_text": question.kind == "text",
    }


def _answer_words(question: Question, version: str, answers: Mapping[str, object]) -> str:
    value = answers.get(question.key)
    if question.kind == "text":
        return str(value or "")
    words = label_for(choices_for(question, version), value if isinstance(value, str) else None)
    # Someone who changed version part way keeps answers the other scale can name.
    return words or label_for(AGREE_SCALE, value if isinstance(value, str) else None)


def check_page(token: str, answers: Mapping[str, object], *, missing: bool = False) -> dict:
    """Rows for the GOV.UK summary list, each with a change link back to its question."""
    version = version_of(answers)
    not_answered = _("No answer")
    rows = []
    for question in path(answers):
        words = _answer_words(question, version, answers)
        label = str(question.short_label)
        rows.append({
            "key": {"text": label},
            "value": {"text": words or not_answered},
            "actions": {"items": [{
                "href": url_for("young_people.question", token=token, version=version,
                                slug=question.slug, change=1),
                "text": _("Change"),
                "visuallyHiddenText": label,
            }]},
        })
    last = path(answers)[-1]
    gap = first_missing(answers)
    return {
        "rows": rows,
        "version": version,
        "back_url": url_for("young_people.question", token=token, version=version, slug=last.slug),
        "missing_url": url_for("young_people.question", token=token, version=version,
                               slug=gap.slug, change=1) if missing and gap else None,
        "missing": missing,
    }
