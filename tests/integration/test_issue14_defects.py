"""Regression tests for issue 14's defects 2, 3 and 5 to 9 (defect 1 belongs to the survey engine)."""

from __future__ import annotations

import re
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from datetime import timedelta

import pytest
from flask import Flask, request
from sqlalchemy import func, select

from tests.conftest import CheckingClient, csrf_token
from tests.integration.staff_fixtures import *  # noqa: F403  (fixtures: coded, coordinator, inspector)
from tests.integration.test_parent_survey import _complete_pages
from tests.integration.test_parent_survey import _key as _check_key
from voice.extensions import limiter
from voice.models import Comment, Draft, Response, utcnow
from voice.models.webinar import WebinarQuestion

_SUBMISSION_KEY = re.compile(r'name="submission_key" type="hidden" value="([^"]+)"')
QUESTION = "Why is the waiting time for an autism assessment so long and what is being done about it?"


def _count(app, model) -> int:
    from voice.extensions import db

    with app.app_context():
        return db.session.scalar(select(func.count()).select_from(model)) or 0


def _own_page(response, status: int) -> None:
    """The app's own page: its layout, its security headers, never Werkzeug's bare page."""
    assert response.status_code == status
    assert response.mimetype == "text/html"
    assert "govuk-template" in response.text and "Werkzeug" not in response.text
    assert "default-src 'none'" in response.headers["Content-Security-Policy"]
    assert response.headers["X-Frame-Options"] == "DENY"


@pytest.fixture
def webinar_token(make_inspection):
    return make_inspection(webinar_at=utcnow() + timedelta(days=3))["webinar"]


@pytest.fixture
def no_analysis(monkeypatch):
    """Comments stay pending: the encoder is slow, and these tests are about limits, not tags."""
    monkeypatch.setattr("voice.services.analysis_jobs.analyse_comments", lambda **_kwargs: None)


@pytest.fixture
def low_limits(app):
    """Production's own public limits, restored and reset afterwards."""
    saved = {k: app.config[k] for k in ("PUBLIC_POST_RATE_LIMIT", "PUBLIC_ADDRESS_POST_RATE_LIMIT")}
    limiter.reset()
    yield app.config
    app.config.update(saved)
    limiter.reset()


# --- defect 2: parallel identical webinar posts ------------------------------------------

def test_a_second_click_that_loses_the_race_at_the_flush_is_told_the_question_was_sent(
    app, webinar_token, monkeypatch
):
    from voice.extensions import db
    from voice.services import webinar as webinar_service
    from voice.services.inspections import survey_by_token

    with app.app_context():
        survey = survey_by_token(webinar_token, audience="webinar")
        first = webinar_service.submit_question(survey=survey, submission_key="k" * 24, text=QUESTION,
                                                asker_role=None, age_phase=None, now=utcnow())
        assert first.stored
        # The second request looked before the first committed, so it saw no row yet.
        real = webinar_service.question_by_key
        calls = []
        monkeypatch.setattr(webinar_service, "question_by_key",
                            lambda key: None if not calls.append(key) and len(calls) == 1 else real(key))
        second = webinar_service.submit_question(survey=survey, submission_key="k" * 24, text=QUESTION,
                                                 asker_role=None, age_phase=None, now=utcnow())
        assert second.stored is False
        assert db.session.scalar(select(func.count()).select_from(WebinarQuestion)) == 1


def test_ten_identical_webinar_posts_at_once_all_get_the_confirmation(app, live_server, webinar_token):
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor())
    with opener.open(f"{live_server}/w/{webinar_token}/", timeout=30) as page:
        html = page.read().decode()
    body = urllib.parse.urlencode({
        "csrf_token": csrf_token(html), "submission_key": _SUBMISSION_KEY.search(html).group(1),
        "question": QUESTION,
    }).encode()

    def post(_n: int) -> int:
        try:
            with opener.open(f"{live_server}/w/{webinar_token}/", data=body, timeout=60) as response:
                return response.status
        except urllib.error.HTTPError as error:
            return error.code

    with ThreadPoolExecutor(max_workers=10) as pool:
        statuses = list(pool.map(post, range(10)))
    assert statuses == [200] * 10  # each followed the redirect to "Your question has been sent"
    assert _count(app, WebinarQuestion) == 1


# --- defect 3: null bytes and other input no browser sends ------------------------------

@pytest.mark.parametrize("path", [
    "/s/%00/", "/s/abc%00def/", "/w/%00/", "/y/%00/", "/s/%FF%FE/", "/%01", "/?lang=%00", "/?q=%FF",
    "/s/abc/?change=%0d%0a",
])
def test_null_bytes_and_broken_encodings_in_addresses_get_the_400_page(client, path):
    _own_page(client.get(path), 400)


def test_a_null_byte_in_the_webinar_submission_key_stores_nothing(app, client, webinar_token):
    page = client.get(f"/w/{webinar_token}/")
    response = client.post(f"/w/{webinar_token}/", data={
        "csrf_token": csrf_token(page.text), "submission_key": "a\x00b", "question": QUESTION})
    _own_page(response, 400)
    assert _count(app, WebinarQuestion) == 0


def test_a_null_byte_in_a_sign_in_email_gets_the_400_page(client):
    page = client.get("/sign-in")
    response = client.post("/sign-in", data={
        "csrf_token": csrf_token(page.text), "email": "someone\x00@example.com", "password": "x"})
    _own_page(response, 400)


def test_a_body_that_is_not_utf8_gets_the_400_page_not_a_500(app, client, webinar_token):
    page = client.get(f"/w/{webinar_token}/")
    body = f"csrf_token={csrf_token(page.text)}&question=".encode() + b"caf\xe9 \xff"
    response = client.post(f"/w/{webinar_token}/", data=body,
                           content_type="application/x-www-form-urlencoded")
    _own_page(response, 400)
    encoded = f"csrf_token={csrf_token(page.text)}&question=caf%E9%FF".encode()
    response = client.post(f"/w/{webinar_token}/", data=encoded,
                           content_type="application/x-www-form-urlencoded")
    _own_page(response, 400)
    assert _count(app, WebinarQuestion) == 0


def test_control_characters_in_a_form_get_a_page_that_says_why(app, client, webinar_token):
    page = client.get(f"/w/{webinar_token}/")
    response = client.post(f"/w/{webinar_token}/", data={
        "csrf_token": csrf_token(page.text), "question": "Why\x1b[31m so long?\x07"})
    _own_page(response, 400)
    assert "hidden characters" in response.text
    assert _count(app, WebinarQuestion) == 0


def test_tabs_and_new_lines_in_typed_text_are_still_welcome(app, client, webinar_token):
    page = client.get(f"/w/{webinar_token}/")
    response = client.post(f"/w/{webinar_token}/", data={
        "csrf_token": csrf_token(page.text), "submission_key": _SUBMISSION_KEY.search(page.text).group(1),
        "question": "Why so long?\r\n\tAnd who decides?"})
    assert response.status_code == 302
    assert _count(app, WebinarQuestion) == 1


# --- defect 5: our own pages for 413, 414, 431 and the rest -------------------------------

def test_a_body_over_the_limit_gets_our_own_413_page(app, client, webinar_token):
    page = client.get(f"/w/{webinar_token}/")
    response = client.post(f"/w/{webinar_token}/", data={
        "csrf_token": csrf_token(page.text), "question": "x" * (300 * 1024)})
    _own_page(response, 413)
    assert "What you sent is too long" in response.text
    assert _count(app, WebinarQuestion) == 0


@pytest.mark.parametrize(("status", "words"), [
    (413, "What you sent is too long"), (414, "That web address is too long"),
    (431, "Your browser sent too much information"), (415, "Sorry, we could not do that"),
    (418, "Sorry, we could not do that"), (501, "Sorry, there is a problem with the service"),
])
def test_every_refusal_gets_our_own_page_with_security_headers(app, status, words):
    from flask import abort

    from voice import create_app

    fresh = create_app("testing")
    fresh.add_url_rule("/refuse", "refuse", lambda: abort(status))
    fresh.test_client_class = CheckingClient
    response = fresh.test_client().get("/refuse")
    _own_page(response, status)
    assert words in response.text


def test_a_method_not_allowed_keeps_its_allow_header(client):
    response = client.delete("/")
    _own_page(response, 405)
    assert "GET" in response.headers["Allow"]


# --- defect 6: entity-encoded markup; safeguarding review notes ---------------------------

def test_entity_encoded_markup_in_a_webinar_question_is_not_stored(app, client, webinar_token):
    page = client.get(f"/w/{webinar_token}/")
    client.post(f"/w/{webinar_token}/", data={
        "csrf_token": csrf_token(page.text), "submission_key": _SUBMISSION_KEY.search(page.text).group(1),
        "question": "&lt;img src=x onerror=alert(1)&gt;Why do EHC plans take &amp;lt;b&amp;gt;so long?"})
    from voice.extensions import db

    with app.app_context():
        stored = db.session.scalars(select(WebinarQuestion)).one()
        assert stored.text == "Why do EHC plans take so long?"
        assert "<" not in stored.redacted and "&lt;" not in stored.redacted


def test_a_safeguarding_review_note_is_cleaned_before_it_is_stored(app, inspector, coded):
    from voice.extensions import db

    flagged = coded["comments"][5]
    form = inspector.get(f"/inspections/{coded['id']}/safeguarding/{flagged}")
    done = inspector.post(f"/inspections/{coded['id']}/safeguarding/{flagged}", data={
        "csrf_token": csrf_token(form.text), "decision": "reviewed",
        "note": "<b>Passed</b> to the DSL.&lt;img src=x onerror=alert(1)&gt;\u202e"})
    assert done.status_code == 302
    with app.app_context():
        assert db.session.get(Comment, flagged).safeguarding_note == "Passed to the DSL."


def test_markup_typed_into_the_review_form_never_reaches_the_record(app, inspector, coded):
    from voice.forms.inspect import ReviewForm

    with app.test_request_context(method="POST", data={"note": "&lt;script&gt;&lt;/script&gt;<b>Told the DSL</b>"}):
        form = ReviewForm(meta={"csrf": False})
        assert form.note.data == "Told the DSL"


# --- defect 7: X-Forwarded-For only from our own proxies ---------------------------------

def _echo_app() -> Flask:
    echo = Flask("echo")
    echo.add_url_rule("/", "echo", lambda: f"{request.remote_addr} {request.scheme} {request.host}")
    return echo


def test_forwarded_headers_are_believed_only_from_a_trusted_proxy():
    from voice.security import TrustedProxyFix

    echo = _echo_app()
    echo.wsgi_app = TrustedProxyFix(echo.wsgi_app, hops=1, trusted="10.0.0.0/24, ::1")
    client = echo.test_client()
    headers = {"X-Forwarded-For": "198.51.100.7", "X-Forwarded-Proto": "https",
               "X-Forwarded-Host": "evil.example"}
    via_proxy = client.get("/", headers=headers, environ_base={"REMOTE_ADDR": "10.0.0.5"})
    assert via_proxy.text == "198.51.100.7 https localhost"  # the host is never taken from a header
    direct = client.get("/", headers=headers, environ_base={"REMOTE_ADDR": "203.0.113.9"})
    assert direct.text == "203.0.113.9 http localhost"


def test_the_app_wraps_itself_when_told_about_proxies(monkeypatch):
    from config import TestingConfig
    from voice import create_app
    from voice.security import TrustedProxyFix

    monkeypatch.setattr(TestingConfig, "PROXY_HOPS", 1)
    monkeypatch.setattr(TestingConfig, "TRUSTED_PROXIES", "10.0.0.1")
    fresh = create_app("testing")
    assert isinstance(fresh.wsgi_app, TrustedProxyFix)
    assert fresh.wsgi_app.is_trusted("10.0.0.1") and not fresh.wsgi_app.is_trusted("10.0.0.2")


def test_a_rotating_forwarded_for_from_outside_does_not_dodge_the_limit(app, make_inspection, low_limits):
    from voice.security import TrustedProxyFix

    token = make_inspection()["parent_carer"]
    low_limits["PUBLIC_POST_RATE_LIMIT"] = "3 per minute"
    wrapped = app.wsgi_app
    app.wsgi_app = TrustedProxyFix(wrapped, hops=1, trusted="10.0.0.1")
    try:
        statuses = []
        for number in range(5):
            stranger = app.test_client()
            env = {"REMOTE_ADDR": "203.0.113.9"}
            headers = {"X-Forwarded-For": f"198.51.100.{number}"}
            page = stranger.get(f"/s/{token}/", environ_base=env, headers=headers)
            statuses.append(stranger.post(f"/s/{token}/start", data={"csrf_token": csrf_token(page.text)},
                                          environ_base=env, headers=headers).status_code)
        assert statuses == [302, 302, 302, 429, 429]
        limiter.reset()
        statuses = []
        for number in range(5):  # the same through our proxy: five different families
            stranger = app.test_client()
            env = {"REMOTE_ADDR": "10.0.0.1"}
            headers = {"X-Forwarded-For": f"198.51.100.{number}"}
            page = stranger.get(f"/s/{token}/", environ_base=env, headers=headers)
            statuses.append(stranger.post(f"/s/{token}/start", data={"csrf_token": csrf_token(page.text)},
                                          environ_base=env, headers=headers).status_code)
        assert statuses == [302] * 5
    finally:
        app.wsgi_app = wrapped


# --- defect 8: links from VOICE_BASE_URL only ---------------------------------------------

def test_share_links_qr_codes_and_posters_ignore_the_request_host(app, client, coordinator, make_inspection):
    ids = make_inspection()
    evil = {"X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "http"}
    # The signed-in coordinator's cookie, sent to the app under another host name.
    client.set_cookie("voice_session", client.get_cookie("voice_session").value, domain="evil.example")
    page = client.get(f"/admin/inspections/{ids['id']}/share", headers=evil, base_url="http://evil.example")
    assert page.status_code == 200
    assert f"http://localhost/s/{ids['parent_carer']}/" in page.text
    assert "evil.example" not in page.text
    qr = client.get(f"/admin/inspections/{ids['id']}/qr/parent_carer.svg", headers=evil,
                    base_url="http://evil.example")
    assert b"evil.example" not in qr.data and b"http://localhost/s/" in qr.data


def test_a_trailing_slash_redirect_does_not_name_the_request_host(client):
    response = client.get("/s/some-token", headers={"Host": "evil.example"})
    assert response.status_code == 308
    assert response.headers["Location"] == "/s/some-token/"


def test_links_follow_the_configured_base_url(app):
    from voice.links import public_url

    saved = app.config["BASE_URL"]
    app.config["BASE_URL"] = "https://voice.example.org/"
    try:
        with app.test_request_context("/", base_url="http://evil.example"):
            assert public_url("survey.start", token="abc") == "https://voice.example.org/s/abc/"
    finally:
        app.config["BASE_URL"] = saved


@pytest.mark.parametrize("base_url", [None, "", "http://voice.example.org", "voice.example.org", "https://"])
def test_production_refuses_to_start_without_an_https_base_url(monkeypatch, base_url):
    from config import get_config

    monkeypatch.setenv("SECRET_KEY", "x" * 32)
    monkeypatch.setenv("DATABASE_URL", "postgresql://db/voice")
    if base_url is None:
        monkeypatch.delenv("VOICE_BASE_URL", raising=False)
    else:
        monkeypatch.setenv("VOICE_BASE_URL", base_url)
    with pytest.raises(RuntimeError, match="VOICE_BASE_URL"):
        get_config("production")


def test_production_takes_an_https_base_url(monkeypatch):
    from config import get_config

    monkeypatch.setenv("SECRET_KEY", "x" * 32)
    monkeypatch.setenv("DATABASE_URL", "postgresql://db/voice")
    monkeypatch.setenv("VOICE_BASE_URL", "https://voice.example.org/")
    assert get_config("production").BASE_URL == "https://voice.example.org"


# --- defect 9: 30 families behind one address, and floods still stopped -------------------

def _send(client, token: str) -> int:
    check = _complete_pages(client, token)
    return client.post(f"/s/{token}/check", data={
        "csrf_token": csrf_token(check.text), "submission_key": _check_key(check.text), "submit": "y",
    }).status_code


def test_thirty_families_behind_one_school_address_can_all_finish(app, make_inspection, low_limits, no_analysis):
    from config import BaseConfig

    token = make_inspection()["parent_carer"]
    low_limits["PUBLIC_POST_RATE_LIMIT"] = BaseConfig.PUBLIC_POST_RATE_LIMIT
    low_limits["PUBLIC_ADDRESS_POST_RATE_LIMIT"] = BaseConfig.PUBLIC_ADDRESS_POST_RATE_LIMIT
    families = [app.test_client() for _ in range(30)]  # every one from 127.0.0.1
    assert [_send(family, token) for family in families] == [302] * 30
    assert _count(app, Response) == 30


def test_one_draft_flooding_a_page_is_stopped(app, make_inspection, low_limits):
    token = make_inspection()["parent_carer"]
    low_limits["PUBLIC_POST_RATE_LIMIT"] = "10 per minute"
    flood = app.test_client()
    about = _complete_pages(flood, token)  # start (counted by address), then 3 pages on this draft
    statuses = [flood.post(f"/s/{token}/about-your-child", data={
        "csrf_token": csrf_token(about.text), "continue_": "Continue", "age_phase": "age_5_10"}).status_code
        for _ in range(12)]
    assert statuses == [302] * 7 + [429] * 5


def test_many_fresh_drafts_from_one_address_are_stopped(app, make_inspection, low_limits):
    token = make_inspection()["parent_carer"]
    low_limits["PUBLIC_POST_RATE_LIMIT"] = "5 per minute"
    statuses = []
    for _ in range(7):
        stranger = app.test_client()
        page = stranger.get(f"/s/{token}/")
        statuses.append(stranger.post(f"/s/{token}/start", data={"csrf_token": csrf_token(page.text)}).status_code)
    assert statuses == [302] * 5 + [429] * 2
    assert _count(app, Draft) == 5


def test_the_address_ceiling_stops_a_flood_spread_over_many_drafts(app, make_inspection, low_limits):
    token = make_inspection()["parent_carer"]
    low_limits["PUBLIC_ADDRESS_POST_RATE_LIMIT"] = "8 per minute"
    statuses = []
    for _ in range(4):
        family = app.test_client()
        page = family.get(f"/s/{token}/")
        csrf = csrf_token(page.text)
        statuses.append(family.post(f"/s/{token}/start", data={"csrf_token": csrf}).status_code)
        for _page in range(2):
            statuses.append(family.post(f"/s/{token}/about-your-child", data={
                "csrf_token": csrf, "continue_": "Continue", "age_phase": "age_5_10"}).status_code)
    assert statuses[:8] == [302] * 8 and statuses[8:] == [429] * 4


def test_sign_in_is_still_counted_by_address_whatever_the_session_holds(app, make_inspection, low_limits):
    from voice.rate_limits import limit_key

    with app.test_request_context("/sign-in", method="POST"):
        from flask import session

        session["draft:1"] = "some-draft"
        assert limit_key().startswith("address:")
