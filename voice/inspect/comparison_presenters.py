"""The comparison with the area's last inspection, and the coverage lines, as plain data for templates.

Both sides follow the under-10 rule: a group of fewer than 10 gets no percentage, and a
row where either side has no percentage gets no change. Changes are in percentage points,
worked out from the unrounded shares.
"""

from __future__ import annotations

from flask import url_for
from flask_babel import format_date, ngettext
from flask_babel import gettext as _

from voice.forms.inspect import AUDIENCE_NAMES, THEME_NAMES
from voice.questionnaires.catalogue import closed_question
from voice.services import comparison as comparison_service
from voice.services import coverage as coverage_service
from voice.services.small_groups import Counts


def change_words(before: tuple[int, int], now: tuple[int, int], counts: Counts) -> str:
    """ "up 5 points", "down 3 points", "no change", or "Not shown" when either side is too small."""
    (count_before, total_before), (count_now, total_now) = before, now
    if not total_before or not total_now:
        return _("Not shown")
    if counts.share(count_before, total_before) is None or counts.share(count_now, total_now) is None:
        return _("Not shown")
    points = round(100 * count_now / total_now - 100 * count_before / total_before)
    if points > 0:
        return ngettext("up %(num)s point", "up %(num)s points", points)
    if points < 0:
        return ngettext("down %(num)s point", "down %(num)s points", -points)
    return _("no change")


def _cell(count: int, total: int, counts: Counts) -> str:
    if counts.hidden(total):
        return _("Not shown (fewer than 10 answered)")
    return counts.count_and_share(count, total)


def _head(first: str, earlier_label: str) -> list[dict]:
    return [{"text": first}, {"text": _("This inspection"), "format": "numeric"},
            {"text": earlier_label, "format": "numeric"}, {"text": _("Change"), "format": "numeric"}]


def _question_table(item: comparison_service.QuestionComparison, earlier_label: str, counts: Counts) -> dict:
    info = closed_question(item.question)
    offered = [code for code, _label in info.choices] if info else []
    labels = dict(info.choices) if info else {}
    found = set(item.now.counts) | set(item.before.counts)
    codes = offered + sorted(found - set(offered))
    rows = []
    for code in codes:
        now, before = item.now.counts.get(code, 0), item.before.counts.get(code, 0)
        rows.append([
            {"text": str(labels.get(code, code))},
            {"text": _cell(now, item.now.total, counts), "format": "numeric"},
            {"text": _cell(before, item.before.total, counts), "format": "numeric"},
            {"text": change_words((before, item.before.total), (now, item.now.total), counts), "format": "numeric"},
        ])
    title = str(info.title) if info else item.question
    return {
        "id": f"compare-{item.audience}-{item.question}",
        "caption": _("%(question)s: %(audience)s", question=title, audience=AUDIENCE_NAMES[item.audience]),
        "captionClasses": "govuk-table__caption--s", "firstCellIsHeader": True,
        "head": _head(_("Answer"), earlier_label), "rows": rows,
    }


def _theme_table(item: comparison_service.ThemeComparison, earlier_label: str, counts: Counts) -> dict:
    order = list(THEME_NAMES)
    themes = sorted(set(item.now.counts) | set(item.before.counts),
                    key=lambda t: (-item.now.counts.get(t, 0), order.index(t) if t in order else len(order)))
    rows = []
    for theme in themes:
        now, before = item.now.counts.get(theme, 0), item.before.counts.get(theme, 0)
        rows.append([
            {"text": str(THEME_NAMES.get(theme, theme))},
            {"text": _cell(now, item.now.total, counts), "format": "numeric"},
            {"text": _cell(before, item.before.total, counts), "format": "numeric"},
            {"text": change_words((before, item.before.total), (now, item.now.total), counts), "format": "numeric"},
        ])
    return {
        "id": f"compare-themes-{item.audience}",
        "caption": _("Themes raised: %(audience)s", audience=AUDIENCE_NAMES[item.audience]),
        "captionClasses": "govuk-table__caption--s", "firstCellIsHeader": True,
        "head": _head(_("Theme"), earlier_label), "rows": rows,
    }


def comparison_context(result: comparison_service.Comparison, *, area: str, counts: Counts) -> dict:
    if result.earlier is None:
        return {"available": False, "none_text": _("No earlier inspection of this area in Voice.")}
    when = format_date(result.earlier.notification_date, "d MMMM y")
    earlier_label = _("Last inspection (%(when)s)", when=when)
    return {
        "available": True,
        "intro": _("This inspection beside the last inspection of %(area)s in Voice, notified on %(when)s. "
                   "Each row is the share of those who answered; the change is in percentage points. "
                   "Only the same question asked of the same audience is compared. A group of fewer than "
                   "10 has no percentage and no change.", area=area, when=when),
        "questions": [_question_table(q, earlier_label, counts) for q in result.questions],
        "no_questions": _("No closed question was asked of the same audience in both inspections."),
        "themes": [_theme_table(t, earlier_label, counts) for t in result.themes],
        "themes_note": _("A theme's share is of the audience's responses: the people who raised it in a comment."),
    }


def coverage_context(*, inspection, responses: dict[str, int], audiences, counts: Counts) -> dict:
    result = coverage_service.coverage(ons_code=inspection.local_area.ons_code, area_name=inspection.local_area.name,
                                       responses=responses, audiences=audiences, counts=counts)
    return {"lines": result.lines, "note": result.note, "source": result.source}


def _covered_audiences(inspection, filters) -> list[str]:
    asked = {survey.audience for survey in inspection.surveys}
    return [a for a in filters.audiences if a in asked]


def summary_extras(summary, *, inspection, exact_counts: bool, compare: bool) -> dict:
    """Coverage and comparison for the summary page: the comparison only when asked for (a link, no script)."""
    counts = Counts(exact=exact_counts)
    filters = summary.filters
    args = filters.as_args()
    extras: dict = {"coverage": coverage_context(inspection=inspection, responses=summary.headline.submitted,
                                                 audiences=_covered_audiences(inspection, filters), counts=counts)}
    if compare:
        result = comparison_service.compare(inspection=inspection, filters=filters)
        extras["comparison"] = comparison_context(result, area=inspection.local_area.name, counts=counts)
        extras["comparison_toggle"] = {
            "href": url_for("inspect.summary", inspection_id=inspection.id, **args, _anchor="comparison-heading"),
            "text": _("Hide the comparison")}
    elif comparison_service.earlier_inspection(inspection=inspection) is None:
        extras["comparison"] = {"available": False, "none_text": _("No earlier inspection of this area in Voice.")}
        extras["comparison_toggle"] = None
    else:
        extras["comparison"] = None
        extras["comparison_toggle"] = {
            "href": url_for("inspect.summary", inspection_id=inspection.id, **args, compare="1",
                            _anchor="comparison-heading"),
            "text": _("Compare with the last inspection of this area")}
    return extras


def brief_extras(summary, *, inspection, exact_counts: bool) -> dict:
    """The brief always carries both: it is read away from the page."""
    counts = Counts(exact=exact_counts)
    filters = summary.filters
    result = comparison_service.compare(inspection=inspection, filters=filters)
    return {
        "coverage": coverage_context(inspection=inspection, responses=summary.headline.submitted,
                                     audiences=_covered_audiences(inspection, filters), counts=counts),
        "comparison": comparison_context(result, area=inspection.local_area.name, counts=counts),
    }
