"""Redaction of personal details, keeping ordinary words."""

from __future__ import annotations

import pytest

from voice.analysis import redact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mrs Patel has been brilliant.", "[name] has been brilliant."),
        ("My son Jayden is 9.", "My son [name] is 9."),
        ("Dr Smith said no.", "[name] said no."),
        ("His teacher Miss Hughes is kind.", "His teacher [name] is kind."),
        ("A boy called Tom hits him.", "A boy called [name] hits him."),
        ("Jayden's teacher is great.", "[name]'s teacher is great."),
        ("I spoke to Sarah Jones on Monday.", "I spoke to [name] on Monday."),
        ("My daughter, Grace, loves drama.", "My daughter, [name], loves drama."),
        ("Our caseworker Emma never replies.", "Our caseworker [name] never replies."),
    ],
)
def test_names_of_children_and_staff_are_replaced(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Will the inspectors talk to parents?",
        "We moved here in May.",
        "Hope this helps.",
        "The SENCO and CAMHS were both involved.",
        "Mum and Dad are exhausted.",
        "On Monday in June we met the social worker.",
        "Grace and Faith are qualities the school lacks.",
        "Mark my words, nothing will change.",
        "Special School was better than the Nursery.",
        "School is ok. I miss my friends.",
        "My son will be 18 in March.",
    ],
)
def test_ordinary_words_survive(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "placeholder"),
    [
        ("Email jo.bloggs+send@example.co.uk please", "[email]"),
        ("Ring me on 07700 900123", "[phone]"),
        ("Ring me on 07700900123", "[phone]"),
        ("Ring me on +44 7700 900123", "[phone]"),
        ("Call 01632 960 001 after 3", "[phone]"),
        ("Call 020 7946 0018 after 3", "[phone]"),
        ("His NHS number is 485 777 3456", "[nhs-number]"),
        ("We live at 14 Elm Road in town", "[address]"),
        ("Flat 2, 33 High Street is ours", "[address]"),
        ("Postcode LS6 2AB", "[address]"),
        ("He went to St Mary's Primary", "[school]"),
        ("Oakwood Academy excluded him", "[school]"),
        ("Then Riverside School took him", "[school]"),
        ("Little Acorns Nursery was lovely", "[school]"),
    ],
)
def test_contact_details_addresses_and_settings_are_replaced(text: str, placeholder: str) -> None:
    redacted = redact(text)
    assert placeholder in redacted
    assert not any(ch.isdigit() for ch in redacted.replace("after 3", ""))
    for word in ("Patel", "Mary", "Oakwood", "Riverside", "Acorns", "Elm", "bloggs"):
        assert word not in redacted


def test_whole_addresses_go_but_the_sentence_stays_readable() -> None:
    # The street and its postcode are one address (the labelled sets' rule).
    assert redact("We live at 14 Elm Road, LS6 2AB.") == "We live at [address]."


def test_cue_based_names_are_found_in_lower_case_text() -> None:
    assert redact("my son jayden goes to st marys primary and mrs patel is his teacher") == (
        "my son [name] goes to [school] and [name] is his teacher"
    )


def test_shouted_text_is_redacted_too() -> None:
    assert redact("MY SON TYLER HAS NO SUPPORT AT OAKWOOD ACADEMY") == (
        "MY SON [name] HAS NO SUPPORT AT [school]"
    )


def test_a_name_that_is_also_a_word_is_a_name_after_a_cue() -> None:
    assert redact("My daughter May starts school soon.") == "My daughter [name] starts school soon."
    assert redact("my son will start school soon") == "my son will start school soon"


def test_distances_and_durations_are_not_mistaken_for_addresses() -> None:
    text = "It is 20 minutes drive, 2.8 miles, and we waited 40 weeks."
    assert redact(text) == text
