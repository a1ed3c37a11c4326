"""The parent and carer journey through the Flask client, as a person would take it."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import func, select

from tests.conftest import csrf_token
from voice.models import Answer, Comment, Draft, Response

EXPERIENCE = {
    "needs_identified": "disagree",
    "involved_in_decisions": "strongly_disagree",
    "right_help": "agree",
    "next_steps": "dont_know",
    "valued_included": "neither",
}


def _start(client, token):
    page = client.get(f"/s/{token}/")
    assert page.status_code == 200
    started = client.post(f"/s/{token}/start", data={"csrf_token": csrf_token(page.text)})
    assert started.status_code == 302
    return client.get(started.headers["Location"])


def _post(client, token, slug, data, page_html, **extra):
    payload = {"csrf_token": csrf_token(page_html), "continue_": "Continue", **data, **extra}
    return client.post(f"/s/{token}/{slug}", data=payload)


def _complete_pages(client, token):
    about = _start(client, token)
    response = _post(client, token, "about-your-child",
                     {"age_phase": "age_5_10", "setting": "mainstream", "ehc_plan": "in_progress"}, about.text)
    assert response.headers["Location"].endswith("/your-experience")
    experience = client.get(response.headers["Location"])
    response = _post(client, token, "your-experience", EXPERIENCE, experience.text)
    assert response.headers["Location"].endswith("/your-comments")
    comments = client.get(response.headers["Location"])
    response = _post(client, token, "your-comments", {
        "works_well": "Her teaching assistant is brilliant.",
        "could_be_better": "We waited two years for an autism assessment and nobody rings back.",
        "anything_else": "",
    }, comments.text)
    assert response.headers["Location"].endswith("/check")
    return client.get(response.headers["Location"])


def _count(db_session, model):
    return db_session.scalar(select(func.count()).select_from(model))


def test_a_parent_completes_the_survey_and_gets_a_reference(client, make_inspection, db_session):
    token = make_inspection()["parent_carer"]
    check = _complete_pages(client, token)
    assert "Check your answers before sending them" in check.text
    assert "Mainstream school" in check.text and "We waited two years" in check.text

    sent = client.post(f"/s/{token}/check", data={
        "csrf_token": csrf_token(check.text), "submission_key": _key(check.text), "submit": "y",
    })
    assert sent.status_code == 302
    done = client.get(sent.headers["Location"])
    assert "Thank you: your answers have been sent" in done.text

    response = db_session.scalars(select(Response)).one()
    assert response.reference.replace("-", "") in done.text.replace("-", "")
    assert (response.age_phase, response.setting, response.ehc_plan) == ("age_5_10", "mainstream", "in_progress")
    answers = {a.question: a.value for a in db_session.scalars(select(Answer))}
    assert {k: answers[k] for k in EXPERIENCE} == EXPERIENCE
    comments = {c.question: c for c in db_session.scalars(select(Comment))}
    assert set(comments) == {"works_well", "could_be_better"}
    assert comments["could_be_better"].sentiment == "negative"
    assert {t.theme for t in comments["could_be_better"].themes} >= {"identification_assessment"}
    assert _count(db_session, Draft) == 0


def _key(html: str) -> str:
    import re

    return re.search(r'name="submission_key" type="hidden" value="([^"]+)"', html).group(1)


def test_sending_the_same_answers_twice_stores_them_once(client, make_inspection, db_session):
    token = make_inspection()["parent_carer"]
    check = _complete_pages(client, token)
    data = {"csrf_token": csrf_token(check.text), "submission_key": _key(check.text), "submit": "y"}
    first = client.post(f"/s/{token}/check", data=data)
    second = client.post(f"/s/{token}/check", data=data)
    assert first.headers["Location"] == second.headers["Location"]
    assert _count(db_session, Response) == 1
    assert _count(db_session, Comment) == 2


def test_missing_agreement_answers_show_an_error_summary_and_keep_what_was_typed(client, make_inspection):
    token = make_inspection()["parent_carer"]
    about = _start(client, token)
    _post(client, token, "about-your-child", {}, about.text)
    experience = client.get(f"/s/{token}/your-experience")
    response = _post(client, token, "your-experience", {"needs_identified": "agree"}, experience.text)
    assert response.status_code == 200
    assert response.text.count("Select how much you agree about") == 8  # 4 missing: summary and inline
    assert "Involved in decisions" in response.text and "My child gets the right help" in response.text
    assert "<title>Error: Your experience" in response.text
    assert 'value="agree" checked' in response.text
    assert 'href="#involved_in_decisions"' in response.text


def test_free_text_over_the_limit_is_refused_with_the_text_kept(client, make_inspection):
    token = make_inspection()["parent_carer"]
    _start(client, token)
    comments = client.get(f"/s/{token}/your-comments")
    long_text = "word " * 500
    response = _post(client, token, "your-comments", {"works_well": long_text}, comments.text)
    assert response.status_code == 200
    assert "What works well for your child or family? must be 2000 characters or fewer" in response.text
    assert "word word word" in response.text


def test_markup_in_free_text_is_stripped_and_escaped(client, make_inspection, db_session):
    token = make_inspection()["parent_carer"]
    _start(client, token)
    comments = client.get(f"/s/{token}/your-comments")
    _post(client, token, "your-comments",
          {"works_well": "<script>alert(1)</script>Good <b>SENCO</b> & kind staff"}, comments.text)
    check = client.get(f"/s/{token}/check")
    assert "<script>" not in check.text and "alert(1)" in check.text
    assert "Good SENCO &amp; kind staff" in check.text
    draft = db_session.scalars(select(Draft)).one()
    assert draft.answers["works_well"] == "alert(1)Good SENCO & kind staff"


def test_save_and_return_with_a_resume_code_loses_nothing(app, client, make_inspection):
    token = make_inspection()["parent_carer"]
    _start(client, token)
    comments = client.get(f"/s/{token}/your-comments")
    saved = client.post(f"/s/{token}/your-comments", data={
        "csrf_token": csrf_token(comments.text), "save": "Save", "could_be_better": "Transport is late",
    })
    assert saved.headers["Location"].endswith("/saved")
    page = client.get(saved.headers["Location"])
    import re

    code = re.search(r'voice-reference">([A-Z0-9]{4}-[A-Z0-9]{4})<', page.text).group(1)

    with app.test_client() as other_device:
        resume = other_device.get(f"/s/{token}/resume")
        wrong = other_device.post(f"/s/{token}/resume", data={
            "csrf_token": csrf_token(resume.text), "code": "ZZZZ-ZZZZ"})
        assert "We could not find answers for that code" in wrong.text
        back = other_device.post(f"/s/{token}/resume", data={
            "csrf_token": csrf_token(resume.text), "code": code.lower().replace("-", " ")})
        assert back.headers["Location"].endswith("/check")
        check = other_device.get(back.headers["Location"])
        assert "Transport is late" in check.text


def test_a_closed_window_refuses_politely_and_stores_nothing(client, make_inspection, db_session, past_date):
    token = make_inspection(notification_date=past_date)["parent_carer"]
    page = client.get(f"/s/{token}/")
    assert page.status_code == 410
    assert "This survey has closed" in page.text
    posted = client.post(f"/s/{token}/start", data={"csrf_token": csrf_token(page.text) if "csrf" in page.text else ""})
    assert posted.status_code in (400, 410)
    assert _count(db_session, Draft) == 0 and _count(db_session, Response) == 0


def test_a_window_that_has_not_opened_says_when_it_opens(client, make_inspection):
    from datetime import date

    token = make_inspection(notification_date=date.today() + timedelta(days=10))["parent_carer"]
    page = client.get(f"/s/{token}/")
    assert "This survey is not open yet" in page.text


def test_a_window_closing_between_pages_and_sending_stores_nothing(app, client, make_inspection, db_session):
    from voice.extensions import db
    from voice.models import Survey, utcnow

    token = make_inspection()["parent_carer"]
    check = _complete_pages(client, token)
    survey = db.session.scalars(select(Survey).where(Survey.token == token)).one()
    survey.closed_early_at = utcnow()
    db.session.commit()
    sent = client.post(f"/s/{token}/check", data={
        "csrf_token": csrf_token(check.text), "submission_key": _key(check.text), "submit": "y"})
    assert sent.status_code == 410 and "This survey has closed" in sent.text
    assert _count(db_session, Response) == 0


def test_a_post_without_a_csrf_token_is_rejected(client, make_inspection, db_session):
    token = make_inspection()["parent_carer"]
    response = client.post(f"/s/{token}/start", data={})
    assert response.status_code == 400
    assert "Your page timed out" in response.text
    assert _count(db_session, Draft) == 0


def test_an_unknown_survey_link_is_not_found(client):
    assert client.get("/s/not-a-real-token/").status_code == 404


@pytest.mark.parametrize("path", ["/", "/privacy", "/accessibility"])
def test_public_pages_send_strict_security_headers(client, path):
    response = client.get(path)
    csp = response.headers["Content-Security-Policy"]
    assert "default-src 'none'" in csp and "'unsafe-inline'" not in csp
    assert response.headers["X-Frame-Options"] == "DENY"
    assert response.headers["Referrer-Policy"] == "no-referrer"



def test_a_bad_request_gets_a_clear_page_rather_than_a_bare_error(app):
    from flask import abort

    from voice import create_app

    fresh = create_app("testing")
    fresh.add_url_rule("/broken-form", "broken_form", lambda: abort(400))
    response = fresh.test_client().get("/broken-form")
    assert response.status_code == 400
    assert "Sorry, we could not use that form" in response.text
    assert "Answers you had already saved are safe" in response.text


@pytest.mark.parametrize("code", ["pl", "ar", "en"])
def test_the_response_and_its_comments_keep_the_language_the_family_answered_in(
        client, make_inspection, db_session, code):
    token = make_inspection()["parent_carer"]
    client.get(f"/s/{token}/?lang={code}")
    check = _complete_pages(client, token)
    sent = client.post(f"/s/{token}/check", data={
        "csrf_token": csrf_token(check.text), "submission_key": _key(check.text), "submit": "y",
    })
    assert sent.status_code == 302 and "/done" in sent.headers["Location"]
    assert db_session.scalars(select(Response)).one().locale == code
    assert {c.page_language for c in db_session.scalars(select(Comment))} == {code}


def test_the_final_submits_language_is_babels_choice(app, client, make_inspection):
    """The final submit stores the code without building a Babel Locale; it must be the same
    code Flask-Babel would give, however the language was chosen."""
    from flask_babel import get_locale, refresh

    from voice.i18n import page_locale

    token = make_inspection()["parent_carer"]
    cases = [({"query_string": {"lang": "ur"}}, "ur"),
             ({"headers": {"Accept-Language": "pl-PL,pl;q=0.9"}}, "pl"),
             ({"headers": {"Accept-Language": "fr"}}, "en")]
    for kwargs, expected in cases:
        with app.test_request_context(f"/s/{token}/check", **kwargs):
            app.preprocess_request()
            before = page_locale()
            refresh()
            assert before == str(get_locale()) == page_locale() == expected
