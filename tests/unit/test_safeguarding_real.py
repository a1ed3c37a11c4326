"""Safeguarding on the way families really write, and the evaluator that scores it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from voice.analysis.safeguarding import CATEGORIES, LEGACY_CATEGORIES, current_category, screen
from voice.analysis.safeguarding_eval import evaluate, main

TUNE = Path(__file__).resolve().parents[2] / "voice" / "analysis" / "data" / "safeguarding_tune.jsonl"


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("Sometimes I think about ending it all because nobody helps me.", "suicide_self_harm"),
        ("a man online is asking my autistic daughter to send pictures", "sexual_exploitation_grooming"),
        ("They lock her in a room on her own at school when she gets upset.", "restraint_seclusion"),
        ("She has stopped eating and is making herself sick after meals.", "eating_disorder"),
        ("he keeps saying he wants to go to sleep and not wake up", "suicide_self_harm"),
        ("some older lads keep giving him money and lifts", "sexual_exploitation_grooming"),
        ("dad hurts mum when he's drunk", "domestic_abuse"),
        ("we had no money for food last week", "neglect"),
        ("she ran off from school and nobody knew where she was for 3 hours", "missing"),
        ("TAs dragged him by the arms", "restraint_seclusion"),
        ("My son saw his dad strangled me.", "domestic_abuse"),
    ],
)
def test_disclosures_in_everyday_wording_are_flagged(text: str, category: str) -> None:
    assert category in screen(text)


@pytest.mark.parametrize(
    "text",
    [
        "This process is killing me.",
        "I could scream.",
        "Dying for a reply from the caseworker.",
        "The EHCP delay is abuse of the system.",
        "The school keeps excluding him.",
        "Staff had safeguarding training.",
        "The restraint policy was explained to us.",
        "He only eats beige food.",
        "His file went missing at the council.",
        "They threw us under the bus at the annual review.",
        "Staff are trained in de-escalation and he hasn't been restrained once this year.",
    ],
)
def test_figures_of_speech_policy_and_picky_eating_are_not_flagged(text: str) -> None:
    assert screen(text) == ()


def test_every_category_is_one_of_the_eight() -> None:
    assert set(CATEGORIES) == {
        "suicide_self_harm", "abuse_injury", "restraint_seclusion", "sexual_exploitation_grooming",
        "eating_disorder", "neglect", "domestic_abuse", "missing"}


def test_reasons_stored_under_old_names_map_to_current_ones() -> None:
    assert set(LEGACY_CATEGORIES.values()) <= set(CATEGORIES)
    assert current_category("self_harm") == "suicide_self_harm"
    assert current_category("missing") == "missing"


def _write(tmp_path: Path, rows: list[dict]) -> Path:
    path = tmp_path / "set.jsonl"
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return path


def test_the_evaluator_counts_recall_false_alarms_and_categories(tmp_path: Path) -> None:
    path = _write(tmp_path, [
        {"id": "1", "text": "flag me", "disclosure": True, "category": "neglect"},
        {"id": "2", "text": "quiet", "disclosure": True, "category": "neglect"},
        {"id": "3", "text": "flag me too", "disclosure": True, "category": "missing"},
        {"id": "4", "text": "flag this", "disclosure": False, "category": None},
        {"id": "5", "text": "fine", "disclosure": False, "category": None},
        {"id": "6", "text": "fine too", "disclosure": False, "category": None},
        {"id": "7", "text": "all fine", "disclosure": False, "category": None},
    ])

    def fake_screen(text: str) -> tuple[str, ...]:
        return ("neglect",) if text.startswith("flag") else ()

    result = evaluate(path, screen_fn=fake_screen)

    assert (result["disclosures"], result["non_disclosures"]) == (3, 4)
    assert result["recall"] == pytest.approx(2 / 3)
    assert result["false_alarm_rate"] == pytest.approx(1 / 4)
    assert result["per_category"]["neglect"] == {"n": 2, "recall": 0.5, "category_match": 0.5}
    assert result["per_category"]["missing"] == {"n": 1, "recall": 1.0, "category_match": 0.0}
    assert [m["id"] for m in result["misses"]] == ["2"]
    assert result["false_alarms"] == [{"id": "4", "text": "flag this", "flagged": ["neglect"]}]


def test_the_tuning_set_meets_the_recall_and_false_alarm_goals() -> None:
    result = evaluate(TUNE)
    assert result["disclosures"] >= 160 and result["non_disclosures"] >= 160
    assert all(row["n"] >= 20 for row in result["per_category"].values())
    assert len(result["per_category"]) == 8
    assert result["recall"] >= 0.98
    assert result["false_alarm_rate"] <= 0.12


def test_the_command_prints_the_scores(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = _write(tmp_path, [{"id": "1", "text": "He wants to die.", "disclosure": True,
                              "category": "suicide_self_harm"}])
    assert main([str(path)]) == 0
    assert "recall 1.000" in capsys.readouterr().out
