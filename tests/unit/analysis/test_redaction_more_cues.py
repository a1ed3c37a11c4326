"""Names, settings and addresses found from more kinds of cue, and the everyday
words, places and festivals beside them that stay."""

from __future__ import annotations

import pytest

from voice.analysis import redact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A subject only a child can be: at a setting, of an age, with a brother.
        ("Ember is at Larchwood Academy and loves it.", "[name] is at [school] and loves it."),
        ("Dakota goes to Larchwood Academy on Mondays.", "[name] goes to [school] on Mondays."),
        ("Brooklyn is 7 and has no school place.", "[name] is 7 and has no school place."),
        ("Summer and her sister both have EHCPs.", "[name] and her sister both have EHCPs."),
        ("Art is short for Arthur.", "[name] is short for [name]."),
        ("Rose waited 2 years for a wheelchair.", "[name] waited 2 years for a wheelchair."),
        ("India has had 2 exclusions this year.", "[name] has had 2 exclusions this year."),
        ("Hope has a new walker at last.", "[name] has a new walker at last."),
        ("June hasn't had her hearing test.", "[name] hasn't had her hearing test."),
        ("Paris is terrified of hand dryers.", "[name] is terrified of hand dryers."),
        ("Will will not eat at school.", "[name] will not eat at school."),
    ],
)
def test_a_subject_that_only_a_child_can_be_is_a_name(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ring Tamsin on 07700 900123.", "Ring [name] on [phone]."),
        ("I told Tolan about the panel.", "I told [name] about the panel."),
        ("They excluded Dyon in year 9.", "They excluded [name] in year 9."),
        ("Ask Zelig or Mrs Hart.", "Ask [name] or [name]."),
        ("Saw Mr Hart, then Kowal, then Mr Hart again.", "Saw [name], then [name], then [name] again."),
        ("Okonkwo said he'd call back.", "[name] said he'd call back."),
        ("Ysolde at the SENDIASS office helped.", "[name] at the SENDIASS office helped."),
        ("Mark my husband came too.", "[name] my husband came too."),
        ("Sibling: Harley\nAge: 9", "Sibling: [name]\nAge: 9"),
        ("My lad, Tobiah to his mates, is 12.", "My lad, [name] to his mates, is 12."),
        ("Patience (the TA) is kind.", "[name] (the TA) is kind."),
        ("June (grandma) collects him.", "[name] (grandma) collects him."),
        ("hi its holly (mum of Sami)", "hi its [name] (mum of [name])"),
        ("miss adeyinka in year 2 is lovely", "[name] in year 2 is lovely"),
        ("Beth and Dan run the group.", "[name] and [name] run the group."),
        ("India's 1:1 is off sick.", "[name]'s 1:1 is off sick."),
    ],
)
def test_names_from_lists_objects_and_cues_are_replaced(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my son RJ (9) has ADHD", "my son [name] (9) has ADHD"),
        ("we call him DJ at home", "we call him [name] at home"),
        ("LB is my granddaughter", "[name] is my granddaughter"),
        ("the only reason MK goes in", "the only reason [name] goes in"),
    ],
)
def test_a_child_known_by_initials_is_a_name(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "my son OT (weekly) has helped",
        "The EP is my best hope.",
        "PE goes on all afternoon.",
    ],
)
def test_acronyms_in_a_childs_place_survive(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He moved from Ashcombe to Larkfield in year 4.", "He moved from [school] to [school] in year 4."),
        ("She moved from mainstream to Thornbury in Year 6.", "She moved from mainstream to [school] in Year 6."),
        ("Since moving to Willows he is happier.", "Since moving to [school] he is happier."),
        ("hes at ashgate now", "hes at [school] now"),
        ("Families in M21 have no youth club.", "Families in [address] have no youth club."),
        ("write to 9 elm court oak lane leeds LS6 2AB please", "write to [address] please"),
        ("Post to 7b Mill Cottages, Upper Lea, HX2 8PQ now", "Post to [address] now"),
    ],
)
def test_settings_and_addresses_in_more_shapes_are_replaced(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "We moved from Leeds to Bristol.",
        "We had lunch at Oaks.",
        "he is at lunchtime club and at breakfast club",
        "i miss registraton and i miss school",
        "Summer is 6 weeks long.",
        "Art is at the heart of it.",
        "Mark my words.",
        "Chester Zoo did a quiet morning.",
        "The River Tees walk was lovely.",
        "St George's Day assembly is loud.",
        "Dr Google knows more than the doctor.",
        "He takes Melatonin and Guanfacine.",
        "Re: Fwd: Annual review",
        "Our old area (Devon) was better.",
        "Hope is all we have left.",
        "Low in B12 and iron.",
    ],
)
def test_places_festivals_medicines_and_everyday_words_survive(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A kind of setting between the name and the setting word stays; the name goes.
        ("Kingsmead special school said no.", "[school] special school said no."),
        ("We got a place at Ashcombe special school.", "We got a place at [school] special school."),
        # A two-word name ending in a building or its grounds, before a setting word.
        ("We tried Beacon Hill pre-school first.", "We tried [school] first."),
        # The settings before one in a list.
        ("We tried Castle Mount and Beacon Hill pre-school.", "We tried [school] and [school]."),
        # One word in capitals after a setting's cue, and the setting words after it.
        ("He moved to HOLLYBANK last year.", "He moved to [school] last year."),
        ("He moved to WOODSIDE HIGH in September.", "He moved to [school] in September."),
    ],
)
def test_more_shapes_of_a_settings_name_are_found(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Local special school said no.",
        "Autism special school places are rare.",
        "Every special school in the county is full.",
        "Catholic primary school was full.",
        "He goes to CAMHS every week.",
        "he goes to SALT on tuesdays",
        "We moved to LONDON in May.",
        "We moved to MANCHESTER.",
        "Maths, English and art are his best subjects.",
    ],
)
def test_kinds_of_setting_services_and_towns_stay(text: str) -> None:
    assert redact(text) == text
