"""Normalisation: contractions, abbreviations and typo tolerance."""

from __future__ import annotations

from voice.analysis.normalise import edit_distance, light_stem, tokenise


def test_contractions_expose_their_negation() -> None:
    assert tokenise("They don't listen") == ["they", "do", "not", "listen"]
    assert tokenise("they dont listen") == ["they", "do", "not", "listen"]
    assert tokenise("CAMHS won't see her") == ["camhs", "will", "not", "see", "her"]


def test_abbreviations_and_variants_fold_to_one_token() -> None:
    assert tokenise("ECHP E.H.C.P ehcp")[:3] == ["ehcp", "ehcp", "ehcp"]
    assert tokenise("SLT and SALT") == ["salt", "and", "salt"]
    assert tokenise("SENDCo") == ["senco"]
    assert tokenise("1:1 support") == ["onetoone", "support"]


def test_typos_in_longer_words_are_corrected_to_lexicon_words() -> None:
    assert "assessment" in tokenise("autism assesment")
    assert "college" in tokenise("colledge")


def test_correct_english_words_are_never_corrected() -> None:
    assert tokenise("spending money") == ["spending", "money"]


def test_sentence_ends_are_kept_as_markers() -> None:
    assert tokenise("Late. Again!") == ["late", ".", "again", "."]


def test_edit_distance_counts_a_swap_as_one_edit() -> None:
    assert edit_distance("recieve", "receive", 2) == 1
    assert edit_distance("abc", "xyz", 1) == 2


def test_light_stem_brings_word_forms_together() -> None:
    assert light_stem("waiting") == light_stem("waited") == light_stem("waits")
