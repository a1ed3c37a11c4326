"""The one runner: shared validation for continue and save (issue 14, defect 1), save and
return for every audience, the timeout, thematic visits, and a questionnaire that is only a file."""

from __future__ import annotations

import re
import time
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import select

from tests.conftest import csrf_token
from voice.models import Answer, Comment, Draft, Response

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "questionnaires"
EXPERIENCE = {"needs_identified": "agree", "involved_in_decisions": "agree", "right_help": "disagree",
              "next_steps": "dont_know", "valued_included": "neither"}


def _start(client, prefix, **button):
    start = client.get(f"{prefix}/")
    started = client.post(f"{prefix}/start", data={"csrf_token": csrf_token(start.text), **button})
    assert started.status_code == 302, started.text[:300]
    return client.get(started.headers["Location"])


def _key(html: str) -> str:
    return re.search(r'name="submission_key" type="hidden" value="([^"]+)"', html).group(1)


def _send(client, prefix):
    check = client.get(f"{prefix}/check")
    return client.post(f"{prefix}/check",
                       data={"csrf_token": csrf_token(check.text), "submission_key": _key(check.text)})


def _draft(db_session) -> dict:
    db_session.expire_all()
    return db_session.scalars(select(Draft)).one().answers


def test_save_checks_answers_like_continue_keeping_the_valid_ones(client, make_inspection, db_session):
    prefix = f"/s/{make_inspection()['parent_carer']}"
    about = _start(client, prefix)
    saved = client.post(f"{prefix}/about-your-child", data={
        "csrf_token": csrf_token(about.text), "save": "y", "age_phase": "x" * 25, "setting": "mainstream"})
    assert saved.status_code == 200 and "Select one of the answers shown" in saved.text
    assert saved.text.count("Select one of the answers shown") == 2  # the summary and the field
    assert _draft(db_session)["setting"] == "mainstream"
    assert "age_phase" not in _draft(db_session) or _draft(db_session)["age_phase"] is None

    comments = client.get(f"{prefix}/your-comments")
    long = client.post(f"{prefix}/your-comments", data={
        "csrf_token": csrf_token(comments.text), "save": "y", "works_well": "a" * 200_000,
        "could_be_better": "The bus is late."})
    assert long.status_code == 200
    assert "What works well for your child or family? must be 2000 characters or fewer" in long.text
    assert _draft(db_session).get("works_well") in (None, "")
    assert _draft(db_session)["could_be_better"] == "The bus is late."


def test_the_reported_repro_now_ends_in_a_stored_response_not_a_500(client, make_inspection, db_session):
    prefix = f"/s/{make_inspection()['parent_carer']}"
    about = _start(client, prefix)
    client.post(f"{prefix}/about-your-child", data={
        "csrf_token": csrf_token(about.text), "save": "y", "age_phase": "y" * 25})
    experience = client.get(f"{prefix}/your-experience")
    client.post(f"{prefix}/your-experience", data={"csrf_token": csrf_token(experience.text), "continue_": "y",
                                                   **EXPERIENCE})
    sent = _send(client, prefix)
    assert sent.status_code == 302 and "/done/" in sent.headers["Location"]
    assert db_session.scalars(select(Response)).one().age_phase is None


def test_nothing_a_draft_holds_can_make_the_final_submit_fail(client, make_inspection, db_session):
    """Drafts saved before the fix (or edited by hand) may hold anything: only what the schema
    accepts is stored. On PostgreSQL this covers the over-long column and the null byte."""
    prefix = f"/s/{make_inspection()['parent_carer']}"
    _start(client, prefix)
    draft = db_session.scalars(select(Draft)).one()
    draft.answers = {**EXPERIENCE, "age_phase": "z" * 25, "setting": "bad\x00code", "ehc_plan": ["a", "list"],
                     "works_well": "Kind staff.", "could_be_better": "w" * 3000, "invented": "value"}
    db_session.commit()
    sent = _send(client, prefix)
    assert sent.status_code == 302 and "/done/" in sent.headers["Location"]
    response = db_session.scalars(select(Response)).one()
    assert (response.age_phase, response.setting, response.ehc_plan) == (None, None, None)
    stored = {a.question: a.value for a in db_session.scalars(select(Answer))}
    assert set(stored) == {*EXPERIENCE}
    assert [c.question for c in db_session.scalars(select(Comment))] == ["works_well"]


def test_young_people_save_and_come_back_with_a_code(app, client, make_inspection):
    prefix = f"/y/{make_inspection()['young_person']}"
    page = _start(client, prefix, start="Start")
    assert "Save and come back later" in page.text
    saved = client.post(page.request.path, data={"csrf_token": csrf_token(page.text), "save": "y",
                                                 "helped_by": "own"})
    assert saved.headers["Location"].endswith("/saved"), re.findall(r'error-message">(.*?)</p', saved.text, re.S)
    code = re.search(r'voice-reference">([A-Z0-9]{4}-[A-Z0-9]{4})<', client.get(saved.headers["Location"]).text)[1]
    # The client fixture keeps its last request's context (and its CSRF token) pushed; a
    # request without a form replaces it, so the other device gets its own token.
    client.get("/static/images/easy-read/check.svg")
    with app.test_client() as other_device:
        resume = other_device.get(f"{prefix}/resume")
        back = other_device.post(f"{prefix}/resume", data={"csrf_token": csrf_token(resume.text), "code": code})
        assert back.headers["Location"].endswith("/check")
        check = other_device.get(back.headers["Location"])
        assert "I am doing it on my own" in check.text


def test_after_a_timeout_the_family_returns_to_where_they_were_with_their_answers(client, make_inspection):
    prefix = f"/s/{make_inspection()['parent_carer']}"
    about = _start(client, prefix)
    assert "this page will time out" in about.text  # said in words, so it works without JavaScript
    client.post(f"{prefix}/about-your-child", data={"csrf_token": csrf_token(about.text), "continue_": "y",
                                                    "setting": "special"})
    comments = client.get(f"{prefix}/your-comments")
    with client.session_transaction() as session:
        for key in [k for k in session if k.startswith("seen:")]:
            session[key] = int(time.time()) - 5 * 3600
    later = client.get(f"{prefix}/your-comments")
    assert later.headers["Location"].endswith("/timed-out")
    notice = client.get(later.headers["Location"])
    assert "We have kept your answers" in notice.text
    back = client.post(f"{prefix}/timed-out", data={"csrf_token": csrf_token(notice.text)})
    assert back.headers["Location"].endswith("/your-comments")
    assert client.get(back.headers["Location"]).status_code == 200
    assert "Special school" in client.get(f"{prefix}/check").text
    assert comments.status_code == 200


def test_more_time_can_be_asked_for_with_or_without_javascript(client, make_inspection):
    prefix = f"/s/{make_inspection()['parent_carer']}"
    about = _start(client, prefix)
    token = csrf_token(about.text)
    as_json = client.post(f"{prefix}/keep-alive", data={"csrf_token": token}, headers={"Accept": "application/json"})
    assert as_json.json["seconds_left"] == 4 * 3600
    plain = client.post(f"{prefix}/keep-alive?next={prefix}/about-your-child", data={"csrf_token": token})
    assert plain.headers["Location"].endswith("/about-your-child")
    away = client.post(f"{prefix}/keep-alive?next=https://evil.example/", data={"csrf_token": token})
    assert away.headers["Location"].endswith(f"{prefix}/")


def test_a_thematic_visit_runs_its_own_questionnaires(app, client, db_session):
    from voice.extensions import db
    from voice.models import LocalArea
    from voice.services.inspections import create_inspection

    with app.app_context():
        area = LocalArea(ons_code="E10000099", name="Testshire", region="South East")
        db.session.add(area)
        db.session.commit()
        visit = create_inspection(local_area=area, kind="thematic", notification_date=date.today())
        tokens = {s.audience: (s.token, s.questionnaire) for s in visit.surveys}
    assert {a: q for a, (_t, q) in tokens.items()} == {
        "parent_carer": "thematic_parent_carer", "young_person": "thematic_young_person"}
    parent = client.get(f"/s/{tokens['parent_carer'][0]}/")
    assert "support for children with SEND who are not in school" in parent.text
    first = _start(client, f"/s/{tokens['parent_carer'][0]}")
    assert first.request.path.endswith("/about-your-child")
    young = client.get(f"/y/{tokens['young_person'][0]}/")
    assert "It is for young people who do not go to school now." in young.text


@pytest.fixture
def tiny_pulse():
    from voice.questionnaires import add_folder, remove_folder

    add_folder(FIXTURES)
    yield
    remove_folder(FIXTURES)


def test_a_questionnaire_that_is_only_a_schema_file_runs_from_start_to_stored_answers(
    app, client, make_inspection, db_session, tiny_pulse
):
    from voice.extensions import db
    from voice.models import Survey

    ids = make_inspection()
    with app.app_context():
        survey = db.session.scalar(select(Survey).where(Survey.token == ids["parent_carer"]))
        survey.questionnaire = "tiny_pulse"
        db.session.commit()
    prefix = f"/s/{ids['parent_carer']}"
    assert "A short check-in about East Sussex" in client.get(f"{prefix}/").text
    page = _start(client, prefix)
    missing = client.post(page.request.path, data={"csrf_token": csrf_token(page.text), "continue_": "y"})
    assert "Select how often" in missing.text
    answered = client.post(page.request.path, data={"csrf_token": csrf_token(page.text), "continue_": "y",
                                                    "calls_returned": "never"})
    assert answered.headers["Location"].endswith("/transport")  # shown because calls are not always returned
    words = client.get(f"{prefix}/your-words")
    client.post(f"{prefix}/your-words", data={"csrf_token": csrf_token(words.text), "continue_": "y",
                                              "pulse_words": "Nobody rings back about the EHC plan."})
    sent = _send(client, prefix)
    assert sent.status_code == 302
    stored = {a.question: a.value for a in db_session.scalars(select(Answer))}
    assert stored == {"calls_returned": "never"}
    comment = db_session.scalars(select(Comment)).one()
    assert comment.question == "pulse_words" and not comment.analysis_pending and comment.themes
