"""The authoring linter: checks a questionnaire's words and codes before its links go out.

Four kinds of rule, each a `Problem` with the place it was found:

* **structure**: the file loads (the schema's own checks: unique keys and codes,
  pictures that exist, routing to earlier questions); every question has words for
  its label or legend; every choice list is short enough to take in at once.
* **easy-read** (every easy wording, and the whole of an easy-read questionnaire):
  the rules in `accessibility.easy_read`: sentences of 15 words or fewer with one
  idea each, no jargon or acronyms, an easy reading level, and a picture for every
  question.
* **plain English** (the standard wording): a reading age, from the Flesch-Kincaid
  grade plus 5, of at most MAX_READING_AGE for each string long enough to measure.
* **stability**: a code that answers are stored under (the lock file, `stability/codes.lock.yaml`)
  may not be dropped or renamed unless `stability/code_moves.yaml` says which migration moves its
  answers. Retiring a code (`retired: true`) keeps it readable and is allowed.

Each rule runs in every language the service ships: the words are translated with the
language's catalogue first, and a string with no translation is a problem of its own.
`flask questionnaires lint` prints the problems; CI runs it over every file, and the
coordinator's preview page shows them.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import yaml

from accessibility import easy_read
from voice.questionnaires import HERE, Loaded, QuestionnaireError, load_file

LOCK_FILE: Final = HERE / "stability" / "codes.lock.yaml"
MOVES_FILE: Final = HERE / "stability" / "code_moves.yaml"
MAX_CHOICES: Final = 10  # longer lists of radios are hard to take in on a phone or by ear
MAX_EASY_CHOICES: Final = 6  # five faces and "I don't know"
# Reading age (Flesch-Kincaid grade + 5) per audience. GOV.UK writes for 9; a survey about
# SEND services cannot avoid some longer words, and practitioners read the framework's own terms.
MAX_READING_AGE: Final = {"parent_carer": 14, "young_person": 14, "practitioner": 16}
MIN_WORDS_FOR_READING_AGE: Final = 12
# Names of bodies and the legal term for SEND: long words the reader knows as names, not as prose.
NAMES: Final = ("Care Quality Commission", "special educational needs and disabilities", "Ofsted")

Translate = Callable[[str], str | None]


@dataclass(frozen=True)
class Problem:
    questionnaire: str
    language: str
    where: str
    rule: str
    detail: str

    def __str__(self) -> str:
        return f"{self.questionnaire} [{self.language}] {self.where}: {self.rule}: {self.detail}"


def reading_age(text: str) -> float:
    """Flesch-Kincaid grade plus 5: the age at which a typical reader manages the text."""
    return easy_read.flesch_kincaid_grade(text) + 5


# --- words, per version --------------------------------------------------------------


def _standard_strings(loaded: Loaded) -> list[tuple[str, str]]:
    schema = loaded.schema
    found: list[tuple[str, str]] = [("start heading", schema.start.heading)]
    found += [("start", text) for text in (schema.start.lead, schema.start.inset) if text]
    found += [("start", text) for text in schema.start.paragraphs + schema.start.bullets]
    for page in loaded.pages:
        found += [(f"page {page.slug}", text) for text in (page.title, page.intro) if text]
        for question in page.questions:
            found += [(f"question {question.key}", text)
                      for text in (question.text, question.hint, question.required_message) if text]
    return found


def _easy_strings(loaded: Loaded) -> list[tuple[str, str]]:
    schema = loaded.schema
    found: list[tuple[str, str]] = []
    if schema.layout == "easy_read":
        found += [("start heading", schema.start.heading)]
        found += [(f"start row {row.picture}", line) for row in schema.start.rows for line in row.lines]
        found += [(f"picture {key}", picture.alt) for key, picture in schema.pictures.items()]
    for question in loaded.all_questions():
        if question.easy is not None:
            found += [(f"question {question.key} (easy)", text)
                      for text in (question.easy.text, question.easy.hint, question.easy.required_message) if text]
    return found


def _is_easy(loaded: Loaded) -> bool:
    return loaded.schema.layout == "easy_read" or "easy" in loaded.schema.versions


# --- the rules -----------------------------------------------------------------------


def _translated(texts: Iterable[tuple[str, str]], translate: Translate, language: str,
                problem: Callable[[str, str, str], None]) -> list[tuple[str, str]]:
    result = []
    for where, text in texts:
        if language == "en":
            result.append((where, text))
            continue
        translation = translate(text)
        if not translation:
            problem(where, "not translated", f"{text!r} has no {language} translation")
            continue
        result.append((where, translation))
    return result


def _structure(loaded: Loaded, problem: Callable[[str, str, str], None]) -> None:
    for question in loaded.all_questions():
        if not question.text.strip():
            problem(f"question {question.key}", "no label", "every question needs words for its label or legend")
        if question.type != "choice":
            continue
        for version in loaded.schema.versions:
            choices = loaded.choices(question, version)
            limit = MAX_EASY_CHOICES if version == "easy" else MAX_CHOICES
            if len(choices) > limit:
                problem(f"question {question.key} ({version})", "too many choices",
                        f"{len(choices)} choices (at most {limit}): group or split them")
            codes = [c.code for c in choices]
            if len(codes) != len(set(codes)):
                problem(f"question {question.key} ({version})", "duplicate codes", ", ".join(sorted(codes)))
        if _is_easy(loaded) and (question.easy is None or not question.easy.picture):
            problem(f"question {question.key}", "no picture", "every easy-read question has a picture")


def _easy_rules(texts: list[tuple[str, str]], problem: Callable[[str, str, str], None], language: str) -> None:
    for where, text in texts:
        for found in easy_read.check_text(text, source=where):
            # Flesch reading ease counts English syllables: it says nothing about Polish or Urdu.
            if found.rule == "hard to read" and language != "en":
                continue
            problem(where, f"easy-read: {found.rule}", found.detail)


def _plain_english(texts: list[tuple[str, str]], limit: int, problem: Callable[[str, str, str], None]) -> None:
    for where, text in texts:
        filled = easy_read.fill_placeholders(text)
        for name in NAMES:
            filled = re.sub(re.escape(name), "it", filled, flags=re.I)
        if len(easy_read.words(filled)) < MIN_WORDS_FOR_READING_AGE:
            continue
        age = reading_age(filled)
        if age > limit:
            problem(where, "plain English: reading age too high",
                    f"reading age {age:.1f} (at most {limit}): use shorter sentences and words")


# --- stability ------------------------------------------------------------------------


def codes_in_use(loaded: Loaded) -> dict[str, list[str]]:
    """Every question key, with the codes its answers may be stored under (retired ones too)."""
    used: dict[str, list[str]] = {}
    for question in loaded.all_questions():
        codes: set[str] = set()
        if question.type == "choice":
            for version in loaded.schema.versions:
                codes |= {c.code for c in loaded.choices(question, version, offered=False)}
        used[question.key] = sorted(codes)
    return used


def _read(path: Path) -> dict:
    if not path.exists():
        return {}
    with path.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle) or {}


def _stability(loaded: Loaded, lock: dict, moves: dict, problem: Callable[[str, str, str], None]) -> None:
    locked: dict[str, list[str]] = lock.get(loaded.key) or {}
    moved: dict[str, dict] = moves.get(loaded.key) or {}
    now = codes_in_use(loaded)
    for key, codes in locked.items():
        if key not in now:
            if key not in moved:
                problem(f"question {key}", "stability: question dropped",
                        "answers are stored under this key: keep it, or record the migration in code_moves.yaml")
            continue
        for code in codes:
            if code not in now[key] and code not in (moved.get(key) or {}):
                problem(f"question {key}", "stability: code dropped",
                        f"{code!r} is stored in answers: mark it retired, or record its migration in code_moves.yaml")


def write_lock(questionnaires: Iterable[Loaded], path: Path = LOCK_FILE) -> None:
    """Record every code now in use. Run after adding codes; dropping one still needs a migration."""
    lock = _read(path)
    for loaded in questionnaires:
        merged = {key: sorted(set(codes) | set((lock.get(loaded.key) or {}).get(key, [])))
                  for key, codes in codes_in_use(loaded).items()}
        lock[loaded.key] = merged
    header = "# Codes that answers are stored under. Written by `flask questionnaires lock`; never edit by hand.\n"
    path.write_text(header + yaml.safe_dump(lock, sort_keys=True, allow_unicode=True), encoding="utf-8")


# --- running it ----------------------------------------------------------------------


def lint_loaded(loaded: Loaded, *, language: str = "en", translate: Translate | None = None,
                lock: dict | None = None, moves: dict | None = None) -> list[Problem]:
    problems: list[Problem] = []

    def problem(where: str, rule: str, detail: str) -> None:
        problems.append(Problem(loaded.key, language, where, rule, detail))

    translate = translate or (lambda text: text)
    _structure(loaded, problem)
    easy = _translated(_easy_strings(loaded), translate, language, problem)
    standard = _translated(_standard_strings(loaded), translate, language, problem)
    # Easy-read sentence rules are written for English; other languages get their length and idea rules.
    _easy_rules(easy, problem, language)
    if loaded.schema.layout != "easy_read" and language == "en":
        _plain_english(standard, MAX_READING_AGE.get(loaded.audience, 14), problem)
    _stability(loaded, _read(LOCK_FILE) if lock is None else lock, _read(MOVES_FILE) if moves is None else moves,
               problem)
    return problems


def lint_file(path: Path, **kwargs) -> list[Problem]:
    try:
        loaded = load_file(path)
    except QuestionnaireError as error:
        return [Problem(path.stem, kwargs.get("language", "en"), path.name, "structure: does not load",
                        re.sub(r"\s+", " ", str(error))[:500])]
    return lint_loaded(loaded, **kwargs)


def shipped_files() -> list[Path]:
    return sorted(p for p in HERE.glob("*.yaml") if p.name != "shared_choices.yaml")


def translator(language: str) -> Translate:
    """A language's catalogue as a function: None where a string has no translation."""
    from babel.support import Translations

    directory = Path(__file__).resolve().parents[1] / "translations"
    catalogue = Translations.load(str(directory), [language])

    def translate(text: str) -> str | None:
        translated = catalogue.gettext(text)
        return translated if translated != text or language == "en" else None

    return translate


def lint_all(languages: Iterable[str] = ("en",)) -> list[Problem]:
    problems: list[Problem] = []
    for language in languages:
        translate = translator(language) if language != "en" else None
        for path in shipped_files():
            problems += lint_file(path, language=language, translate=translate)
    return problems
