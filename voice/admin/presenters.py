"""Plain data for the coordinator's templates, so the templates do not compute."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from flask import current_app, url_for
from flask_babel import format_date, format_time, ngettext
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from voice.forms.staff import INSPECTION_KIND_CHOICES, GovDateField
from voice.i18n import catalogues
from voice.links import public_url
from voice.services.inspections import Windows, survey_state
from voice.services.working_days import from_uk, to_uk
from voice.templating import uk_datetime

PUBLIC_START_ENDPOINTS = {
    "parent_carer": "survey.start",
    "young_person": "young_people.start",
    "practitioner": "practitioner.start",
    "webinar": "webinar.start",
}
AUDIENCE_LABELS = {
    "parent_carer": _l("Parents and carers"),
    "young_person": _l("Young people"),
    "practitioner": _l("Practitioners"),
    "webinar": _l("Webinar questions"),
}
AUDIENCE_LINK_LABELS = {
    "parent_carer": _l("Survey for parents and carers"),
    "young_person": _l("Easy-read survey for children and young people"),
    "practitioner": _l("Survey for practitioners"),
    "webinar": _l("Questions for the webinar for parents and carers"),
}
KIND_LABELS = dict(INSPECTION_KIND_CHOICES)
STATE_TAGS = {
    "open": (_l("Open"), "govuk-tag--green"),
    "not_open": (_l("Not open yet"), "govuk-tag--blue"),
    "closed": (_l("Closed"), "govuk-tag--grey"),
    "closed_early": (_l("Closed early"), "govuk-tag--orange"),
    "deleted": (_l("Responses deleted"), "govuk-tag--red"),
}
AUDIT_ACTIONS = {
    "sign_in": _l("Signed in"),
    "sign_in_failed": _l("Sign-in failed"),
    "sign_out": _l("Signed out"),
    "inspection_created": _l("Set up an inspection"),
    "inspection_edited": _l("Changed an inspection"),
    "window_closed": _l("Closed a window early"),
    "window_reopened": _l("Reopened a window"),
    "inspector_assigned": _l("Assigned an inspector"),
    "inspector_unassigned": _l("Removed an inspector"),
    "responses_deleted": _l("Deleted responses"),
    "export": _l("Exported responses"),
    "correction": _l("Corrected a tag"),
    "view_original": _l("Viewed unredacted text"),
    "account_created": _l("Account created"),
    "account_updated": _l("Account updated"),
    "safeguarding_review": _l("Decided on a safeguarding flag"),
    "webinar_regroup": _l("Regrouped webinar questions"),
    "webinar_merge": _l("Merged webinar question groups"),
    "webinar_split": _l("Split a webinar question group"),
    "webinar_shortlist": _l("Shortlisted a webinar question"),
    "webinar_unshortlist": _l("Took a webinar question off the shortlist"),
    "webinar_answered": _l("Marked a webinar question as answered"),
    "webinar_unanswered": _l("Marked a webinar question as not answered"),
    "webinar_move_up": _l("Moved a webinar question up the running order"),
    "webinar_move_down": _l("Moved a webinar question down the running order"),
    "webinar_running_order_pdf": _l("Downloaded the webinar running order"),
    "retention_deleted": _l("Deleted responses at the end of the retention period"),
    "account_invited": _l("Invited someone to an account"),
    "invitation_resent": _l("Sent an invitation again"),
    "password_reset_requested": _l("Asked for a password reset"),
    "password_reset_sent": _l("Sent a password reset link"),
    "password_set": _l("Set a password"),
    "account_deactivated": _l("Switched off an account"),
    "account_reactivated": _l("Switched an account back on"),
    "two_factor_enabled": _l("Set up two-factor sign-in"),
    "two_factor_disabled": _l("Turned off two-factor sign-in"),
    "two_factor_reset": _l("Reset someone's two-factor sign-in"),
    "recovery_codes_renewed": _l("Made new recovery codes"),
    "sign_in_slowed": _l("Slowed sign-in after failed attempts"),
}


def audit_action(action: str) -> str:
    """An audit action as people read it; an action with no label yet is shown in words, never as a code."""
    label = AUDIT_ACTIONS.get(action)
    return str(label) if label is not None else action.replace("_", " ").capitalize()


def audit_detail(action: str, detail: str) -> str:
    if action in ("window_closed", "window_reopened") and detail in AUDIENCE_LABELS:
        return audience_label(detail)
    return detail


def audience_label(audience: str) -> str:
    return str(AUDIENCE_LABELS.get(audience, audience))


def kind_label(kind: str) -> str:
    return str(KIND_LABELS.get(kind, kind))


def when(moment: datetime | None) -> str:
    """A UK local date and time in GOV.UK style: "Monday 9 March 2026 at 6pm", "... at 11:59pm"."""
    if moment is None:
        return ""
    local = to_uk(moment)
    if (local.hour, local.minute) == (0, 0):
        time_text = _("midnight")
    elif (local.hour, local.minute) == (12, 0):
        time_text = _("midday")
    else:
        time_text = format_time(local, "h:mm a" if local.minute else "h a").lower().replace(" ", "")
    return _("%(date)s at %(time)s", date=format_date(local, "EEEE d MMMM y"), time=time_text)


def closes_label(closes_at: datetime) -> str:
    """A survey window closes at midnight; "11:59pm on Friday" reads more easily than "Saturday"."""
    local = to_uk(closes_at)
    if (local.hour, local.minute) == (0, 0):
        return when(closes_at - timedelta(minutes=1))
    return when(closes_at)


def error_summary(form: Any) -> dict[str, Any]:
    """Error summary params whose links reach the first box of a date, as GOV.UK asks."""
    errors = []
    for name, messages in form.errors.items():
        field = getattr(form, name, None)
        target = field.id if field is not None else name
        if isinstance(field, GovDateField):
            target += "-day"
        errors.append({"text": messages[0], "href": "#" + target})
    return {"titleText": _("There is a problem"), "errorList": errors}


def public_links(inspection: Any) -> list[dict[str, Any]]:
    """Each audience's link, for the endpoints this app has (the others are not built yet)."""
    links = []
    for survey in inspection.surveys:
        links.append({
            "audience": survey.audience,
            "label": str(AUDIENCE_LINK_LABELS.get(survey.audience, survey.audience)),
            "url": public_link(inspection, survey.audience),
            "qr_url": url_for("admin.qr", inspection_id=inspection.id, audience=survey.audience),
            "poster_url": url_for("admin.poster", inspection_id=inspection.id, audience=survey.audience),
            "closes": closes_label(survey.closes_at),
        })
    return links


def language_rows(inspection: Any, links: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Each translated language: how it was made, whether a fluent speaker has reviewed it,
    and its own link and poster for each audience, so a coordinator can have an
    unreviewed language checked before sharing it."""
    rows = []
    for catalogue in catalogues(current_app.config["LANGUAGES"]):
        rows.append({
            "code": catalogue.code, "name": catalogue.name, "dir": catalogue.direction,
            "made": catalogue.made, "reviewed": catalogue.reviewed,
            "reviewer": catalogue.reviewer, "reviewed_on": catalogue.reviewed_on,
            "links": [{
                "label": link["label"],
                "url": with_language(link["url"], catalogue.code),
                "poster_url": url_for("admin.poster", inspection_id=inspection.id, audience=link["audience"],
                                      lang=catalogue.code),
            } for link in links if link["url"]],
        })
    return rows


def with_language(url: str, code: str) -> str:
    """A public link that opens in one language (the family can still switch)."""
    return f"{url}{'&' if '?' in url else '?'}lang={code}"


def public_link(inspection: Any, audience: str) -> str | None:
    survey = inspection.survey_for(audience)
    endpoint = PUBLIC_START_ENDPOINTS.get(audience)
    if survey is None or endpoint is None or endpoint not in current_app.view_functions:
        return None
    return public_url(endpoint, token=survey.token)


def window_rows(windows: Windows) -> list[dict[str, str]]:
    """The computed windows, as summary-list rows for the check page."""
    rows = [
        {"key": _("Surveys open"), "value": when(windows.survey_opens)},
        {"key": _("Surveys close"), "value": closes_label(windows.survey_closes)},
    ]
    if windows.webinar_closes is not None:
        rows.append({"key": _("Webinar questions close"), "value": when(windows.webinar_closes)})
    return rows


def survey_rows(inspection: Any, now: datetime) -> list[dict[str, Any]]:
    """One row per audience's window: when it opens and closes, its state, and what can be done."""
    rows = []
    for survey in inspection.surveys:
        state = survey_state(survey, now=now)
        if inspection.responses_deleted_at is not None:
            key, action = "deleted", None
        elif survey.closed_early_at is not None:
            key, action = "closed_early", ("reopen" if now < survey.closes_at else None)
        else:
            key, action = state, ("close" if now < survey.closes_at else None)
        text, classes = STATE_TAGS[key]
        rows.append({
            "audience": survey.audience,
            "label": audience_label(survey.audience),
            "opens": when(survey.opens_at),
            "closes": closes_label(survey.closes_at),
            "closed_early": when(survey.closed_early_at) if survey.closed_early_at else "",
            "tag": {"text": str(text), "classes": classes},
            "action": action,
        })
    return rows


@dataclass(frozen=True)
class CountsView:
    head: list[dict[str, Any]]
    rows: list[list[dict[str, Any]]]
    total: int
    summary: str


def _responses(counts: dict[str, int]) -> int:
    """Survey responses in a row of counts: webinar questions are counted in their own column only."""
    return sum(count for audience, count in counts.items() if audience != "webinar")


def counts_view(table: Any) -> CountsView:
    """The counts table as GOV.UK table rows: one row per day, a column per audience, then totals."""
    bold = "govuk-!-font-weight-bold"
    head = [{"text": _("Day")}] + [
        {"text": audience_label(audience), "format": "numeric"} for audience in table.audiences
    ] + [{"text": _("All responses"), "format": "numeric"}]
    rows = []
    for day in table.days:
        counts = table.by_day.get(day, {})
        rows.append(
            [{"text": uk_datetime(from_uk_day(day), "EEEE d MMMM")}]
            + [{"text": str(counts.get(a, 0)), "format": "numeric"} for a in table.audiences]
            + [{"text": str(_responses(counts)), "format": "numeric"}]
        )
    if table.outside_window:
        rows.append(
            [{"text": _("Outside the window")}]
            + [{"text": str(table.outside_window.get(a, 0)), "format": "numeric"} for a in table.audiences]
            + [{"text": str(_responses(table.outside_window)), "format": "numeric"}]
        )
    rows.append(
        [{"text": _("Total")}]
        + [{"text": str(table.totals.get(a, 0)), "format": "numeric", "classes": bold} for a in table.audiences]
        + [{"text": str(table.total), "format": "numeric", "classes": bold}]
    )
    summary = ngettext("%(num)d response so far", "%(num)d responses so far", table.total)
    if table.questions:
        summary += ngettext(", and %(num)d webinar question", ", and %(num)d webinar questions", table.questions)
    return CountsView(head=head, rows=rows, total=table.total, summary=summary)


def from_uk_day(day: Any) -> datetime:
    """Midday on a UK calendar day, as naive UTC: safe to format as that day whatever the clocks do."""
    return from_uk(datetime.combine(day, datetime.min.time()) + timedelta(hours=12))


def audit_rows(rows: list[tuple[Any, Any, str | None]]) -> list[list[dict[str, str]]]:
    table = []
    for event, user, area in rows:
        who = f"{user.name} ({user.email})" if user is not None else _("No account")
        table.append([
            {"text": uk_datetime(event.at, "d MMM y, HH:mm:ss")},
            {"text": who},
            {"text": audit_action(event.action)},
            {"text": area or (_("Inspection %(number)s", number=event.inspection_id) if event.inspection_id else "")},
            {"text": audit_detail(event.action, event.detail or "")},
        ])
    return table


def retention_text(inspection: Any, *, short: bool = False) -> str:
    """When the inspection's responses are (or were) deleted, for the dashboards."""
    from voice.services import retention

    if inspection.responses_deleted_at is not None:
        return "" if short else _("Deleted on %(when)s", when=when(inspection.responses_deleted_at))
    due = retention.due_on(inspection)
    if due is None:
        return ""
    day = uk_datetime(from_uk_day(due), "d MMMM y")
    return (_("Deletion due %(day)s", day=day) if short else
            _("Due to be deleted on %(day)s, under the retention period in the privacy notice", day=day))
