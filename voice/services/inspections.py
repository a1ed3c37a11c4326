"""Setting up inspections and finding their surveys."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import joinedload

from voice.extensions import db
from voice.models import Inspection, LocalArea, Survey
from voice.services import working_days
from voice.services.codes import new_token

# The surveys each kind of inspection runs: audience -> questionnaire (None: the audience's
# usual one). The webinar is added to any of them when it has a date (optional in 2023;
# the 2016 framework always had one).
INSTRUMENTS: dict[str, dict[str, str | None]] = {
    "framework_2023": {"parent_carer": None, "young_person": None, "practitioner": None},
    "framework_2016": {"parent_carer": None, "young_person": None},
    "monitoring": {"parent_carer": None, "young_person": None},
    "thematic": {"parent_carer": "thematic_parent_carer", "young_person": "thematic_young_person"},
}


def instruments_for(kind: str) -> dict[str, str | None]:
    """The surveys an inspection of this kind runs, with questionnaires that exist."""
    from voice.questionnaires import all_questionnaires

    chosen = INSTRUMENTS.get(kind, INSTRUMENTS["framework_2023"])
    return {audience: key for audience, key in chosen.items() if key is None or key in all_questionnaires()}


@dataclass(frozen=True)
class Windows:
    survey_opens: datetime
    survey_closes: datetime
    webinar_opens: datetime | None
    webinar_closes: datetime | None


def compute_windows(
    *, notification_date: date, working_days_count: int, webinar_at: datetime | None,
    webinar_close_hours: int = 24,
) -> Windows:
    opens, closes = working_days.window(notification_date, working_days_count)
    if webinar_at is None:
        return Windows(opens, closes, None, None)
    return Windows(opens, closes, opens, webinar_at - timedelta(hours=webinar_close_hours))


def create_inspection(
    *, local_area: LocalArea, kind: str, notification_date: date, working_days_count: int = 5,
    webinar_at: datetime | None = None, webinar_close_hours: int = 24,
    audiences: tuple[str, ...] | None = None,
    childrens_services_contact: str | None = None,
) -> Inspection:
    windows = compute_windows(
        notification_date=notification_date, working_days_count=working_days_count,
        webinar_at=webinar_at, webinar_close_hours=webinar_close_hours,
    )
    inspection = Inspection(
        local_area=local_area, kind=kind, notification_date=notification_date,
        survey_working_days=working_days_count, webinar_at=webinar_at,
        webinar_questions_close_hours=webinar_close_hours,
        childrens_services_contact=childrens_services_contact,
    )
    instruments = instruments_for(kind)
    for audience in audiences if audiences is not None else tuple(instruments):
        inspection.surveys.append(Survey(
            audience=audience, token=new_token(), questionnaire=instruments.get(audience),
            opens_at=windows.survey_opens, closes_at=windows.survey_closes,
        ))
    if webinar_at is not None and windows.webinar_opens and windows.webinar_closes:
        inspection.surveys.append(Survey(
            audience="webinar", token=new_token(),
            opens_at=windows.webinar_opens, closes_at=windows.webinar_closes,
        ))
    db.session.add(inspection)
    db.session.commit()
    return inspection


def survey_by_token(token: str, *, audience: str) -> Survey | None:
    # With its inspection in the same query: every public page reads the inspection's state.
    return db.session.scalar(
        select(Survey).where(Survey.token == token, Survey.audience == audience).options(joinedload(Survey.inspection))
    )


def survey_state(survey: Survey, *, now: datetime) -> str:
    """"open", "not_open" (before the window) or "closed"."""
    if survey.inspection.responses_deleted_at is not None:
        return "closed"
    if survey.closed_early_at is not None or now >= survey.closes_at:
        return "closed"
    if now < survey.opens_at:
        return "not_open"
    return "open"
