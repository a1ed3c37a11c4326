"""Plain data for the inspector's templates, so that the templates do not compute."""

from __future__ import annotations

from flask import url_for
from flask_babel import format_date, ngettext
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from voice.analysis import SENTIMENTS
from voice.forms.inspect import AUDIENCE_NAMES, SAFEGUARDING_STATUS_NAMES, SENTIMENT_NAMES, THEME_NAMES
from voice.inspect.charts import question_chart
from voice.inspect.language_presenters import languages_context
from voice.questionnaires.catalogue import question_label
from voice.services import safeguarding_queue
from voice.services.corrections import CommentView
from voice.services.drilldown import CommentPage, CommentRow
from voice.services.safeguarding_queue import Flag, FlagPage, QueueCounts
from voice.services.small_groups import Counts
from voice.services.summary import (
    AudienceSummary,
    Filters,
    Headline,
    InspectionSummary,
    ThemeResult,
)
from voice.templating import uk_datetime

INSPECTION_KIND_NAMES = {
    "framework_2016": _l("2016 framework inspection"), "framework_2023": _l("2023 framework inspection"),
    "monitoring": _l("Monitoring inspection"), "thematic": _l("Thematic visit"),
}



SAFEGUARDING_REASONS = {
    "suicide_self_harm": _l("suicidal thoughts or self-harm"),
    "abuse_injury": _l("injury or abuse"),
    "restraint_seclusion": _l("restraint or seclusion"),
    "sexual_exploitation_grooming": _l("sexual or criminal exploitation, or grooming"),
    "eating_disorder": _l("eating disorder"),
    "neglect": _l("neglect"),
    "domestic_abuse": _l("domestic abuse"),
    "missing": _l("going missing"),
    "possible_disclosure": _l("possible disclosure"),
}


def safeguarding_reason_name(reason: str) -> str:
    """A reason as inspectors read it; reasons stored under older names are shown by today's."""
    from voice.analysis.safeguarding import current_category

    key = current_category(reason)
    return str(SAFEGUARDING_REASONS.get(key, key.replace("_", " ")))

def proportion(words: str) -> str:
    names = {
        "all": _("All"), "almost all": _("Almost all"), "most": _("Most"), "a majority": _("A majority"),
        "about half": _("About half"), "a minority": _("A minority"), "a few": _("A few"), "none": _("None"),
    }
    return names.get(words, words)


def theme_name(key: str) -> str:
    return str(THEME_NAMES.get(key, key))


def raised_by(words: str) -> str:
    """The report phrase for a share of respondents, as a whole sentence start ("A few respondents")."""
    phrases = {
        "all": _("All respondents raised this"), "almost all": _("Almost all respondents raised this"),
        "most": _("Most respondents raised this"), "a majority": _("A majority of respondents raised this"),
        "about half": _("About half of respondents raised this"),
        "a minority": _("A minority of respondents raised this"), "a few": _("A few respondents raised this"),
        "none": _("No respondents raised this"),
    }
    return phrases.get(words, _("%(words)s of respondents raised this", words=words))


def question_name(audience: str, key: str) -> str:
    label = question_label(key, audience)
    return str(label) if label is not None else key.replace("_", " ")


def area_title(inspection) -> str:
    return _("Summary: %(area)s", area=inspection.local_area.name)


# --- summary -----------------------------------------------------------------------


def _headline(headline: Headline, audiences: tuple[str, ...], counts: Counts, filtered: bool) -> dict:
    rows = []
    for audience in audiences:
        completion = headline.completion.get(audience)
        submitted = headline.submitted.get(audience, 0)
        if filtered:
            completion_text = _("Not shown with filters")
        elif completion is None:
            completion_text = _("No surveys started")
        elif counts.hidden(submitted):
            completion_text = _("Not shown for fewer than 10")
        else:
            completion_text = f"{round(100 * completion)}%"
        rows.append([
            {"text": str(AUDIENCE_NAMES[audience])},
            {"text": counts.count(headline.by_audience.get(audience, 0)), "format": "numeric"},
            {"text": _("Not shown with filters") if filtered else counts.count(headline.started.get(audience, 0)),
             "format": "numeric"},
            {"text": completion_text, "format": "numeric"},
        ])
    days = []
    for day in headline.by_day:
        label = format_date(day.day, "EEE d MMM y") if day.day else _("Earlier")
        days.append([{"text": label}] + [
            {"text": counts.count(day.counts.get(a, 0)), "format": "numeric"} for a in audiences
        ] + [{"text": counts.count(day.total), "format": "numeric"}])
    return {
        "total": headline.total,
        "total_text": (_("Fewer than 10 responses.") if counts.hidden(headline.total) else
                       ngettext("%(num)s response.", "%(num)s responses.", headline.total)),
        "audiences": {
            "caption": _("Responses by audience"), "captionClasses": "govuk-table__caption--m",
            "firstCellIsHeader": True,
            "head": [{"text": _("Audience")}, {"text": _("Responses"), "format": "numeric"},
                     {"text": _("Surveys started"), "format": "numeric"},
                     {"text": _("Completion rate"), "format": "numeric"}],
            "rows": rows,
        },
        "days": {
            "caption": _("Responses by day"), "captionClasses": "govuk-table__caption--m",
            "firstCellIsHeader": True,
            "head": [{"text": _("Day")}] + [{"text": str(AUDIENCE_NAMES[a]), "format": "numeric"} for a in audiences]
            + [{"text": _("Total"), "format": "numeric"}],
            "rows": days,
        } if days else None,
        "helped": headline.helped,
    }


def _raised(theme: ThemeResult, total: int, counts: Counts) -> str:
    start = raised_by(theme.words)
    if counts.hidden(total):
        return _("%(start)s (out of fewer than 10 responses).", start=start)
    share = counts.share(theme.respondents, total)
    if share is None:
        return _("%(start)s: fewer than 10 of %(total)s.", start=start, total=total)
    return _("%(start)s: %(count)s of %(total)s (%(percent)s).", start=start, count=theme.respondents,
             total=total, percent=share)


def _theme(theme: ThemeResult, audience: str, inspection_id: int, filters: Filters, total: int,
           counts: Counts) -> dict:
    sentiment_row = [{"text": counts.count(theme.sentiment.get(s, 0)), "format": "numeric"} for s in SENTIMENTS]
    return {
        "id": f"{audience}-{theme.key}",
        "label": theme_name(theme.key),
        "raised": _raised(theme, total, counts),
        "helped": "" if not theme.helped else (
            _("Fewer than 10 of them answered with help.") if counts.hidden(theme.helped) else
            ngettext("%(num)s of them answered with help.", "%(num)s of them answered with help.", theme.helped)),
        "sentiment": {
            "caption": (_("Tone of the comments (fewer than 10)") if counts.hidden(theme.comments) else
                        _("Tone of the %(count)s comments", count=theme.comments)),
            "captionClasses": "govuk-table__caption--s", "classes": "voice-sentiment-table",
            "head": [{"text": str(SENTIMENT_NAMES[s]), "format": "numeric"} for s in SENTIMENTS],
            "rows": [sentiment_row],
        },
        "key_phrases": theme.key_phrases,
        "quotes": [{"text": q.text, "helped": q.helped} for q in theme.quotes],
        "href": url_for("inspect.theme", inspection_id=inspection_id, theme=theme.key,
                        **{**filters.as_args(), "audience": audience}),
        "link_text": (_("Read the comments about %(theme)s", theme=theme_name(theme.key))
                      if counts.hidden(theme.comments) else
                      ngettext("Read the comment about %(theme)s", "Read all %(num)s comments about %(theme)s",
                               theme.comments, theme=theme_name(theme.key))),
    }


def _section(section: AudienceSummary, inspection_id: int, filters: Filters, counts: Counts) -> dict:
    total = max(section.respondents, max((t.respondents for t in section.themes), default=0))
    small = counts.hidden
    return {
        "id": section.audience,
        "heading": str(AUDIENCE_NAMES[section.audience]),
        "respondents": (_("Fewer than 10 responses.") if small(section.respondents) else
                        ngettext("%(num)s response.", "%(num)s responses.", section.respondents)),
        "commenters": (_("Fewer than 10 of them wrote comments.") if small(section.commenters) else
                       ngettext("%(num)s of them wrote a comment.", "%(num)s of them wrote comments.",
                                section.commenters)),
        "helped": "" if section.audience != "young_person" else (
            _("Fewer than 10 were given with help: these answers are marked.") if small(section.helped) else
            ngettext("%(num)s was given with help: these answers are marked.",
                     "%(num)s were given with help: these answers are marked.", section.helped)),
        "themes": [_theme(t, section.audience, inspection_id, filters, total, counts) for t in section.themes],
    }


def _filter_summary(filters: Filters) -> str:
    from voice.questionnaires.catalogue import AGE_PHASES_ALL as AGE_PHASES
    from voice.questionnaires.catalogue import EHC_PLAN, SETTINGS

    parts = []
    if filters.audience:
        parts.append(str(AUDIENCE_NAMES[filters.audience]))
    for name, choices in (("age_phase", AGE_PHASES), ("setting", SETTINGS), ("ehc_plan", EHC_PLAN)):
        value = getattr(filters, name)
        if value:
            label = str(dict(choices).get(value, value))
            parts.append(_("EHC plan: %(answer)s", answer=label) if name == "ehc_plan" else label)
    return "; ".join(parts)


def summary_context(summary: InspectionSummary, *, inspection, can_view_original: bool,
                    exact_counts: bool = False) -> dict:
    counts = Counts(exact=exact_counts)
    filters = summary.filters
    inspection_id = inspection.id
    audiences = filters.audiences
    exports = [
        {"href": url_for("inspect.export_csv", inspection_id=inspection_id),
         "text": _("Download every coded comment (CSV)")},
        {"href": url_for("inspect.export_xlsx", inspection_id=inspection_id),
         "text": _("Download every coded comment (spreadsheet)")},
        {"href": url_for("inspect.export_pdf", inspection_id=inspection_id, **filters.as_args()),
         "text": _("Download this summary as a PDF brief")},
    ]
    return {
        "title": area_title(inspection),
        "kind": str(INSPECTION_KIND_NAMES.get(inspection.kind, inspection.kind)),
        "filtered_by": _filter_summary(filters),
        "clear_href": url_for("inspect.summary", inspection_id=inspection_id) if filters.active else None,
        "headline": _headline(summary.headline, audiences, counts, filtered=bool(filters.child)),
        "safeguarding": {
            "flagged": summary.safeguarding.flagged,
            "unreviewed": summary.safeguarding.unreviewed,
            "text": ngettext("%(num)s comment may be a safeguarding disclosure.",
                             "%(num)s comments may be a safeguarding disclosure.", summary.safeguarding.flagged),
            "unreviewed_text": ngettext("%(num)s has not been reviewed yet.", "%(num)s have not been reviewed yet.",
                                        summary.safeguarding.unreviewed),
            "href": url_for("inspect.safeguarding", inspection_id=inspection_id),
        },
        "charts": [question_chart(d, audiences, counts) for d in summary.questions],
        "sections": [_section(s, inspection_id, filters, counts) for s in summary.sections],
        "other_languages": languages_context(summary.languages, inspection_id=inspection_id, counts=counts),
        "exact_counts": exact_counts,
        "exports": exports,
        "original_note": can_view_original,
    }


# --- comment lists -----------------------------------------------------------------


def _page_href(endpoint: str, number: int, args: dict) -> str:
    return url_for(endpoint, **{**args, "page": number})


def pagination(page: CommentPage, endpoint: str, args: dict) -> dict | None:
    """Parameters for govukPagination: first, last, and two either side of the current page."""
    if page.pages <= 1:
        return None
    items: list[dict] = []
    previous = 0
    for number in range(1, page.pages + 1):
        if number in (1, page.pages) or abs(number - page.page) <= 2:
            if previous and number - previous > 1:
                items.append({"ellipsis": True})
            items.append({"number": number, "href": _page_href(endpoint, number, args),
                          "current": number == page.page})
            previous = number
    params: dict = {"items": items, "landmarkLabel": _("Pages of comments")}
    if page.page > 1:
        params["previous"] = {"href": _page_href(endpoint, page.page - 1, args), "text": _("Previous")}
    if page.page < page.pages:
        params["next"] = {"href": _page_href(endpoint, page.page + 1, args), "text": _("Next")}
    return params


def comment_item(row: CommentRow, inspection_id: int, *, back: str) -> dict:
    tags = [{"text": str(SENTIMENT_NAMES.get(row.sentiment, row.sentiment)), "classes": f"voice-tag--{row.sentiment}"}]
    if row.helped:
        tags.append({"text": _("Answered with help"), "classes": "govuk-tag--purple"})
    if row.safeguarding:
        tags.append({"text": _("Possible safeguarding"), "classes": "govuk-tag--red"})
    return {
        "id": row.id,
        "text": row.redacted,
        "meta": _("%(audience)s, '%(question)s', %(when)s", audience=AUDIENCE_NAMES.get(row.audience, row.audience),
                  question=question_name(row.audience, row.question), when=uk_datetime(row.created_at, "d MMM y")),
        "themes": ", ".join(theme_name(t) for t in row.themes) or _("No theme"),
        "tags": tags,
        "correct_href": url_for("inspect.comment", inspection_id=inspection_id, comment_id=row.id, back=back),
        "review_href": url_for("inspect.review", inspection_id=inspection_id, comment_id=row.id),
        "reviewed": _("Reviewed by %(name)s on %(when)s", name=row.reviewed_by or _("someone"),
                      when=uk_datetime(row.reviewed_at)) if row.reviewed_at else "",
        "note": row.note or "",
    }


def theme_page_context(page: CommentPage, *, inspection, theme: str, filters: Filters, search: str,
                       back: str) -> dict:
    args = {"inspection_id": inspection.id, "theme": theme, **filters.as_args()}
    if search:
        args["q"] = search
    who = str(AUDIENCE_NAMES[filters.audience]) if filters.audience else _("Everyone")
    return {
        "title": _("%(theme)s: comments", theme=theme_name(theme)),
        "who": who,
        "filtered_by": _filter_summary(filters),
        "count": (ngettext("%(num)s comment matches '%(search)s'.", "%(num)s comments match '%(search)s'.",
                           page.total, search=search) if search else
                  ngettext("%(num)s comment.", "%(num)s comments.", page.total)),
        "comments": [comment_item(row, inspection.id, back=back) for row in page.rows],
        "pagination": pagination(page, "inspect.theme", args),
        "summary_href": url_for("inspect.summary", inspection_id=inspection.id, **filters.as_args()),
        "range": _("Showing %(first)s to %(last)s", first=page.first, last=page.first + len(page.rows) - 1)
        if page.rows else "",
    }


def _flag_meta(flag: Flag) -> str:
    when = uk_datetime(flag.created_at, "d MMM y, HH:mm")
    if flag.kind == safeguarding_queue.WEBINAR:
        return _("Webinar question, %(when)s", when=when)
    return _("%(audience)s, '%(question)s', %(when)s", audience=AUDIENCE_NAMES.get(flag.channel, flag.channel),
             question=question_name(flag.channel, flag.question), when=when)


def _flag_reasons(flag: Flag) -> str:
    return ", ".join(dict.fromkeys(safeguarding_reason_name(r) for r in flag.reasons)) or _("not named")


def _flag_decision(flag: Flag) -> str:
    if flag.status == safeguarding_queue.NEW or flag.decided_at is None:
        return ""
    return _("%(status)s by %(name)s on %(when)s", status=SAFEGUARDING_STATUS_NAMES[flag.status],
             name=flag.decided_by or _("someone"), when=uk_datetime(flag.decided_at))


def _review_href(flag: Flag, inspection_id: int) -> str:
    if flag.kind == safeguarding_queue.WEBINAR:
        return url_for("inspect.review_webinar", inspection_id=inspection_id, question_id=flag.id)
    return url_for("inspect.review", inspection_id=inspection_id, comment_id=flag.id)


def _same_text(flag: Flag) -> str:
    if not flag.same_text:
        return ""
    return ngettext("The same text is flagged %(num)s other time.", "The same text is flagged %(num)s other times.",
                    flag.same_text)


STATUS_TAG_CLASSES = {"new": "govuk-tag--yellow", "reviewed": "govuk-tag--grey", "referred": "govuk-tag--blue",
                      "duplicate": "govuk-tag--grey"}


def flag_item(flag: Flag, inspection_id: int) -> dict:
    return {
        "key": f"{flag.kind}-{flag.id}",
        "text": flag.redacted,
        "meta": _flag_meta(flag),
        "reasons": _flag_reasons(flag),
        "status": {"text": str(SAFEGUARDING_STATUS_NAMES[flag.status]), "classes": STATUS_TAG_CLASSES[flag.status]},
        "decision": _flag_decision(flag),
        "note": flag.note,
        "same_text": _same_text(flag),
        "review_href": _review_href(flag, inspection_id),
        "review_text": _("Review") if flag.status == safeguarding_queue.NEW else _("Change the decision"),
        "review_hidden": _("flag %(kind)s %(number)s", kind=flag.kind, number=flag.id),
    }


def safeguarding_context(page: FlagPage, counts: QueueCounts, *, inspection, status: str | None) -> dict:
    filters = [{"text": _("All (%(num)s)", num=counts.flagged),
                "href": url_for("inspect.safeguarding", inspection_id=inspection.id), "current": status is None}]
    filters += [{"text": _("%(status)s (%(num)s)", status=SAFEGUARDING_STATUS_NAMES[key],
                           num=counts.by_status.get(key, 0)),
                 "href": url_for("inspect.safeguarding", inspection_id=inspection.id, status=key),
                 "current": status == key} for key in safeguarding_queue.STATUSES]
    args: dict = {"inspection_id": inspection.id, **({"status": status} if status else {})}
    return {
        "title": _("Safeguarding flags"),
        "count": ngettext("%(num)s flag in this list.", "%(num)s flags in this list.", page.total),
        "unreviewed": ngettext("%(num)s has not been reviewed yet.", "%(num)s have not been reviewed yet.",
                               counts.unreviewed) if counts.unreviewed else _("All of them have been reviewed."),
        "filters": filters,
        "flags": [flag_item(flag, inspection.id) for flag in page.rows],
        "pagination": pagination(page, "inspect.safeguarding", args),
        "summary_href": url_for("inspect.summary", inspection_id=inspection.id),
    }


def flag_context(flag: Flag) -> dict:
    """What the review page shows about a flag, from any channel."""
    return {
        "heading": _("The question") if flag.kind == safeguarding_queue.WEBINAR else _("The comment"),
        "text": flag.redacted,
        "meta": _flag_meta(flag),
        "safeguarding": True,
        "reasons": _flag_reasons(flag),
        "reviewed": _flag_decision(flag),
        "note": flag.note,
        "same_text": _same_text(flag),
    }


# --- one comment -------------------------------------------------------------------


def _change_text(field: str, value: str) -> str:
    if not value:
        return "–"
    if field == "theme":
        return theme_name(value)
    return str(SENTIMENT_NAMES.get(value, value))


def comment_context(view: CommentView) -> dict:
    history_rows = [[
        {"text": uk_datetime(entry.at, "d MMM y, HH:mm")},
        {"text": entry.who},
        {"text": _("Theme") if entry.field == "theme" else _("Sentiment")},
        {"text": _change_text(entry.field, entry.before)},
        {"text": _change_text(entry.field, entry.after)},
    ] for entry in view.history]
    return {
        "text": view.redacted,
        "meta": _("%(audience)s, '%(question)s', %(when)s", audience=AUDIENCE_NAMES.get(view.audience, view.audience),
                  question=question_name(view.audience, view.question), when=uk_datetime(view.created_at)),
        "helped": view.helped,
        "safeguarding": view.safeguarding,
        "reasons": ", ".join(dict.fromkeys(safeguarding_reason_name(r) for r in view.safeguarding_reasons)),
        "reviewed": _("Reviewed by %(name)s on %(when)s", name=view.reviewed_by or _("someone"),
                      when=uk_datetime(view.reviewed_at)) if view.reviewed_at else "",
        "note": view.note or "",
        "machine": {"rows": [
            {"key": {"text": _("Machine's themes")},
             "value": {"text": ", ".join(theme_name(t) for t in view.machine_themes) or _("None")}},
            {"key": {"text": _("Machine's sentiment")},
             "value": {"text": str(SENTIMENT_NAMES.get(view.machine_sentiment, view.machine_sentiment))}},
            {"key": {"text": _("Themes now")},
             "value": {"text": ", ".join(theme_name(t) for t in view.themes) or _("None")}},
            {"key": {"text": _("Sentiment now")},
             "value": {"text": str(SENTIMENT_NAMES.get(view.sentiment, view.sentiment))}},
        ]},
        "history": {
            "caption": _("Changes people have made, newest first"), "captionClasses": "govuk-visually-hidden",
            "head": [{"text": _("When")}, {"text": _("Who")}, {"text": _("What")}, {"text": _("Before")},
                     {"text": _("After")}],
            "rows": history_rows,
        } if history_rows else None,
    }
