"""The coordinator's work: set up inspections, watch the counts, manage windows, delete data when due."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import and_, case, delete, func, literal, select, update

from voice import models
from voice.extensions import db
from voice.models import (
    Answer,
    AuditEvent,
    Comment,
    CommentTheme,
    Draft,
    Inspection,
    LocalArea,
    Response,
    Survey,
    TagCorrection,
    User,
)
from voice.services import audit, working_days
from voice.services.codes import new_token
from voice.services.inspections import Windows, compute_windows, create_inspection


class CoordinationError(ValueError):
    """A request the coordinator cannot make now; `code` names the message to show."""

    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


# -- Finding inspections -------------------------------------------------------------------

def inspections_for(*, user: User) -> list[Inspection]:
    """Coordinators see every inspection; inspectors only those they are assigned to."""
    query = select(Inspection).order_by(Inspection.notification_date.desc(), Inspection.id.desc())
    if user.role != "coordinator":
        query = query.where(Inspection.id.in_([inspection.id for inspection in user.inspections]))
    return list(db.session.scalars(query))


def inspection_by_id(inspection_id: int) -> Inspection | None:
    return db.session.get(Inspection, inspection_id)


def response_totals(*, inspection_ids: list[int]) -> dict[int, int]:
    if not inspection_ids:
        return {}
    rows = db.session.execute(
        select(Response.inspection_id, func.count())
        .where(Response.inspection_id.in_(inspection_ids))
        .group_by(Response.inspection_id)
    )
    return {inspection_id: count for inspection_id, count in rows}


# -- Setting up an inspection (enter, check, create) ------------------------------------------

@dataclass(frozen=True)
class InspectionPlan:
    """What the coordinator entered, before it becomes an inspection. Kept in the session."""

    area_code: str
    kind: str
    notification_date: date
    working_days_count: int
    webinar_at: datetime | None  # naive UTC
    childrens_services_contact: str = ""

    def to_session(self) -> dict[str, Any]:
        return {
            "area_code": self.area_code, "kind": self.kind,
            "notification_date": self.notification_date.isoformat(),
            "working_days_count": self.working_days_count,
            "webinar_at": self.webinar_at.isoformat() if self.webinar_at else None,
            "childrens_services_contact": self.childrens_services_contact,
        }

    @classmethod
    def from_session(cls, data: dict[str, Any] | None) -> InspectionPlan | None:
        if not data:
            return None
        try:
            return cls(
                area_code=str(data["area_code"]), kind=str(data["kind"]),
                notification_date=date.fromisoformat(data["notification_date"]),
                working_days_count=int(data["working_days_count"]),
                webinar_at=datetime.fromisoformat(data["webinar_at"]) if data.get("webinar_at") else None,
                childrens_services_contact=str(data.get("childrens_services_contact") or ""),
            )
        except (KeyError, TypeError, ValueError):
            return None

    def windows(self) -> Windows:
        return compute_windows(
            notification_date=self.notification_date, working_days_count=self.working_days_count,
            webinar_at=self.webinar_at,
        )


def check_plan(*, plan: InspectionPlan) -> None:
    """Domain checks that need the computed windows. Raises CoordinationError."""
    windows = plan.windows()
    if plan.webinar_at is not None and windows.webinar_closes is not None:
        if windows.webinar_closes <= windows.survey_opens:
            raise CoordinationError("webinar_too_soon")


def create_from_plan(*, plan: InspectionPlan, area: LocalArea, user: User) -> Inspection:
    check_plan(plan=plan)
    inspection = create_inspection(
        local_area=area, kind=plan.kind, notification_date=plan.notification_date,
        working_days_count=plan.working_days_count, webinar_at=plan.webinar_at,
        childrens_services_contact=plan.childrens_services_contact or None,
    )
    audit.record("inspection_created", user=user, inspection_id=inspection.id,
                 detail=f"{area.name}; {plan.kind}; notified {plan.notification_date.isoformat()}")
    return inspection


# -- Counts ----------------------------------------------------------------------------------

@dataclass
class CountsTable:
    audiences: list[str]
    days: list[date]
    by_day: dict[date, dict[str, int]] = field(default_factory=dict)
    totals: dict[str, int] = field(default_factory=dict)
    outside_window: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        """Survey responses: the one number every page calls "responses". Webinar questions are not responses."""
        return sum(count for audience, count in self.totals.items() if audience != "webinar")

    @property
    def questions(self) -> int:
        """Webinar questions, counted apart from responses."""
        return self.totals.get("webinar", 0)


def _window_days(inspection: Inspection, now: datetime) -> list[date]:
    if not inspection.surveys:
        return []
    first = working_days.to_uk(min(s.opens_at for s in inspection.surveys)).date()
    last_close = max(s.closes_at for s in inspection.surveys) - timedelta(microseconds=1)
    last = min(working_days.to_uk(last_close).date(), working_days.to_uk(now).date())
    return [first + timedelta(days=n) for n in range((last - first).days + 1)]


def _day_bucket(column: Any, days: list[date]) -> Any:
    """A SQL expression naming the UK calendar day a UTC timestamp falls on (or "other")."""
    if not days:
        return literal("other")
    whens = [
        (and_(column >= working_days.uk_midnight_utc(day),
              column < working_days.uk_midnight_utc(day + timedelta(days=1))), literal(day.isoformat()))
        for day in days
    ]
    return case(*whens, else_=literal("other"))


def _webinar_question_model() -> Any:
    """The webinar questions model, once the webinar work adds it (looked up at run time)."""
    return getattr(models, "WebinarQuestion", None)


def _webinar_question_rows(inspection: Inspection, days: list[date]) -> list[tuple[str, int]]:
    model = _webinar_question_model()
    if model is None:
        return []
    moment = getattr(model, "submitted_at", None) or getattr(model, "created_at", None)
    if moment is None or not hasattr(model, "inspection_id"):
        return []
    bucket = _day_bucket(moment, days).label("day")
    query = (select(bucket, func.count()).select_from(model)
             .where(model.inspection_id == inspection.id).group_by(bucket))
    return [(day, count) for day, count in db.session.execute(query)]


def response_counts(*, inspection: Inspection, now: datetime) -> CountsTable:
    """Responses by audience and by UK calendar day, counted by the database."""
    audiences = [survey.audience for survey in inspection.surveys]
    days = _window_days(inspection, now)
    table = CountsTable(audiences=audiences, days=days)
    table.by_day = {day: {audience: 0 for audience in audiences} for day in days}
    table.totals = {audience: 0 for audience in audiences}
    bucket = _day_bucket(Response.submitted_at, days).label("day")
    rows = db.session.execute(
        select(Response.audience, bucket, func.count())
        .where(Response.inspection_id == inspection.id)
        .group_by(Response.audience, bucket)
    )
    found = [(audience, day, count) for audience, day, count in rows]
    if "webinar" in audiences:
        found += [("webinar", day, count) for day, count in _webinar_question_rows(inspection, days)]
    for audience, day_key, count in found:
        table.totals[audience] = table.totals.get(audience, 0) + count
        if day_key == "other":
            table.outside_window[audience] = table.outside_window.get(audience, 0) + count
        else:
            row = table.by_day.setdefault(date.fromisoformat(day_key), {})
            row[audience] = row.get(audience, 0) + count
    return table


# -- Windows ---------------------------------------------------------------------------------

def set_window_open(*, survey: Survey, open_: bool, user: User, now: datetime) -> None:
    """Close a window early, or reopen one that was closed early (the planned end still applies)."""
    inspection = survey.inspection
    if inspection.responses_deleted_at is not None:
        raise CoordinationError("responses_deleted")
    if open_:
        if survey.closed_early_at is None:
            return
        if now >= survey.closes_at:
            raise CoordinationError("window_ended")
        survey.closed_early_at = None
        action = "window_reopened"
    else:
        if survey.closed_early_at is not None or now >= survey.closes_at:
            return
        survey.closed_early_at = now
        action = "window_closed"
    audit.record(action, user=user, inspection_id=inspection.id, detail=survey.audience, commit=False)
    db.session.commit()


# -- Deleting an inspection's responses ----------------------------------------------------------

@dataclass(frozen=True)
class Deletion:
    responses: int
    comments: int
    drafts: int
    webinar_questions: int


def delete_webinar_questions(*, inspection: Inspection) -> int:
    """Delete the inspection's webinar questions, their themes and groups (the group titles
    quote questions). Deletes rows; does not commit."""
    from voice.services.webinar import delete_questions

    return delete_questions(inspection_id=inspection.id, commit=False)


def _count(query: Any) -> int:
    return int(db.session.scalar(select(func.count()).select_from(query.subquery())) or 0)


def delete_responses(*, inspection: Inspection, user: User | None, now: datetime) -> Deletion:
    """Delete every answer families gave for this inspection, in one transaction, and record who did it.

    The inspection and its audit trail stay, so the deletion itself remains on record.
    """
    if inspection.responses_deleted_at is not None:
        raise CoordinationError("already_deleted")
    if any(survey.is_open(now) for survey in inspection.surveys):
        raise CoordinationError("window_still_open")
    survey_ids = [survey.id for survey in inspection.surveys]
    comment_ids = select(Comment.id).where(Comment.inspection_id == inspection.id)
    response_ids = select(Response.id).where(Response.inspection_id == inspection.id)
    counts = Deletion(
        responses=_count(select(Response.id).where(Response.inspection_id == inspection.id)),
        comments=_count(select(Comment.id).where(Comment.inspection_id == inspection.id)),
        drafts=_count(select(Draft.id).where(Draft.survey_id.in_(survey_ids))),
        webinar_questions=0,
    )
    db.session.execute(delete(CommentTheme).where(CommentTheme.comment_id.in_(comment_ids)))
    db.session.execute(delete(TagCorrection).where(TagCorrection.comment_id.in_(comment_ids)))
    db.session.execute(delete(Comment).where(Comment.inspection_id == inspection.id))
    db.session.execute(delete(Answer).where(Answer.response_id.in_(response_ids)))
    db.session.execute(delete(Response).where(Response.inspection_id == inspection.id))
    db.session.execute(delete(Draft).where(Draft.survey_id.in_(survey_ids)))
    webinar_questions = delete_webinar_questions(inspection=inspection)
    db.session.execute(
        update(Survey).where(Survey.id.in_(survey_ids), Survey.closed_early_at.is_(None))
        .values(closed_early_at=now)
    )
    inspection.responses_deleted_at = now
    counts = Deletion(counts.responses, counts.comments, counts.drafts, webinar_questions)
    audit.record(
        "responses_deleted", user=user, inspection_id=inspection.id, commit=False,
        detail=(f"{counts.responses} responses, {counts.comments} comments, {counts.drafts} drafts, "
                f"{counts.webinar_questions} webinar questions"),
    )
    db.session.commit()
    db.session.expire_all()
    return counts


def deletion_event(*, inspection: Inspection) -> tuple[AuditEvent, User | None] | None:
    """Who deleted this inspection's responses, and when."""
    row = db.session.execute(
        select(AuditEvent, User).outerjoin(User, User.id == AuditEvent.user_id)
        .where(AuditEvent.inspection_id == inspection.id, AuditEvent.action == "responses_deleted")
        .order_by(AuditEvent.at.desc()).limit(1)
    ).first()
    return (row[0], row[1]) if row else None


# -- Audit log -------------------------------------------------------------------------------

@dataclass(frozen=True)
class AuditPage:
    # Each event, who did it, and the name of the area its inspection is for (if any).
    rows: list[tuple[AuditEvent, User | None, str | None]]
    page: int
    pages: int
    total: int


def audit_page(*, page: int, per_page: int = 50) -> AuditPage:
    total = int(db.session.scalar(select(func.count()).select_from(AuditEvent)) or 0)
    pages = max(1, -(-total // per_page))
    page = min(max(1, page), pages)
    rows = db.session.execute(
        select(AuditEvent, User, LocalArea.name).outerjoin(User, User.id == AuditEvent.user_id)
        .outerjoin(Inspection, Inspection.id == AuditEvent.inspection_id)
        .outerjoin(LocalArea, LocalArea.id == Inspection.local_area_id)
        .order_by(AuditEvent.at.desc(), AuditEvent.id.desc())
        .limit(per_page).offset((page - 1) * per_page)
    ).all()
    return AuditPage(rows=[(event, user, area) for event, user, area in rows], page=page, pages=pages, total=total)


# -- Editing an inspection ---------------------------------------------------------------------

@dataclass(frozen=True)
class InspectionChange:
    """New dates, webinar and contact for an existing inspection, before they are saved. Kept in the session."""

    notification_date: date
    working_days_count: int
    webinar_at: datetime | None  # naive UTC; None removes the webinar
    childrens_services_contact: str = ""

    def to_session(self) -> dict[str, Any]:
        return {"notification_date": self.notification_date.isoformat(),
                "working_days_count": self.working_days_count,
                "webinar_at": self.webinar_at.isoformat() if self.webinar_at else None,
                "childrens_services_contact": self.childrens_services_contact}

    @classmethod
    def from_session(cls, data: dict[str, Any] | None) -> InspectionChange | None:
        if not data:
            return None
        try:
            return cls(notification_date=date.fromisoformat(data["notification_date"]),
                       working_days_count=int(data["working_days_count"]),
                       webinar_at=datetime.fromisoformat(data["webinar_at"]) if data.get("webinar_at") else None,
                       childrens_services_contact=str(data.get("childrens_services_contact") or ""))
        except (KeyError, TypeError, ValueError):
            return None

    def windows(self, inspection: Inspection) -> Windows:
        return compute_windows(notification_date=self.notification_date, working_days_count=self.working_days_count,
                               webinar_at=self.webinar_at,
                               webinar_close_hours=inspection.webinar_questions_close_hours or 24)


def check_change(*, inspection: Inspection, change: InspectionChange) -> None:
    """What would make a change unsafe. Raises CoordinationError."""
    if inspection.responses_deleted_at is not None:
        raise CoordinationError("responses_deleted")
    windows = change.windows(inspection)
    if change.webinar_at is not None and windows.webinar_closes is not None:
        if windows.webinar_closes <= windows.survey_opens:
            raise CoordinationError("webinar_too_soon")
    webinar = inspection.survey_for("webinar")
    if change.webinar_at is None and webinar is not None:
        asked = db.session.scalar(select(func.count()).select_from(models.WebinarQuestion)
                                  .where(models.WebinarQuestion.survey_id == webinar.id)) or 0
        if asked:
            raise CoordinationError("webinar_has_questions")


def change_inspection(*, inspection: Inspection, change: InspectionChange, user: User) -> list[str]:
    """Save new dates (windows recomputed), add or remove the webinar, change the contact. Audited.

    Returns what changed, in words for the audit log. A window closed early stays closed.
    """
    check_change(inspection=inspection, change=change)
    windows = change.windows(inspection)
    changes: list[str] = []

    def note(name: str, before: object, after: object) -> None:
        if before != after:
            changes.append(f"{name} {before or 'none'} -> {after or 'none'}")

    note("notification", inspection.notification_date.isoformat(), change.notification_date.isoformat())
    note("working days", inspection.survey_working_days, change.working_days_count)
    note("webinar", inspection.webinar_at.isoformat(timespec="minutes") if inspection.webinar_at else None,
         change.webinar_at.isoformat(timespec="minutes") if change.webinar_at else None)
    note("children's services contact", inspection.childrens_services_contact or None,
         change.childrens_services_contact or None)
    inspection.notification_date = change.notification_date
    inspection.survey_working_days = change.working_days_count
    inspection.webinar_at = change.webinar_at
    inspection.childrens_services_contact = change.childrens_services_contact or None
    for survey in inspection.surveys:
        if survey.audience != "webinar":
            survey.opens_at, survey.closes_at = windows.survey_opens, windows.survey_closes
    webinar = inspection.survey_for("webinar")
    if change.webinar_at is None:
        if webinar is not None:
            inspection.surveys.remove(webinar)  # delete-orphan: the row goes too
    elif windows.webinar_opens is not None and windows.webinar_closes is not None:
        if webinar is None:
            inspection.surveys.append(Survey(audience="webinar", token=new_token(),
                                             opens_at=windows.webinar_opens, closes_at=windows.webinar_closes))
        else:
            webinar.opens_at, webinar.closes_at = windows.webinar_opens, windows.webinar_closes
    if changes:
        audit.record("inspection_edited", user=user, inspection_id=inspection.id, detail="; ".join(changes),
                     commit=False)
    db.session.commit()
    return changes
