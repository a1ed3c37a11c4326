"""Groups of fewer than 10 are never shown to inspectors as numbers; coordinators see exact counts."""

from __future__ import annotations

import pytest

from voice.services.small_groups import Counts


@pytest.fixture
def context(app):
    with app.test_request_context():
        yield


def test_counts_under_10_are_words_without_a_percentage(context):
    shown = Counts()
    assert shown.count(0) == "0"
    assert shown.count(9) == "fewer than 10" and shown.count(10) == "10"
    assert shown.count_and_share(4, 11) == "fewer than 10"       # not "4 (36%)"
    assert shown.count_and_share(1, 11) == "fewer than 10"       # not "1 (9%)"
    assert shown.count_and_share(10, 40) == "10 (25%)"
    assert shown.share(12, 8) is None                             # out of a small group


def test_coordinators_see_exact_counts(context):
    exact = Counts(exact=True)
    assert exact.count(4) == "4" and exact.count_and_share(4, 11) == "4 (36%)"


def test_a_theme_raised_by_4_of_11_is_not_printed_as_4_of_11(context):
    from voice.inspect.presenters import _raised
    from voice.services.summary import ThemeResult

    theme = ThemeResult(key="ehc_plans", respondents=4, share=4 / 11, words="a minority", comments=4,
                        sentiment={"negative": 4}, helped=0)
    assert _raised(theme, 11, Counts()) == "A minority of respondents raised this: fewer than 10 of 11."
    assert _raised(theme, 11, Counts(exact=True)) == "A minority of respondents raised this: 4 of 11 (36%)."
    many = ThemeResult(key="ehc_plans", respondents=30, share=0.3, words="a few", comments=30,
                       sentiment={"negative": 30}, helped=0)
    assert _raised(many, 100, Counts()) == "A few respondents raised this: 30 of 100 (30%)."


def test_a_chart_row_for_fewer_than_10_answers_is_not_drawn(context):
    from voice.inspect.charts import question_chart
    from voice.services.summary import Distribution

    distribution = Distribution(question="right_help", counts={
        "parent_carer": {"agree": 20, "disagree": 4}, "young_person": {"agree": 3, "disagree": 2}})
    chart = question_chart(distribution, ("parent_carer", "young_person"), Counts())
    parents, young = chart["rows"]
    assert young["suppressed"] and young["segments"] == []
    assert "Children and young people: fewer than 10 answers, not shown." in chart["description"]
    assert "Disagree: fewer than 10" in chart["description"] and "(17%)" not in chart["description"]
    assert "Agree: 20 (83%)" in chart["description"]
    cells = [cell["text"] for row in chart["table"]["rows"] for cell in row[1:]]
    assert "3 (60%)" not in cells and "Not shown" in cells
