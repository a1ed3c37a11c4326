"""How webinar questions are grouped: near-duplicates within a theme, and people's changes kept."""

from __future__ import annotations

import pytest

from voice.analysis import analyse
from voice.demo.texts import WEBINAR_QUESTIONS
from voice.services.webinar_grouping import (
    Item,
    best_group,
    clusters,
    group_theme,
    groups_near,
    main_theme,
    plan_regroup,
    typical_index,
)

AUTISM_WAITS = [
    "Why is the waiting time for an autism assessment so long and what is being done about it?",
    "How long is the current wait for an ASD assessment for primary school age children?",
    "what is the area doing about the 2+ year waits for autism diagnosis",
    "Is there any support for families while they wait for an autism assessment?",
    "Will the inspectors look at the autism assessment waiting list and whether it is getting any better?",
    "How do autism diagnosis waiting times here compare with other areas?",
]
EHCP_DELAYS = [
    "Why are so few EHC plans issued within 20 weeks?",
    "What percentage of EHCPs are completed within the 20 week timescale?",
    "What is being done about EHCP delays?",
    "Why does it take so long to get an EHCP finalised after the draft?",
]
CAMHS_WAITS = [
    "How long is the waiting list for CAMHS?",
    "What support is there for children while they are on the CAMHS waiting list?",
    "Will the inspectors be speaking to CAMHS about their waiting times and thresholds?",
]
TRANSPORT = "What can be done about SEN taxis that turn up late every day?"


def _item(key: int, text: str, group: int | None = None, pinned: bool = False) -> Item:
    return Item(key, text, analyse(text).themes, group, pinned)


@pytest.fixture(scope="module")
def demo_clusters() -> list[list[str]]:
    items = [_item(i, text) for i, text in enumerate(WEBINAR_QUESTIONS)]
    return [[member.text for member in cluster] for cluster in clusters(items)]


def _cluster_of(found: list[list[str]], text: str) -> list[str]:
    return next(cluster for cluster in found if text in cluster)


def test_the_demo_autism_assessment_wait_questions_land_together(demo_clusters):
    cluster = _cluster_of(demo_clusters, AUTISM_WAITS[0])
    assert set(AUTISM_WAITS) <= set(cluster)
    assert not set(cluster) & set(EHCP_DELAYS + CAMHS_WAITS)


def test_the_demo_ehcp_delay_and_camhs_wait_questions_form_their_own_groups(demo_clusters):
    ehcp = _cluster_of(demo_clusters, EHCP_DELAYS[0])
    camhs = _cluster_of(demo_clusters, CAMHS_WAITS[0])
    assert set(EHCP_DELAYS) <= set(ehcp) and set(CAMHS_WAITS) <= set(camhs)
    assert ehcp is not camhs and not set(ehcp) & set(camhs)


def test_the_most_asked_demo_group_comes_first_and_is_about_autism_waits(demo_clusters):
    assert AUTISM_WAITS[0] in demo_clusters[0]
    sizes = [len(cluster) for cluster in demo_clusters]
    assert sizes == sorted(sizes, reverse=True)


def test_a_question_on_another_subject_stays_apart(demo_clusters):
    assert not set(_cluster_of(demo_clusters, TRANSPORT)) & set(AUTISM_WAITS + EHCP_DELAYS)


def test_main_theme_prefers_a_specific_theme_in_taxonomy_order():
    assert main_theme(("other",)) == "other"
    assert main_theme(("transport", "ehc_plans")) == "ehc_plans"
    assert main_theme(()) == "other"


def test_group_theme_is_the_theme_most_members_share():
    assert group_theme([("health_services",), ("ehc_plans", "health_services"), ("ehc_plans",),
                        ("health_services", "other")]) == "health_services"
    assert group_theme([("other",), ()]) == "other"


def test_a_new_question_joins_the_group_most_of_its_near_duplicates_are_in():
    existing = [_item(1, AUTISM_WAITS[0], group=10), _item(2, AUTISM_WAITS[1], group=10),
                _item(3, AUTISM_WAITS[2], group=20), _item(4, TRANSPORT, group=30)]
    new = _item(5, AUTISM_WAITS[3])
    assert best_group(new, existing) == 10
    assert groups_near(new, existing) == [10, 20]


def test_a_question_with_no_near_duplicate_starts_its_own_group():
    existing = [_item(1, AUTISM_WAITS[0], group=10)]
    assert best_group(_item(2, TRANSPORT), existing) is None


def test_regrouping_never_moves_a_pinned_question_and_free_ones_follow_the_pinned():
    items = [
        _item(1, AUTISM_WAITS[0], group=7, pinned=True),   # in a group a person shaped
        _item(2, AUTISM_WAITS[1], group=8),                # the machine's, free to move
        _item(3, AUTISM_WAITS[2], group=None),
        _item(4, CAMHS_WAITS[0], group=7, pinned=True),    # merged in by hand: stays
        _item(5, TRANSPORT, group=9),
    ]
    placements = plan_regroup(items)
    moved = {key for placement in placements for key in placement.keys}
    assert 1 not in moved and 4 not in moved
    autism = next(p for p in placements if 2 in p.keys)
    assert autism.target == 7 and set(autism.keys) == {2, 3}
    transport = next(p for p in placements if 5 in p.keys)
    assert transport.target is None and transport.keys == (5,)


def test_the_typical_question_passes_over_a_familys_own_case():
    texts = ["My daughter's EHCP is late, can you chase it?", *EHCP_DELAYS]
    index = typical_index(texts, individual=[True] + [False] * len(EHCP_DELAYS))
    assert index != 0 and texts[index] in EHCP_DELAYS


def test_the_typical_question_of_a_group_of_own_cases_is_one_of_them():
    assert typical_index(["Can you chase our plan?"], individual=[True]) == 0


def test_an_empty_group_has_no_typical_question():
    with pytest.raises(ValueError):
        typical_index([])
