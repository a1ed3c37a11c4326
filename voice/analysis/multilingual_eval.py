"""Per-language figures for comments not in English: language reading and the safeguarding screen.

``data/multilingual_eval.jsonl`` holds short comments in each survey language, each with
the page it was typed on, its language, and whether it is a disclosure. They were written
for this check by the same helper who wrote the phrase lists, in different words from the
unit tests, so the recall here is an upper bound until families' real words are checked.
``python -m voice.analysis multilingual`` prints the figures.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from voice.analysis.pipeline import analyse

SAMPLE: Final = Path(__file__).resolve().parent / "data" / "multilingual_eval.jsonl"


@dataclass(frozen=True)
class LanguageFigures:
    language: str
    comments: int
    read_right: int
    disclosures: int
    caught: int
    ordinary: int
    false_flags: int


def load(path: Path = SAMPLE) -> list[dict[str, object]]:
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def evaluate_multilingual(items: Sequence[dict[str, object]]) -> list[LanguageFigures]:
    """Figures per true language, each comment analysed as the survey would (page given)."""
    tallies: dict[str, list[int]] = {}
    for item in items:
        result = analyse(str(item["text"]), page_language=str(item["page"]))
        language = str(item["language"])
        counts = tallies.setdefault(language, [0] * 6)
        counts[0] += 1
        counts[1] += result.language == language
        if item.get("disclosure"):
            counts[2] += 1
            counts[3] += result.safeguarding
        else:
            counts[4] += 1
            counts[5] += result.safeguarding
    return [LanguageFigures(language, *counts) for language, counts in sorted(tallies.items())]


def format_figures(figures: Sequence[LanguageFigures]) -> str:
    lines = [f"{'language':<9}{'comments':>9}{'read right':>12}{'recall':>12}{'false flags':>13}"]
    totals = [0] * 6
    for f in figures:
        values = (f.comments, f.read_right, f.disclosures, f.caught, f.ordinary, f.false_flags)
        totals = [t + v for t, v in zip(totals, values, strict=True)]
        lines.append(f"{f.language:<9}{f.comments:>9}{f'{f.read_right}/{f.comments}':>12}"
                     f"{f'{f.caught}/{f.disclosures}':>12}{f'{f.false_flags}/{f.ordinary}':>13}")
    comments, right, disclosures, caught, ordinary, false = totals
    lines.append(f"{'all':<9}{comments:>9}{f'{right}/{comments}':>12}{f'{caught}/{disclosures}':>12}"
                 f"{f'{false}/{ordinary}':>13}")
    return "\n".join(lines)


TRANSLATED: Final = Path(__file__).resolve().parent / "data" / "translated_sample.jsonl"


@dataclass(frozen=True)
class TransferFigures:
    """The multilingual heads on one language of the translated sample."""

    language: str
    tagged: int
    theme_f1: float  # micro-averaged over the sample's theme labels
    sentiment_accuracy: float
    disclosures: int
    head_recall: float  # the learned screen alone
    phrase_recall: float  # the word lists alone (English list for English, the language's list otherwise)
    combined_recall: float  # either one, as the pipeline flags


def _phrase_flag(text: str, language: str) -> bool:
    from voice.analysis.normalise import tokenise
    from voice.analysis.safeguarding import screen_tokens
    from voice.analysis.safeguarding_languages import screen_language

    return bool(screen_tokens(tokenise(text)) or screen_language(text, language))


def evaluate_translated(rows: Sequence[dict[str, object]] | None = None) -> list[TransferFigures]:
    """Score the multilingual heads per language on ``data/translated_sample.jsonl``."""
    import numpy as np

    from voice.analysis import multilingual

    rows = list(rows) if rows is not None else load(TRANSLATED)
    readings = multilingual.read(multilingual.embed([str(r["text"]) for r in rows]))
    figures = []
    for language in dict.fromkeys(str(r["lang"]) for r in rows):
        tp = fp = fn = right = tagged = 0
        head = phrase = either = disclosures = 0
        for row, reading in zip(rows, readings, strict=True):
            if row["lang"] != language:
                continue
            if row.get("disclosure"):
                disclosures += 1
                by_phrase = _phrase_flag(str(row["text"]), language)
                head += reading.flagged
                phrase += by_phrase
                either += reading.flagged or by_phrase
                continue
            tagged += 1
            truth = set(row["themes"])  # type: ignore[call-overload]
            found = set(reading.themes)
            tp, fp, fn = tp + len(truth & found), fp + len(found - truth), fn + len(truth - found)
            right += reading.sentiment == row["sentiment"]
        f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 0.0
        share = float(np.divide(1, max(disclosures, 1)))
        figures.append(TransferFigures(language, tagged, f1, right / max(tagged, 1), disclosures,
                                       head * share, phrase * share, either * share))
    return figures


def format_transfer(figures: Sequence[TransferFigures]) -> str:
    lines = ["Multilingual heads (multilingual-e5-small) on the translated sample:",
             f"{'language':<9}{'tagged':>7}{'theme F1':>10}{'sentiment':>11}{'disclosures':>13}"
             f"{'head':>7}{'phrases':>9}{'either':>8}"]
    for f in figures:
        lines.append(f"{f.language:<9}{f.tagged:>7}{f.theme_f1:>10.2f}{f.sentiment_accuracy:>11.0%}"
                     f"{f.disclosures:>13}{f.head_recall:>7.0%}{f.phrase_recall:>9.0%}{f.combined_recall:>8.0%}")
    return "\n".join(lines)
