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
