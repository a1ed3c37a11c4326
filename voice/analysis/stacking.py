"""The sentiment decision learned from the heads' outputs (a stacked head), chosen without the scored labels.

The main heads (words, lexicons, MiniLM; written and real text) and the real-text heads
(multilingual-e5-small; real text only) each give four sentiment log-probabilities. One
share for mixing them (``decisions.py``) treats every class alike, but they are not
alike: the real-text heads know how published complaints and facts read, the main heads
know the words. A small multinomial model over the eight log-probabilities and the
sentiment lexicon's own evidence (``STACK_FEATURES``) learns a weight per class and
source; the positive bias that keeps complaints out of "positive" is then chosen on its
outputs, as before.

It is fitted on leave-source-out predictions only (``train.py``), never on predictions of
text the heads saw. Its strength ``C`` and the bias are **nested**: for each group of
source documents, both are chosen by leave-one-group-out over the other groups alone, so
the group they then decide never chooses them.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Final

import numpy as np

from voice.analysis.decisions import BIAS_GRID, MAX_NEG_AS_POS, sentiment_matrix
from voice.analysis.taxonomy import SENTIMENTS

# The sentiment lexicon's evidence (``features.extract``), as the main heads see it.
STACK_FEATURES: Final = ("s:pos", "s:neg", "s:pol", "s:blob", "s:praise_clauses", "s:criticism_clauses",
                         "s:both", "s:strongest_praise", "s:strongest_criticism", "s:nonanswer", "s:question")
C_GRID: Final = (0.03, 0.1, 0.3, 1.0, 3.0)
_NEGATIVE, _POSITIVE = SENTIMENTS.index("negative"), SENTIMENTS.index("positive")


def inputs(main: np.ndarray, real: np.ndarray, features: Sequence[Mapping[str, float]]) -> np.ndarray:
    """The stacked head's inputs: both heads' log-probabilities and the lexicon evidence."""
    lexicon = np.array([[row.get(name, 0.0) for name in STACK_FEATURES] for row in features])
    return np.hstack([main, real, lexicon.reshape(len(features), len(STACK_FEATURES))])


def _fit(x: np.ndarray, gold: np.ndarray, c: float) -> Any:
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

    return LogisticRegression(C=c, max_iter=3000).fit(x, gold)


def _log_probabilities(model: Any, x: np.ndarray) -> np.ndarray:
    """Columns in ``SENTIMENTS`` order (a class absent in training gets -20); the classes
    are indices into ``SENTIMENTS``."""
    out = np.full((len(x), len(SENTIMENTS)), -20.0)
    out[:, [int(c) for c in model.classes_]] = model.predict_log_proba(x)
    return out


def _bias(logits: np.ndarray, gold: np.ndarray) -> tuple[float, float]:
    """The best accuracy keeping complaints called positive within the limit; the smaller bias on a tie."""
    negatives = gold == _NEGATIVE
    best: tuple[float, float] | None = None
    for bias in BIAS_GRID:
        picked = sentiment_matrix(logits, bias)
        if negatives.any() and (picked[negatives] == _POSITIVE).mean() > MAX_NEG_AS_POS:
            continue
        accuracy = round(float((picked == gold).mean()), 4)
        if best is None or accuracy > best[0]:
            best = (accuracy, bias)
    return best if best is not None else (0.0, BIAS_GRID[-1])


def choose(x: np.ndarray, gold: np.ndarray, groups: np.ndarray) -> tuple[float, float]:
    """``C`` and the positive bias, by leave-one-group-out over ``groups``: the pair whose
    out-of-group predictions are most accurate within the complaints limit."""
    best: tuple[float, float, float] | None = None
    for c in C_GRID:
        logits = np.zeros((len(x), len(SENTIMENTS)))
        for group in np.unique(groups):
            held = groups == group
            logits[held] = _log_probabilities(_fit(x[~held], gold[~held], c), x[held])
        accuracy, bias = _bias(logits, gold)
        if best is None or accuracy > best[0]:
            best = (accuracy, c, bias)
    assert best is not None
    return best[1], best[2]


def cross_fit(x: np.ndarray, gold: np.ndarray, groups: np.ndarray) -> np.ndarray:
    """Sentiment indices for every row, each group decided by a stacked head fitted, and
    its ``C`` and bias chosen, on the other groups only."""
    out = np.zeros(len(x), dtype=int)
    for group in np.unique(groups):
        held = groups == group
        c, bias = choose(x[~held], gold[~held], groups[~held])
        out[held] = sentiment_matrix(_log_probabilities(_fit(x[~held], gold[~held], c), x[held]), bias)
    return out


def fit(x: np.ndarray, gold: np.ndarray, groups: np.ndarray) -> dict[str, Any]:
    """The stored stacked head: ``C`` and bias chosen over every group, then fitted on all rows."""
    c, bias = choose(x, gold, groups)
    model = _fit(x, gold, c)
    weights = np.zeros((len(SENTIMENTS), x.shape[1]))
    intercepts = np.full(len(SENTIMENTS), -20.0)
    for row, sentiment in enumerate(model.classes_):
        weights[int(sentiment)] = model.coef_[row]
        intercepts[int(sentiment)] = model.intercept_[row]
    return {"c": c, "positive_bias": bias, "features": list(STACK_FEATURES),
            "weights": [[round(float(w), 5) for w in row] for row in weights],
            "intercepts": [round(float(v), 5) for v in intercepts]}
