"""0008_questionnaires moves the old, overlapping age bands to the new ones and loses nothing.

Runs on its own SQLite file (the shared test database is already at the head), from the
revision before, with answers stored the old way in every place an age band lives.
"""

from __future__ import annotations

import json

import pytest
import sqlalchemy as sa

BEFORE = "0007_childrens_services_contact"
AFTER = "0008_questionnaires"


@pytest.fixture
def old_app(tmp_path, monkeypatch):
    monkeypatch.delenv("VOICE_TEST_DATABASE_URL", raising=False)
    monkeypatch.setenv("VOICE_TEST_SQLITE", str(tmp_path / "before.sqlite3"))
    from voice import create_app

    return create_app("testing")


def _seed_old_answers(connection) -> None:
    run = connection.execute
    run(sa.text("INSERT INTO local_area (id, ons_code, name, region) VALUES (1, 'E1', 'Testshire', 'South East')"))
    run(sa.text("INSERT INTO inspection (id, local_area_id, kind, notification_date, survey_working_days, "
                "webinar_questions_close_hours, created_at, is_demo) "
                "VALUES (1, 1, 'framework_2023', '2026-01-05', 5, 24, '2026-01-05', 0)"))
    run(sa.text("INSERT INTO survey (id, inspection_id, audience, token, opens_at, closes_at) "
                "VALUES (1, 1, 'parent_carer', 'tok', '2026-01-05', '2026-01-12')"))
    for number, band in enumerate(("early_years", "primary", "secondary", "post_16"), start=1):
        run(sa.text("INSERT INTO response (id, survey_id, inspection_id, audience, submission_key, reference, "
                    "submitted_at, locale, age_phase, helper_wrote) VALUES (:id, 1, 1, 'parent_carer', :key, :ref, "
                    "'2026-01-06', 'en', :band, 0)"),
            {"id": number, "key": f"k{number}", "ref": f"R{number}", "band": band})
        run(sa.text("INSERT INTO answer (response_id, question, value) VALUES (:id, 'age_phase', :band)"),
            {"id": number, "band": band})
        run(sa.text("INSERT INTO answer (response_id, question, value) VALUES (:id, 'right_help', 'agree')"),
            {"id": number})
    run(sa.text("INSERT INTO draft (survey_id, key, answers, created_at, updated_at) "
                "VALUES (1, 'draft-key', :answers, '2026-01-06', '2026-01-06')"),
        {"answers": json.dumps({"age_phase": "secondary", "works_well": "The SENCO"})})
    run(sa.text("INSERT INTO webinar_question (survey_id, inspection_id, submission_key, text, redacted, "
                "sentiment, polarity, individual_case, safeguarding, age_phase, created_at) VALUES "
                "(1, 1, 'w1', 'Why the wait?', 'Why the wait?', 'neutral', 0, 0, 0, 'primary', '2026-01-06')"))


def _bands(connection) -> dict[str, object]:
    scalars = connection.execute
    return {
        "responses": [row[0] for row in scalars(sa.text("SELECT age_phase FROM response ORDER BY id"))],
        "answers": [row[0] for row in scalars(sa.text(
            "SELECT value FROM answer WHERE question = 'age_phase' ORDER BY response_id"))],
        "other_answers": [row[0] for row in scalars(sa.text("SELECT value FROM answer WHERE question != 'age_phase'"))],
        "draft": json.loads(scalars(sa.text("SELECT answers FROM draft")).scalar_one()),
        "webinar": scalars(sa.text("SELECT age_phase FROM webinar_question")).scalar_one(),
    }


def test_the_age_bands_move_to_bands_that_do_not_overlap_and_back(old_app):
    from flask_migrate import downgrade, upgrade

    from voice.extensions import db

    with old_app.app_context():
        upgrade(revision=BEFORE)
        with db.engine.begin() as connection:
            _seed_old_answers(connection)
        upgrade(revision=AFTER)
        with db.engine.connect() as connection:
            moved = _bands(connection)
        downgrade(revision=BEFORE)
        with db.engine.connect() as connection:
            back = _bands(connection)
        db.engine.dispose()

    # 16 to 25 spans two new bands, so it is kept (as a retired code) rather than guessed.
    assert moved["responses"] == ["age_0_4", "age_5_10", "age_11_15", "post_16"]
    assert moved["answers"] == moved["responses"]
    assert moved["other_answers"] == ["agree"] * 4
    assert moved["draft"] == {"age_phase": "age_11_15", "works_well": "The SENCO"}
    assert moved["webinar"] == "age_5_10"
    assert back["responses"] == ["early_years", "primary", "secondary", "post_16"]
    assert back["answers"] == back["responses"] and back["other_answers"] == ["agree"] * 4
    assert back["draft"]["age_phase"] == "secondary" and back["webinar"] == "primary"


def test_every_code_the_migration_writes_is_one_the_questionnaire_reads():
    from importlib.util import module_from_spec, spec_from_file_location
    from pathlib import Path

    from voice.questionnaires import get

    path = Path(__file__).resolve().parents[2] / "migrations" / "versions" / "0008_questionnaires.py"
    spec = spec_from_file_location("migration_0008", path)
    migration = module_from_spec(spec)
    spec.loader.exec_module(migration)
    question = get("parent_carer").questions["age_phase"]
    readable = {c.code for c in get("parent_carer").choices(question, offered=False)}
    offered = {c.code for c in get("parent_carer").choices(question)}
    assert set(migration.AGE_BAND_MOVES.values()) <= offered
    assert "post_16" in readable - offered
    assert offered == {"age_0_4", "age_5_10", "age_11_15", "age_16_18", "age_19_25"}
