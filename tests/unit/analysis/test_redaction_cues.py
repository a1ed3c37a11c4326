"""Redaction finds names, settings and addresses from more cues, and keeps the
brands, medicines and everyday words those cues could take."""

from __future__ import annotations

import pytest

from voice.analysis.redaction import redact


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("I'm Jane, grandmother to Tadeusz.", "I'm [name], grandmother to [name]."),
        ("Leokadia refuses to eat at school.", "[name] refuses to eat at school."),
        ("Brannock hasn't been in school since May.", "[name] hasn't been in school since May."),
        ("Ysolde (SEN caseworker) left.", "[name] (SEN caseworker) left."),
        ("Written by Dilnoza (big sister).", "Written by [name] (big sister)."),
        ("Ali (Tadek at home) is 12.", "[name] ([name] at home) is 12."),
        ("Teodric's annual review was late.", "[name]'s annual review was late."),
        ("Auntie Pearl collects him.", "[name] collects him."),
        ("Will needs a laptop.", "[name] needs a laptop."),
        ("Meet Wren, she's 5 and amazing.", "Meet [name], she's 5 and amazing."),
        ("his name really is Rocky", "his name really is [name]"),
        ("Marley and Blessing are twins.", "[name] and [name] are twins."),
        ("He calls his teacher Miss J.", "He calls his teacher [name]."),
        ("Miriam wrote this.", "[name] wrote this."),
    ],
)
def test_names_are_found_from_the_words_around_them(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She started at The Meadows Pre-school.", "She started at [school]."),
        ("Little Acorns were brilliant with her.", "[school] were brilliant with her."),
        ("We had happy days at Little Steps nursery.", "We had happy days at [school]."),
        ("She attends Brook Green Centre for Learning.", "She attends [school]."),
        ("He goes to Wickham Lane Children's Centre.", "He goes to [school]."),
        ("HE IS AT NORTHGATE LEARNING CENTRE NOW.", "HE IS AT [school] NOW."),
        ("MY SON (HARTCLIFFE COMMUNITY COLLEGE) IS HAPPY.", "MY SON ([school]) IS HAPPY."),
        ("Post: Mair Jones, Ty Newydd, Heol y Felin, Oswestry SY10 7AJ.", "Post: [name], [address]."),
    ],
)
def test_named_settings_and_signed_addresses_are_found_whole(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Will is a strong word but he will need a specialist place.",
        "Our Hope is that things improve.",
        "Our Lexia is good and so Ritalin will help his focus.",
        "We used Kooth's annual review template.",
        "I drove mum to Tesco.",
        "We went to the Leisure Centre and the local Learning Centre.",
        "We love Autumn, she's 5 minutes away.",
        "Thanks Miss I really mean it.",
    ],
)
def test_brands_medicines_and_everyday_words_survive(text: str) -> None:
    assert redact(text) == text
