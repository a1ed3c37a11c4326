"""Webinar intake: individual cases and grouped near-duplicate questions."""

from __future__ import annotations

import pytest

from voice.analysis import group_questions, is_individual_case


@pytest.mark.parametrize(
    "text",
    [
        "Why has my son's EHCP not been finalised after 40 weeks?",
        "Our tribunal is next month, can you look at our case?",
        "My daughter has been out of school since March, what can we do?",
        "Jayden has been waiting 2 years for CAMHS. Can someone help us?",
        "We applied for transport in May and have heard nothing. Can you chase it?",
        "Can you look into why our request for an EHC needs assessment for Jacob was refused?",
        "Why won't Riverside Academy let my son back after his exclusion? Can you ask them?",
        "Could you look at why my daughter's transport was stopped? Will you ask the council?",
        "We were told he can't go back to his school. Can you help us?",
    ],
)
def test_questions_about_one_family_are_individual_cases(text: str) -> None:
    assert is_individual_case(text) is True


@pytest.mark.parametrize(
    "text",
    [
        "How will you check EHCPs are done on time?",
        "What will you do about the lack of speech therapy?",
        "Will inspectors speak to parents whose children are not in school?",
        "My son is autistic. How will you check that schools support autistic children?",
        "Why are EHC plans always late in this county?",
        "We were told the wait for an ASD assessment is 3 years. Is that right for this area?",
        "I was told that waiting lists for speech therapy are over a year. Is that normal?",
        "Can you look into why EHC needs assessment requests are refused so often?",
    ],
)
def test_general_questions_are_not_individual_cases(text: str) -> None:
    assert is_individual_case(text) is False


QUESTIONS = [
    "How will you check EHCPs are done on time?",
    "Will you look at how long CAMHS waiting lists are?",
    "How are you checking that EHC plans are completed on time?",
    "What are you doing about the CAMHS waiting times?",
    "Will inspectors check whether EHC plans are finished within 20 weeks?",
    "Will you look at home to school transport?",
    "Is transport going to be looked at?",
    "Why is there no speech therapy?",
]


def test_near_duplicate_questions_are_grouped_largest_first() -> None:
    assert group_questions(QUESTIONS) == [[0, 2, 4], [1, 3], [5, 6], [7]]


def test_every_question_is_in_exactly_one_group() -> None:
    groups = group_questions(QUESTIONS)
    assert sorted(i for g in groups for i in g) == list(range(len(QUESTIONS)))


def test_questions_on_different_themes_are_not_grouped_even_when_worded_alike() -> None:
    groups = group_questions(
        ["How long is the wait for CAMHS?", "How long is the wait for school transport?"])
    assert groups == [[0], [1]]


def test_a_higher_threshold_groups_less() -> None:
    assert len(group_questions(QUESTIONS, threshold=0.99)) > len(group_questions(QUESTIONS))


def test_no_questions_give_no_groups() -> None:
    assert group_questions([]) == []
