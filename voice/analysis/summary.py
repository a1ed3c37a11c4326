"""Placeholder."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field


@dataclass(frozen=True)
class TaggedComment:
    id: str
    text: str
    redacted: str
    themes: tuple[str, ...]
    sentiment: str
    polarity: float
    respondent_id: str | None = None


@dataclass(frozen=True)
class ThemeSummary:
    key: str
    label: str
    count: int
    share: float
    words: str
    sentiment: dict[str, int]
    key_phrases: list[str]
    quotes: list[str]


@dataclass(frozen=True)
class Summary:
    total_respondents: int
    total_comments: int
    themes: list[ThemeSummary] = field(default_factory=list)
    sentiment: dict[str, int] = field(default_factory=dict)


def summarise(comments: Sequence[TaggedComment], *, total_respondents: int) -> Summary:
    return Summary(total_respondents, len(comments))
