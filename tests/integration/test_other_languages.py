"""Comments in other languages reach inspectors: counted, redacted, screened and shown in full."""

from __future__ import annotations

from datetime import timedelta

import pytest

from tests.integration.staff_fixtures import *  # noqa: F403  (fixtures: coded, inspector, coordinator)

OTHER = [
    ("pl", "Czekamy dwa lata na ocenę EHC, syn ma na imię Kacper. Telefon 07700 900123."),
    ("ur", "اسکول ہماری بات نہیں سنتا، ہم دو سال سے انتظار کر رہے ہیں۔"),
    ("en", "Mi hijo dice que quiere morir y se corta los brazos."),  # Spanish typed on an English page
]


@pytest.fixture(autouse=True)
def no_multilingual_model(monkeypatch):
    """The fallback these tests describe: without the multilingual model nothing is tagged."""
    from voice.analysis import multilingual

    monkeypatch.setattr(multilingual, "available", lambda: False)


def _add_comments(app, inspection_id: int) -> dict[str, int]:
    from voice.extensions import db
    from voice.models import Comment, Inspection, Response, utcnow
    from voice.services.responses import tag_comment

    ids = {}
    with app.app_context():
        inspection = db.session.get(Inspection, inspection_id)
        survey = inspection.survey_for("parent_carer")
        now = utcnow()
        for n, (page, text) in enumerate(OTHER):
            response = Response(survey_id=survey.id, inspection_id=inspection_id, audience="parent_carer",
                                submission_key=f"lang-{inspection_id}-{n}", reference=f"L{inspection_id:03d}{n:04d}",
                                submitted_at=now - timedelta(minutes=30 + n), locale=page)
            db.session.add(response)
            db.session.flush()
            comment = Comment(inspection_id=inspection_id, response_id=response.id, audience="parent_carer",
                              question="could_be_better", text=text, page_language=page, redacted="",
                              machine_sentiment="neutral", sentiment="neutral")
            db.session.add(comment)
            tag_comment(comment)
            db.session.flush()
            ids[page] = comment.id
        db.session.commit()
    return ids


def test_comments_in_other_languages_are_stored_with_both_languages_and_screened(app, coded):
    from voice.extensions import db
    from voice.models import Comment

    ids = _add_comments(app, coded["id"])
    with app.app_context():
        polish = db.session.get(Comment, ids["pl"])
        spanish = db.session.get(Comment, ids["en"])
        assert (polish.language, polish.page_language, polish.detected_language) == ("pl", "pl", "pl")
        assert "[name]" in polish.redacted and "[phone]" in polish.redacted and "Kacper" not in polish.redacted
        assert not polish.themes
        assert (spanish.language, spanish.page_language) == ("es", "en")
        assert spanish.safeguarding and "suicide_self_harm" in spanish.safeguarding_reasons


def test_the_summary_counts_by_language_and_shows_other_languages_in_full(app, inspector, coded):
    _add_comments(app, coded["id"])
    html = inspector.get(f"/inspections/{coded['id']}/summary").text
    assert 'href="#other-languages-heading"' in html
    section = html[html.index('id="other-languages-heading"'):]
    assert "In other languages: read in full" in section
    assert "Comments by language" in section
    assert "were not tagged by theme" in section
    assert "Fewer than 10 comments were written in a language other than English." in section
    assert "Polish" in section and "Urdu" in section
    assert "Czekamy dwa lata" in section and "Kacper" not in html
    assert 'lang="ur" dir="rtl"' in section
    # The Spanish disclosure is in the safeguarding queue, not quoted.
    assert "quiere morir" not in section
    assert "1 more is in the safeguarding queue and is not shown here." in section


def test_a_coordinator_sees_exact_counts_by_language(app, coordinator, coded):
    _add_comments(app, coded["id"])
    html = coordinator.get(f"/inspections/{coded['id']}/summary").text
    section = html[html.index('id="other-languages-heading"'):]
    assert "3 comments were written in a language other than English." in section


def test_an_inspection_in_english_only_has_no_other_languages_section(inspector, coded):
    html = inspector.get(f"/inspections/{coded['id']}/summary").text
    assert "In other languages" not in html


def test_the_brief_and_the_exports_carry_the_other_languages(app, coordinator, coded):
    _add_comments(app, coded["id"])
    from flask import render_template

    from voice.extensions import db
    from voice.inspect import presenters
    from voice.models import Inspection
    from voice.services import summary as summary_service
    from voice.services.exports import comment_rows

    with app.test_request_context():
        inspection = db.session.get(Inspection, coded["id"])
        result = summary_service.build_summary(inspection_id=coded["id"], filters=summary_service.Filters())
        context = presenters.summary_context(result, inspection=inspection, can_view_original=False)
        html = render_template("inspect/brief.html", inspection=inspection, **context)
        assert "In other languages: read in full" in html and "Czekamy dwa lata" in html
        rows = list(comment_rows(inspection_id=coded["id"], include_original=False))
    header = rows[0]
    languages = {row[header.index("language")] for row in rows[1:]}
    assert {"en", "pl", "ur", "es"} <= languages
    assert "page_language" in header and "detected_language" in header
