"""Decision settings: chosen on other groups' predictions, and read back by the model."""

from __future__ import annotations

import numpy as np

from voice.analysis.decisions import Parts, Policy, choose, cross_fit, decide, gold_arrays, theme_matrix
from voice.analysis.evaluate import score_themes
from voice.analysis.model import choose_sentiment, choose_themes
from voice.analysis.taxonomy import OTHER, SENTIMENTS, THEME_KEYS

TAGGED = tuple(key for key in THEME_KEYS if key != OTHER)
ALL = Policy("all", per_theme=True, offsets=True, mixes=True)


def parts(seed: int = 0, n: int = 240, groups: int = 4) -> Parts:
    """Noisy probabilities that mostly agree with random gold labels."""
    rng = np.random.default_rng(seed)
    gold_t = [tuple(k for k in TAGGED if rng.random() < 0.2) or (OTHER,) for _ in range(n)]
    gold_s = [SENTIMENTS[i] for i in rng.integers(0, len(SENTIMENTS), n)]
    gt, gs = gold_arrays(gold_t, gold_s)
    truth = gt[:, [THEME_KEYS.index(k) for k in TAGGED]].astype(float)
    themes = np.clip(0.6 * truth + 0.5 * rng.random((n, len(TAGGED))), 0, 1)
    logits = np.log(np.eye(len(SENTIMENTS))[gs] * 2 + rng.random((n, len(SENTIMENTS))))
    return Parts(themes, logits, themes[::-1].copy(), logits[::-1].copy(), np.arange(n) % groups, gt, gs, TAGGED)


def test_the_array_decisions_match_the_models_one_at_a_time() -> None:
    p = parts()
    cuts = np.linspace(0.3, 0.6, len(TAGGED))
    fast = theme_matrix(p.main_themes, TAGGED, cuts, 0.2)
    for row, probabilities in zip(fast, p.main_themes, strict=True):
        slow = choose_themes(dict(zip(TAGGED, probabilities, strict=True)), TAGGED,
                             dict(zip(TAGGED, cuts, strict=True)), 0.2)
        assert {k for k, on in zip(THEME_KEYS, row, strict=True) if on} == set(slow)
    settings = {"theme_mix": 0.0, "sentiment_mix": 0.0, "theme_threshold": 0.5, "theme_fallback": 0.2,
                "positive_bias": 0.5, "sentiment_offsets": {"mixed": -0.25, "neutral": 0.25}}
    _, sentiments = decide(p, np.arange(len(p.groups)), settings)
    for index, logits in zip(sentiments, p.main_sentiment, strict=True):
        assert SENTIMENTS[index] == choose_sentiment(dict(zip(SENTIMENTS, logits, strict=True)), 0.5,
                                                     {"mixed": -0.25, "neutral": 0.25})


def test_a_groups_settings_never_see_that_groups_labels() -> None:
    original = parts()
    _, _, chosen = cross_fit(original, ALL)
    scrambled_gold = original.gold_themes.copy()
    scrambled_gold[original.groups == 0] = ~scrambled_gold[original.groups == 0]
    scrambled_sentiment = original.gold_sentiment.copy()
    scrambled_sentiment[original.groups == 0] = (scrambled_sentiment[original.groups == 0] + 1) % len(SENTIMENTS)
    scrambled = Parts(original.main_themes, original.main_sentiment, original.real_themes,
                      original.real_sentiment, original.groups, scrambled_gold, scrambled_sentiment, TAGGED)
    _, _, rechosen = cross_fit(scrambled, ALL)
    assert rechosen[0] == chosen[0]
    assert rechosen[1] != chosen[1] or rechosen[2] != chosen[2]


def test_per_theme_cut_offs_do_at_least_as_well_on_the_predictions_they_were_chosen_on() -> None:
    p = parts(seed=3)
    rows = np.arange(len(p.groups))
    one = decide(p, rows, choose(p, rows, Policy("one")))[0]
    each = decide(p, rows, choose(p, rows, Policy("each", per_theme=True)))[0]

    def f1(matrix: np.ndarray) -> float:
        labels = [tuple(k for k, on in zip(THEME_KEYS, row, strict=True) if on) for row in matrix]
        gold = [tuple(k for k, on in zip(THEME_KEYS, row, strict=True) if on) for row in p.gold_themes]
        return score_themes(gold, labels)[1]

    assert f1(each) >= f1(one)


def test_complaints_called_praise_stay_within_the_limit_where_chosen() -> None:
    p = parts(seed=5)
    rows = np.arange(len(p.groups))
    _, sentiments = decide(p, rows, choose(p, rows, ALL))
    negatives = p.gold_sentiment == SENTIMENTS.index("negative")
    assert (sentiments[negatives] == SENTIMENTS.index("positive")).mean() <= 0.01
