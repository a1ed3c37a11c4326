"""Coordinators preview every questionnaire, page by page, with the linter's findings; nothing is stored."""

from __future__ import annotations

from sqlalchemy import func, select

from tests.staff_support import create_user, sign_in


def _rows(app) -> int:
    from voice.extensions import db
    from voice.models import Draft, Response

    with app.app_context():
        return sum(db.session.scalar(select(func.count()).select_from(model)) or 0 for model in (Draft, Response))


def test_a_coordinator_previews_every_questionnaire_without_storing_anything(app, client):
    from voice.questionnaires import all_questionnaires

    create_user(app, email="cora@example.org", role="coordinator")
    sign_in(client, "cora@example.org")
    before = _rows(app)
    listing = client.get("/admin/questionnaires")
    assert listing.status_code == 200 and "No problems" in listing.text
    for key, loaded in all_questionnaires().items():
        for version in loaded.schema.versions:
            page = client.get(f"/admin/questionnaires/{key}?lang=en&version={version}")
            assert page.status_code == 200
            assert page.text.count('class="voice-preview-page"') == len(loaded.pages)
            assert "No problems found" in page.text
    practitioner = client.get("/admin/questionnaires/practitioner").text
    assert "<code>school_college</code>" in practitioner
    assert _rows(app) == before


def test_the_preview_shows_what_the_linter_finds(app, client, monkeypatch):
    from voice.questionnaires import lint

    create_user(app, email="cora@example.org", role="coordinator")
    sign_in(client, "cora@example.org")
    found = [lint.Problem("parent_carer", "en", "question right_help", "easy-read: sentence too long", "18 words")]
    monkeypatch.setattr(lint, "lint_loaded", lambda *args, **kwargs: found)
    page = client.get("/admin/questionnaires/parent_carer").text
    assert "1 problem to fix before the links go out" in page and "easy-read: sentence too long" in page


def test_only_coordinators_preview_and_unknown_ones_are_not_found(app, client):
    create_user(app, email="ivy@example.org", role="inspector")
    sign_in(client, "ivy@example.org")
    assert client.get("/admin/questionnaires").status_code == 403


def test_an_unknown_questionnaire_language_or_version_is_not_found(app, client):
    create_user(app, email="cora@example.org", role="coordinator")
    sign_in(client, "cora@example.org")
    assert client.get("/admin/questionnaires/nope").status_code == 404
    assert client.get("/admin/questionnaires/parent_carer?lang=xx").status_code == 404
    assert client.get("/admin/questionnaires/parent_carer?version=easy").status_code == 404
