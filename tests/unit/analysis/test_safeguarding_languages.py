"""The safeguarding phrases in each survey language: disclosures flag, ordinary words do not."""

from __future__ import annotations

import pytest

from voice.analysis.safeguarding import CATEGORIES
from voice.analysis.safeguarding_languages import PHRASES, fold, screen_all, screen_language

# (language, text, the category it must raise)
DISCLOSURES = [
    ("es", "Mi hija dice que quiere morir y se corta los brazos por la noche.", "suicide_self_harm"),
    ("es", "Su padrastro le pega y tiene moratones en las piernas.", "abuse_injury"),
    ("es", "En el colegio lo encierran solo en un cuarto cuando grita.", "restraint_seclusion"),
    ("es", "Mi marido me pega delante de los niños.", "domestic_abuse"),
    ("es", "Se escapó de casa dos veces este mes y no volvió a casa hasta el día siguiente.", "missing"),
    ("es", "Un hombre mayor le pide fotos por Instagram.", "sexual_exploitation_grooming"),
    ("es", "Ha dejado de comer y ha perdido mucho peso.", "eating_disorder"),
    ("pt", "O meu filho diz que quer morrer e já se corta nos braços.", "suicide_self_harm"),
    ("pt", "Na escola ficou trancado sozinho numa sala.", "restraint_seclusion"),
    ("pt", "Não temos comida em casa e passamos fome no fim do mês.", "neglect"),
    ("pt", "O meu companheiro bate-me e ameaça-me.", "domestic_abuse"),
    ("pt", "Ela fugiu de casa e esteve desaparecida duas noites.", "missing"),
    ("pl", "Syn mówi, że chce umrzeć, i tnie się w nocy.", "suicide_self_harm"),
    ("pl", "Ojczym bije go pasem, ma siniaki na plecach.", "abuse_injury"),
    ("pl", "W szkole zamknęli go samego w pokoju na godzinę.", "restraint_seclusion"),
    ("pl", "Córka przestała jeść i wymiotuje po jedzeniu.", "eating_disorder"),
    ("pl", "Mąż mnie bije i grozi mi, że zabierze dzieci.", "domestic_abuse"),
    ("pl", "Syn uciekł z domu i nie wrócił do domu przez całą noc.", "missing"),
    ("pl", "Starszy mężczyzna prosi o zdjęcia na Snapchacie.", "sexual_exploitation_grooming"),
    ("pl", "Corka przestala jesc i bardzo schudla.", "eating_disorder"),  # typed without accents
    ("ro", "Fiul meu spune că vrea să moară.", "suicide_self_harm"),
    ("ro", "Soțul mă bate și mă amenință.", "domestic_abuse"),
    ("ro", "Copilul a fugit de acasă și nu s-a întors acasă.", "missing"),
    ("ro", "Nu avem mâncare și copiilor le e foame.", "neglect"),
    ("ro", "Sotul ma bate", "domestic_abuse"),  # no diacritics
    ("tr", "Oğlum ölmek istiyor diyor ve kendine zarar veriyor.", "suicide_self_harm"),
    ("tr", "Kocam beni dövüyor, çocuklar da görüyor.", "domestic_abuse"),
    ("tr", "Okulda onu odaya kilitlediler.", "restraint_seclusion"),
    ("tr", "Kızım yemek yemeyi bıraktı, çok kilo verdi.", "eating_disorder"),
    ("tr", "Oğlum iki kez evden kaçtı.", "missing"),
    ("ar", "ابني يقول إنه يريد أن يموت ويؤذي نفسه.", "suicide_self_harm"),
    ("ar", "زوجي يضربني أمام الأطفال.", "domestic_abuse"),
    ("ar", "في المدرسة حبسوه في غرفة وحده.", "restraint_seclusion"),
    ("ar", "ابنتي هربت من البيت ولم تعد إلى البيت.", "missing"),
    ("ar", "لا يوجد طعام في البيت والأطفال جائعين.", "neglect"),
    ("ar", "ابْنِي يُرِيدُ أَنْ يَمُوتَ", "suicide_self_harm"),  # with vowel marks
    ("ur", "میرا بیٹا کہتا ہے کہ وہ مرنا چاہتا ہے اور خود کو نقصان پہنچاتا ہے۔", "suicide_self_harm"),
    ("ur", "میرا شوہر مجھے مارتا ہے۔", "domestic_abuse"),
    ("ur", "اسکول میں اسے کمرے میں اکیلا بند کر دیا۔", "restraint_seclusion"),
    ("ur", "میری بیٹی گھر سے بھاگ گئی تھی۔", "missing"),
    ("ur", "گھر میں کھانا نہیں ہے۔", "neglect"),
    ("bn", "আমার মেয়ে বলে সে মরে যেতে চায়।", "suicide_self_harm"),
    ("bn", "আমার স্বামী আমাকে মারে।", "domestic_abuse"),
    ("bn", "স্কুলে ওকে ঘরে আটকে রেখেছিল।", "restraint_seclusion"),
    ("bn", "আমার ছেলে দুই দিন নিখোঁজ ছিল।", "missing"),
    ("bn", "ঘরে খাবার নেই।", "neglect"),
    ("pa", "ਮੇਰਾ ਪੁੱਤਰ ਕਹਿੰਦਾ ਹੈ ਕਿ ਉਹ ਮਰਨਾ ਚਾਹੁੰਦਾ ਹੈ।", "suicide_self_harm"),
    ("pa", "ਮੇਰਾ ਪਤੀ ਮੈਨੂੰ ਕੁੱਟਦਾ ਹੈ।", "domestic_abuse"),
    ("pa", "ਸਕੂਲ ਵਿੱਚ ਉਸਨੂੰ ਕਮਰੇ ਵਿੱਚ ਇਕੱਲਾ ਬੰਦ ਕੀਤਾ।", "restraint_seclusion"),
    ("pa", "ਮੇਰੀ ਧੀ ਘਰੋਂ ਭੱਜ ਗਈ।", "missing"),
]

# Ordinary comments, including the figures of speech and complaints that share words with
# a disclosure. None may flag, in its own language or under every list at once.
ORDINARY = [
    ("es", "El proceso del EHCP me está matando, llevamos dos años esperando."),
    ("es", "Los papeles desaparecieron y nadie nos llamó."),
    ("es", "Mi hijo solo come pasta y pan, pero está sano."),
    ("es", "La escuela es buena y los profesores le ayudan mucho."),
    ("pt", "A escola ignorou-nos durante meses e perdemos muito tempo."),
    ("pt", "O autocarro chega sempre atrasado."),
    ("pl", "Szkoła nas ignoruje, a dokumenty zaginęły w urzędzie? Nie, po prostu nikt nie odpisał."),
    ("pl", "Czekamy dwa lata na diagnozę autyzmu, to nas wykańcza."),
    ("pl", "Syn je tylko makaron, ale jest zdrowy i wesoły."),
    ("ro", "Școala ne-a ajutat foarte mult, mulțumim."),
    ("ro", "Așteptăm de un an evaluarea și nimeni nu răspunde."),
    ("tr", "Okul bizi hiç dinlemiyor, çok yorulduk."),
    ("tr", "Servis her gün geç geliyor."),
    ("ar", "المدرسة لا تستمع إلينا وننتظر التقييم منذ سنتين."),
    ("ar", "الملف اختفى ولم يتصل بنا أحد."),
    ("ur", "اسکول ہماری بات نہیں سنتا اور ہمیں نظر انداز کیا جاتا ہے۔"),
    ("ur", "میرا بیٹا صرف چاول کھاتا ہے لیکن خوش ہے۔"),
    ("bn", "স্কুল আমাদের কথা শোনে না, দুই বছর ধরে অপেক্ষা করছি।"),
    ("bn", "শিক্ষকরা খুব ভালো, আমার ছেলে খুশি।"),
    ("pa", "ਸਕੂਲ ਸਾਡੀ ਗੱਲ ਨਹੀਂ ਸੁਣਦਾ ਅਤੇ ਅਸੀਂ ਦੋ ਸਾਲਾਂ ਤੋਂ ਉਡੀਕ ਕਰ ਰਹੇ ਹਾਂ।"),
    ("pa", "ਅਧਿਆਪਕ ਬਹੁਤ ਚੰਗੇ ਹਨ।"),
]


@pytest.mark.parametrize(("language", "text", "category"), DISCLOSURES)
def test_a_disclosure_in_each_language_raises_its_category(language: str, text: str, category: str) -> None:
    assert category in screen_language(text, language)


@pytest.mark.parametrize(("language", "text"), ORDINARY)
def test_an_ordinary_comment_does_not_flag_in_its_language_or_any_other(language: str, text: str) -> None:
    assert screen_language(text, language) == ()
    assert screen_all(text) == ()


def test_every_language_has_every_category_of_the_english_screen() -> None:
    assert set(PHRASES) == {"ar", "bn", "es", "pa", "pl", "pt", "ro", "tr", "ur"}
    for language, lists in PHRASES.items():
        assert set(lists) == set(CATEGORIES), language


def test_english_has_no_list_here_because_the_english_screen_reads_it() -> None:
    assert screen_language("he wants to die", "en") == ()


def test_folding_makes_accents_vowel_marks_and_alef_forms_agree() -> None:
    assert fold("ZAGINĄŁ") == fold("zaginal")
    assert fold("ş") == fold("ș") == "s"
    assert fold("أَحْمَد") == fold("احمد")


def test_every_disclosure_language_is_covered_by_the_tests() -> None:
    assert {language for language, _, _ in DISCLOSURES} == set(PHRASES)
