"""Settings named without a setting word, postcode districts, phone shapes, and names
found from what happens to a person; and the everyday words next to them that stay."""

from __future__ import annotations

import pytest

from voice.analysis import redact
from voice.analysis.redaction_settings import bare_settings, postcode_districts


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She got a place at Thornfield after a long wait.", "She got a place at [school] after a long wait."),
        ("The staff at Hazel Lodge are kind.", "The staff at [school] are kind."),
        ("He attends Glenbrook three days a week.", "He attends [school] three days a week."),
        ("We moved her to Ashleigh Grange in May.", "We moved her to [school] in May."),
        ("I run the coffee morning at Rowans.", "I run the coffee morning at [school]."),
        ("she loves Ysgol Pen y Bryn", "she loves [school]"),
        ("He went from Little Wrens Nursery to Kestrel Academy.",
         "He went from [school] to [school]."),
    ],
)
def test_settings_named_without_a_setting_word_are_replaced(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "We go to Tesco at Christmas and at Easter.",
        "We moved to Stockport for the school.",
        "He was seen at Alder Hey Hospital last week.",
        "He went to Great Ormond Street Hospital for tests.",
        "The session at Kingsmead leisure centre was great.",
        "The head of SEN at County Hall came to the forum.",
        "at home, at school, at work and at church",
    ],
)
def test_towns_festivals_hospitals_and_services_after_at_survive(text: str) -> None:
    assert redact(text) == text


def test_a_postcode_district_alone_is_an_address_but_a_school_year_is_not() -> None:
    assert postcode_districts("We're in BS5 and there is nothing") == "We're in [address] and there is nothing"
    assert postcode_districts("He is in Y6 and in P7 next year") == "He is in Y6 and in P7 next year"


def test_a_plain_at_is_not_enough_for_a_name_that_is_also_a_word() -> None:
    assert bare_settings("We had a picnic at Riverside") == "We had a picnic at Riverside"
    assert bare_settings("He attends Riverside") == "He attends [school]"
    assert bare_settings("He is happy at Riverside") == "He is happy at [school]"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("call 07700.900.123 after 3", "call [phone] after 3"),
        ("work 0113 496 0000 ext 12, mornings", "work [phone], mornings"),
        ("I live at Bryn Awel, Ffordd y Parc, Bangor LL57 2AB.", "I live at [address]."),
        ("Our address is Ivy Cottage, Mill Street, Ledbury HR8 1AB thanks",
         "Our address is [address] thanks"),
    ],
)
def test_phone_and_address_shapes_are_replaced(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr and Mrs Achterberg came to the review.", "[name] came to the review."),
        ("Judge Okafor was fair.", "[name] was fair."),
        ("Jack has been excluded twice.", "[name] has been excluded twice."),
        ("Will was diagnosed at 3.", "[name] was diagnosed at 3."),
        ("Sky has been in hospital all month.", "[name] has been in hospital all month."),
        ("Jack's been home educated since year 2.", "[name]'s been home educated since year 2."),
        ("Rose and Ivy go to the same club.", "[name] and [name] go to the same club."),
        ("Nyasha and Farai are twins. Farai has a plan.", "[name] and [name] are twins. [name] has a plan."),
        ("Dawn from the parent carer forum rang me.", "[name] from the parent carer forum rang me."),
        ("Mark Jennings from the SEN team replied.", "[name] from the SEN team replied."),
        ("Frank, our son's key worker, left.", "[name], our son's key worker, left."),
    ],
)
def test_names_found_from_what_is_said_of_them_are_replaced(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hope and Faith are what keep us going.",
        "Hope is important. Patience has run out. Art has made a difference.",
        "Will it be worth it? Will has been a sticking point.",
        "Mark my words, the bill from the council is due.",
        "The judge was fair but the LA did not turn up.",
        "including the Darlington Parent and Carer Forum (PCF)",
        "My daughters Occupational Therapy (OT) was cut",
        "I asked for Education Other Than At School (EOTAS).",
        "who need very specialist healthcare in their placements",
        "the Angel Road junior school has sat empty",
        "it caused her and her son avoidable distress",
        "an EHCP naming a MS school 15 miles away",
    ],
)
def test_everyday_words_and_organisations_survive(text: str) -> None:
    assert redact(text) == text
