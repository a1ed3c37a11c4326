"""Evaluation arithmetic and the tuning set itself."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from voice.analysis.evaluate import (
    baseline_label,
    load_labelled,
    score_sentiment,
    score_themes,
)
from voice.analysis.taxonomy import SENTIMENTS, THEME_KEYS

DATA = Path(__file__).resolve().parents[3] / "voice" / "analysis" / "data"
TUNE = DATA / "eval_tune.jsonl"
DEV = DATA / "eval_dev.jsonl"


def test_theme_scores_count_true_and_false_positives_per_theme() -> None:
    scores, macro = score_themes(
        [("transport",), ("transport", "ehc_plans"), ("other",)],
        [("transport",), ("transport",), ("transport",)],
    )
    by_key = {s.key: s for s in scores}
    assert by_key["transport"].precision == pytest.approx(2 / 3)
    assert by_key["transport"].recall == 1.0
    assert by_key["ehc_plans"].recall == 0.0
    assert by_key["ehc_plans"].support == 1
    assert by_key["social_care"].support == 0
    assert macro == pytest.approx((0.8 + 0.0 + 0.0) / 3)


def test_sentiment_score_reports_negative_comments_called_positive() -> None:
    score = score_sentiment(
        ["negative", "negative", "positive", "neutral"],
        ["positive", "negative", "positive", "mixed"],
    )
    assert score.accuracy == 0.5
    assert score.negative_called_positive == 0.5
    assert score.confusion["neutral"]["mixed"] == 1


def test_the_baseline_thresholds_textblob_polarity_at_a_tenth() -> None:
    assert baseline_label(0.11) == "positive"
    assert baseline_label(0.1) == "neutral"
    assert baseline_label(-0.2) == "negative"


def test_the_tuning_set_is_large_varied_and_uses_only_known_labels() -> None:
    rows = [json.loads(line) for line in TUNE.read_text(encoding="utf-8").splitlines()]
    assert len(rows) >= 220
    assert len({r["id"] for r in rows}) == len(rows)
    assert all(set(r["themes"]) <= set(THEME_KEYS) and r["themes"] for r in rows)
    assert {r["sentiment"] for r in rows} == set(SENTIMENTS)
    assert {r["voice"] for r in rows} == {"parent_carer", "young_person", "helped"}
    assert {t for r in rows for t in r["themes"]} == set(THEME_KEYS)
    positive = sum(r["sentiment"] == "positive" for r in rows) / len(rows)
    assert 0.2 <= positive <= 0.35


def test_the_development_set_is_separate_from_the_tuning_set_and_uses_only_known_labels() -> None:
    rows = load_labelled(DEV)
    assert len(rows) >= 300
    assert len({r.id for r in rows}) == len(rows)
    assert all(set(r.themes) <= set(THEME_KEYS) and r.themes for r in rows)
    assert {r.sentiment for r in rows} <= set(SENTIMENTS)
    # Only a few very short answers ("i am happy") may appear in both.
    tune_texts = {row.text for row in load_labelled(TUNE)}
    assert all(len(text.split()) <= 5 for text in tune_texts & {r.text for r in rows})


def test_a_malformed_labelled_line_names_its_line_number(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "1", "text": "x", "themes": [], "sentiment": "neutral"}\n{\n')
    with pytest.raises(ValueError, match="line 2"):
        load_labelled(path)
