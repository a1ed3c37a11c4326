"""Demo data: an inspection open today, with a few hundred synthetic responses.

Every text comes from voice/demo/texts.py, written for this project: none is a real
person's words. Running it again replaces the demo inspection's responses, so the
database stays consistent.

An earlier inspection of the same area, a year before, has its own synthetic responses
(answered a little less favourably) so the summary's comparison has something to show.
Its surveys are closed; the links printed are always the current inspection's.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import delete, select

from voice.demo import texts
from voice.demo.practitioners import seed_practitioners
from voice.demo.staff import seed_staff
from voice.demo.webinar import seed_webinar
from voice.demo.you_said import seed_you_said
from voice.demo.young_people import seed_young_people
from voice.extensions import db
from voice.models import Answer, Comment, CommentTheme, Inspection, Response, TagCorrection, utcnow
from voice.questionnaires.catalogue import AGE_PHASES, EHC_PLAN, SETTINGS, STATEMENT_KEYS
from voice.services import codes, working_days
from voice.services.areas import area_by_code, load_local_areas
from voice.services.inspections import create_inspection, instruments_for
from voice.services.responses import tag_comment

DEMO_AREA = "E10000011"  # East Sussex
AGREE_WEIGHTS = {
    "strongly_agree": 8, "agree": 20, "neither": 14, "disagree": 26, "strongly_disagree": 24,
    "dont_know": 8,
}
# A year earlier, families were a little less positive: the comparison shows a change.
EARLIER_AGREE_WEIGHTS = {
    "strongly_agree": 5, "agree": 14, "neither": 14, "disagree": 29, "strongly_disagree": 31,
    "dont_know": 7,
}
EARLIER_DAYS = 364  # the same weekday a year before


@dataclass
class DemoResult:
    inspection: Inspection
    links: list[tuple[str, str]] = field(default_factory=list)
    summary: str = ""
    # "sign-in: URL", "inspector: EMAIL PASSWORD" lines, once sign-in exists.
    accounts: list[str] = field(default_factory=list)


def _demo_notification_date(today: date) -> date:
    """The latest working day on or before today, so every window is open now."""
    return working_days.previous_working_day(today)


def _current_demo(today: date) -> Inspection | None:
    inspection = db.session.scalar(
        select(Inspection).where(Inspection.is_demo.is_(True))
        .order_by(Inspection.notification_date.desc(), Inspection.id.desc()).limit(1)
    )
    if inspection is None:
        return None
    now = utcnow()
    complete = {s.audience for s in inspection.surveys} >= set(instruments_for(inspection.kind))
    if complete and all(s.is_open(now) for s in inspection.surveys) and inspection.responses_deleted_at is None:
        return inspection
    db.session.delete(inspection)
    db.session.commit()
    return None


def _new_demo(today: date) -> Inspection:
    area = area_by_code(DEMO_AREA)
    notification = _demo_notification_date(today)
    webinar_day = working_days.nth_working_day(notification, 6)
    webinar_at = working_days.from_uk(datetime.combine(webinar_day, datetime.min.time()) + timedelta(hours=18))
    inspection = create_inspection(
        local_area=area, kind="framework_2023", notification_date=notification,
        working_days_count=5, webinar_at=webinar_at,
    )
    inspection.is_demo = True
    db.session.commit()
    return inspection


def _clear_responses(inspection: Inspection) -> None:
    comment_ids = select(Comment.id).where(Comment.inspection_id == inspection.id)
    db.session.execute(delete(CommentTheme).where(CommentTheme.comment_id.in_(comment_ids)))
    db.session.execute(delete(TagCorrection).where(TagCorrection.comment_id.in_(comment_ids)))
    db.session.execute(delete(Comment).where(Comment.inspection_id == inspection.id))
    ids = select(Response.id).where(Response.inspection_id == inspection.id)
    db.session.execute(delete(Answer).where(Answer.response_id.in_(ids)))
    db.session.execute(delete(Response).where(Response.inspection_id == inspection.id))
    db.session.commit()


def _pick(rng: random.Random, choices, chance: float = 0.85):
    return rng.choice(choices)[0] if rng.random() < chance else None


def _parent_response(rng: random.Random, inspection: Inspection, submitted_at: datetime,
                     weights: dict[str, int] = AGREE_WEIGHTS) -> Response:
    survey = inspection.survey_for("parent_carer")
    response = Response(
        survey_id=survey.id, inspection_id=inspection.id, audience="parent_carer",
        submission_key=codes.new_token(), reference=codes.new_code(), submitted_at=submitted_at,
        age_phase=_pick(rng, AGE_PHASES), setting=_pick(rng, SETTINGS), ehc_plan=_pick(rng, EHC_PLAN),
    )
    for column in ("age_phase", "setting", "ehc_plan"):
        value = getattr(response, column)
        if value:
            response.answers.append(Answer(question=column, value=value))
    scale, chances = zip(*weights.items(), strict=True)
    for key in STATEMENT_KEYS:
        response.answers.append(Answer(question=key, value=rng.choices(scale, chances)[0]))
    db.session.add(response)
    db.session.flush()
    pools = (
        ("works_well", texts.PARENT_WORKS_WELL, 0.6),
        ("could_be_better", texts.PARENT_COULD_BE_BETTER, 0.8),
        ("anything_else", texts.PARENT_ANYTHING_ELSE, 0.25),
    )
    for question, pool, chance in pools:
        if rng.random() < chance:
            comment = Comment(
                inspection_id=inspection.id, response_id=response.id, audience="parent_carer",
                question=question, text=rng.choice(pool), created_at=submitted_at,
            )
            tag_comment(comment)
            db.session.add(comment)
    return response


def _earlier_demo(current: Inspection) -> Inspection:
    """The demo area's inspection a year before the current one: found again, or made."""
    notification = working_days.previous_working_day(current.notification_date - timedelta(days=EARLIER_DAYS))
    earlier = db.session.scalar(
        select(Inspection).where(Inspection.is_demo.is_(True), Inspection.id != current.id,
                                 Inspection.local_area_id == current.local_area_id,
                                 Inspection.notification_date == notification)
    )
    for stale in db.session.scalars(select(Inspection).where(
            Inspection.is_demo.is_(True), Inspection.id != current.id,
            Inspection.notification_date != notification, Inspection.notification_date < current.notification_date)):
        _clear_responses(stale)
        db.session.delete(stale)
    db.session.commit()
    if earlier is None:
        earlier = create_inspection(local_area=current.local_area, kind="framework_2023",
                                    notification_date=notification, working_days_count=5)
        earlier.is_demo = True
        db.session.commit()
    return earlier


def _within_window(rng: random.Random, inspection: Inspection) -> None:
    """Move the responses into the inspection's own window: the seeders spread them up to now."""
    for survey in inspection.surveys:
        span = max((survey.closes_at - survey.opens_at).total_seconds() - 60, 60.0)
        responses = db.session.scalars(select(Response).where(Response.survey_id == survey.id)).all()
        for response in responses:
            response.submitted_at = survey.opens_at + timedelta(seconds=rng.random() * span)
            for comment in db.session.scalars(select(Comment).where(Comment.response_id == response.id)):
                comment.created_at = response.submitted_at


def seed_earlier(current: Inspection, *, parent_responses: int, young_people: int, practitioners: int,
                 seed: int) -> Inspection:
    earlier = _earlier_demo(current)
    _clear_responses(earlier)
    rng = random.Random(seed + 1)
    start = earlier.surveys[0].opens_at
    for _ in range(parent_responses):
        _parent_response(rng, earlier, start, EARLIER_AGREE_WEIGHTS)
    db.session.flush()
    seed_young_people(rng, earlier, count=young_people)
    seed_practitioners(rng, earlier, count=practitioners)
    _within_window(rng, earlier)
    db.session.commit()
    return earlier


def seed_demo(
    *, parent_responses: int = 300, young_people: int = 60, practitioners: int = 40, seed: int = 2026,
    keep_existing: bool = False, base_url: str = "http://127.0.0.1:5000",
) -> DemoResult:
    load_local_areas()
    today = working_days.to_uk(utcnow()).date()
    existing = _current_demo(today)
    inspection = existing or _new_demo(today)
    written = 0
    if existing is None or not keep_existing:
        _clear_responses(inspection)
        rng = random.Random(seed)
        start = inspection.surveys[0].opens_at
        span = max((utcnow() - start).total_seconds(), 60.0)
        for _ in range(parent_responses):
            _parent_response(rng, inspection, start + timedelta(seconds=rng.random() * span))
        db.session.commit()
        written = parent_responses
        young = seed_young_people(rng, inspection, count=young_people)
        staff = seed_practitioners(rng, inspection, count=practitioners)
        questions = seed_webinar(rng, inspection)
        db.session.commit()
        earlier = seed_earlier(inspection, parent_responses=parent_responses * 4 // 5,
                               young_people=young_people * 3 // 4, practitioners=practitioners * 3 // 4, seed=seed)
        written_note = (f"; {young} young people's responses; {staff} practitioners' responses; "
                        f"{questions} webinar questions; and an earlier inspection {earlier.id} "
                        f"({earlier.notification_date:%d %B %Y}) to compare with")
        # A published "You said, inspectors heard" page needs closed windows: the earlier inspection's.
        seed_you_said(earlier)
    else:
        written_note = " (kept the existing demo)"
    result = DemoResult(inspection=inspection, accounts=seed_staff(inspection, base_url=base_url))
    for survey in inspection.surveys:
        result.links.append((survey.audience, survey.token))
    result.summary = (
        f"Demo inspection {inspection.id} for {inspection.local_area.name}: "
        f"{written} parent and carer responses written{written_note}."
    )
    return result
