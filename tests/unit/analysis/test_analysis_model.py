"""The learned layer: features, decisions, training, and a model that is up to date."""

from __future__ import annotations

import json

import pytest

from voice.analysis import analyse
from voice.analysis.evaluate import score_sentiment, score_themes
from voice.analysis.features import extract
from voice.analysis.model import MODEL_PATH, LinearModel, choose_sentiment, load_model
from voice.analysis.normalise import tokenise
from voice.analysis.taxonomy import OTHER, SENTIMENTS, THEME_KEYS

TAGGED = [key for key in THEME_KEYS if key != OTHER]


def features(text: str) -> dict[str, float]:
    return extract(tokenise(text), text).features


def tiny_model(**overrides: float) -> LinearModel:
    """Two words, one theme head per key (only transport learns), four sentiments."""
    heads = len(TAGGED) + len(SENTIMENTS)
    bus = [0.0] * heads
    bus[TAGGED.index("transport")] = 4.0
    great = [0.0] * heads
    great[len(TAGGED) + SENTIMENTS.index("positive")] = 3.0
    data = {
        "theme_keys": TAGGED, "sentiments": list(SENTIMENTS),
        "theme_threshold": 0.5, "theme_fallback": 0.2, "positive_bias": 0.0,
        "intercepts": [-2.0] * len(TAGGED) + [0.0] * len(SENTIMENTS),
        "weights": {"w:bus": bus, "w:great": great},
    }
    data.update(overrides)
    return LinearModel(data)


def test_the_stored_model_was_trained_on_the_current_lexicons_and_data() -> None:
    from voice.analysis.train import fingerprint

    stored = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert stored["fingerprint"] == fingerprint(stored["trained_on"]), (
        "the lexicons, features or training data changed: run python -m voice.analysis.train --write"
    )
    assert "eval_holdout_v5.jsonl" not in stored["trained_on"]


def test_features_carry_lexicon_evidence_words_and_negation() -> None:
    found = features("Nobody asked us about the EHCP.")
    assert found["ev:ehc_plans"] >= 1.0
    assert found["eng:ehc_plans"] == 1.0
    assert found["nw:ask"] == 1.0  # "asked" within reach of "nobody"
    assert "b:nobody_ask" in found
    assert any(name.startswith("cue:") for name in found)
    assert found["s:neg"] > 0


def test_words_do_not_pair_across_a_sentence_end() -> None:
    found = features("Bus late. School good.")
    assert "b:late_school" not in found
    assert "b:bus_late" in found


def test_a_theme_is_tagged_only_above_the_threshold() -> None:
    model = tiny_model()
    assert model.predict(features("the bus")).themes == ("transport",)
    assert model.predict(features("the weather")).themes == (OTHER,)


def test_the_fallback_takes_the_likeliest_theme_when_none_reaches_the_threshold() -> None:
    model = tiny_model(theme_threshold=0.99, theme_fallback=0.5)
    prediction = model.predict(features("the bus"))
    assert prediction.theme_probabilities["transport"] < 0.99
    assert prediction.themes == ("transport",)


def test_positive_bias_moves_a_narrow_call_away_from_positive() -> None:
    text = "great"
    assert tiny_model().predict(features(text)).sentiment == "positive"
    assert tiny_model(positive_bias=5.0).predict(features(text)).sentiment != "positive"


def test_a_cut_off_per_theme_overrides_the_shared_one() -> None:
    strict = {key: 0.5 for key in TAGGED} | {"transport": 0.999}
    prediction = tiny_model(theme_thresholds=strict, theme_fallback=0.99).predict(features("the bus"))
    assert prediction.themes == (OTHER,)
    assert tiny_model(theme_thresholds={key: 0.5 for key in TAGGED}).predict(features("the bus")).themes == (
        "transport",)


def test_a_negative_offset_lets_a_close_mixed_call_win() -> None:
    scores = {"positive": -0.9, "negative": -1.0, "mixed": -1.2, "neutral": -3.0}
    assert choose_sentiment(scores, 0.0) == "positive"
    assert choose_sentiment(scores, 0.0, {"mixed": -0.5}) == "mixed"
    assert choose_sentiment(scores, 0.5, {"mixed": 0.5}) == "negative"


def test_criticism_with_no_praise_in_the_lexicon_is_never_called_praise() -> None:
    scores = {"positive": -0.1, "negative": -2.0, "mixed": -2.5, "neutral": -1.5}
    assert choose_sentiment(scores, 0.0) == "positive"
    assert choose_sentiment(scores, 0.0, never_praise=True) == "neutral"
    model = tiny_model()
    assert model.predict({"w:great": 1.0}).sentiment == "positive"
    assert model.predict({"w:great": 1.0, "s:neg": 2.0, "s:pos": 0.2}).sentiment != "positive"
    assert model.predict({"w:great": 1.0, "s:neg": 2.0, "s:pos": 1.0}).sentiment == "positive"  # praise too
    sarcastic = features("Fantastic service from CAMHS, if you enjoy waiting lists.")
    assert sarcastic["s:neg"] >= 1.5 and sarcastic["s:pos"] <= 0.5  # the lexicon reads the sarcasm


def test_without_the_second_vector_the_model_decides_as_trained_to_without_it() -> None:
    import numpy as np

    heads = len(TAGGED) + len(SENTIMENTS)
    toward_transport = np.zeros((384, heads))
    toward_transport[0, TAGGED.index("transport")] = 10.0
    real = {"scale": 1.0, "theme_mix": 1.0, "sentiment_mix": 0.0, "encoder": "multilingual-e5-small",
            "weights": toward_transport.tolist(), "intercepts": [-4.0] * heads}
    minilm = {**real, "encoder": "all-MiniLM-L6-v2", "weights": np.zeros((384, heads)).tolist()}
    model = tiny_model(real_heads=real, without_second={"real_heads": minilm, "theme_fallback": 0.9})
    vector = np.zeros(384)
    vector[0] = 1.0
    assert model.wants_second_embedding
    assert model.predict(features("the weather"), embedding=vector, second=vector).themes == ("transport",)
    assert model.predict(features("the weather"), embedding=vector).themes == (OTHER,)


def test_probabilities_and_polarity_are_in_range() -> None:
    prediction = load_model().predict(features("The bus never comes and nobody rings back."), -0.5)
    assert abs(sum(prediction.sentiment_probabilities.values()) - 1.0) < 1e-9
    assert all(0.0 <= p <= 1.0 for p in prediction.theme_probabilities.values())
    assert -1.0 <= prediction.polarity <= 0.0


def test_non_answers_stay_neutral() -> None:
    result = analyse("n/a")
    assert result.sentiment == "neutral"
    assert result.polarity == 0.0


def test_training_on_one_labeller_generalises_to_another() -> None:
    """Fit on the tuning set only and score a set written by someone else."""
    pytest.importorskip("sklearn")
    from voice.analysis.train import fit, load_examples

    train = load_examples(("eval_tune.jsonl",))
    test = load_examples(("eval_train_a.jsonl",))
    model = LinearModel(fit(train, {"theme_threshold": 0.35, "theme_fallback": 0.2,
                                    "positive_bias": 0.0}))
    predictions = [model.predict(e.features) for e in test]
    _, macro = score_themes([e.themes for e in test], [p.themes for p in predictions])
    sentiment = score_sentiment([e.sentiment for e in test], [p.sentiment for p in predictions])
    majority = max(SENTIMENTS, key=lambda s: sum(e.sentiment == s for e in test))
    baseline = score_sentiment([e.sentiment for e in test], [majority] * len(test))
    assert macro > 0.7
    assert sentiment.accuracy > baseline.accuracy + 0.2
    assert sentiment.negative_called_positive < 0.05
