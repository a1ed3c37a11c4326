"""Plain data for the inspectors' webinar pages, so the templates do not compute."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime

from flask import url_for
from flask_babel import format_datetime, ngettext
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from voice.forms.webinar import ASKER_ROLE_CHOICES
from voice.questionnaires.catalogue import AGE_PHASES_ALL as AGE_PHASES
from voice.questionnaires.catalogue import label_for
from voice.services.working_days import to_uk
from voice.templating import time_on_date
from voice.theme_names import THEME_NAMES

QUOTE_CHARS = 200
EXAMPLES_IN_PRINT = 3

# Theme names for section headings, and as they read mid-sentence in a group's heading.
THEME_HEADINGS = {**THEME_NAMES, "other": _l("Other topics")}
THEME_TOPICS = {
    "identification_assessment": _l("identifying and assessing needs"),
    "ehc_plans": _l("EHC plans"),
    "communication_coproduction": _l("communication and being listened to"),
    "health_services": _l("health services"),
    "education_support": _l("support in education"),
    "social_care": _l("social care and short breaks"),
    "preparing_adulthood": _l("preparing for adulthood"),
    "information_local_offer": _l("information and the local offer"),
    "inclusion_wellbeing": _l("inclusion and wellbeing"),
    "transport": _l("transport"),
    "early_years": _l("early years"),
    "other": _l("other topics"),
}


def moment_text(moment: datetime | None) -> str:
    """A stored (UTC) time as people in England read it: "6:00pm on Tuesday 24 November 2026"."""
    if moment is None:
        return ""
    return time_on_date(moment)


def intake_times(inspection, survey) -> dict[str, str]:
    """When questions open and close, and when the webinar is, in UK local time."""
    return {"webinar": moment_text(inspection.webinar_at), "closes": moment_text(survey.closes_at),
            "opens": format_datetime(to_uk(survey.opens_at), "EEEE d MMMM y")}


def _shorten(text: str, limit: int = QUOTE_CHARS) -> str:
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[: limit - 1].rsplit(" ", 1)[0] + "…"


def heading(group) -> str:
    """ "12 questions about EHC plans": the count and theme; the quote goes beside it."""
    count = len(group.questions)
    topic = str(THEME_TOPICS.get(group.theme, THEME_TOPICS["other"]))
    return ngettext("%(num)d question about %(topic)s", "%(num)d questions about %(topic)s",
                    count, topic=topic)


def _tags(group) -> list[dict]:
    tags = []
    if group.shortlisted:
        tags.append({"text": _("Running order: %(position)s", position=group.position),
                     "classes": "govuk-tag--blue"})
    if group.answered:
        tags.append({"text": _("Answered"), "classes": "govuk-tag--green"})
    individual = sum(1 for q in group.questions if q.individual_case)
    if individual:
        tags.append({"text": ngettext("%(num)d about a family's own case",
                                      "%(num)d about a family's own case", individual),
                     "classes": "govuk-tag--orange"})
    return tags


def question_row(question, *, mark_individual: bool = True) -> dict:
    who = [str(label) for label in (label_for(ASKER_ROLE_CHOICES, question.asker_role),
                                    label_for(AGE_PHASES, question.age_phase)) if label]
    flags = []
    if question.individual_case and mark_individual:
        flags.append({"text": _("A family's own case"), "classes": "govuk-tag--orange"})
    if question.safeguarding:
        flags.append({"text": _("Possible safeguarding concern"), "classes": "govuk-tag--red"})
    return {"id": question.id, "text": question.redacted, "who": ", ".join(who), "flags": flags,
            "individual": question.individual_case}


def group_card(group, *, inspection_id: int) -> dict:
    return {
        "id": group.id,
        "anchor": f"group-{group.id}",
        "heading": heading(group),
        "quote": _shorten(group.title),
        "count": len(group.questions),
        "tags": _tags(group),
        "shortlisted": group.shortlisted,
        "answered": group.answered,
        "position": group.position,
        "manual": group.manual,
        "questions": [question_row(q) for q in group.questions],
        "url": url_for("webinar_inspect.group", inspection_id=inspection_id, group_id=group.id),
    }


def _by_size(groups: Iterable) -> list:
    return sorted(groups, key=lambda g: (-len(g.questions), g.id))


def theme_sections(groups: Sequence, *, inspection_id: int) -> list[dict]:
    """Groups under their theme; the most-asked themes and groups first."""
    sections: dict[str, list] = {}
    for group in groups:
        sections.setdefault(group.theme, []).append(group)
    ordered = sorted(sections.items(), key=lambda item: (
        -sum(len(g.questions) for g in item[1]), list(THEME_HEADINGS).index(item[0])
        if item[0] in THEME_HEADINGS else len(THEME_HEADINGS)))
    return [{
        "theme": theme,
        "heading": str(THEME_HEADINGS.get(theme, THEME_HEADINGS["other"])),
        "count": sum(len(g.questions) for g in members),
        "count_text": ngettext("%(num)d question", "%(num)d questions",
                               sum(len(g.questions) for g in members)),
        "groups": [group_card(g, inspection_id=inspection_id) for g in _by_size(members)],
    } for theme, members in ordered]


def most_asked(groups: Sequence, *, inspection_id: int, limit: int = 5) -> list[dict]:
    """The groups with the most questions, across themes: the top of the inspectors' page."""
    shared = [g for g in _by_size(groups) if len(g.questions) > 1][:limit]
    return [group_card(g, inspection_id=inspection_id) for g in shared]


def merge_choices(groups: Sequence, *, inspection_id: int) -> list[tuple[int, str]]:
    """Checkbox labels for the merge page, listed as on the questions page."""
    choices = []
    for section in theme_sections(groups, inspection_id=inspection_id):
        for card in section["groups"]:
            choices.append((card["id"], f"{card['heading']}: “{card['quote']}”"))
    return choices


def running_order_items(groups: Sequence, *, inspection_id: int) -> list[dict]:
    items = []
    for index, group in enumerate(groups):
        card = group_card(group, inspection_id=inspection_id)
        general = [q for q in card["questions"] if not q["individual"]]
        card.update({
            "first": index == 0,
            "last": index == len(groups) - 1,
            "examples": [_shorten(q["text"]) for q in general
                         if q["text"] != group.title][:EXAMPLES_IN_PRINT],
        })
        items.append(card)
    return items


def overview_counts(*, questions: int, groups: int, individual: int, shortlisted: int) -> dict:
    return {
        "questions": ngettext("%(num)d question", "%(num)d questions", questions),
        "groups": ngettext("%(num)d group", "%(num)d groups", groups),
        "individual": ngettext("%(num)d question is about a family's own case",
                               "%(num)d questions are about a family's own case", individual),
        "individual_count": individual,
        "shortlisted": ngettext("%(num)d group in the running order",
                                "%(num)d groups in the running order", shortlisted),
        "shortlisted_count": shortlisted,
        "question_count": questions,
    }
