"""Demo webinar questions, sent through the same service as a real person's question.

So every demo question is cleaned, redacted, tagged, checked for being about a
family's own case, and grouped exactly as a live one would be.
"""

from __future__ import annotations

import random
from datetime import timedelta

from voice.demo import texts
from voice.models import Inspection, utcnow
from voice.models.webinar import ASKER_ROLES
from voice.questionnaires.catalogue import AGE_PHASES
from voice.services import codes
from voice.services import webinar as webinar_service

# Most questions come from parents; a few from carers, practitioners and young people.
ROLE_WEIGHTS = {"parent": 60, "carer": 12, "practitioner": 10, "young_person": 4}


def _about_own_child(text: str) -> bool:
    lowered = text.lower()
    return any(words in lowered for words in ("my son", "my daughter", "my child", "our ", "ours "))


def seed_webinar(rng: random.Random, inspection: Inspection) -> int:
    """Write the demo webinar questions; return how many were written."""
    survey = inspection.survey_for(webinar_service.AUDIENCE)
    if survey is None:
        return 0
    webinar_service.delete_questions(inspection_id=inspection.id)
    now = utcnow()
    if not survey.is_open(now):
        return 0
    span = max((now - survey.opens_at).total_seconds(), 60.0)
    moments = sorted(survey.opens_at + timedelta(seconds=rng.random() * span)
                     for _ in texts.WEBINAR_QUESTIONS)
    roles = list(ROLE_WEIGHTS)
    weights = [ROLE_WEIGHTS[role] for role in roles]
    written = 0
    for text, moment in zip(texts.WEBINAR_QUESTIONS, moments, strict=True):
        role = rng.choices(roles, weights)[0] if rng.random() < 0.8 else None
        if _about_own_child(text):
            role = rng.choice(("parent", "parent", "carer"))
        phase = rng.choice(AGE_PHASES)[0] if role in ("parent", "carer") and rng.random() < 0.7 else None
        receipt = webinar_service.submit_question(
            survey=survey, submission_key=codes.new_token(), text=text,
            asker_role=role if role in ASKER_ROLES else None, age_phase=phase, now=min(moment, now),
        )
        written += receipt.stored
    return written
