"""The calibrated decision layer: same answers through the split API."""

from __future__ import annotations

from voice.analysis.calibrate import write
from voice.analysis.data import calibration
from voice.analysis.normalise import tokenise
from voice.analysis.sentiment import decide_label, score_sentiment, sentiment_evidence
from voice.analysis.taxonomy import OTHER, THEME_KEYS
from voice.analysis.themes import decide_themes, tag_themes, theme_evidence

TEXTS = (
    "We waited two years for an EHCP and nobody rang us back.",
    "The school nurse and CAMHS have been brilliant.",
    "He was bullied at school.",
    "Thank you for asking.",
    "n/a",
)


def test_decide_themes_matches_tag_themes() -> None:
    for text in TEXTS:
        tokens = tokenise(text)
        evidence, place_only = theme_evidence(tokens)
        assert decide_themes(evidence, place_only) == tag_themes(tokens)


def test_relative_cut_off_keeps_the_strongest_theme() -> None:
    evidence = {"ehc_plans": 2.0, "transport": 1.0}
    assert decide_themes(evidence, False, relative_min=0.0) == ("ehc_plans", "transport")
    assert decide_themes(evidence, False, relative_min=0.6) == ("ehc_plans",)


def test_sentiment_split_matches_score() -> None:
    for text in TEXTS:
        tokens = tokenise(text)
        evidence = sentiment_evidence(tokens, text)
        label = "neutral" if evidence is None else decide_label(*evidence)[0]
        assert label == score_sentiment(tokens, text).label


def test_calibration_covers_every_theme() -> None:
    assert set(calibration.THEME_THRESHOLDS) == set(THEME_KEYS) - {OTHER}
    assert set(calibration.SENTIMENT_BOUNDARIES) == {
        "mixed_min", "mixed_ratio", "lean", "min_evidence"
    }
    assert callable(write)
