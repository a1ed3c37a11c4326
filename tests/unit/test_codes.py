"""Reference and resume codes: short, readable aloud, and unguessable."""

from __future__ import annotations

from collections import Counter

from voice.services import codes


def test_a_code_is_eight_characters_from_the_readable_alphabet():
    for _ in range(2000):
        code = codes.new_code()
        assert len(code) == 8 and set(code) <= set(codes.ALPHABET)
    assert len(codes.new_code(20)) == 20


def test_every_character_is_equally_likely():
    """Chi-square over 31 characters (30 degrees of freedom): a code drawn with a modulo bias
    (bytes 248-255 folded onto the first eight letters) fails it; a fair draw passes with
    p > 0.999 at this bound."""
    assert codes._WHOLE % len(codes.ALPHABET) == 0
    counts = Counter("".join(codes.new_code() for _ in range(40_000)))
    expected = 320_000 / len(codes.ALPHABET)
    chi_square = sum((counts[ch] - expected) ** 2 / expected for ch in codes.ALPHABET)
    assert chi_square < 70


def test_the_display_form_splits_a_code_in_two():
    assert codes.display("ABCD2345") == "ABCD-2345"
    assert codes.normalise(" abcd-2345 ") == "ABCD2345"
