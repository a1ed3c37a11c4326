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


SESSIONS = [
    {},
    {"_fresh": False, "_permanent": True, "csrf_token": "dd4189c7", "draft:1": "ta2k22nc", "seen:1": 1796662690},
    {"lang": "ar", "ratio": 0.5, "none": None, "list": ["a", 1, [True]], "nested": {"a": {"b": "c"}}},
    {"text": "emoji 🙂 and Arabic مرحبا", " t": "a key that looks like a tag, among others"},
    {"lone": {" t": ["a", "b"]}},  # a one-key dict whose key is a tag's
    {"when": __import__("datetime").datetime(2026, 12, 7, 12, 0, tzinfo=__import__("datetime").timezone.utc)},
    {"pair": ("a", 1), "bytes": b"\x00\xff", "markup": __import__("markupsafe").Markup("<b>x</b>")},
    {"uuid": __import__("uuid").UUID(int=7), "list": [("a",)]},
    {"text": " starts with a space", "other": 'a "quoted" word'},
]


def test_the_session_text_is_flasks_own_byte_for_byte_and_reads_back_the_same(app):
    """Sessions of plain JSON types skip Flask's tagging walk; the text must not change."""
    from flask.json.tag import TaggedJSONSerializer

    stock, ours = TaggedJSONSerializer(), app.session_interface.serializer
    with app.test_request_context():
        for data in SESSIONS:
            text = ours.dumps(data)
            assert text == stock.dumps(data), data
            assert ours.loads(text) == stock.loads(text) == data
            assert type(ours.loads(text).get("pair", ())) is tuple


def test_a_familys_plain_session_skips_the_tagging_walk(app, monkeypatch):
    ours = app.session_interface.serializer
    monkeypatch.setattr(ours, "tag", lambda value: (_ for _ in ()).throw(AssertionError("tagged")))
    monkeypatch.setattr(ours, "_untag_scan", lambda value: (_ for _ in ()).throw(AssertionError("untagged")))
    with app.test_request_context():
        text = ours.dumps(SESSIONS[1])
        assert ours.loads(text) == SESSIONS[1]
