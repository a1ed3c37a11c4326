"""Placeholder."""

from __future__ import annotations

from collections.abc import Sequence


def is_individual_case(text: str) -> bool:
    return False


def group_questions(texts: Sequence[str], *, threshold: float = 0.5) -> list[list[int]]:
    return [[i] for i in range(len(texts))]
