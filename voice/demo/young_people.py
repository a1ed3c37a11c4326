"""Demo responses for the young people's survey.

About half the young people answer on their own; the rest have a parent, carer or
someone at school or college helping. Where a helper wrote the words, the text comes
from the helper-written answers in texts.py, so summaries have both kinds to tell apart.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta

from voice.demo import texts
from voice.extensions import db
from voice.models import Answer, Comment, Inspection, Response, utcnow
from voice.questionnaires import get
from voice.services import codes
from voice.services.responses import VERSION_CODES, tag_comment

STANDARD = "standard"

HELPED_BY_WEIGHTS = {"own": 48, "parent_carer": 30, "school_college": 16, "someone_else": 6}
# Young people tend to answer a little more kindly than their parents.
AGREE_WEIGHTS = {
    "strongly_agree": 14, "agree": 26, "neither": 18, "disagree": 18, "strongly_disagree": 12,
    "dont_know": 12,
}
HELPER_WRITTEN = 15  # the last 15 "tell us more" answers were written with help
OWN_WORDS = texts.YOUNG_PERSON_TELL_US_MORE[:-HELPER_WRITTEN]
HELPERS_WORDS = texts.YOUNG_PERSON_TELL_US_MORE[-HELPER_WRITTEN:]


def _weighted(rng: random.Random, weights: dict[str, int]) -> str:
    keys, values = zip(*weights.items(), strict=True)
    return rng.choices(keys, values)[0]


def _face_answer(rng: random.Random, question, version: str) -> str:
    answer = _weighted(rng, AGREE_WEIGHTS)
    offered = {choice.code for choice in get("young_person").choices(question, version)}
    if answer not in offered:
        # Three faces: agree, in between, disagree (and "I do not know").
        answer = {"strongly_agree": "agree", "strongly_disagree": "disagree"}.get(answer, answer)
    return answer


def _comment(inspection: Inspection, response: Response, question: str, text: str, at: datetime) -> None:
    comment = Comment(
        inspection_id=inspection.id, response_id=response.id, audience="young_person",
        question=question, text=text, created_at=at,
    )
    tag_comment(comment)
    db.session.add(comment)


def _young_person(rng: random.Random, inspection: Inspection, survey, submitted_at: datetime) -> None:
    version = STANDARD if rng.random() < 0.2 else "easy"
    helped_by = _weighted(rng, HELPED_BY_WEIGHTS)
    helper_wrote = helped_by != "own" and rng.random() < 0.6
    response = Response(
        survey_id=survey.id, inspection_id=inspection.id, audience="young_person",
        submission_key=codes.new_token(), reference=codes.new_code(), submitted_at=submitted_at,
        helped_by=helped_by, helper_wrote=helper_wrote,
    )
    answers = {"version": VERSION_CODES[version], "helped_by": helped_by}
    if helped_by != "own":
        answers["helper_wrote"] = "yes" if helper_wrote else "no"
    for question in get("young_person").all_questions():
        if question.statement:
            answers[question.key] = _face_answer(rng, question, version)
    response.answers = [Answer(question=key, value=value) for key, value in sorted(answers.items())]
    db.session.add(response)
    db.session.flush()
    if rng.random() < 0.7:
        pool = HELPERS_WORDS if helper_wrote else OWN_WORDS
        _comment(inspection, response, "tell_us_more", rng.choice(pool), submitted_at)
    if rng.random() < 0.8:
        _comment(inspection, response, "one_thing", rng.choice(texts.YOUNG_PERSON_ONE_THING), submitted_at)


def seed_young_people(rng: random.Random, inspection: Inspection, *, count: int) -> int:
    """Write `count` synthetic young people's responses; return how many were written."""
    survey = inspection.survey_for("young_person")
    if survey is None:
        return 0
    start = survey.opens_at
    span = max((utcnow() - start).total_seconds(), 60.0)
    for _ in range(count):
        _young_person(rng, inspection, survey, start + timedelta(seconds=rng.random() * span))
    db.session.flush()
    return count
