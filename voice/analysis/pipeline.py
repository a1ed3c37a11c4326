"""One call that runs every analysis step on one comment."""

from __future__ import annotations

from dataclasses import dataclass

from voice.analysis.taxonomy import OTHER


@dataclass(frozen=True)
class Analysis:
    themes: tuple[str, ...]
    sentiment: str
    polarity: float
    redacted: str
    safeguarding: bool
    safeguarding_reasons: tuple[str, ...]


def analyse(text: str) -> Analysis:
    # Placeholder until the real steps land.
    return Analysis((OTHER,), "neutral", 0.0, text, False, ())
