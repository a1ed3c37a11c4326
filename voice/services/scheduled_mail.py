"""Mail that is due at a time rather than on an event: run by ``flask mail-due`` from cron.

Each run sends what is due and nothing twice, so running it every few minutes is safe:

* a reminder for each safeguarding flag nobody has reviewed after the set hours;
* "window opens", once per inspection, when its first survey window has opened;
* "closes tomorrow", once per inspection, with the counts so far, in the last day;
* a daily digest of counts, once per inspection per UK day while a window is open;
* "responses will be deleted", once per inspection, to coordinators, in the month before the
  retention period ends (``voice.services.retention``).

They go to coordinators and to the inspectors assigned to the inspection.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, time, timedelta

from flask_babel import gettext as _
from flask_babel import ngettext
from sqlalchemy import func, select

from voice import mail
from voice.extensions import db
from voice.models import Inspection, Response, User
from voice.models.mail import MailMessage
from voice.services import safeguarding_alerts, working_days
from voice.services.inspections import survey_state


@dataclass
class DueReport:
    reminders: int = 0
    sent: dict[str, int] = field(default_factory=dict)


def _recipients(inspection: Inspection) -> list[User]:
    people = {user.id: user for user in safeguarding_alerts.coordinators()}
    for user in db.session.scalars(
        select(User).where(User.role == "inspector", User.active.is_(True), User.password_hash != "",
                           User.inspections.any(Inspection.id == inspection.id))
    ):
        people[user.id] = user
    return list(people.values())


def _already(kind: str, inspection_id: int, since: datetime | None = None) -> bool:
    query = select(MailMessage.id).where(MailMessage.kind == kind, MailMessage.inspection_id == inspection_id)
    if since is not None:
        query = query.where(MailMessage.created_at >= since)
    return db.session.scalar(query.limit(1)) is not None


def _counts(inspection: Inspection) -> dict[str, int]:
    rows = db.session.execute(
        select(Response.audience, func.count()).where(Response.inspection_id == inspection.id)
        .group_by(Response.audience)
    )
    return {audience: int(count) for audience, count in rows}


def _counts_text(inspection: Inspection) -> str:
    counts = _counts(inspection)
    labels = {"parent_carer": _("parents and carers"), "young_person": _("young people"),
              "practitioner": _("practitioners")}
    lines = [f"- {labels[a]}: {counts.get(a, 0)}" for a in ("parent_carer", "young_person", "practitioner")
             if inspection.survey_for(a) is not None]
    return "\n".join(lines)


def _send_all(inspection: Inspection, *, kind: str, subject: str, body: str) -> int:
    people = _recipients(inspection)
    for person in people:
        mail.send(to=person.email, subject=subject, body=body, kind=kind, inspection_id=inspection.id)
    return len(people)


def _window_opens(inspection: Inspection, now: datetime) -> int:
    area = inspection.local_area.name
    link = mail.external_url("admin.counts", inspection_id=inspection.id)
    body = _(
        "The survey windows for the %(area)s inspection are open. Families can answer now.\n\n"
        "Watch the counts in Voice:\n%(link)s", area=area, link=link,
    )
    return _send_all(inspection, kind="window_opens", subject=_("Surveys open: %(area)s", area=area), body=body)


def _closes_tomorrow(inspection: Inspection, now: datetime) -> int:
    area = inspection.local_area.name
    link = mail.external_url("admin.counts", inspection_id=inspection.id)
    body = _(
        "The survey windows for the %(area)s inspection close tomorrow.\n\nResponses so far:\n%(counts)s\n\n"
        "Watch the counts in Voice:\n%(link)s", area=area, counts=_counts_text(inspection), link=link,
    )
    return _send_all(inspection, kind="closes_tomorrow", subject=_("Surveys close tomorrow: %(area)s", area=area),
                     body=body)


def _digest(inspection: Inspection, now: datetime) -> int:
    area = inspection.local_area.name
    total = sum(_counts(inspection).values())
    link = mail.external_url("admin.counts", inspection_id=inspection.id)
    body = _(
        "Today's counts for the %(area)s inspection.\n\nResponses so far:\n%(counts)s\n\n"
        "See them by day in Voice:\n%(link)s", area=area, counts=_counts_text(inspection), link=link,
    )
    subject = ngettext("%(area)s: %(num)d response so far", "%(area)s: %(num)d responses so far", total, area=area)
    return _send_all(inspection, kind="daily_digest", subject=subject, body=body)


def _uk_day_start(now: datetime) -> datetime:
    return working_days.from_uk(datetime.combine(working_days.to_uk(now).date(), time()))


def _retention_due(now: datetime) -> int:
    """Tell coordinators, once, that an inspection's responses will be deleted within the month."""
    from voice.services import retention

    sent = 0
    for item in retention.due_soon(now=now):
        if _already("retention_due", item.inspection.id):
            continue
        area = item.inspection.local_area.name
        link = mail.external_url("admin.inspection", inspection_id=item.inspection.id)
        day = f"{item.due.day} {item.due.strftime('%B %Y')}"
        body = _(
            "The responses for the %(area)s inspection will be deleted on %(day)s, at the end of the retention "
            "period in the privacy notice. Download anything the inspection team must keep before then.\n\n"
            "The inspection in Voice:\n%(link)s", area=area, day=day, link=link,
        )
        for person in safeguarding_alerts.coordinators():
            mail.send(to=person.email, subject=_("Responses to be deleted on %(day)s: %(area)s", day=day, area=area),
                      body=body, kind="retention_due", inspection_id=item.inspection.id)
            sent += 1
    return sent


def run_due(*, now: datetime, reminder_after: timedelta) -> DueReport:
    report = DueReport(reminders=safeguarding_alerts.send_reminders(now=now, after=reminder_after))
    with mail.words_context():
        retention_sent = _retention_due(now)
    if retention_sent:
        report.sent["retention_due"] = retention_sent
    inspections = db.session.scalars(select(Inspection).where(Inspection.responses_deleted_at.is_(None)))
    for inspection in list(inspections):
        surveys = [s for s in inspection.surveys if s.audience in ("parent_carer", "young_person")]
        open_surveys = [s for s in surveys if survey_state(s, now=now) == "open"]
        if not open_surveys:
            continue
        due = []
        if not _already("window_opens", inspection.id):
            due.append(("window_opens", _window_opens))
        today = working_days.to_uk(now).date()
        closing_day = working_days.to_uk(min(s.closes_at for s in open_surveys) - timedelta(seconds=1)).date()
        if (closing_day - today).days <= 1 and not _already("closes_tomorrow", inspection.id):
            due.append(("closes_tomorrow", _closes_tomorrow))
        if not _already("daily_digest", inspection.id, since=_uk_day_start(now)):
            due.append(("daily_digest", _digest))
        with mail.words_context():
            for kind, send in due:
                report.sent[kind] = report.sent.get(kind, 0) + send(inspection, now)
    return report
