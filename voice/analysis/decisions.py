"""Decision settings chosen on out-of-fold predictions, and the honest figures they give.

The learned heads (``model.py``) give probabilities; turning them into tags needs
settings: how much of each decision the real-text heads carry, the theme cut-offs
(one shared, or one per theme), the fallback, and the sentiment offsets (the positive
bias that keeps complaints from being called praise, and a nudge for mixed and
neutral). They are chosen on leave-source-out predictions of real text (``train.py``).

Choosing settings on the same predictions that are then scored flatters the score.
So the headline is **cross-fitted**: the settings that decide one group of source
documents are chosen on the other groups' predictions only, and a document's labels
never choose the settings that score it. The stored model's settings are chosen on
every group's predictions.

Everything here is NumPy over arrays of probabilities, so a grid of thousands of
settings is searched in seconds; the figures themselves are scored by
``evaluate.py``'s functions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Final

import numpy as np

from voice.analysis.taxonomy import OTHER, SENTIMENTS, THEME_KEYS

THRESHOLD_GRID: Final = (0.25, 0.3, 0.35, 0.4, 0.45, 0.5)
FALLBACK_GRID: Final = (0.05, 0.1, 0.15, 0.2, 0.25, 0.3)
PER_THEME_GRID: Final = (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)
BIAS_GRID: Final = (0.0, 0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 2.5, 3.0)
MIXED_GRID: Final = (-1.0, -0.75, -0.5, -0.25, 0.0, 0.25, 0.5)  # taken off "mixed": negative helps it
NEUTRAL_GRID: Final = (-0.5, -0.25, 0.0, 0.25, 0.5)
THEME_MIX_GRID: Final = (0.0, 0.1, 0.2, 0.3, 0.4)
SENTIMENT_MIX_GRID: Final = (0.3, 0.4, 0.5, 0.6, 0.7)  # up to 0.9: 0.838 but mixed 11/95 right, not 20
DEFAULT_THEME_MIX: Final = 0.2
DEFAULT_SENTIMENT_MIX: Final = 0.5
MAX_NEG_AS_POS: Final = 0.01  # complaints called praise, pooled over the chosen-on predictions
_POSITIVE, _NEGATIVE, _MIXED, _NEUTRAL = (SENTIMENTS.index(s) for s in ("positive", "negative", "mixed", "neutral"))


@dataclass(frozen=True)
class Policy:
    """Which settings may be chosen (the rest keep their defaults)."""

    name: str
    per_theme: bool = False
    offsets: bool = False
    mixes: bool = False


@dataclass(frozen=True)
class Parts:
    """Out-of-fold outputs for ``n`` real items: the main heads' theme probabilities
    (n, themes) and sentiment log-probabilities (n, 4), the real-text heads' the same
    (zeros when there are none), the source group of each item, and the gold labels."""

    main_themes: np.ndarray
    main_sentiment: np.ndarray
    real_themes: np.ndarray
    real_sentiment: np.ndarray
    groups: np.ndarray
    gold_themes: np.ndarray  # (n, len(THEME_KEYS)) booleans
    gold_sentiment: np.ndarray  # (n,) index into SENTIMENTS
    theme_keys: tuple[str, ...]

    def mixed(self, theme_mix: float, sentiment_mix: float) -> tuple[np.ndarray, np.ndarray]:
        themes = (1 - theme_mix) * self.main_themes + theme_mix * self.real_themes
        logits = (1 - sentiment_mix) * self.main_sentiment + sentiment_mix * self.real_sentiment
        return themes, logits


def gold_arrays(themes: Sequence[Sequence[str]], sentiments: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    matrix = np.array([[key in set(row) for key in THEME_KEYS] for row in themes], dtype=bool)
    return matrix.reshape(len(themes), len(THEME_KEYS)), np.array([SENTIMENTS.index(s) for s in sentiments])


def theme_matrix(probabilities: np.ndarray, keys: Sequence[str], thresholds: np.ndarray,
                 fallback: float) -> np.ndarray:
    """``model.choose_themes`` for every row at once, as booleans over ``THEME_KEYS``."""
    chosen = probabilities >= thresholds
    none = ~chosen.any(axis=1)
    best = probabilities.argmax(axis=1)
    rows = np.flatnonzero(none & (probabilities[np.arange(len(best)), best] >= fallback))
    chosen[rows, best[rows]] = True
    out = np.zeros((len(probabilities), len(THEME_KEYS)), dtype=bool)
    out[:, [THEME_KEYS.index(k) for k in keys]] = chosen
    out[:, THEME_KEYS.index(OTHER)] = ~chosen.any(axis=1)
    return out


def macro_f1(predicted: np.ndarray, gold: np.ndarray) -> float:
    """``evaluate.score_themes``'s macro-F1: the mean over themes present in ``gold``."""
    tp = (predicted & gold).sum(axis=0)
    wrong = (predicted ^ gold).sum(axis=0)
    present = gold.any(axis=0)
    if not present.any():
        return 0.0
    return float(np.mean(2 * tp[present] / (2 * tp[present] + wrong[present])))


def sentiment_matrix(logits: np.ndarray, bias: float, mixed: float = 0.0, neutral: float = 0.0) -> np.ndarray:
    """``model.choose_sentiment`` for every row: indices into SENTIMENTS."""
    offsets = np.zeros(len(SENTIMENTS))
    offsets[_POSITIVE], offsets[_MIXED], offsets[_NEUTRAL] = bias, mixed, neutral
    picked: np.ndarray = (logits - offsets).argmax(axis=1)
    return picked


def _sentiment_score(predicted: np.ndarray, gold: np.ndarray) -> tuple[float, float]:
    negatives = gold == _NEGATIVE
    called = float((predicted[negatives] == _POSITIVE).mean()) if negatives.any() else 0.0
    return float((predicted == gold).mean()), called


def _choose_themes(parts: Parts, rows: np.ndarray, policy: Policy) -> dict[str, Any]:
    gold = parts.gold_themes[rows]
    width = len(parts.theme_keys)
    best: tuple[tuple[float, ...], dict[str, Any]] | None = None
    for mix in THEME_MIX_GRID if policy.mixes else (DEFAULT_THEME_MIX,):
        probabilities = parts.mixed(mix, 0.0)[0][rows]

        def f1(thresholds: np.ndarray, fallback: float, p: np.ndarray = probabilities) -> float:
            return round(macro_f1(theme_matrix(p, parts.theme_keys, thresholds, fallback), gold), 4)

        threshold, fallback = max(((t, f) for t in THRESHOLD_GRID for f in FALLBACK_GRID),
                                  key=lambda tf: (f1(np.full(width, tf[0]), tf[1]), -abs(tf[0] - 0.5)))
        cuts = np.full(width, threshold)
        if policy.per_theme:
            for _ in range(2):  # coordinate ascent, one theme at a time
                for head in range(width):
                    def with_cut(t: float, head: int = head, base: np.ndarray = cuts) -> np.ndarray:
                        trial = base.copy()
                        trial[head] = t
                        return trial
                    cuts[head] = max(PER_THEME_GRID, key=lambda t: (f1(with_cut(t), fallback), -abs(t - threshold)))
        key = (f1(cuts, fallback), -abs(mix - DEFAULT_THEME_MIX))
        if best is None or key > best[0]:
            best = (key, {"theme_mix": mix, "theme_threshold": threshold, "theme_fallback": fallback,
                          "theme_thresholds": dict(zip(parts.theme_keys, map(float, cuts), strict=True))
                          if policy.per_theme else {}})
    assert best is not None
    return best[1]


def _choose_sentiment(parts: Parts, rows: np.ndarray, policy: Policy) -> dict[str, Any]:
    gold = parts.gold_sentiment[rows]
    candidates = []
    for mix in SENTIMENT_MIX_GRID if policy.mixes else (DEFAULT_SENTIMENT_MIX,):
        logits = parts.mixed(0.0, mix)[1][rows]
        for bias in BIAS_GRID:
            for mixed in MIXED_GRID if policy.offsets else (0.0,):
                for neutral in NEUTRAL_GRID if policy.offsets else (0.0,):
                    accuracy, called = _sentiment_score(sentiment_matrix(logits, bias, mixed, neutral), gold)
                    if called <= MAX_NEG_AS_POS:
                        candidates.append(((round(accuracy, 4), -bias, -abs(mixed), -abs(neutral),
                                            -abs(mix - DEFAULT_SENTIMENT_MIX)), (mix, bias, mixed, neutral)))
    mix, bias, mixed, neutral = (max(candidates)[1] if candidates else
                                 (DEFAULT_SENTIMENT_MIX, BIAS_GRID[-1], 0.0, 0.0))
    offsets = {"mixed": mixed, "neutral": neutral} if policy.offsets else {}
    return {"sentiment_mix": mix, "positive_bias": bias, "sentiment_offsets": offsets}


def choose(parts: Parts, rows: np.ndarray, policy: Policy) -> dict[str, Any]:
    """Settings chosen on the predictions of ``rows`` only."""
    return {**_choose_themes(parts, rows, policy), **_choose_sentiment(parts, rows, policy)}


def decide(parts: Parts, rows: np.ndarray, settings: dict[str, Any]) -> tuple[np.ndarray, np.ndarray]:
    """Theme booleans (over THEME_KEYS) and sentiment indices for ``rows`` under ``settings``."""
    probabilities, logits = parts.mixed(settings["theme_mix"], settings["sentiment_mix"])
    per_theme = settings.get("theme_thresholds") or {}
    cuts = np.array([per_theme.get(k, settings["theme_threshold"]) for k in parts.theme_keys])
    offsets = settings.get("sentiment_offsets") or {}
    return (theme_matrix(probabilities[rows], parts.theme_keys, cuts, settings["theme_fallback"]),
            sentiment_matrix(logits[rows], settings["positive_bias"], offsets.get("mixed", 0.0),
                             offsets.get("neutral", 0.0)))


def cross_fit(parts: Parts, policy: Policy) -> tuple[np.ndarray, np.ndarray, list[dict[str, Any]]]:
    """Every item decided by settings chosen on the other groups' predictions."""
    themes = np.zeros_like(parts.gold_themes)
    sentiments = np.zeros_like(parts.gold_sentiment)
    chosen = []
    for group in sorted(set(parts.groups.tolist())):
        scored = np.flatnonzero(parts.groups == group)
        settings = choose(parts, np.flatnonzero(parts.groups != group), policy)
        themes[scored], sentiments[scored] = decide(parts, scored, settings)
        chosen.append(settings)
    return themes, sentiments, chosen


def as_labels(themes: np.ndarray, sentiments: np.ndarray) -> tuple[list[tuple[str, ...]], list[str]]:
    return ([tuple(k for k, on in zip(THEME_KEYS, row, strict=True) if on) for row in themes],
            [SENTIMENTS[int(i)] for i in sentiments])
