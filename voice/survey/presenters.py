"""Plain data for the survey templates, so the templates do not compute."""

from __future__ import annotations

from collections.abc import Mapping

from flask import url_for
from flask_babel import gettext as _

from voice.forms.survey import PAGES
from voice.questions import AGE_PHASES, AGREE_SCALE, EHC_PLAN, FREE_TEXT, SETTINGS, STATEMENTS, label_for


def check_answers_rows(token: str, answers: Mapping[str, object]) -> list[dict]:
    """Rows for the GOV.UK summary list, each with a change link back to its page."""
    not_answered = _("Not answered")

    def row(key: str, question: str, value: str, slug: str) -> dict:
        return {
            "key": {"text": question},
            "value": {"text": value or not_answered},
            "actions": {"items": [{
                "href": url_for("survey.page", token=token, slug=slug, change=1) + "#" + key,
                "text": _("Change"),
                "visuallyHiddenText": question,
            }]},
        }

    about, experience, comments = (slug for slug, _f, _t in PAGES)
    rows = [
        row("age_phase", _("Your child's age"), label_for(AGE_PHASES, answers.get("age_phase")), about),
        row("setting", _("Where your child learns"), label_for(SETTINGS, answers.get("setting")), about),
        row("ehc_plan", _("EHC plan"), label_for(EHC_PLAN, answers.get("ehc_plan")), about),
    ]
    rows += [
        row(s.key, str(s.parent_text), label_for(AGREE_SCALE, answers.get(s.key)), experience)
        for s in STATEMENTS
    ]
    rows += [row(key, str(text), str(answers.get(key) or ""), comments) for key, text in FREE_TEXT]
    return rows
