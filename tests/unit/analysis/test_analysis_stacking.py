"""The stacked sentiment head: nested choice of its settings, and how a stored one decides."""

from __future__ import annotations

import numpy as np

from voice.analysis import stacking
from voice.analysis.model import LinearModel
from voice.analysis.taxonomy import OTHER, SENTIMENTS, THEME_KEYS

TAGGED = [key for key in THEME_KEYS if key != OTHER]
HEADS = len(TAGGED) + len(SENTIMENTS)


def _rows(n: int, seed: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Log-probabilities of two heads where only the second one knows the class."""
    rng = np.random.default_rng(seed)
    gold = rng.integers(0, len(SENTIMENTS), n)
    main = rng.normal(size=(n, len(SENTIMENTS)))
    real = rng.normal(size=(n, len(SENTIMENTS)))
    real[np.arange(n), gold] += 3.0
    x = stacking.inputs(main, real, [{"s:pos": 1.0}] * n)
    return x, gold, np.arange(n) % 4


def test_the_cross_fitted_stack_learns_which_head_to_trust() -> None:
    x, gold, groups = _rows(400, 1)
    assert x.shape == (400, 2 * len(SENTIMENTS) + len(stacking.STACK_FEATURES))
    assert (stacking.cross_fit(x, gold, groups) == gold).mean() > 0.8


def test_the_stored_stack_has_a_row_per_sentiment_and_a_chosen_strength() -> None:
    x, gold, groups = _rows(200, 2)
    stored = stacking.fit(x, gold, groups)
    assert stored["c"] in stacking.C_GRID
    assert np.array(stored["weights"]).shape == (len(SENTIMENTS), x.shape[1])
    assert stored["features"] == list(stacking.STACK_FEATURES)


def test_a_model_with_a_stack_decides_sentiment_by_it_only_with_the_second_vector() -> None:
    weights = np.zeros((len(SENTIMENTS), 2 * len(SENTIMENTS) + 1))
    weights[SENTIMENTS.index("neutral"), -1] = 5.0  # the lexicon cue "s:question" says neutral
    real = {"scale": 1.0, "theme_mix": 0.0, "sentiment_mix": 0.0, "encoder": "multilingual-e5-small",
            "weights": np.zeros((384, HEADS)).tolist(), "intercepts": [0.0] * HEADS}
    model = LinearModel({
        "theme_keys": TAGGED, "sentiments": list(SENTIMENTS), "theme_threshold": 0.5, "theme_fallback": 0.2,
        "positive_bias": 0.0, "intercepts": [-2.0] * len(TAGGED) + [0.0, 1.0, 0.0, 0.0], "weights": {},
        "real_heads": real, "without_second": {"real_heads": {**real, "encoder": "all-MiniLM-L6-v2"}},
        "sentiment_stack": {"c": 1.0, "positive_bias": 0.0, "features": ["s:question"],
                            "weights": weights.tolist(), "intercepts": [0.0] * len(SENTIMENTS)},
    })
    vector = np.zeros(384)
    assert model.predict({"s:question": 1.0}, embedding=vector, second=vector).sentiment == "neutral"
    assert model.predict({"s:question": 1.0}, embedding=vector).sentiment == "negative"
