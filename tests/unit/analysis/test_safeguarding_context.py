"""Alarming words that are no current risk lift a flag; anything current keeps it."""

from __future__ import annotations

import numpy as np
import pytest

from voice.analysis import safeguarding_model
from voice.analysis.safeguarding_context import not_current_reason, not_current_risk


@pytest.mark.parametrize(
    ("text", "shape"),
    [
        ("He used to hit his head when he was little but since he got a talker it has stopped.",
         "resolved"),
        ("She was restrained at her old school in 2019. She is settled now and doing really well.",
         "resolved"),
        ("His shins bruise because of haemophilia; the care plan covers it and there are no concerns.",
         "managed_medical"),
        ("He has lost weight on the new medication and the paediatrician is monitoring it.",
         "managed_medical"),
        ("Our policy is that seclusion is not permitted.", "policy"),
        ("The college needs to be teaching this: our young people are more vulnerable to grooming.",
         "policy"),
        ("Year 7 would eat her alive, she'd be eaten alive in a school that size.", "figurative"),
        ("Honestly we are all on our knees waiting for the panel.", "figurative"),
        ("I could murder whoever wrote this form.", "figurative"),
        ("His 'missing' homework turned up in his bag.", "missing_thing"),
        ("She is missing her dad, who works away on the ships, and the ELSA is helping.", "missing_thing"),
        ("When she was 5 she wandered off at the fair. It never happened again and she's 12 now.", "resolved"),
        ("Nursery asked about a mark on his back; it turned out to be a birthmark.", "explained"),
        ("She came home from sports day with grazed knees, buzzing that she came second.", "activity"),
        ("He was hurt by his birth dad as a baby. It's still in his file, but he has been safe for eight years.",
         "resolved"),
        ("Her weight dipped on the new tablets; the consultant checks her monthly and she's eating more.",
         "managed_medical"),
        ("The school held an assembly on staying safe online and who to tell.", "policy"),
        ("His tic at the moment is shouting 'I'll stab you', and everyone at his club understands.", "figurative"),
        ("He fell off the trampoline this week and grazed his chin, but he was laughing about it.", "activity"),
        ("She has a reading den in the shed and chooses to go in it after school.", "chosen_space"),
        ("My own anxiety has been awful this year, but the kids are happy and doing well.", "parent_own"),
        ("I'm terrified someone will take advantage of her when she goes to college. Nothing has happened.",
         "hypothetical"),
        ("What if he runs off at the train station one day? He never has. We practise road safety.", "hypothetical"),
        ("The dietitian checked her because she skips lunch. Not an eating disorder, just the noisy canteen.",
         "ruled_out"),
        ("Nationally, self-harm among autistic teenagers is rising. We need a local plan.", "general"),
        ("A news story about pupils locked in a room up north made me ask questions at his school.", "general"),
    ],
)
def test_shapes_with_no_current_risk_are_recognised(text: str, shape: str) -> None:
    assert not_current_reason(text) == shape


@pytest.mark.parametrize(
    "text",
    [
        "She used to self-harm when she was 13 and now she has started again.",
        "He was restrained at his old school and it happened again last week at the new one.",
        "She had anorexia years ago and she is not eating again.",
        "He keeps talking about ending it all.",
        "My daughter sat in a soiled pad all day because nobody was trained to change her.",
        "He says he wants to die and he has a plan to do it.",
        "An older boy gives him cash and tells him to keep it a secret.",
        "He went missing from home on Friday and came back with a new phone.",
        "He self-harmed when he was 12 and has now started cutting.",
        "She used to be fine years ago and now she is being hurt at home.",
        "It stopped when he was small but he has begun biting himself.",
        "It never happened again until last night, when he ran off from the bus stop.",
        "She came back from football at break with marks on her neck and says it's from a game.",
        "She was restrained at her old school years ago and settled well, but today they held her face down.",
        "He was groomed online years ago and he is safe now, but he still messages the man.",
        "What if she tells someone? He says he will hurt the dog if she does, and she is scared of him.",
        "After the training on self-harm I checked her arms and she is cutting herself again.",
        "They said it was not abuse, but he keeps coming home with bruises.",
        "I'm terrified he will kill himself. He has never tried but he talks about it constantly.",
        "The school checked and said it was not abuse, but he has new bruises on his arms every week.",
        "There was a news story about county lines, and my son has been coming home with cash and a second phone.",
        "I worry the man at the park is grooming her. Nothing has happened that I know of, but he gives her gifts.",
    ],
)
def test_anything_current_keeps_the_flag(text: str) -> None:
    assert not not_current_risk(text)


def test_the_layer_lifts_a_model_flag_on_a_resolved_past(monkeypatch: pytest.MonkeyPatch) -> None:
    model = safeguarding_model.DisclosureModel(
        index={}, weights=np.zeros(0), dense=np.zeros(2), intercept=5.0, threshold=0.5,
        rules_threshold=0.1, fingerprint="",
    )
    monkeypatch.setattr(safeguarding_model, "load_model", lambda: model)
    monkeypatch.setattr(safeguarding_model, "nearest_category", lambda embedding: "abuse_injury")
    embedding = np.zeros(2)
    resolved = "She was groomed online years ago; it went to court and she is now safe."
    current = "She is being groomed online by a man who tells her to keep it a secret."
    assert safeguarding_model.screen_with_model((), resolved, embedding) == ()
    assert safeguarding_model.screen_with_model((), current, embedding) == ("abuse_injury",)
