"""The final submit's write: every row stored once, in one transaction, on SQLite (the ORM)
and PostgreSQL (one statement); a draft someone else already sent stores nothing more."""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor

import pytest
from sqlalchemy import func, select, text

from voice.extensions import db
from voice.models import Answer, Comment, Draft, Response, utcnow
from voice.questionnaires import for_audience
from voice.services import codes, inspections
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


def _ready(app, token: str):
    survey = inspections.survey_by_token(token, audience="parent_carer")
    draft = response_service.start_draft(survey=survey, now=utcnow())
    response_service.save_answers(survey=survey, draft=draft, answers=dict(ANSWERS), now=utcnow())
    return survey, draft.key


def test_the_final_submit_reads_the_survey_and_draft_in_one_query(app, make_inspection):
    token = make_inspection()["parent_carer"]
    with app.app_context():
        survey, key = _ready(app, token)
        target = response_service.draft_on_file(token=token, audience="parent_carer", key=key, now=utcnow())
        assert target is not None and target.open
        assert (target.survey_id, target.inspection_id, target.audience) == (
            survey.id, survey.inspection_id, "parent_carer")
        assert target.answers["could_be_better"] == ANSWERS["could_be_better"]
        # Another audience's link, another survey's key, or no key: nothing.
        assert response_service.draft_on_file(token=token, audience="young_person", key=key, now=utcnow()) is None
        assert response_service.draft_on_file(token=token, audience="parent_carer", key="nope", now=utcnow()) is None
        assert response_service.draft_on_file(token=token, audience="parent_carer", key="", now=utcnow()) is None


def _close_early(survey) -> None:
    survey.closed_early_at = utcnow()


def _delete_data(survey) -> None:
    survey.inspection.responses_deleted_at = utcnow()


@pytest.mark.parametrize("change", [_close_early, _delete_data], ids=["closed early", "data deleted"])
def test_a_window_closed_between_the_read_and_the_write_stores_nothing(app, make_inspection, monkeypatch, change):
    monkeypatch.setattr(response_service, "enqueue_analysis", lambda ids: None)
    token = make_inspection()["parent_carer"]
    with app.app_context():
        survey, key = _ready(app, token)
        questionnaire = for_audience(survey.audience, survey.questionnaire)
        target = response_service.draft_on_file(token=token, audience="parent_carer", key=key, now=utcnow())
        assert target is not None and target.open
        # A coordinator closes the survey early, or deletes its data, after the read...
        change(survey)
        db.session.commit()
        # ...so the write (which checks the window itself) stores nothing and keeps the draft.
        assert response_service.store(target, submission_key=key, free_text=questionnaire.free_text_keys,
                                      now=utcnow(), questionnaire=questionnaire) is None
        assert (_count(Response), _count(Comment), _count(Answer), _count(Draft)) == (0, 0, 0, 1)



def _sends_over_http(client, token: str) -> str:
    """A parent's whole journey through the pages, then the final submit; the reference shown."""
    from tests.integration.test_signposting import _parent_sends

    done = _parent_sends(client, token, "We waited two years for an assessment.")
    assert "your answers have been sent" in done.text, done.text[:300]
    return re.search(r'voice-reference">([A-Z0-9-]+)<', done.text).group(1)


def _direct_backends() -> list[int]:
    return list(db.session.scalars(text(
        "SELECT pid FROM pg_stat_activity WHERE application_name = 'voice submit' AND datname = current_database()")))


def test_a_killed_direct_connection_loses_no_submission(app, client, make_inspection, monkeypatch):
    """On PostgreSQL the final submit's usual case runs on the thread's own connection, with no
    ping first. Killed under it (a server restart, a failover), the submit takes the full path
    instead, so the family's answers are stored once; the next submit opens a new connection."""
    monkeypatch.setattr(response_service, "enqueue_analysis", lambda ids: None)
    token = make_inspection()["parent_carer"]
    with app.app_context():
        if db.engine.dialect.name != "postgresql":
            pytest.skip("the direct connection is PostgreSQL's")
        first = _sends_over_http(client, token)
        (killed,) = _direct_backends()
        db.session.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": killed})
        db.session.commit()

        second = _sends_over_http(client, token)  # over the dead connection: the full path stores it
        third = _sends_over_http(client, token)  # on a new direct connection
        db.session.expire_all()
        references = {codes.display(reference) for reference in db.session.scalars(select(Response.reference))}
        assert references == {first, second, third}
        assert (_count(Response), _count(Draft)) == (3, 0)
        (fresh,) = _direct_backends()
        assert fresh != killed
