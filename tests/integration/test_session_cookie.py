"""The session cookie: signed and checked as Flask does it, written once per request
without compression, and read whether or not an older cookie was compressed."""

from __future__ import annotations

from flask.sessions import SecureCookieSessionInterface

from tests.conftest import csrf_token


def _stock_cookie(app, data) -> str:
    """A cookie as Flask's own session interface writes it (compressed when that is shorter)."""
    return SecureCookieSessionInterface().get_signing_serializer(app).dumps(data)


def test_a_cookie_written_compressed_before_the_change_is_still_read(app, client):
    data = {"lang": "cy", "padding": "a" * 200}  # compresses, so Flask wrote it with a leading "."
    cookie = _stock_cookie(app, data)
    assert cookie.startswith(".")
    with app.test_request_context():
        assert app.session_interface.get_signing_serializer(app).loads(cookie) == data


def test_the_cookie_is_written_uncompressed_and_read_back_by_flask_itself(app):
    data = {"lang": "cy", "padding": "a" * 200}
    ours = app.session_interface.get_signing_serializer(app).dumps(data)
    assert not ours.startswith(".")
    assert SecureCookieSessionInterface().get_signing_serializer(app).loads(ours) == data


def test_a_tampered_or_foreign_cookie_is_refused(app):
    from itsdangerous import BadSignature, URLSafeTimedSerializer

    serializer = app.session_interface.get_signing_serializer(app)
    good = serializer.dumps({"draft:1": "key"})
    for bad in (good[:-2] + ("AA" if not good.endswith("AA") else "BB"),
                URLSafeTimedSerializer("another secret", salt="cookie-session").dumps({"draft:1": "key"})):
        try:
            serializer.loads(bad)
        except BadSignature:
            continue
        raise AssertionError("a cookie not signed with our key was read")


def test_a_family_keeps_their_draft_across_requests(client, make_inspection):
    token = make_inspection()["parent_carer"]
    start = client.get(f"/s/{token}/")
    started = client.post(f"/s/{token}/start", data={"csrf_token": csrf_token(start.text)})
    assert started.status_code == 302
    again = client.get(f"/s/{token}/")
    assert again.status_code == 200 and "Continue" in again.text


def test_a_familys_posts_never_look_for_a_staff_user(app, client, make_inspection, monkeypatch):
    """Staff sign-in checks run only for a session that holds a sign-in (auth tests cover those)."""
    from voice.extensions import login_manager

    token = make_inspection()["parent_carer"]
    start = client.get(f"/s/{token}/")
    calls = []
    monkeypatch.setattr(login_manager, "_load_user", lambda: calls.append(1))
    started = client.post(f"/s/{token}/start", data={"csrf_token": csrf_token(start.text)})
    assert started.status_code == 302
    assert not calls
