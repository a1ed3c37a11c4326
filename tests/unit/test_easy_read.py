"""Easy-read checks: the checker itself, then every easy-read string and picture in the survey."""

from __future__ import annotations

import pytest

from accessibility import easy_read
from accessibility.jargon import ACRONYMS, JARGON


@pytest.mark.parametrize(("word", "syllables"), [
    ("cat", 1), ("help", 1), ("people", 2), ("happy", 2), ("little", 2), ("wanted", 2), ("needed", 2),
    ("college", 2), ("survey", 2), ("understand", 3), ("inspectors", 3), ("everybody", 4), ("everything", 3),
])
def test_the_syllable_counter_counts_common_words(word, syllables):
    assert easy_read.count_syllables(word) == syllables


def test_easy_words_read_easily_and_official_words_do_not():
    easy = "I like my school. My teacher helps me. I feel happy."
    hard = "The local authority's statutory assessment facilitates comprehensive multidisciplinary evaluation."
    assert easy_read.flesch_reading_ease(easy) > 90
    assert easy_read.flesch_reading_ease(hard) < 0
    assert easy_read.flesch_kincaid_grade(hard) > easy_read.flesch_kincaid_grade(easy)


def test_a_long_sentence_is_reported_with_its_word_count():
    text = "Please tell us about everything that happened at school and at home and with your friends this year."
    problems = easy_read.check_text(text, source="example")
    assert {p.rule for p in problems} == {"sentence too long"}
    assert "18 words (at most 15)" in problems[0].detail


def test_two_ideas_in_one_sentence_are_reported():
    problems = easy_read.check_text("I went to the club, but it was shut because it rained.")
    assert "more than one idea" in {p.rule for p in problems}


def test_acronyms_and_jargon_are_reported_with_a_plain_alternative():
    problems = easy_read.check_text("Your SENCO will submit the EHC paperwork to the local authority.")
    details = " ".join(p.detail for p in problems)
    assert "'SENCO'" in details and "the teacher who sorts out extra help" in details
    assert "'submit': say 'send'" in details and "'local authority': say 'the council'" in details
    assert "'EHC'" in details


def test_an_unlisted_acronym_is_still_an_acronym_but_send_the_verb_is_a_word():
    assert easy_read.check_text("Ask the XYZ team.")[0].rule == "jargon or acronym"
    assert easy_read.check_text("Send your answers.") == []


def test_every_jargon_entry_has_a_plain_alternative_that_is_itself_plain():
    for term, plain in {**JARGON, **ACRONYMS}.items():
        assert plain.strip(), term
        assert not [p for p in easy_read.check_text(plain) if p.rule == "jargon or acronym"], (term, plain)


def test_placeholders_read_as_they_will_on_the_page():
    assert easy_read.sentences("The survey opens on %(date)s. Come back then.") == [
        "The survey opens on Friday 27 November.", "Come back then."]


def test_every_easy_read_string_in_the_survey_passes_the_checks(app):
    with app.test_request_context():
        strings = easy_read.easy_read_strings()
    texts = {text for _source, text in strings}
    # The gathering really reaches templates, questions, faces, buttons and error messages.
    assert "What is one thing that would make things better for you?" in texts
    assert "Yes, a little" in texts and "Send my answers" in texts and "Tell us what you think" in texts
    assert "Select who is helping you" in texts
    assert "I am being well prepared for my next steps, such as college, work or living independently." not in texts
    problems = easy_read.check_texts(strings)
    assert not problems, "\n".join(map(str, problems))


def test_every_picture_exists_and_has_a_text_alternative():
    problems = easy_read.check_pictures()
    assert not problems, "\n".join(map(str, problems))


def test_pictures_in_html_need_alt_text_unless_they_sit_beside_their_words():
    good = ('<img src="a.svg" alt="A clock."><label for="x"><img src="f.svg" alt="">'
            '<span>Yes, a lot</span></label>')
    assert easy_read.check_images_in_html(good) == []
    bad = '<img src="a.svg"><img src="b.svg" alt=""><label for="x"><img src="f.svg" alt=""></label>'
    assert len(easy_read.check_images_in_html(bad)) == 3
