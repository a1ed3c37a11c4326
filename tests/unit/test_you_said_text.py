""""You said, inspectors heard": the words the page starts with, and the easy-read page's own words."""

from __future__ import annotations

from pathlib import Path

import pytest

from accessibility import easy_read
from voice.analysis import THEME_KEYS

ROOT = Path(__file__).resolve().parents[2]


def test_every_theme_has_starting_words_for_both_versions():
    from voice.services.you_said import EASY_THEME_WORDS, THEME_WORDS

    assert set(THEME_WORDS) == set(THEME_KEYS) == set(EASY_THEME_WORDS)


def test_the_easy_read_sentences_for_each_theme_pass_the_easy_read_checks():
    from voice.services.you_said import EASY_THEME_WORDS

    assert easy_read.check_texts([(key, text) for key, text in EASY_THEME_WORDS.items()]) == []


def test_the_easy_read_pages_own_words_pass_the_easy_read_checks():
    template = ROOT / "voice" / "templates" / "heard" / "easy_read.html"
    strings = [(template.name, text) for text in easy_read._extract(template, "jinja2.ext:babel_extract")]
    assert len(strings) >= 6
    assert easy_read.check_texts(strings) == []


def test_the_easy_read_pictures_offered_are_the_survey_pictures():
    from voice.forms.you_said import EASY_READ_PICTURE_NAMES
    from voice.heard.presenters import PICTURE_FILES
    from voice.services.you_said import EASY_READ_PICTURES

    assert set(EASY_READ_PICTURES) == set(EASY_READ_PICTURE_NAMES)
    for key in EASY_READ_PICTURES:
        assert (easy_read.PICTURE_DIR / PICTURE_FILES.get(key, f"{key}.svg")).exists(), key


@pytest.mark.parametrize(("parents", "young", "expected"), [
    (3, 4, "About half of the parents and carers who answered wrote about transport to school or college. "
           "Most of what they wrote described things that need to get better. "
           "A minority of the young people who answered did too."),
    (10, 0, "All of the parents and carers who answered wrote about transport to school or college. "
            "Most of what they wrote described things that need to get better."),
])
def test_a_theme_paragraph_says_how_many_in_report_words(parents, young, expected):
    from voice.services.you_said import theme_paragraph

    by_audience = {"parent_carer": {"respondents": parents, "sentiment": {"negative": 5, "positive": 1}}}
    if young:
        by_audience["young_person"] = {"respondents": 1, "sentiment": {"positive": 1}}
    text = theme_paragraph(theme="transport", by_audience=by_audience,
                           respondents={"parent_carer": 6 if young else 10, "young_person": young})
    assert text == expected


@pytest.mark.parametrize(("count", "parents", "expected"), [
    (0, True, "0 parents and carers"), (1, True, "Fewer than 10 parents and carers"),
    (9, False, "Fewer than 10 young people"), (10, False, "10 young people"), (1, False, "Fewer than 10 young people"),
    (2500, True, "2,500 parents and carers"),
])
def test_counts_under_10_are_never_shown_as_numbers(app, count, parents, expected):
    from voice.heard.presenters import took_part

    with app.test_request_context():
        assert took_part(count, parents=parents) == expected


@pytest.mark.parametrize(("text", "fine"), [
    ("You told the inspectors what you think.", True),
    ("The SENCO listened.", False),
    ("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen.", False),
])
def test_the_form_turns_easy_read_problems_into_error_messages(app, text, fine):
    from voice.forms.you_said import easy_read_problem

    with app.test_request_context():
        assert (easy_read_problem(text) is None) is fine
