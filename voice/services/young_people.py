"""The young people's survey on top of the shared draft and submission services.

Who helped, and whether a helper wrote the words, are kept consistent here and stored
on the response by responses.submit(), so summaries can tell a young person's own
words from a helper's.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime

from voice.models import Draft, Survey
from voice.questions_young_people import (
    FREE_TEXT_KEYS,
    VERSION_CODES,
    normalise_helper_answers,
    required_keys,
)
from voice.services import responses
from voice.services.responses import IncompleteAnswers, Submission, WindowClosed

__all__ = ["IncompleteAnswers", "Submission", "WindowClosed", "begin", "save_page", "submit"]


def begin(*, survey: Survey, version: str, now: datetime, draft: Draft | None = None) -> Draft:
    """Start (or carry on with) a draft in the chosen version: "easy" or "standard"."""
    if draft is None:
        draft = responses.start_draft(survey=survey, now=now)
    responses.save_answers(survey=survey, draft=draft, answers={"version": VERSION_CODES[version]}, now=now)
    return draft


def save_page(
    *, survey: Survey, draft: Draft, version: str, answers: Mapping[str, object], now: datetime
) -> dict[str, object]:
    """Save one page's answers; return every answer so far."""
    previous = dict(draft.answers or {})
    page = normalise_helper_answers(previous, answers)
    page["version"] = VERSION_CODES[version]
    responses.save_answers(survey=survey, draft=draft, answers=page, now=now)
    return dict(draft.answers or {})


def submit(*, survey: Survey, submission_key: str, now: datetime, locale: str) -> Submission:
    """One transaction, stored once per submission key, exactly as the parent survey."""
    draft = responses.get_draft(survey=survey, key=submission_key)
    answers = dict(draft.answers or {}) if draft is not None else {}
    return responses.submit(
        survey=survey, submission_key=submission_key, required=required_keys(answers),
        free_text=FREE_TEXT_KEYS, now=now, locale=locale,
    )
