"""Public posts are rate-limited: a flood gets a polite 429 and stores nothing more."""

from __future__ import annotations

from sqlalchemy import func, select

from tests.conftest import csrf_token
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
    storage = RedisStorage("redis://127.0.0.1:6379/14")
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
