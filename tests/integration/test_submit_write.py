"""The final submit's write: every row stored once, in one transaction, on SQLite (the ORM)
and PostgreSQL (one statement); a draft someone else already sent stores nothing more."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import func, select

from voice.extensions import db
from voice.models import Answer, Comment, Draft, Response, utcnow
from voice.questionnaires import for_audience
from voice.services import inspections
from voice.services import responses as response_service

ANSWERS = {
    "age_phase": "age_5_10", "needs_identified": "agree", "involved_in_decisions": "disagree",
    "right_help": "disagree", "next_steps": "dont_know", "valued_included": "agree",
    "could_be_better": "We waited months for speech and language therapy.",
    "anything_else": "The new SENCo listens.",
}


def _count(model) -> int:
    return db.session.scalar(select(func.count()).select_from(model))


def test_a_submission_stores_its_response_answers_and_comments_once(app, make_inspection, monkeypatch):
    queued: list[list[int]] = []
    monkeypatch.setattr(response_service, "enqueue_analysis", lambda ids: queued.append(list(ids)))
    token = make_inspection()["parent_carer"]
    with app.app_context():
        survey = inspections.survey_by_token(token, audience="parent_carer")
        questionnaire = for_audience(survey.audience, survey.questionnaire)
        draft = response_service.start_draft(survey=survey, now=utcnow())
        response_service.save_answers(survey=survey, draft=draft, answers={**ANSWERS, "_page": "check"}, now=utcnow())
        key = draft.key
        survey_id = survey.id

        # Another request (its own thread, app context and session) sends the draft first...
        def send() -> response_service.Submission:
            with app.app_context():
                theirs = db.session.get(type(survey), survey_id)
                return response_service.submit_questionnaire(
                    survey=theirs, questionnaire=questionnaire, submission_key=key, now=utcnow(), locale="en",
                    draft=response_service.get_draft(survey=theirs, key=key))

        with ThreadPoolExecutor(1) as other:
            first = other.submit(send).result()
        assert first.created
        stored = db.session.scalar(select(Response).where(Response.submission_key == key))
        assert stored.reference == first.reference
        assert (stored.age_phase, stored.locale, stored.audience) == ("age_5_10", "en", "parent_carer")
        rows = db.session.scalars(select(Answer).where(Answer.response_id == stored.id))
        answers = {a.question: a.value for a in rows}
        assert answers["needs_identified"] == "agree" and answers["age_phase"] == "age_5_10"
        assert "could_be_better" not in answers and "_page" not in answers  # words are comments, not answers
        comments = list(db.session.scalars(
            select(Comment).where(Comment.response_id == stored.id).order_by(Comment.id)))
        assert {c.question: c.text for c in comments} == {
            "could_be_better": ANSWERS["could_be_better"], "anything_else": ANSWERS["anything_else"]}
        assert all(c.analysis_pending and c.inspection_id == survey.inspection_id for c in comments)
        assert all(c.tagged_at is not None and c.safeguarding is False for c in comments)  # column defaults applied
        assert queued == [[c.id for c in comments]]

        # ...while this one still holds the draft it read before: it stores nothing more, and
        # answers with the first one's reference.
        again = response_service.submit_questionnaire(
            survey=survey, questionnaire=questionnaire, submission_key=key, now=utcnow(), locale="en", draft=draft)
        assert (again.reference, again.created) == (first.reference, False)
        assert (_count(Response), _count(Comment), _count(Answer), _count(Draft)) == (1, 2, len(answers), 0)
        assert queued == [[c.id for c in comments]]
