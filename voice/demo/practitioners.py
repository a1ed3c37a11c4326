"""Demo responses for the practitioners' survey, written for this project (no real person's words).

Practitioners' answers are spread a little more kindly than parents' on some
statements and less on others, so the summary has something to compare.
"""

from __future__ import annotations

import random
from datetime import timedelta

from voice.extensions import db
from voice.models import Answer, Comment, Inspection, Response, utcnow
from voice.questionnaires import get
from voice.services import codes
from voice.services.responses import tag_comment

ROLE_WEIGHTS = {"school_college": 45, "early_years": 12, "health": 20, "social_care": 13, "other": 10}
SETTING_BY_ROLE = {
    "school_college": ("mainstream_school", "special_school", "college"),
    "early_years": ("early_years_setting",),
    "health": ("health_service",),
    "social_care": ("social_care_team", "local_authority"),
    "other": ("voluntary_sector", "local_authority", "other"),
}
AGREE_WEIGHTS = {
    "strongly_agree": 10, "agree": 30, "neither": 18, "disagree": 24, "strongly_disagree": 10, "dont_know": 8,
}
STRENGTHS = [
    "The SENCO network meets every half term and the local authority officers come and listen.",
    "Our speech and language therapist comes into school every week and trains the teaching assistants.",
    "The early help hub answers the same day and the family support workers are excellent.",
    "Annual reviews are well attended by health colleagues when we book them early.",
    "The outreach team from the special school has helped us keep two pupils in mainstream.",
    "Portage visits start quickly and parents tell us they feel supported from the first visit.",
    "The short breaks offer has improved this year and families say the new play scheme is good.",
    "Joint training on autism for health and education staff has made a real difference.",
    "The designated clinical officer is easy to contact and sorts out problems with health advice.",
    "Transition planning for year 11 starts earlier than it used to and colleges visit us.",
]
IMPROVEMENTS = [
    "EHC needs assessments take far longer than 20 weeks and we hold children with no extra funding.",
    "The waiting list for the autism assessment pathway is over two years, which is not acceptable.",
    "We cannot get CAMHS to accept referrals unless a young person is in crisis.",
    "Plans arrive late and the outcomes are vague, so they are hard to use in class.",
    "There are not enough special school places, so children wait at home or in the wrong setting.",
    "Health advice for EHC plans is often copied from old reports and does not reflect the child now.",
    "Social care rarely attends annual reviews and we do not hear about changes at home.",
    "The local offer website is out of date and families ask us questions we cannot answer.",
    "Home to school transport is arranged at the last minute and some pupils miss the start of term.",
    "Preparation for adulthood is weak after 16: there are few supported internships.",
    "Occupational therapy advice takes months and the recommended equipment never arrives.",
    "Communication between the SEND team and schools is poor: emails go unanswered for weeks.",
]
OTHER = [
    "Staff turnover in the SEND team means families have to repeat their story again and again.",
    "Part-time timetables are used too often and nobody checks how long they last.",
    "Colleagues work very hard but the system is overwhelmed by the number of requests.",
    "We would like clearer guidance on what the local authority expects schools to fund.",
]


def _weighted(rng: random.Random, weights: dict[str, int]) -> str:
    keys, values = zip(*weights.items(), strict=True)
    return rng.choices(keys, values)[0]


def seed_practitioners(rng: random.Random, inspection: Inspection, *, count: int) -> int:
    """Write `count` synthetic practitioners' responses; return how many were written."""
    survey = inspection.survey_for("practitioner")
    if survey is None:
        return 0
    statements = get("practitioner").statement_keys
    span = max((utcnow() - survey.opens_at).total_seconds(), 60.0)
    for _ in range(count):
        at = survey.opens_at + timedelta(seconds=rng.random() * span)
        role = _weighted(rng, ROLE_WEIGHTS)
        answers = {"role": role, "work_setting": rng.choice(SETTING_BY_ROLE[role])}
        answers |= {key: _weighted(rng, AGREE_WEIGHTS) for key in statements}
        response = Response(
            survey_id=survey.id, inspection_id=inspection.id, audience="practitioner", role=role,
            submission_key=codes.new_token(), reference=codes.new_code(), submitted_at=at,
            answers=[Answer(question=key, value=value) for key, value in sorted(answers.items())],
        )
        db.session.add(response)
        db.session.flush()
        for question, pool, chance in (("strengths", STRENGTHS, 0.6), ("improvements", IMPROVEMENTS, 0.8),
                                       ("practitioner_other", OTHER, 0.2)):
            if rng.random() < chance:
                comment = Comment(inspection_id=inspection.id, response_id=response.id, audience="practitioner",
                                  question=question, text=rng.choice(pool), created_at=at)
                tag_comment(comment)
                db.session.add(comment)
    db.session.flush()
    return count
