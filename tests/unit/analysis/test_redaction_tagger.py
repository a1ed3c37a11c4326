"""The redaction tagger: a learned second look at listed names the rules leave."""

from __future__ import annotations

import numpy as np
import pytest

from voice.analysis import redaction_tagger as tagger
from voice.analysis.redaction import redact

needs_model = pytest.mark.skipif(not tagger.available(), reason="the MiniLM package or the tagger is missing")


def words(text: str) -> list[str]:
    return [c.word for c in tagger.candidates(text)]


def test_only_listed_names_written_as_a_name_could_be_are_read() -> None:
    assert words("Summer's 14. She's had school refusal since Year 7.") == ["Summer"]
    assert words("Grace will only eat about six foods.") == ["Grace"]
    # Lower case from a writer who capitalises, a word no name list holds, a relative,
    # and the commonest words in lower case from anyone.
    assert words("We walk past the rose garden and he will smile.") == []
    assert words("Tuition is 5 hours a week and Maths is hard.") == []
    assert words("(typed by Nana)") == []
    assert words("my son will start school soon") == []
    # A writer who uses no capitals writes names in lower case too.
    assert words("rose has been going there since sept") == ["rose"]


def test_a_comment_mostly_in_another_language_is_not_read() -> None:
    assert words("Moja córka ma autyzm, szkoła mówi że wszystko dobrze, Zofia czeka rok.") == []


def test_placeholders_are_context_not_candidates() -> None:
    assert words("[name] and Grace both go to [school].") == ["Grace"]


@needs_model
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Summer's 14. She's had school refusal since Year 7.",
         "[name]'s 14. She's had school refusal since Year 7."),
        ("Grace will only eat about six foods.", "[name] will only eat about six foods."),
        ("ivy loves her speech sessions. best part of her week",
         "[name] loves her speech sessions. best part of her week"),
    ],
)
def test_names_the_rules_leave_are_found(text: str, expected: str) -> None:
    assert redact(text, learned=False) == text
    assert redact(text) == expected


@needs_model
@pytest.mark.parametrize(
    "text",
    [
        "Will the inspectors read this?",
        "Hope is in short supply in this house.",
        "Some days it is only by grace that we get through.",
        "Mark my words, nothing will change.",
        "The review is in May and I hope it goes well.",
        "my son can't get to school",
        "My daughter masks all day",
        "the nurse phones every week",
    ],
)
def test_ordinary_words_survive(text: str) -> None:
    assert redact(text) == text


@needs_model
def test_the_stored_model_matches_the_features() -> None:
    model = tagger.load()
    size = tagger.CONTEXT_SIZE + len(tagger.HAND_FEATURES)
    assert model.weights.shape == (size,) == model.mean.shape == model.scale.shape
    assert np.all(model.scale > 0)
    assert 0.5 <= model.threshold <= model.everyday_threshold < 1.0


@needs_model
def test_a_batch_gives_what_each_comment_gives_alone() -> None:
    texts = ["Summer's 14 and loves drama.", "Nothing here to change.",
             "Grace will only eat pasta.", "Will the inspectors read this?"]
    ruled = [redact(t, learned=False) for t in texts]
    assert tagger.apply_many(ruled) == [tagger.apply_many([t])[0] for t in ruled]


def test_without_the_model_the_rules_stand(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(tagger, "available", lambda path=tagger.MODEL_PATH: False)
    assert redact("Summer's 14.") == redact("Summer's 14.", learned=False)


@needs_model
def test_a_name_deep_in_a_long_comment_is_read_in_a_window() -> None:
    filler = "The annual review was late again and the plan still says nothing useful. " * 40
    text = filler + "Summer's 14. She's had school refusal since Year 7."
    assert len(text) > 2 * tagger.WINDOW
    assert redact(text).endswith("[name]'s 14. She's had school refusal since Year 7.")
    # Read whole, the name would be past the 256 pieces MiniLM takes.
    [row] = tagger.contextual([text], [[(len(filler), len(filler) + 6)]])
    assert row.shape == (1, tagger.CONTEXT_SIZE) and row.any()


def test_the_trainer_scores_fresh_sets_apart_and_never_scores_the_training_set() -> None:
    from os.path import basename

    from voice.analysis import train_redaction_tagger as train

    scored = {basename(p) for p in train.sets()}
    held = {basename(p) for p in train.sets(held_out=True)}
    extra = {basename(p) for p in train.sets(training_only=True)}
    assert held == set(train.HELD_OUT) and extra == set(train.TRAINING_ONLY)
    assert not (scored & held) and not (scored & extra) and not (held & extra)
    assert "redaction_blind_11.jsonl" in scored and len(scored) == 15
