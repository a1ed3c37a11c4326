"""Issue 14, defect 6: markup hidden behind HTML entities is stripped like any other markup."""

import pytest

from voice.sanitise import clean_text


@pytest.mark.parametrize(("typed", "stored"), [
    ("&lt;img src=x onerror=alert(1)&gt;Waited two years", "Waited two years"),
    ("&#60;script&#62;alert(1)&#60;/script&#62;Help", "alert(1)Help"),
    ("&#x3C;b&#x3E;bold&#x3C;/b&#x3E;", "bold"),
    ("&amp;lt;iframe src=//evil&amp;gt;Fine", "Fine"),
    ("&amp;amp;lt;b&amp;amp;gt;Deep", "Deep"),
    ("<b>&lt;i&gt;both&lt;/i&gt;</b>", "both"),
])
def test_entity_encoded_markup_is_stripped(typed, stored):
    assert clean_text(typed) == stored


@pytest.mark.parametrize(("typed", "stored"), [
    ("I <3 my son's school", "I <3 my son's school"),
    ("SALT & OT, waited > 2 years", "SALT & OT, waited > 2 years"),
    ("Tom &amp; Jerry club", "Tom & Jerry club"),
    ("5 &lt; 6 and 7 > 3", "5 < 6 and 7 > 3"),
    ("caf&eacute; club", "café club"),
])
def test_ordinary_text_with_entities_reads_as_a_browser_would_show_it(typed, stored):
    assert clean_text(typed) == stored


def test_entities_for_control_and_direction_characters_are_removed_too():
    assert clean_text("a&#x202e;b&#x7;c") == "abc"


def test_cleaning_is_stable():
    once = clean_text("&amp;lt;b&amp;gt;x &lt; y")
    assert clean_text(once) == once
