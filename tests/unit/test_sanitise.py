from voice.sanitise import clean_text


def test_markup_is_removed_but_the_words_stay():
    assert clean_text("<b>Good</b> <script>x()</script>support") == "Good x()support"


def test_ampersands_and_angle_brackets_in_plain_text_survive_as_text():
    assert clean_text("SALT & OT, waited > 2 years") == "SALT & OT, waited > 2 years"


def test_control_and_direction_override_characters_are_removed():
    assert clean_text("abc\x00def\u202eghi") == "abcdefghi"


def test_blank_lines_and_spaces_are_tidied():
    assert clean_text("  one  \r\n\r\n\r\n\r\n two\t\tthree ") == "one\n\ntwo three"


def test_empty_input_gives_empty_text():
    assert clean_text(None) == "" and clean_text("") == ""


def test_long_text_is_cut_to_the_limit():
    assert clean_text("a" * 50, max_chars=10) == "a" * 10
