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
