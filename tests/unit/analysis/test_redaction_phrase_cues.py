"""Names found from a short phrase that only a name completes (``redaction_cues``),
a titled surname that is also a word, a setting the tribunal was asked to name,
and the everyday words beside them that stay."""

from __future__ import annotations

import pytest

from voice.analysis import redact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A name given with an age, even one that is also a word.
        ("I'm Lark, I'm 15 and I hate maths.", "I'm [name], I'm 15 and I hate maths."),
        ("I am Tobenna, 12, and dyslexic.", "I am [name], 12, and dyslexic."),
        # A person looked after.
        ("I look after Dami while her dad works.", "I look after [name] while her dad works."),
        # A name spelled out.
        ("They spelt it Kaytee on the letter.", "They spelt it [name] on the letter."),
        # A capital before "who", mid-sentence.
        ("Thanks to all, especially Hope who runs the club.", "Thanks to all, especially [name] who runs the club."),
        # A name in parts before "is my name".
        ("pham thi hoa is my name, my girl is 6", "[name] is my name, my girl is 6"),
        # "Miss" and a surname that is also a word.
        ("Miss Green said she would ring.", "[name] said she would ring."),
        # The setting a tribunal was asked to name.
        ("The tribunal ordered the council to name Oak House.", "The tribunal ordered the council to name [school]."),
    ],
)
def test_a_phrase_only_a_name_completes_marks_one(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "I'm Tired, I'm 40 and done with it.",
        "I'm sorry, 3 years is too long.",
        "We look after Grandad at weekends too.",
        "They spelt it wrong on the letter.",
        "Hope who? Nobody rang back.",
        "We were sent to the Family Hub who sent us back.",
        "I really miss Green and the old park.",
        "River walks, swimming and trampolining calm her.",
        "It is hard to name one thing that helped.",
    ],
)
def test_everyday_words_beside_these_cues_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("fintan is in the unit and does well.", "[name] is in the unit and does well."),
        ("Angharad moved from Wales mid-year.", "[name] moved from Wales mid-year."),
        ("Bayo has a new wheelchair.", "[name] has a new wheelchair."),
    ],
)
def test_more_irish_welsh_and_yoruba_names_are_names(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A year group before a setting is no house number before a street.
        ("Ref: year 8, Elmfield Park Academy.", "Ref: year 8, [school]."),
        # What a setting has, and a person or a town has not.
        ("We were told Ivy House has a two year waiting list.", "We were told [school] has a two year waiting list."),
        ("I must say Woodlands has been the making of him.", "I must say [school] has been the making of him."),
    ],
)
def test_a_setting_found_from_what_it_has(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Swimming has been the making of her.",
        "Leeds has a long waiting list.",
        "The OT has a waiting list.",
    ],
)
def test_activities_towns_and_services_with_a_waiting_list_stay(text: str) -> None:
    assert redact(text) == text


def test_a_house_number_before_a_street_is_still_an_address() -> None:
    assert redact("We live at 12 Elmfield Park now.") == "We live at [address] now."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ivy has been on the SALT waiting list since she was four.",
         "[name] has been on the SALT waiting list since she was four."),
        ("Poppy is summer born and struggles.", "[name] is summer born and struggles."),
        ("Summer is summer born, so she is the youngest.", "[name] is summer born, so she is the youngest."),
    ],
)
def test_what_only_a_child_is_marks_even_a_word_as_a_name(text: str, expected: str) -> None:
    assert redact(text) == expected


def test_a_plan_on_a_waiting_list_stays() -> None:
    text = "The plan has been on the council waiting list."
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The coach made Ivy do laps in the rain.", "The coach made [name] do laps in the rain."),
        ("They let Femi go home early.", "They let [name] go home early."),
        ("Her TA is amazing with Tolu.", "Her TA is amazing with [name]."),
    ],
)
def test_a_person_made_to_do_something_or_good_with_is_a_name(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    ["He is great with Lego.", "She is great with Makaton.", "It made May go quicker.", "They made it go away."],
)
def test_things_made_to_happen_or_good_with_stay(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("mrs okafor-smith the deputy head shouted", "[name] the deputy head shouted"),
        ("Keisha from the hearing service is a star", "[name] from the hearing service is a star"),
    ],
)
def test_a_lower_case_double_surname_and_more_spellings_are_names(text: str, expected: str) -> None:
    assert redact(text) == expected


def test_a_hyphenated_word_after_a_title_in_lower_case_stays() -> None:
    assert redact("his teacher mr well-known") == "his teacher mr well-known"
