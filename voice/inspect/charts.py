"""Closed-question charts as plain geometry for a server-side SVG, with the table beside it.

The SVG is drawn by the template from these numbers; colours come from CSS classes
(the Content-Security-Policy forbids style attributes). Each chart carries a
<title> and a text description, and the data table is the accessible equivalent.
"""

from __future__ import annotations

from flask_babel import gettext as _

from voice.forms.inspect import AUDIENCE_NAMES
from voice.questionnaires.catalogue import AGREE_SCALE, closed_question
from voice.services.small_groups import Counts
from voice.services.summary import Distribution

WIDTH = 480
BAR_HEIGHT = 28
LABEL_HEIGHT = 24
ROW_GAP = 14
SCALE_CODES = tuple(code for code, _label in AGREE_SCALE)


def _choices(key: str) -> tuple[tuple[str, object], ...]:
    info = closed_question(key)
    return info.choices if info is not None else AGREE_SCALE


def _codes(distribution: Distribution) -> list[str]:
    """The question's answers in the file's order, then any other answer codes found."""
    offered = [code for code, _label in _choices(distribution.question)]
    found = {code for counts in distribution.counts.values() for code in counts}
    return offered + sorted(found - set(offered))


def _answer_label(code: str, choices: tuple[tuple[str, object], ...] = AGREE_SCALE) -> str:
    return str(dict(choices).get(code, code))


def _colour(code: str, codes: list[str]) -> str:
    """The colour class: the agreement scale has its own; other answers take colours in file order."""
    if set(codes) <= set(SCALE_CODES):
        return code if code in SCALE_CODES else "other"
    return f"c{codes.index(code) % 8 + 1}" if code in codes else "other"


def _row(audience: str, counts: dict[str, int], codes: list[str], top: int, shown: Counts,
         choices: tuple[tuple[str, object], ...] = AGREE_SCALE) -> dict:
    total = sum(counts.values())
    x = 0.0
    segments = []
    # A group of fewer than 10 is not drawn at all: its bar would give the numbers away.
    suppressed = shown.hidden(total)
    for code in codes:
        count = counts.get(code, 0)
        if not count or suppressed:
            continue
        width = WIDTH * count / total
        segments.append({
            "x": round(x, 2), "width": round(width, 2), "code": _colour(code, codes),
            "title": _("%(answer)s: %(count)s", answer=_answer_label(code, choices),
                       count=shown.count_and_share(count, total)),
        })
        x += width
    label = (_("%(audience)s (fewer than 10 answered: not shown)", audience=AUDIENCE_NAMES[audience]) if suppressed
             else _("%(audience)s (%(count)s answered)", audience=AUDIENCE_NAMES[audience], count=total))
    return {"label": label, "text_y": top + LABEL_HEIGHT - 6, "bar_y": top + LABEL_HEIGHT,
            "height": BAR_HEIGHT, "segments": segments, "total": total, "suppressed": suppressed}


def _description(rows: list[tuple[str, dict]]) -> str:
    parts = []
    for audience, row in rows:
        if not row["total"]:
            parts.append(_("%(audience)s: no answers.", audience=AUDIENCE_NAMES[audience]))
            continue
        if row["suppressed"]:
            parts.append(_("%(audience)s: fewer than 10 answers, not shown.", audience=AUDIENCE_NAMES[audience]))
            continue
        shares = ", ".join(segment["title"] for segment in row["segments"])
        parts.append(_("%(audience)s: %(shares)s.", audience=AUDIENCE_NAMES[audience], shares=shares))
    return " ".join(parts)


def _cell(count: int, total: int, shown: Counts) -> str:
    if shown.hidden(total):
        return _("Not shown")
    return shown.count_and_share(count, total)


def question_chart(distribution: Distribution, audiences: tuple[str, ...], shown: Counts | None = None) -> dict:
    shown = shown or Counts()
    info = closed_question(distribution.question)
    title = str(info.title) if info else distribution.question
    choices = _choices(distribution.question)
    offered = [code for code, _label in choices]
    codes = _codes(distribution)
    rows: list[tuple[str, dict]] = []
    top = 0
    for audience in audiences:
        rows.append((audience, _row(audience, distribution.counts.get(audience, {}), codes, top, shown, choices)))
        top += LABEL_HEIGHT + BAR_HEIGHT + ROW_GAP
    totals = {audience: sum(distribution.counts.get(audience, {}).values()) for audience in audiences}
    table_rows = [
        [{"text": _answer_label(code, choices)}] + [
            {"text": _cell(distribution.counts.get(a, {}).get(code, 0), totals[a], shown), "format": "numeric"}
            for a in audiences
        ]
        for code in codes if any(distribution.counts.get(a, {}).get(code) for a in audiences)
        or code in offered
    ]
    return {
        "id": "chart-" + distribution.question,
        "title": title,
        "question": str(info.text) if info else distribution.question,
        "description": _description(rows),
        "width": WIDTH,
        "height": max(top - ROW_GAP, 1),
        "rows": [row for _audience, row in rows],
        "legend": [{"code": _colour(code, codes), "label": _answer_label(code, choices)} for code in offered],
        "table": {
            "caption": title,
            "captionClasses": "govuk-table__caption--s",
            "firstCellIsHeader": True,
            "head": [{"text": _("Answer")}] + [
                {"text": str(AUDIENCE_NAMES[a]), "format": "numeric"} for a in audiences
            ],
            "rows": table_rows,
        },
    }
