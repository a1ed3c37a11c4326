"""Helpers shared by the public channels (parent survey, young people's survey, webinar questions)."""

from __future__ import annotations

from flask import abort, render_template, session

from voice.models import Draft, Survey, utcnow
from voice.services import inspections as inspection_service
from voice.services import responses as response_service


def load_survey(token: str, *, audience: str) -> tuple[Survey, str]:
    """The survey behind a public link and its state ("open", "not_open", "closed"); 404 if unknown."""
    survey = inspection_service.survey_by_token(token, audience=audience)
    if survey is None:
        abort(404)
    return survey, inspection_service.survey_state(survey, now=utcnow())


def closed_page(template: str, survey: Survey, state: str, **context):
    """The polite page for a window that is not open: 200 before it opens, 410 Gone after it closes."""
    return render_template(template, survey=survey, state=state, **context), 200 if state == "not_open" else 410


def draft_session_key(survey: Survey) -> str:
    """Where a browser keeps the key of its answers in progress (survey ids are unique across audiences)."""
    return draft_session_key_for(survey.id)


def draft_session_key_for(survey_id: int) -> str:
    return f"draft:{survey_id}"


def current_draft(survey: Survey) -> Draft | None:
    return response_service.get_draft(survey=survey, key=session.get(draft_session_key(survey)))
