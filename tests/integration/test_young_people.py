"""The young person's journey through the Flask client, as a young person (or their helper) takes it."""

from __future__ import annotations

import re

import pytest
from sqlalchemy import func, select

from accessibility.easy_read import check_images_in_html
from tests.conftest import csrf_token
from voice.models import Answer, Comment, Draft, Response, Survey

FACES = {
    "needs_identified": "agree",
    "involved_in_decisions": "neither",
    "right_help": "strongly_disagree",
    "next_steps": "dont_know",
    "valued_included": "strongly_agree",
}


def _count(db_session, model):
    return db_session.scalar(select(func.count()).select_from(model))


def _key(html: str) -> str:
    return re.search(r'name="submission_key" type="hidden" value="([^"]+)"', html).group(1)


def _start(client, token, *, standard=False):
    page = client.get(f"/y/{token}/")
    assert page.status_code == 200
    button = {"standard": "Use the standard version"} if standard else {"start": "Start"}
    started = client.post(f"/y/{token}/start", data={"csrf_token": csrf_token(page.text), **button})
    assert started.status_code == 302
    return client.get(started.headers["Location"])


def _answer(client, page, data):
    """Post one question page; return the next page (or the check page)."""
    url = page.request.full_path.rstrip("?")
    response = client.post(url, data={"csrf_token": csrf_token(page.text), "continue_": "Next", **data})
    assert response.status_code == 302, response.text[:500]
    following = client.get(response.headers["Location"])
    assert not check_images_in_html(following.text)
    return following


def _complete(client, token, *, helped_by="parent_carer", helper_wrote="yes", standard=False):
    page = _start(client, token, standard=standard)
    # The total counts every page that may be asked, so it never jumps (issue 11).
    assert "Question 1 of 9" in page.text
    page = _answer(client, page, {"helped_by": helped_by})
    total = 9
    assert f"Question 2 of {total}" in page.text
    for key, value in FACES.items():
        page = _answer(client, page, {key: value})
    page = _answer(client, page, {"tell_us_more": "I like the quiet room. The dinner hall is too loud."})
    page = _answer(client, page, {"one_thing": "A quiet place to go when it is too loud"})
    if helped_by != "own":
        assert f"Question 9 of {total}" in page.text
        page = _answer(client, page, {"helper_wrote": helper_wrote})
    assert "Check your answers" in page.text
    return page


def test_a_young_person_with_help_completes_the_easy_read_survey(client, make_inspection, db_session):
    token = make_inspection()["young_person"]
    check = _complete(client, token)
    assert "Yes, a little" in check.text and "A parent or carer" in check.text
    assert "Yes, someone else wrote my words" in check.text

    sent = client.post(f"/y/{token}/check", data={
        "csrf_token": csrf_token(check.text), "submission_key": _key(check.text), "submit": "y"})
    assert sent.status_code == 302
    done = client.get(sent.headers["Location"])
    assert "Thank you. We have your answers." in done.text

    response = db_session.scalars(select(Response)).one()
    assert response.audience == "young_person"
    assert response.helped_by == "parent_carer" and response.helper_wrote is True
    answers = {a.question: a.value for a in db_session.scalars(select(Answer))}
    assert {k: answers[k] for k in FACES} == FACES
    assert answers["version"] == "easy_read"
    comments = {c.question: c for c in db_session.scalars(select(Comment))}
    assert set(comments) == {"tell_us_more", "one_thing"}
    assert {c.audience for c in comments.values()} == {"young_person"}
    assert _count(db_session, Draft) == 0


def test_on_my_own_skips_the_helper_question_and_records_my_own_words(client, make_inspection, db_session):
    token = make_inspection()["young_person"]
    check = _complete(client, token, helped_by="own")
    assert "Someone else wrote the words" not in check.text
    client.post(f"/y/{token}/check", data={
        "csrf_token": csrf_token(check.text), "submission_key": _key(check.text), "submit": "y"})
    response = db_session.scalars(select(Response)).one()
    assert (response.helped_by, response.helper_wrote) == ("own", False)


def test_the_standard_version_uses_the_parent_scale_and_no_pictures(client, make_inspection, db_session):
    token = make_inspection()["young_person"]
    check = _complete(client, token, helped_by="own", standard=True)
    assert "Strongly disagree" in check.text and "/standard/" in check.text
    page = client.get(f"/y/{token}/standard/understand-my-needs")
    assert "My needs were noticed early and properly assessed." in page.text
    assert "Strongly agree" in page.text and "voice-face" not in page.text
    assert "easy-read/understand.svg" not in page.text
    client.post(f"/y/{token}/check", data={
        "csrf_token": csrf_token(check.text), "submission_key": _key(check.text), "submit": "y"})
    answers = {a.question: a.value for a in db_session.scalars(select(Answer))}
    assert answers["version"] == "standard" and answers["right_help"] == "strongly_disagree"


def test_every_easy_read_question_has_a_picture_with_words_and_faces_labelled_with_words(client, make_inspection):
    token = make_inspection()["young_person"]
    page = _start(client, token)
    page = _answer(client, page, {"helped_by": "own"})
    assert re.search(r'<img class="voice-easy-read__picture" src="[^"]+understand.svg" alt="[^"]{10,}"', page.text)
    labels = re.findall(r'<span class="voice-face__words">([^<]+)</span>', page.text)
    assert labels == ["Yes, a lot", "Yes, a little", "In the middle", "Not really", "No, not at all",
                      "I do not know"]
    assert page.text.count('type="radio"') == 6
    page = _answer(client, page, {"needs_identified": "agree"})
    assert re.findall(r'<span class="voice-face__words">([^<]+)</span>', page.text) == [
        "Yes", "Sometimes", "No", "I do not know"]


def test_a_missing_answer_shows_an_easy_read_error_and_a_way_back(client, make_inspection):
    token = make_inspection()["young_person"]
    page = _start(client, token)
    page = _answer(client, page, {"helped_by": "school_college"})
    response = client.post(page.request.path, data={"csrf_token": csrf_token(page.text), "continue_": "Next"})
    assert response.status_code == 200
    assert "<title>Error: People understand what help I need." in response.text
    assert response.text.count("Select an answer, or select 'I do not know'") == 2
    assert 'href="#needs_identified"' in response.text
    assert re.search(r'<a href="/y/[^"]+/easy/who-is-helping" class="govuk-back-link">Back</a>', response.text)


def test_changing_who_helped_asks_who_wrote_the_words(client, make_inspection, db_session):
    token = make_inspection()["young_person"]
    check = _complete(client, token, helped_by="own")
    change = re.search(r'href="([^"]*who-is-helping\?change=1)"', check.text).group(1)
    page = client.get(change)
    page = _answer(client, page, {"helped_by": "someone_else"})
    assert "Did someone else write the words for you?" in page.text
    page = _answer(client, page, {"helper_wrote": "no"})
    assert "Check your answers" in page.text and "Someone else" in page.text


def test_sending_twice_stores_one_response(client, make_inspection, db_session):
    token = make_inspection()["young_person"]
    check = _complete(client, token)
    data = {"csrf_token": csrf_token(check.text), "submission_key": _key(check.text), "submit": "y"}
    first = client.post(f"/y/{token}/check", data=data)
    second = client.post(f"/y/{token}/check", data=data)
    assert first.headers["Location"] == second.headers["Location"]
    assert _count(db_session, Response) == 1 and _count(db_session, Comment) == 2


def test_a_closed_survey_is_polite_and_stores_nothing(client, make_inspection, db_session, past_date):
    token = make_inspection(notification_date=past_date)["young_person"]
    page = client.get(f"/y/{token}/")
    assert page.status_code == 410 and "This survey is closed" in page.text
    posted = client.post(f"/y/{token}/start", data={"csrf_token": csrf_token(page.text), "start": "Start"})
    assert posted.status_code == 410
    assert _count(db_session, Draft) == 0 and _count(db_session, Response) == 0


def test_a_survey_closing_before_sending_stores_nothing(client, make_inspection, db_session):
    from voice.extensions import db
    from voice.models import utcnow

    token = make_inspection()["young_person"]
    check = _complete(client, token)
    survey = db.session.scalars(select(Survey).where(Survey.token == token)).one()
    survey.closed_early_at = utcnow()
    db.session.commit()
    sent = client.post(f"/y/{token}/check", data={
        "csrf_token": csrf_token(check.text), "submission_key": _key(check.text), "submit": "y"})
    assert sent.status_code == 410 and "We have not kept anything" in sent.text
    assert _count(db_session, Response) == 0


def test_bigger_text_and_black_background_persist_without_javascript(client, make_inspection):
    token = make_inspection()["young_person"]
    page = client.get(f"/y/{token}/")
    assert 'aria-pressed="false"' in page.text and "voice-large-text" not in page.text
    toggled = client.post(f"/y/{token}/display", data={
        "csrf_token": csrf_token(page.text), "next": f"/y/{token}/", "large_text": "Bigger text"})
    assert toggled.status_code == 302 and toggled.headers["Location"] == f"/y/{token}/"
    client.post(f"/y/{token}/display", data={
        "csrf_token": csrf_token(page.text), "next": f"/y/{token}/", "high_contrast": "Black background"})
    question = _start(client, token)
    body = re.search(r'<body class="([^"]+)"', question.text).group(1).split()
    assert {"voice-large-text", "voice-high-contrast"} <= set(body)
    assert question.text.count('aria-pressed="true"') == 2


@pytest.mark.parametrize("target", ["https://evil.example/", "//evil.example/y/", "/s/other/", "/y/{token}/start"])
def test_the_display_form_only_returns_to_this_survey(client, make_inspection, target):
    token = make_inspection()["young_person"]
    page = client.get(f"/y/{token}/")
    toggled = client.post(f"/y/{token}/display", data={
        "csrf_token": csrf_token(page.text), "next": target.format(token=token), "large_text": "y"})
    assert toggled.headers["Location"] == f"/y/{token}/"


def test_the_display_form_answers_javascript_with_json(client, make_inspection):
    token = make_inspection()["young_person"]
    page = client.get(f"/y/{token}/")
    toggled = client.post(f"/y/{token}/display", headers={"Accept": "application/json"}, data={
        "csrf_token": csrf_token(page.text), "next": f"/y/{token}/", "high_contrast": "y"})
    assert toggled.get_json() == {"large_text": False, "high_contrast": True}


def test_a_question_page_without_a_draft_goes_back_to_the_start(client, make_inspection):
    token = make_inspection()["young_person"]
    response = client.get(f"/y/{token}/easy/right-help")
    assert response.status_code == 302 and response.headers["Location"].endswith(f"/y/{token}/")


def test_free_text_over_the_limit_is_refused_in_plain_words(client, make_inspection):
    token = make_inspection()["young_person"]
    page = _start(client, token)
    response = client.post(f"/y/{token}/easy/tell-us-more", data={
        "csrf_token": csrf_token(page.text), "continue_": "Next", "tell_us_more": "word " * 500})
    assert response.status_code == 200
    assert "Your answer is too long. Use 2000 letters or fewer." in response.text


def test_the_demo_writes_young_peoples_answers_some_with_help_and_helpers_words(app, make_inspection, db_session):
    import random

    from voice.demo.young_people import HELPERS_WORDS, seed_young_people
    from voice.models import Inspection

    inspection = db_session.get(Inspection, make_inspection()["id"])
    assert seed_young_people(random.Random(7), inspection, count=40) == 40
    db_session.commit()
    responses = db_session.scalars(select(Response)).all()
    assert len(responses) == 40 and {r.audience for r in responses} == {"young_person"}
    assert {"own", "parent_carer"} <= {r.helped_by for r in responses}
    assert any(r.helper_wrote for r in responses)
    assert not any(r.helper_wrote for r in responses if r.helped_by == "own")
    helper_texts = {c.text for c in db_session.scalars(select(Comment)) if c.text in HELPERS_WORDS}
    written_by_helpers = {c.text for c in db_session.scalars(select(Comment).join(Response).where(
        Response.helper_wrote.is_(True), Comment.question == "tell_us_more"))}
    assert helper_texts and helper_texts == written_by_helpers
