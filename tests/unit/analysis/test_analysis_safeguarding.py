"""Safeguarding flags: recall first, but figures of speech are not disclosures."""

from __future__ import annotations

import pytest

from voice.analysis import analyse
from voice.analysis.safeguarding import screen


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("My son says he wants to die.", "suicide_self_harm"),
        ("She doesn't want to be here anymore.", "suicide_self_harm"),
        ("He has started self-harming.", "suicide_self_harm"),
        ("She cuts herself when she gets home.", "suicide_self_harm"),
        ("He was restrained by three staff.", "restraint_seclusion"),
        ("They held him down on the floor.", "restraint_seclusion"),
        ("They locked her in a room on her own.", "restraint_seclusion"),
        ("A member of staff hit him.", "abuse_injury"),
        ("The teaching assistant hits a child in my son's class every week.", "abuse_injury"),
        ("A member of staff kicked a pupil in the corridor.", "abuse_injury"),
        ("He came home with bruises again.", "abuse_injury"),
        ("Her uncle touched her inappropriately.", "abuse_injury"),
        ("The teacher screams at him and calls him stupid.", "abuse_injury"),
        ("He is not being fed at his dad's house.", "neglect"),
        ("Older boys are using him for county lines.", "sexual_exploitation_grooming"),
        ("He is violent at home and we are scared.", "abuse_injury"),
        ("She is scared to go home.", "abuse_injury"),
        ("He ran away from school yesterday.", "missing"),
    ],
)
def test_disclosures_are_flagged_with_a_reason(text: str, category: str) -> None:
    result = analyse(text)
    assert result.safeguarding is True
    assert category in result.safeguarding_reasons


@pytest.mark.parametrize(
    ("text", "category"),
    [
        ("There are plasters on both her wrists and she says the dog did it.", "suicide_self_harm"),
        ("He tries to see how long he can go with a plastic bag over his head.", "suicide_self_harm"),
        ("A boy online sends her gift cards for photos and says it is their secret.",
         "sexual_exploitation_grooming"),
        ("His new boss texts him where to drop the bag and he gets paid in trainers.",
         "sexual_exploitation_grooming"),
        ("The five year old is picked up after club by his nine year old sister.", "neglect"),
        ("My husband will not let me keep any money and I have to ask him before I go out.", "domestic_abuse"),
    ],
)
def test_word_lists_name_indirect_disclosures(text: str, category: str) -> None:
    assert category in screen(text)


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
        "suicide_self_harm", "abuse_injury"}
