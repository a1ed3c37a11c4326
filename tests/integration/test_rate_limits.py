"""Public posts are rate-limited: a flood gets a polite 429 and stores nothing more."""

from __future__ import annotations

from sqlalchemy import func, select

from tests.conftest import csrf_token
from tests.redis_db import redis_url
from voice.extensions import limiter
from voice.models import Draft


def test_a_flood_of_public_posts_is_refused_politely(app, make_inspection):
    # No db_session fixture here: its app context would share one CSRF token (in g) across clients.
    token = make_inspection()["parent_carer"]
    saved = app.config["PUBLIC_POST_RATE_LIMIT"]
    app.config["PUBLIC_POST_RATE_LIMIT"] = "3 per minute"
    limiter.reset()
    try:
        responses = []
        for _ in range(5):
            stranger = app.test_client()
            first = stranger.get(f"/s/{token}/")
            responses.append(stranger.post(f"/s/{token}/start", data={"csrf_token": csrf_token(first.text)}))
        assert [r.status_code for r in responses] == [302, 302, 302, 429, 429]
        assert "Too many attempts" in responses[-1].text
    finally:
        app.config["PUBLIC_POST_RATE_LIMIT"] = saved
        limiter.reset()
    from voice.extensions import db

    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Draft)) == 3


def test_a_public_posts_limits_are_counted_together_in_one_redis_round_trip():
    import socket

    import pytest
    from limits import parse
    from limits.storage import RedisStorage

    from voice.rate_limits import _count_all

    try:
        socket.create_connection(("127.0.0.1", 6379), timeout=0.5).close()
    except OSError:
        pytest.skip("no Redis on 127.0.0.1:6379")
    storage = RedisStorage(redis_url("rate_limits"))
    storage.reset()
    client = storage.storage
    sent = []
    original = client.execute_command

    def counted(*args, **kwargs):
        sent.append(args[0])
        return original(*args, **kwargs)

    client.execute_command = counted
    counters = [("draft:x", parse("2 per minute")), ("draft:x", parse("10 per hour")),
                ("address:1.2.3.4", parse("3 per minute"))]
    counters = [(item.key_for("public", key), item) for key, item in counters]
    try:
        assert _count_all(storage, counters) == [1, 1, 1]
        sent.clear()
        assert _count_all(storage, counters) == [2, 2, 2]
        assert len(sent) == 1  # one script call for all three counters
        ttls = [client.ttl(storage.prefixed_key(key)) for key, _ in counters]
        assert 55 <= ttls[0] <= 60 and 3500 <= ttls[1] <= 3600 and 55 <= ttls[2] <= 60
    finally:
        client.execute_command = original
        storage.reset()


def test_a_final_submit_that_stores_its_draft_is_not_counted_but_any_other_is(app, make_inspection, monkeypatch):
    """Storing a draft can happen once a draft (it deletes the draft), so the final submit's
    usual case is left out of the public limits; a final submit with an unknown or spent key
    is counted like every other public post, so a flood of those gets the polite 429."""
    from tests.integration.test_signposting import _key, _parent_fills
    from voice.services import responses as response_service

    monkeypatch.setattr(response_service, "enqueue_analysis", lambda ids: None)
    token = make_inspection()["parent_carer"]
    saved = app.config["PUBLIC_ADDRESS_POST_RATE_LIMIT"]
    limiter.reset()
    try:
        app.config["PUBLIC_ADDRESS_POST_RATE_LIMIT"] = "5 per minute"
        family = app.test_client()
        check, _ = _parent_fills(family, token, "We waited a long time.")  # start + 3 pages: 4 posts
        sent = family.post(f"/s/{token}/check", data={
            "csrf_token": csrf_token(check.text), "submission_key": _key(check.text), "submit": "y"})
        assert sent.status_code == 302 and "/done/" in sent.headers["Location"]
        again = [family.post(f"/s/{token}/check", data={
            "csrf_token": csrf_token(check.text), "submission_key": _key(check.text), "submit": "y"})
            for _ in range(2)]
        # The 5th counted post (the draft is spent: the full path shows the same reference
        # again), then the 6th: refused. Had the first submit been counted, both would be.
        assert [response.status_code for response in again] == [302, 429]
        assert "Too many attempts" in again[-1].text
    finally:
        app.config["PUBLIC_ADDRESS_POST_RATE_LIMIT"] = saved
        limiter.reset()
    from voice.extensions import db
    from voice.models import Response

    with app.app_context():
        assert db.session.scalar(select(func.count()).select_from(Response)) == 1


def test_flask_limiter_looks_only_at_staff_requests(app, client, make_inspection, monkeypatch):
    """Public pages leave Flask-Limiter at once (their posts are counted by check_public_post);
    staff and sign-in pages still go through it."""
    from flask import request
    from flask_limiter import Limiter

    looked_at: list[str] = []
    original = Limiter._check_request_limit

    def counted(self, *args, **kwargs):
        looked_at.append(request.path)
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Limiter, "_check_request_limit", counted)
    token = make_inspection()["parent_carer"]
    client.get(f"/s/{token}/")
    assert looked_at == []
    client.get("/sign-in")
    assert looked_at and set(looked_at) == {"/sign-in"}  # before the view, and its own decorated limit
