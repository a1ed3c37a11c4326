"""Which language a free-text answer is written in, from its script, a detector and the page.

Families answer on a page in one of ten languages and may type in another (English on a
translated page, or the reverse), so the page language alone is not enough and a detector
alone is not either: a three-word answer ("bardzo dobrze dziękuję") gives a detector little
to go on. The reading combines them:

* **Script first.** Bengali and Gurmukhi letters settle the language at once. Arabic script
  is Arabic or Urdu: Urdu writes letters Arabic does not (ے ٹ ڈ ڑ ں ھ ۓ پ چ ژ گ, and the
  Persian forms ی ک), Arabic writes ة ى ي ك that Urdu does not. On a Panjabi page, Arabic
  script is Panjabi in Shahmukhi.
* **Latin script** goes to ``langdetect`` (its profiles ship in the PyPI package; nothing is
  downloaded), asked only about the Latin-script languages the surveys offer, with a fixed
  seed so the answer never changes between runs.
* **The page decides close calls.** An answer of fewer than ``SHORT_WORDS`` words, or one the
  detector does not put clearly in another language, keeps the page's language.

``detect`` returns both readings (page and detector) and the one used, so the comment can
store all three and a person can see why.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Final

LANGUAGES: Final[dict[str, str]] = {
    "en": "English",
    "ar": "Arabic",
    "bn": "Bengali",
    "pa": "Panjabi",
    "pl": "Polish",
    "pt": "Portuguese",
    "ro": "Romanian",
    "es": "Spanish",
    "tr": "Turkish",
    "ur": "Urdu",
}
LATIN: Final = ("en", "es", "pl", "pt", "ro", "tr")
RIGHT_TO_LEFT: Final = frozenset({"ar", "ur"})
SHORT_WORDS: Final = 4
# The detector's probability another language needs before it overrules the page.
OVERRULE: Final = 0.90

_ARABIC_RE: Final = re.compile(r"[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]")
_URDU_ONLY: Final = frozenset("ےٹڈڑںھۓپچژگیک")
_ARABIC_ONLY: Final = frozenset("ةىيك")
_BENGALI_RE: Final = re.compile(r"[\u0980-\u09FF]")
_GURMUKHI_RE: Final = re.compile(r"[\u0A00-\u0A7F]")
_LATIN_RE: Final = re.compile(r"[A-Za-z\u00C0-\u024F]")
_WORD_RE: Final = re.compile(r"\w+")


@dataclass(frozen=True)
class LanguageReading:
    """``language`` is the one the comment is treated as; ``page`` the survey page's,
    ``detected`` what the text itself says (None when it says nothing: digits, emoji)."""

    language: str
    page: str
    detected: str | None
    script: str


def page_language(locale: str | None) -> str:
    """"pt_BR" or "PL" as a language this module knows; anything else is English."""
    code = (locale or "en").replace("-", "_").split("_")[0].lower()
    return code if code in LANGUAGES else "en"


def script_of(text: str) -> str:
    """The script with most letters: "arabic", "bengali", "gurmukhi", "latin" or "none"."""
    counts = {
        "arabic": len(_ARABIC_RE.findall(text)),
        "bengali": len(_BENGALI_RE.findall(text)),
        "gurmukhi": len(_GURMUKHI_RE.findall(text)),
        "latin": len(_LATIN_RE.findall(text)),
    }
    script, count = max(counts.items(), key=lambda item: item[1])
    return script if count else "none"


def arabic_or_urdu(text: str) -> str:
    urdu = sum(1 for ch in text if ch in _URDU_ONLY)
    arabic = sum(1 for ch in text if ch in _ARABIC_ONLY)
    return "ur" if urdu > arabic else "ar"


@lru_cache(maxsize=1)
def _factory() -> Any:
    """langdetect's profiles for the surveys' Latin-script languages only, loaded once."""
    import json
    from pathlib import Path

    from langdetect.detector_factory import PROFILES_DIRECTORY, DetectorFactory  # type: ignore[import-untyped]
    from langdetect.utils.lang_profile import LangProfile  # type: ignore[import-untyped]

    factory = DetectorFactory()
    factory.seed = 0
    profiles = []
    for code in LATIN:
        data = json.loads((Path(PROFILES_DIRECTORY) / code).read_text(encoding="utf-8"))
        profiles.append(LangProfile(**data))
    for index, profile in enumerate(profiles):
        factory.add_profile(profile, index, len(profiles))
    return factory


def latin_probabilities(text: str) -> dict[str, float]:
    """The detector's probability for each Latin-script survey language (empty when it
    finds no features, as for "ok")."""
    from langdetect.lang_detect_exception import LangDetectException  # type: ignore[import-untyped]

    detector = _factory().create()
    detector.append(text)
    try:
        found = detector.get_probabilities()
    except LangDetectException:
        return {}
    return {str(item.lang): float(item.prob) for item in found}


def _latin(text: str, page: str) -> str | None:
    probabilities = latin_probabilities(text)
    if not probabilities:
        return None
    best = max(probabilities.items(), key=lambda item: item[1])
    if best[0] != page and best[1] < OVERRULE:
        return page
    return best[0]


def detect(text: str, *, page: str | None = "en") -> LanguageReading:
    """The language of one answer, given the page it was typed on."""
    page_code = page_language(page)
    text = unicodedata.normalize("NFC", text or "")
    script = script_of(text)
    detected: str | None
    if script == "bengali":
        detected = "bn"
    elif script == "gurmukhi":
        detected = "pa"
    elif script == "arabic":
        detected = "pa" if page_code == "pa" else arabic_or_urdu(text)
    elif script == "latin":
        detected = _latin(text, page_code)
    else:
        detected = None
    language = detected or page_code
    if script == "latin" and page_code in LATIN and len(_WORD_RE.findall(text)) < SHORT_WORDS:
        language = page_code  # too short to overrule the page
    return LanguageReading(language=language, page=page_code, detected=detected, script=script)


def language_name(code: str) -> str:
    """The English name, for inspectors (who read the summary in English)."""
    return LANGUAGES.get(code, code)
