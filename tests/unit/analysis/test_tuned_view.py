"""The fine-tuned view of MiniLM (``tuned.py``): merging, outputs, and how the model mixes it."""

from __future__ import annotations

import hashlib
import json

import numpy as np
import pytest

from voice.analysis import tuned
from voice.analysis.model import MODEL_PATH, LinearModel
from voice.analysis.train import TAGGED

needs_adapter = pytest.mark.skipif(not tuned.available(), reason="the MiniLM package or the adapter is missing")


def _adapter(scale: float = 2.0, rank: int = 2, seed: int = 0) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(seed)
    found: dict[str, np.ndarray] = {"scale": np.array(scale), "ln.weight": np.ones(4), "ln.bias": np.zeros(4)}
    for i in range(6):
        for name in ("q", "k", "v", "o", "up", "down"):
            found[f"layers.{i}.{name}.a"] = rng.normal(size=(rank, 3))
            found[f"layers.{i}.{name}.b"] = rng.normal(size=(5, rank))
        for norm in ("ln1", "ln2"):
            found[f"layers.{i}.{norm}.weight"] = np.full(4, 0.5)
            found[f"layers.{i}.{norm}.bias"] = np.full(4, 0.25)
    return found


def _base() -> dict[str, np.ndarray]:
    rng = np.random.default_rng(1)
    base = {"embeddings.LayerNorm.weight": np.zeros(4), "embeddings.LayerNorm.bias": np.ones(4),
            "untouched": np.arange(3.0)}
    for i in range(6):
        p = f"encoder.layer.{i}."
        for key in ("attention.self.query", "attention.self.key", "attention.self.value",
                    "attention.output.dense", "intermediate.dense", "output.dense"):
            base[p + key + ".weight"] = rng.normal(size=(5, 3))
            base[p + key + ".bias"] = rng.normal(size=5)
        for key in ("attention.output.LayerNorm", "output.LayerNorm"):
            base[p + key + ".weight"] = np.ones(4)
            base[p + key + ".bias"] = np.zeros(4)
    return base


def test_each_adapter_is_merged_as_w_plus_scale_b_a_and_the_norms_are_replaced() -> None:
    base, adapter = _base(), _adapter(scale=2.0)
    merged = tuned.merged_weights(base, adapter)
    key = "encoder.layer.3.intermediate.dense.weight"
    expected = base[key] + 2.0 * adapter["layers.3.up.b"] @ adapter["layers.3.up.a"]
    assert np.allclose(merged[key], expected, atol=1e-6)
    bias = "encoder.layer.3.intermediate.dense.bias"
    assert np.array_equal(merged[bias], base[bias])
    assert np.array_equal(merged["encoder.layer.0.output.LayerNorm.bias"], np.full(4, 0.25))
    assert np.array_equal(merged["embeddings.LayerNorm.weight"], np.ones(4))
    assert np.array_equal(merged["untouched"], base["untouched"])
    assert not np.allclose(base[key], merged[key])  # the base itself is not changed in place


def test_a_zero_adapter_leaves_the_weights_as_they_were() -> None:
    base, adapter = _base(), _adapter()
    for name in [k for k in adapter if k.endswith(".b")]:
        adapter[name] = np.zeros_like(adapter[name])
    merged = tuned.merged_weights(base, adapter)
    key = "encoder.layer.5.attention.self.key.weight"
    assert np.allclose(merged[key], base[key])


def _model(share: float) -> LinearModel:
    heads = len(TAGGED) + 4
    data = {"theme_keys": list(TAGGED), "sentiments": ["positive", "negative", "mixed", "neutral"],
            "theme_threshold": 0.5, "theme_fallback": 0.2, "positive_bias": 0.0,
            "intercepts": [0.0] * heads, "weights": {"w:x": [0.0] * heads},
            "dense_scale": 1.0, "dense_weights": [[0.0] * heads for _ in range(2)],
            "real_heads": {"scale": 1.0, "theme_mix": 0.5, "sentiment_mix": 0.5, "encoder": "all-MiniLM-L6-v2",
                           "weights": [[0.0] * heads for _ in range(2)], "intercepts": [0.0] * heads}}
    if share:
        data["tuned"] = {"share": share}
    return LinearModel(data)


def test_the_model_averages_the_view_into_the_real_text_heads_by_its_share() -> None:
    count = len(TAGGED)
    view = np.array([0.9] * count + list(np.log([0.7, 0.1, 0.1, 0.1])))
    model = _model(0.5)
    assert model.wants_tuned
    _, _, themes, logits = model.parts({"w:x": 1.0}, np.zeros(2), tuned=view)
    assert themes is not None and logits is not None
    assert themes[0] == pytest.approx((0.5 + 0.9) / 2)  # the real-text heads alone say 0.5
    assert logits[0] == pytest.approx((np.log(0.25) + np.log(0.7)) / 2)
    without = model.parts({"w:x": 1.0}, np.zeros(2))
    assert without[2] is not None and without[2][0] == pytest.approx(0.5)
    plain = _model(0.0)
    assert not plain.wants_tuned
    assert plain.parts({"w:x": 1.0}, np.zeros(2), tuned=view)[2] == without[2]


def test_the_view_moves_the_decision_it_is_given_a_share_of() -> None:
    count = len(TAGGED)
    praise = np.array([0.1] * count + list(np.log([0.97, 0.01, 0.01, 0.01])))
    model = _model(1.0)
    assert model.predict({"w:x": 1.0}, embedding=np.zeros(2), tuned=praise).sentiment == "positive"
    assert model.predict({"w:x": 1.0}, embedding=np.zeros(2)).sentiment == "positive"  # a four-way tie: first in order
    complaint = np.array([0.1] * count + list(np.log([0.01, 0.97, 0.01, 0.01])))
    assert model.predict({"w:x": 1.0}, embedding=np.zeros(2), tuned=complaint).sentiment == "negative"


@needs_adapter
def test_the_stored_model_names_the_adapter_it_was_chosen_with() -> None:
    stored = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert stored["tuned"]["adapter"] == hashlib.sha256(tuned.ADAPTER_PATH.read_bytes()).hexdigest()[:16], (
        "the adapter changed: run python -m voice.analysis.train --write")


@needs_adapter
def test_the_view_reads_comments_into_probabilities() -> None:
    themes, sentiment = tuned.outputs(["The school bus never turns up on time.", "Our key worker is brilliant."])
    assert themes.shape == (2, len(TAGGED)) and sentiment.shape == (2, 4)
    assert ((themes > 0) & (themes < 1)).all()
    assert np.allclose(np.exp(sentiment).sum(axis=1), 1.0)
    assert themes[0, TAGGED.index("transport")] > 0.5
    assert sentiment[1].argmax() == 0 and sentiment[0].argmax() == 1  # praise, then a complaint
    again, _ = tuned.outputs(["The school bus never turns up on time."])
    assert np.allclose(again[0], themes[0], atol=1e-5)  # alone or in a batch, the same
