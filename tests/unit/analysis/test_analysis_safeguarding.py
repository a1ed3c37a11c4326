"""Safeguarding flags: recall first, but figures of speech are not disclosures."""

from __future__ import annotations

import pytest

from voice.analysis import analyse
from voice.analysis.safeguarding import screen


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("My son says he wants to die.", "suicidal_thoughts"),
        ("She doesn't want to be here anymore.", "suicidal_thoughts"),
        ("He has started self-harming.", "self_harm"),
        ("She cuts herself when she gets home.", "self_harm"),
        ("He was restrained by three staff.", "restraint"),
        ("They held him down on the floor.", "restraint"),
        ("They locked her in a room on her own.", "restraint"),
        ("A member of staff hit him.", "physical_abuse"),
        ("He came home with bruises again.", "physical_abuse"),
        ("Her uncle touched her inappropriately.", "sexual_abuse"),
        ("The teacher screams at him and calls him stupid.", "emotional_abuse"),
        ("He is not being fed at his dad's house.", "neglect"),
        ("Older boys are using him for county lines.", "exploitation"),
        ("He is violent at home and we are scared.", "violence"),
        ("She is scared to go home.", "unsafe_now"),
        ("He ran away from school yesterday.", "unsafe_now"),
    ],
)
def test_disclosures_are_flagged_with_a_reason(text: str, category: str) -> None:
    result = analyse(text)
    assert result.safeguarding is True
    assert category in result.safeguarding_reasons


@pytest.mark.parametrize(
    "text",
    [
        "It's killing us with paperwork.",
        "I could kill for a reply.",
        "We are dying to hear what you find.",
        "The stress is killing me.",
        "We had to fight and battle for everything.",
        "He was kicked out of school.",
        "He kicked off in the classroom.",
        "He is at risk of exclusion.",
        "I hit a brick wall with the council.",
        "Bored to death of chasing the caseworker.",
        "The school are great.",
    ],
)
def test_figures_of_speech_are_not_disclosures(text: str) -> None:
    assert analyse(text).safeguarding is False


def test_several_reasons_can_be_given() -> None:
    assert set(screen("He hurts himself and hits other children.")) >= {
        "self_harm", "violence"}
