"""The public webinar question page, through the Flask client, as a parent would use it."""

from __future__ import annotations

import re
from datetime import date, timedelta

from sqlalchemy import func, select

from tests.conftest import csrf_token
from tests.integration.webinar_fixtures import *  # noqa: F403  (fixtures: webinar_inspection)
from voice.extensions import limiter
from voice.models import Survey, utcnow
from voice.models.webinar import WebinarGroup, WebinarQuestion

GENERAL = "Why is the waiting time for an autism assessment so long and what is being done about it?"
OWN_CASE = "My daughter Amelia's EHCP has been in draft for 30 weeks, can you chase it?"


def _count(db_session, model) -> int:
    return db_session.scalar(select(func.count()).select_from(model))


def _key(html: str) -> str:
    return re.search(r'name="submission_key" type="hidden" value="([^"]+)"', html).group(1)


def _send(client, token, question, **extra):
    page = client.get(f"/w/{token}/")
    assert page.status_code == 200
    data = {"csrf_token": csrf_token(page.text), "submission_key": _key(page.text),
            "question": question, **extra}
    return client.post(f"/w/{token}/", data=data)


def test_a_parent_sends_a_question_and_it_is_stored_tagged_and_grouped(
    client, webinar_inspection, db_session
):
    token = webinar_inspection["webinar"]
    page = client.get(f"/w/{token}/")
    assert "Send a question for the inspectors' webinar" in page.text
    assert "Do not include your name, your child's name" in page.text
    assert 'maxlength' in page.text or 'data-maxlength="1000"' in page.text

    sent = _send(client, token, GENERAL, asker_role="parent", age_phase="age_5_10")
    assert sent.status_code == 302 and sent.headers["Location"].endswith(f"/w/{token}/sent")
    done = client.get(sent.headers["Location"])
    assert "Your question has been sent" in done.text
    assert "What happens next" in done.text
    assert "about your own child" not in done.text

    question = db_session.scalars(select(WebinarQuestion)).one()
    assert (question.asker_role, question.age_phase) == ("parent", "age_5_10")
    assert question.individual_case is False
    assert "identification_assessment" in question.theme_keys
    assert question.sentiment in ("positive", "negative", "mixed", "neutral")
    group = db_session.scalars(select(WebinarGroup)).one()
    assert question.group_id == group.id
    assert group.title == GENERAL and group.theme == "identification_assessment"


def test_markup_is_stripped_and_personal_details_are_redacted(client, webinar_inspection, db_session):
    token = webinar_inspection["webinar"]
    _send(client, token, "<b>Why</b> is <script>x</script>transport late? Ring me on 07700 900461.")
    question = db_session.scalars(select(WebinarQuestion)).one()
    assert "<" not in question.text and "Why is" in question.text
    assert "07700 900461" in question.text
    assert "07700 900461" not in question.redacted


def test_a_question_about_a_familys_own_case_gets_a_kind_reply_and_is_marked(
    client, webinar_inspection, db_session
):
    token = webinar_inspection["webinar"]
    sent = _send(client, token, OWN_CASE)
    done = client.get(sent.headers["Location"])
    assert "Your question seems to be about your own child" in done.text
    assert "SENDIASS" in done.text
    assert "complaints procedure" in done.text
    question = db_session.scalars(select(WebinarQuestion)).one()
    assert question.individual_case is True
    assert "Amelia" not in question.redacted


def test_a_general_question_after_an_own_case_one_gets_the_general_reply(client, webinar_inspection):
    token = webinar_inspection["webinar"]
    client.get(_send(client, token, OWN_CASE).headers["Location"])
    done = client.get(_send(client, token, GENERAL).headers["Location"])
    assert "about your own child" not in done.text


def test_an_empty_question_shows_an_error_summary_and_keeps_the_other_answers(
    client, webinar_inspection, db_session
):
    token = webinar_inspection["webinar"]
    response = _send(client, token, "   ", asker_role="carer")
    assert response.status_code == 200
    assert "<title>Error: Send a question" in response.text
    assert response.text.count("Enter your question") >= 2  # summary and inline
    assert 'href="#question"' in response.text
    assert 'value="carer" checked' in response.text
    assert _count(db_session, WebinarQuestion) == 0


def test_a_question_over_1000_characters_is_refused_with_the_text_kept(
    client, webinar_inspection, db_session
):
    token = webinar_inspection["webinar"]
    response = _send(client, token, "word " * 250)
    assert response.status_code == 200
    assert "Your question must be 1000 characters or fewer" in response.text
    assert "word word word" in response.text
    assert _count(db_session, WebinarQuestion) == 0


def test_sending_the_same_question_twice_stores_it_once(client, webinar_inspection, db_session):
    token = webinar_inspection["webinar"]
    page = client.get(f"/w/{token}/")
    data = {"csrf_token": csrf_token(page.text), "submission_key": _key(page.text), "question": GENERAL}
    first = client.post(f"/w/{token}/", data=data)
    second = client.post(f"/w/{token}/", data=data)
    assert first.status_code == second.status_code == 302
    assert _count(db_session, WebinarQuestion) == 1


def test_the_honeypot_is_not_displayed_hidden_from_screen_readers_and_out_of_the_tab_order(
    client, webinar_inspection
):
    page = client.get(f"/w/{webinar_inspection['webinar']}/")
    field = re.search(r'<input[^>]*name="website"[^>]*>', page.text).group(0)
    assert 'tabindex="-1"' in field and 'autocomplete="off"' in field
    assert re.search(r'<div class="voice-honeypot" aria-hidden="true">\s*<div class="govuk-form-group">\s*'
                     r'<label[^>]*for="website"[^>]*>\s*Leave this field empty', page.text)


def test_a_filled_honeypot_never_claims_success_and_a_person_can_send_again(
    client, webinar_inspection, db_session
):
    token = webinar_inspection["webinar"]
    refused = _send(client, token, GENERAL, website="https://autofilled.example")
    assert refused.status_code == 200
    assert "Your question has been sent" not in refused.text
    assert "Your question has not been sent yet" in refused.text
    assert 'href="#question"' in refused.text  # the error summary leads to the question, kept as typed
    assert GENERAL in refused.text
    assert re.search(r'<input[^>]*name="website"[^>]*>', refused.text).group(0).count('value="https') == 0
    assert _count(db_session, WebinarQuestion) == 0

    sent = _send(client, token, GENERAL)  # sent again: the box is empty now
    assert sent.status_code == 302
    assert "Your question has been sent" in client.get(sent.headers["Location"]).text
    assert _count(db_session, WebinarQuestion) == 1


def test_a_closed_intake_says_when_the_webinar_is_and_stores_nothing(
    app, client, make_inspection, webinar_inspection, db_session
):
    from voice.webinar.presenters import moment_text

    # Questions close 24 hours before the webinar, so a webinar 12 hours away is closed.
    webinar_at = utcnow() + timedelta(hours=12)
    closed = make_inspection(webinar_at=webinar_at)["webinar"]
    page = client.get(f"/w/{closed}/")
    assert page.status_code == 410
    assert "Questions for the webinar have closed" in page.text
    with app.test_request_context():
        when = moment_text(webinar_at)
    assert f"is at {when}" in page.text

    # A form from an open page, posted to the closed one, stores nothing.
    open_page = client.get(f"/w/{webinar_inspection['webinar']}/")
    posted = client.post(f"/w/{closed}/", data={
        "csrf_token": csrf_token(open_page.text), "submission_key": _key(open_page.text),
        "question": GENERAL})
    assert posted.status_code == 410
    assert _count(db_session, WebinarQuestion) == 0


def test_a_webinar_that_has_happened_says_when_it_was(client, make_inspection):
    token = make_inspection(notification_date=date.today() - timedelta(days=30),
                            webinar_at=utcnow() - timedelta(days=20))["webinar"]
    page = client.get(f"/w/{token}/")
    assert page.status_code == 410 and "webinar for parents and carers in East Sussex was at" in page.text


def test_questions_before_the_notification_date_are_not_open_yet(client, make_inspection):
    token = make_inspection(notification_date=date.today() + timedelta(days=14),
                            webinar_at=utcnow() + timedelta(days=24))["webinar"]
    page = client.get(f"/w/{token}/")
    assert page.status_code == 200
    assert "Questions for the webinar are not open yet" in page.text
    assert "You can send a question from" in page.text


def test_an_intake_closed_between_the_page_and_sending_stores_nothing(
    client, webinar_inspection, db_session
):
    token = webinar_inspection["webinar"]
    page = client.get(f"/w/{token}/")
    survey = db_session.scalars(select(Survey).where(Survey.token == token)).one()
    survey.closed_early_at = utcnow()
    db_session.commit()
    posted = client.post(f"/w/{token}/", data={
        "csrf_token": csrf_token(page.text), "submission_key": _key(page.text), "question": GENERAL})
    assert posted.status_code == 410 and "have closed" in posted.text
    assert _count(db_session, WebinarQuestion) == 0


def test_a_flood_of_questions_is_rate_limited(app, webinar_inspection):
    # No db_session fixture here: its app context would share one CSRF token (in g) across clients.
    token = webinar_inspection["webinar"]
    saved_limit, saved_enabled = app.config["PUBLIC_POST_RATE_LIMIT"], limiter.enabled
    app.config["PUBLIC_POST_RATE_LIMIT"] = "3 per minute"
    limiter.enabled = True
    limiter.reset()
    try:
        statuses = []
        for number in range(5):
            stranger = app.test_client()
            page = stranger.get(f"/w/{token}/")
            statuses.append(stranger.post(f"/w/{token}/", data={
                "csrf_token": csrf_token(page.text), "submission_key": _key(page.text),
                "question": f"Question number {number} about transport?"}).status_code)
        assert statuses == [302, 302, 302, 429, 429]
    finally:
        app.config["PUBLIC_POST_RATE_LIMIT"] = saved_limit
        limiter.enabled = saved_enabled
        limiter.reset()
    from voice.extensions import db

    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(WebinarQuestion)) == 3


def test_an_unknown_or_wrong_audience_link_is_not_found(client, webinar_inspection):
    assert client.get("/w/not-a-real-token/").status_code == 404
    assert client.get(f"/w/{webinar_inspection['parent_carer']}/").status_code == 404
