"""Easy-read checks: short sentences, one idea each, common words, pictures with words.

The rules come from the easy-read guidance young people's surveys follow: sentences
of 15 words or fewer with one idea each, common words and no acronyms, and a picture
beside the words. The reading level is Flesch reading ease, with our own syllable
counter (a heuristic that is right for almost every common English word, which is
what easy-read uses).

`easy_read_strings()` gathers every string a young person reads in the easy-read
survey, straight from the source: the translatable strings in the young people's
templates and modules (less the standard version's questions) and the YP_ error
messages. Run inside a request context with another locale, it gives the
translations, so the same checks can run over them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

import html5lib

from accessibility.jargon import ACRONYMS, ALLOWED_CAPITALS, JARGON

MAX_WORDS_PER_SENTENCE = 15
MAX_SENTENCE_CHARS = 100
MAX_AVERAGE_WORDS_PER_SENTENCE = 10
# Flesch reading ease: 60-70 is plain English, 80-90 is easy. Very short strings
# ("Yes, a little") swing wildly, so the per-string check starts at 8 words.
MIN_READING_EASE = 60.0
MIN_WORDS_FOR_READING_EASE = 8
MIN_OVERALL_READING_EASE = 75.0
# Words that join two ideas; two of them in one sentence means two ideas or more.
LINKING_WORDS = ("because", "although", "unless", "whereas", "however", "which", "but", "so that", "while")

ROOT = Path(__file__).resolve().parents[1]
TEMPLATES = ROOT / "voice" / "templates" / "young_people"
PICTURE_DIR = ROOT / "voice" / "static" / "images" / "easy-read"
QUESTIONNAIRE = ROOT / "voice" / "questionnaires" / "young_person.yaml"
SOURCES = (
    ROOT / "voice" / "runner" / "presenters.py",
)
# Sample values for placeholders, so "%(date)s" reads as it will on the page.
PLACEHOLDERS = {"area": "East Sussex", "date": "Friday 27 November", "number": "3", "total": "8", "max": "2000"}

# Full stops and question marks in every shipped script: Bengali and Gurmukhi "।", Urdu "۔", Arabic "؟".
_SENTENCE_END = re.compile(r"(?<=[.!?।॥۔؟])\s+|\n+")
# A word in any script: letters and digits, with the combining vowel signs and marks of
# Arabic, Urdu, Bengali and Gurmukhi kept inside it (they are not "letters" to \w). On
# plain English this is the same as [A-Za-z0-9]+.
_MARKS = ("\u0300-\u036f\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"  # Latin accents, Arabic marks
          "\u0981-\u0983\u09bc-\u09d7"  # Bengali signs
          "\u0a01-\u0a03\u0a3c-\u0a51\u0a70-\u0a75"  # Gurmukhi signs
          "\u200c\u200d")  # zero-width (non-)joiners
_WORD = re.compile(rf"[^\W_](?:[^\W_]|[{_MARKS}])*(?:['’][^\W_]+)*")
_PLACEHOLDER = re.compile(r"%\((\w+)\)[sd]")
_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]+s?\b")
_SYLLABLE_EXCEPTIONS = {"people": 2, "every": 2, "everyone": 3, "something": 2, "sometimes": 2,
                        "someone": 2, "college": 2, "because": 2, "area": 3, "idea": 3, "ideas": 3,
                        "being": 2, "doing": 2, "going": 2, "seeing": 2, "answer": 2, "answers": 2,
                        "the": 1, "are": 1, "were": 1, "one": 1, "once": 1, "here": 1, "there": 1,
                        "where": 1, "whose": 1, "page": 1, "have": 1, "give": 1, "live": 1, "before": 2}


@dataclass(frozen=True)
class Problem:
    source: str
    text: str
    rule: str
    detail: str

    def __str__(self) -> str:
        return f"{self.source}: {self.rule}: {self.detail} [{self.text}]"


def fill_placeholders(text: str) -> str:
    return _PLACEHOLDER.sub(lambda m: PLACEHOLDERS.get(m.group(1), "it"), text).replace("%%", "%")


def sentences(text: str) -> list[str]:
    return [s.strip() for s in _SENTENCE_END.split(fill_placeholders(text)) if s and s.strip()]


def words(text: str) -> list[str]:
    return _WORD.findall(text)


def count_syllables(word: str) -> int:
    """Syllables in one English word, by vowel groups with the usual silent-e rules."""
    letters = re.sub(r"[^a-z]", "", word.lower().replace("’", "'").split("'")[0])
    if not letters:
        return 0
    if letters in _SYLLABLE_EXCEPTIONS:
        return _SYLLABLE_EXCEPTIONS[letters]
    if letters.isdigit() or len(letters) <= 3:
        return 1
    if letters.startswith("every") and len(letters) > 5:
        return 2 + count_syllables(letters[5:])
    extra = 1 if re.search(r"[td]ed$", letters) else 0
    stem = re.sub(r"(?:[^laeiouy]es|[^laeiouy]ed|[^laeiouy]e)$", "", letters)
    stem = re.sub(r"^y", "", stem)
    groups = len(re.findall(r"[aeiouy]{1,2}", stem))
    return max(1, groups + extra)


def flesch_reading_ease(text: str) -> float:
    """206.835 - 1.015 x (words per sentence) - 84.6 x (syllables per word)."""
    parts = sentences(text)
    all_words = [w for s in parts for w in words(s)]
    if not parts or not all_words:
        return 100.0
    syllables = sum(count_syllables(w) for w in all_words)
    return 206.835 - 1.015 * (len(all_words) / len(parts)) - 84.6 * (syllables / len(all_words))


def flesch_kincaid_grade(text: str) -> float:
    parts = sentences(text)
    all_words = [w for s in parts for w in words(s)]
    if not parts or not all_words:
        return 0.0
    syllables = sum(count_syllables(w) for w in all_words)
    return 0.39 * (len(all_words) / len(parts)) + 11.8 * (syllables / len(all_words)) - 15.59


def _jargon_in(text: str) -> list[tuple[str, str]]:
    found = []
    lowered = " " + re.sub(r"[^a-z' -]", " ", text.lower()) + " "
    for term, plain in JARGON.items():
        if f" {term} " in lowered:
            found.append((term, plain))
    for acronym in _ACRONYM.findall(text):
        if acronym not in ALLOWED_CAPITALS:
            found.append((acronym, ACRONYMS.get(acronym.rstrip("s"), "say it in full, in plain words")))
    return found


def check_text(text: str, *, source: str = "") -> list[Problem]:
    """Everything about one string that breaks the easy-read rules."""
    problems: list[Problem] = []

    def problem(rule: str, detail: str) -> None:
        problems.append(Problem(source, text, rule, detail))

    for sentence in sentences(text):
        count = len(words(sentence))
        if count > MAX_WORDS_PER_SENTENCE:
            problem("sentence too long", f"{count} words (at most {MAX_WORDS_PER_SENTENCE}): {sentence!r}")
        if len(sentence) > MAX_SENTENCE_CHARS:
            problem("sentence too long", f"{len(sentence)} characters (at most {MAX_SENTENCE_CHARS})")
        lowered = f" {sentence.lower()} "
        links = sum(lowered.count(f" {word} ") for word in LINKING_WORDS)
        if ";" in sentence or links > 1:
            problem("more than one idea", f"split {sentence!r} into shorter sentences")
    for term, plain in _jargon_in(fill_placeholders(text)):
        problem("jargon or acronym", f"{term!r}: say {plain!r} instead")
    if len(words(fill_placeholders(text))) >= MIN_WORDS_FOR_READING_EASE:
        ease = flesch_reading_ease(text)
        if ease < MIN_READING_EASE:
            problem("hard to read", f"Flesch reading ease {ease:.0f} (at least {MIN_READING_EASE:.0f})")
    return problems


def check_texts(texts: Iterable[tuple[str, str]]) -> list[Problem]:
    """Each string on its own, then the whole set: average sentence length and reading ease."""
    texts = list(texts)
    problems = [p for source, text in texts for p in check_text(text, source=source)]
    everything = "\n".join(text for _source, text in texts)
    parts = sentences(everything)
    if parts:
        average = sum(len(words(s)) for s in parts) / len(parts)
        if average > MAX_AVERAGE_WORDS_PER_SENTENCE:
            problems.append(Problem("all strings", "", "sentences too long on average",
                                    f"{average:.1f} words (at most {MAX_AVERAGE_WORDS_PER_SENTENCE})"))
        ease = flesch_reading_ease(everything)
        if ease < MIN_OVERALL_READING_EASE:
            problems.append(Problem("all strings", "", "hard to read overall",
                                    f"Flesch reading ease {ease:.0f} (at least {MIN_OVERALL_READING_EASE:.0f})"))
    return problems


def _extract(path: Path, method: str) -> list[str]:
    from babel.messages.extract import extract_from_file

    keywords = {"_": None, "_l": None, "gettext": None, "lazy_gettext": None, "ngettext": (1, 2)}
    found: list[str] = []
    for _line, message, _comments, _context in extract_from_file(method, str(path), keywords=keywords):
        found.extend(message if isinstance(message, tuple) else (message,))
    return [m for m in found if m]


def _standard_only() -> set[str]:
    """The standard version's own wording: for older young people, not easy-read."""
    from voice.questionnaires import load_file

    questions = load_file(QUESTIONNAIRE).all_questions()
    standard = {text for q in questions for text in (q.text, q.hint, q.required_message) if text}
    easy = {text for q in questions if q.easy for text in (q.easy.text, q.easy.hint, q.easy.required_message) if text}
    return standard - easy


def _msgid(lazy: object) -> str:
    """The untranslated text of a lazy_gettext string."""
    return str(getattr(lazy, "_args", (lazy,))[0])


def _error_messages() -> list[str]:
    from voice.forms import error_messages

    # YP_* messages are the easy-read version's; the standard version shares the parent survey's.
    return [_msgid(value) for name, value in vars(error_messages).items() if name.startswith("YP_")]


def easy_read_msgids() -> list[tuple[str, str]]:
    """(source, message id) for every string in the easy-read survey."""
    standard = _standard_only()
    found: list[tuple[str, str]] = []
    for template in sorted(TEMPLATES.glob("*.html")):
        found += [(f"templates/young_people/{template.name}", m)
                  for m in _extract(template, "jinja2.ext:babel_extract")]
    found += [(str(QUESTIONNAIRE.relative_to(ROOT)), m)
              for m in _extract(QUESTIONNAIRE, "voice.questionnaires.babel_extract.extract") if m not in standard]
    for module in SOURCES:
        found += [(str(module.relative_to(ROOT)), m) for m in _extract(module, "python") if m not in standard]
    found += [("voice/forms/error_messages.py", m) for m in _error_messages()]
    seen: set[str] = set()
    unique: list[tuple[str, str]] = []
    for source, m in found:
        if m not in seen:
            seen.add(m)
            unique.append((source, m))
    return unique


def easy_read_strings() -> list[tuple[str, str]]:
    """(source, text) for every easy-read string, in the current locale (needs a request context)."""
    from flask_babel import gettext

    return [(source, gettext(msgid) if "%(" not in msgid else gettext(msgid).replace("%%", "%"))
            for source, msgid in easy_read_msgids()]


def check_pictures() -> list[Problem]:
    """Every picture exists, is one of ours, and has a text alternative (or, for a face, its words)."""
    from voice.questionnaires import load_file

    questionnaire = load_file(QUESTIONNAIRE)
    problems = []
    used = set()
    for key, picture in questionnaire.schema.pictures.items():
        used.add(picture.file)
        alt = str(picture.alt).strip()
        if not alt:
            problems.append(Problem(picture.file, "", "no text alternative", f"picture {key!r}"))
        problems += check_text(alt, source=f"alt text for {picture.file}")
    faces = [(c, str(c.picture)) for choices in questionnaire.schema.choice_sets.values() for c in choices
             if c.picture]
    for face, face_file in faces:
        used.add(face_file)
        if not face.text.strip():
            problems.append(Problem(face_file, "", "face without words", face.code))
    for file in sorted(used):
        svg = PICTURE_DIR / file
        if not svg.exists():
            problems.append(Problem(file, "", "missing picture", str(svg)))
        else:
            problems += _check_svg(svg)
    for svg in sorted(PICTURE_DIR.glob("*.svg")):
        if svg.name not in used:
            problems.append(Problem(svg.name, "", "unused picture", "no question or page uses it"))
    return problems


def _check_svg(svg: Path) -> list[Problem]:
    from xml.etree import ElementTree

    try:
        root = ElementTree.parse(svg).getroot()
    except ElementTree.ParseError as error:
        return [Problem(svg.name, "", "broken picture", f"not valid SVG: {error}")]
    title = root.find("{http://www.w3.org/2000/svg}title")
    if title is None or not (title.text or "").strip():
        return [Problem(svg.name, "", "no text alternative", "the SVG has no <title>")]
    return []


def check_images_in_html(html: str) -> list[str]:
    """Every <img> has alt text; only a face beside its words may have an empty alt."""
    tree = html5lib.parse(html, namespaceHTMLElements=False)
    problems = []
    for label in tree.iter("label"):
        for img in label.iter("img"):
            img.set("data-in-label", "1")
            if not "".join(label.itertext()).strip():
                problems.append(f"picture {img.get('src')} is in a label with no words")
    for img in tree.iter("img"):
        alt = img.get("alt")
        if alt is None:
            problems.append(f"picture {img.get('src')} has no alt attribute")
        elif not alt.strip() and not img.get("data-in-label"):
            problems.append(f"picture {img.get('src')} has an empty alt but no words beside it")
    return problems
