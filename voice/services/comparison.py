"""This inspection beside the area's last one in Voice: closed questions and theme shares.

Voice keeps answer codes stable (questionnaires/stability/), so an answer given a year
ago and one given today mean the same when the question code, the audience and the
answer code agree; answers a migration moved are read under their new code. Only like
is compared with like: a question asked of one audience in one inspection and of
another audience in the other is not compared.

Numbers only here: the under-10 rule and the words belong to the presenter, which sees
the counts and the totals for both sides.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Final

import yaml
from sqlalchemy import exists, select

from voice.extensions import db
from voice.models import Inspection, Response
from voice.services.summary import SECTION_AUDIENCES, Filters, closed_question_keys, distributions

MOVES_FILE: Final = Path(__file__).resolve().parent.parent / "questionnaires" / "stability" / "code_moves.yaml"


@dataclass(frozen=True)
class Side:
    """One inspection's answers to one question from one audience (or one audience's theme counts)."""

    counts: dict[str, int]
    total: int


@dataclass(frozen=True)
class QuestionComparison:
    question: str
    audience: str
    now: Side
    before: Side


@dataclass(frozen=True)
class ThemeComparison:
    audience: str
    # theme -> respondents who raised it; total is the audience's respondents
    now: Side
    before: Side


@dataclass(frozen=True)
class EarlierInspection:
    id: int
    notification_date: date
    kind: str


@dataclass(frozen=True)
class Comparison:
    earlier: EarlierInspection | None
    questions: list[QuestionComparison]
    themes: list[ThemeComparison]


def earlier_inspection(*, inspection: Inspection) -> Inspection | None:
    """The same area's most recent earlier inspection that still has responses."""
    has_responses = exists().where(Response.inspection_id == Inspection.id)
    return db.session.scalar(
        select(Inspection)
        .where(Inspection.local_area_id == inspection.local_area_id, Inspection.id != inspection.id,
               Inspection.notification_date < inspection.notification_date,
               Inspection.responses_deleted_at.is_(None), has_responses)
        .order_by(Inspection.notification_date.desc(), Inspection.id.desc()).limit(1)
    )


@cache
def code_moves() -> dict[tuple[str, str], str]:
    """(question, old code) -> new code, from the moves the linter holds migrations to."""
    with MOVES_FILE.open(encoding="utf-8") as handle:
        data = yaml.safe_load(handle) or {}
    moves: dict[tuple[str, str], str] = {}
    for questions in data.values():
        for question, codes in (questions or {}).items():
            for old, note in (codes or {}).items():
                moves[(question, str(old))] = str(note).split(",")[0].strip()
    return moves


def _moved(question: str, counts: dict[str, int]) -> dict[str, int]:
    result: dict[str, int] = {}
    for code, count in counts.items():
        new = code_moves().get((question, code), code)
        result[new] = result.get(new, 0) + count
    return result


def _questions(inspection_id: int, earlier_id: int, filters: Filters) -> list[QuestionComparison]:
    keys = closed_question_keys(inspection_id)
    now = {d.question: d.counts for d in distributions(inspection_id=inspection_id, filters=filters, questions=keys)}
    before = {d.question: d.counts for d in distributions(inspection_id=earlier_id, filters=filters, questions=keys)}
    result = []
    for key in keys:
        for audience in filters.audiences:
            this, last = now[key].get(audience), before[key].get(audience)
            if not this or not last:
                continue  # asked of this audience in only one of the two, or not answered in one
            this, last = _moved(key, this), _moved(key, last)
            result.append(QuestionComparison(key, audience, Side(this, sum(this.values())),
                                             Side(last, sum(last.values()))))
    return result


def _theme_side(inspection_id: int, filters: Filters) -> dict[str, Side]:
    from voice.services.summary import _theme_counts, headline

    counts = _theme_counts(inspection_id, filters)
    responses = headline(inspection_id=inspection_id, filters=filters).by_audience
    sides = {}
    for audience in filters.audiences:
        raised = {theme: numbers["respondents"] for theme, numbers in counts.get(audience, {}).items()}
        # As the summary does: a theme's share is out of the audience's responses (or its largest theme).
        total = max(responses.get(audience, 0), max(raised.values(), default=0))
        sides[audience] = Side(raised, total)
    return sides


def compare(*, inspection: Inspection, filters: Filters | None = None) -> Comparison:
    filters = filters or Filters()
    earlier = earlier_inspection(inspection=inspection)
    if earlier is None:
        return Comparison(None, [], [])
    now_themes, before_themes = _theme_side(inspection.id, filters), _theme_side(earlier.id, filters)
    themes = [ThemeComparison(a, now_themes[a], before_themes[a]) for a in filters.audiences
              if a in SECTION_AUDIENCES and now_themes[a].total and before_themes[a].total]
    return Comparison(
        EarlierInspection(earlier.id, earlier.notification_date, earlier.kind),
        _questions(inspection.id, earlier.id, filters), themes,
    )
