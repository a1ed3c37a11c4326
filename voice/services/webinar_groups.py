"""Webinar groups: where the machine puts each question, and what inspectors change.

When to group: each new question joins the best existing group as it arrives (or
starts its own), so the inspectors' page is always current. "Regroup" rebuilds the
machine's groups from scratch (useful after many questions arrived in a burst and
joined groups one at a time), but never moves a question in a group a person has
merged, split, shortlisted or answered; see ``webinar_grouping``.

Every inspector action writes an audit event in the same transaction, and merges,
splits and regroups are also kept as ``WebinarGroupChange`` rows.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

import numpy as np
from sqlalchemy import select
from sqlalchemy.orm import selectinload, undefer

from voice.analysis import encoder
from voice.extensions import db
from voice.models import User, utcnow
from voice.models.webinar import (
    WebinarGroup,
    WebinarGroupChange,
    WebinarQuestion,
    WebinarQuestionTheme,
)
from voice.services import audit
from voice.services.analysis_jobs import vector_bytes, vector_from
from voice.services.webinar_grouping import (
    Item,
    group_theme,
    groups_near,
    main_theme,
    plan_regroup,
    typical_index,
)

DIRECTIONS = ("up", "down")


class GroupError(Exception):
    """A change that cannot be made: the group is gone, or the request does not make sense."""


# --- reading -------------------------------------------------------------------------

def groups_for(*, inspection_id: int) -> list[WebinarGroup]:
    return list(db.session.scalars(
        select(WebinarGroup).where(WebinarGroup.inspection_id == inspection_id)
        .options(selectinload(WebinarGroup.questions)).order_by(WebinarGroup.id)
    ))


def group_for(*, inspection_id: int, group_id: int) -> WebinarGroup | None:
    return db.session.scalar(
        select(WebinarGroup).where(WebinarGroup.id == group_id,
                                   WebinarGroup.inspection_id == inspection_id)
        .options(selectinload(WebinarGroup.questions))
    )


def running_order(*, inspection_id: int) -> list[WebinarGroup]:
    return list(db.session.scalars(
        select(WebinarGroup)
        .where(WebinarGroup.inspection_id == inspection_id, WebinarGroup.shortlisted)
        .options(selectinload(WebinarGroup.questions))
        .order_by(WebinarGroup.position, WebinarGroup.id)
    ))


def _questions(inspection_id: int) -> list[WebinarQuestion]:
    return list(db.session.scalars(
        select(WebinarQuestion).where(WebinarQuestion.inspection_id == inspection_id)
        .options(selectinload(WebinarQuestion.group), undefer(WebinarQuestion.embedding))
        .order_by(WebinarQuestion.id)
    ))


def _vectors(questions: list[WebinarQuestion]) -> list[np.ndarray | None]:
    """Each question's stored embedding; questions stored before the encoder get one now."""
    missing = [q for q in questions if q.embedding is None]
    if missing and encoder.available():
        for question, vector in zip(missing, encoder.embed([q.text for q in missing]), strict=True):
            question.embedding = vector_bytes(vector)
    return [vector_from(q.embedding) for q in questions]


def _members(group: WebinarGroup) -> list[WebinarQuestion]:
    db.session.flush()
    return list(db.session.scalars(
        select(WebinarQuestion).where(WebinarQuestion.group_id == group.id)
        .order_by(WebinarQuestion.id)
    ))


def _refresh(group: WebinarGroup) -> None:
    """Keep a group's theme and title in step with its members; drop it when empty."""
    members = _members(group)
    if not members:
        db.session.delete(group)
        db.session.flush()
        return
    group.theme = group_theme(m.theme_keys for m in members)
    index = typical_index([m.redacted for m in members],
                          individual=[m.individual_case for m in members])
    group.title = members[index].redacted


def _renumber(inspection_id: int) -> None:
    """Running-order positions 1..n for shortlisted groups, none for the rest."""
    db.session.flush()
    groups = list(db.session.scalars(
        select(WebinarGroup).where(WebinarGroup.inspection_id == inspection_id)
    ))
    listed = sorted((g for g in groups if g.shortlisted),
                    key=lambda g: (g.position is None, g.position or 0, g.id))
    for position, group in enumerate(listed, start=1):
        group.position = position
    for group in groups:
        if not group.shortlisted:
            group.position = None


def _record(action: str, *, inspection_id: int, user: User | None, group_id: int | None = None,
            others: Iterable[int] = (), question_id: int | None = None) -> None:
    other_ids = ",".join(str(i) for i in others)
    db.session.add(WebinarGroupChange(
        inspection_id=inspection_id, user_id=user.id if user is not None else None,
        action=action, group_id=group_id, other_group_ids=other_ids[:400], question_id=question_id,
    ))
    detail = f"group {group_id}" + (f" from {other_ids}" if other_ids else "")
    detail += f" question {question_id}" if question_id is not None else ""
    audit.record(f"webinar_{action}", user=user, inspection_id=inspection_id, detail=detail,
                 commit=False)


# --- the machine's grouping ----------------------------------------------------------

def _items_sharing(inspection_id: int, theme: str, *, leave_out: int) -> list[Item]:
    """Questions that have ``theme`` among their themes, as plain values (no ORM objects).

    Loaded as rows because this runs on every new question: only these can share its
    main theme, so only these can be its near-duplicates.
    """
    sharing = select(WebinarQuestionTheme.question_id).where(WebinarQuestionTheme.theme == theme)
    themes: dict[int, list[str]] = defaultdict(list)
    for question_id, key in db.session.execute(
        select(WebinarQuestionTheme.question_id, WebinarQuestionTheme.theme)
        .join(WebinarQuestion, WebinarQuestion.id == WebinarQuestionTheme.question_id)
        .where(WebinarQuestion.inspection_id == inspection_id,
               WebinarQuestionTheme.question_id.in_(sharing))
        .order_by(WebinarQuestionTheme.id)
    ):
        themes[question_id].append(key)
    rows = db.session.execute(
        select(WebinarQuestion.id, WebinarQuestion.text, WebinarQuestion.group_id)
        .where(WebinarQuestion.inspection_id == inspection_id, WebinarQuestion.id.in_(sharing),
               WebinarQuestion.id != leave_out)
        .order_by(WebinarQuestion.id)
    )
    return [Item(key, text, tuple(themes[key]), group_id) for key, text, group_id in rows]


def _items_by_meaning(inspection_id: int, *, leave_out: int) -> list[Item]:
    """Every other question of the inspection with its embedding, as plain values."""
    themes: dict[int, list[str]] = defaultdict(list)
    for question_id, key in db.session.execute(
        select(WebinarQuestionTheme.question_id, WebinarQuestionTheme.theme)
        .join(WebinarQuestion, WebinarQuestion.id == WebinarQuestionTheme.question_id)
        .where(WebinarQuestion.inspection_id == inspection_id).order_by(WebinarQuestionTheme.id)
    ):
        themes[question_id].append(key)
    rows = db.session.execute(
        select(WebinarQuestion.id, WebinarQuestion.text, WebinarQuestion.group_id, WebinarQuestion.embedding)
        .where(WebinarQuestion.inspection_id == inspection_id, WebinarQuestion.id != leave_out)
        .order_by(WebinarQuestion.id)
    )
    return [Item(key, text, tuple(themes[key]), group_id, embedding=vector_from(vector))
            for key, text, group_id, vector in rows]


def assign(question: WebinarQuestion) -> WebinarGroup:
    """Put a new (flushed, uncommitted) question in its best group, or a new one.

    When the question links its group with other groups the machine made, those join
    it too, so the page matches what "Regroup" would give. Groups a person has shaped
    are never joined this way.
    """
    new = Item(question.id, question.text, question.theme_keys, embedding=vector_from(question.embedding))
    if new.embedding is not None:
        existing = _items_by_meaning(question.inspection_id, leave_out=question.id)
    else:
        existing = _items_sharing(question.inspection_id, main_theme(new.themes), leave_out=question.id)
    near = groups_near(new, existing)
    groups = [g for g in (db.session.get(WebinarGroup, gid) for gid in near) if g is not None]
    if groups:
        group = groups[0]
    else:
        group = WebinarGroup(inspection_id=question.inspection_id, created_at=question.created_at)
        db.session.add(group)
    question.group = group
    joined = [g for g in groups[1:] if not g.locked]
    for other in joined:
        for member in list(other.questions):
            member.group = group
    db.session.flush()
    for other in joined:
        _refresh(other)
    _refresh(group)
    return group


def regroup(*, inspection_id: int, user: User | None) -> int:
    """Rebuild the machine's groups; return how many groups there are afterwards."""
    questions = _questions(inspection_id)
    groups = {g.id: g for g in groups_for(inspection_id=inspection_id)}
    rebuildable = {gid: g for gid, g in groups.items() if not g.locked}
    items = [
        Item(q.id, q.text, q.theme_keys, q.group_id,
             pinned=q.group_id is not None and q.group_id not in rebuildable, embedding=vector)
        for q, vector in zip(questions, _vectors(questions), strict=True)
    ]
    by_id = {q.id: q for q in questions}
    reused: set[int] = set()
    for placement in plan_regroup(items):
        members = [by_id[key] for key in placement.keys]
        if placement.target is not None:
            group = groups[placement.target]
        else:
            group = _reusable(members, rebuildable, reused) or WebinarGroup(
                inspection_id=inspection_id, created_at=min(m.created_at for m in members))
            db.session.add(group)
        for member in members:
            member.group = group
    db.session.flush()
    for group in list(db.session.scalars(
        select(WebinarGroup).where(WebinarGroup.inspection_id == inspection_id)
    )):
        _refresh(group)
    _renumber(inspection_id)
    _record("regroup", inspection_id=inspection_id, user=user)
    db.session.commit()
    return len(groups_for(inspection_id=inspection_id))


def _reusable(members: list[WebinarQuestion], rebuildable: dict[int, WebinarGroup],
              reused: set[int]) -> WebinarGroup | None:
    """The rebuilt group most of these came from, so its id (and any link to it) stays."""
    origins = Counter(m.group_id for m in members
                      if m.group_id in rebuildable and m.group_id not in reused)
    if not origins:
        return None
    group_id = min(origins, key=lambda g: (-origins[g], g))
    reused.add(group_id)
    return rebuildable[group_id]


# --- inspectors' changes -------------------------------------------------------------

def _group_or_error(inspection_id: int, group_id: int) -> WebinarGroup:
    group = group_for(inspection_id=inspection_id, group_id=group_id)
    if group is None:
        raise GroupError("no such group")
    return group


def merge(*, inspection_id: int, group_ids: Iterable[int], user: User | None) -> WebinarGroup:
    """Join groups into the largest of them, which keeps its place in the running order."""
    wanted = set(group_ids)
    groups = [g for g in groups_for(inspection_id=inspection_id) if g.id in wanted]
    if len(groups) < 2:
        raise GroupError("merging needs at least two groups")
    target = min(groups, key=lambda g: (-len(g.questions), g.id))
    others = [g for g in groups if g is not target]
    positions = [g.position for g in groups if g.position is not None]
    target.shortlisted = any(g.shortlisted for g in groups)
    target.position = min(positions) if positions else None
    target.answered = all(g.answered for g in groups)
    target.manual = True
    for group in others:
        for question in list(group.questions):
            question.group = target
    db.session.flush()
    for group in others:
        _refresh(group)
    _refresh(target)
    _renumber(inspection_id)
    _record("merge", inspection_id=inspection_id, user=user, group_id=target.id,
            others=sorted(g.id for g in others))
    db.session.commit()
    return target


def split(*, inspection_id: int, question_id: int, user: User | None) -> WebinarGroup:
    """Move one question out of its group into a group of its own."""
    question = db.session.scalar(select(WebinarQuestion).where(
        WebinarQuestion.id == question_id, WebinarQuestion.inspection_id == inspection_id))
    if question is None or question.group is None:
        raise GroupError("no such question")
    old = question.group
    if len(old.questions) < 2:
        raise GroupError("the question is already on its own")
    old.manual = True
    new = WebinarGroup(inspection_id=inspection_id, manual=True, created_at=utcnow())
    db.session.add(new)
    question.group = new
    db.session.flush()
    _refresh(old)
    _refresh(new)
    _record("split", inspection_id=inspection_id, user=user, group_id=new.id, others=[old.id],
            question_id=question.id)
    db.session.commit()
    return new


def set_shortlisted(*, inspection_id: int, group_id: int, shortlisted: bool,
                    user: User | None) -> WebinarGroup:
    """Shortlisting adds the group to the end of the running order; removing takes it out."""
    group = _group_or_error(inspection_id, group_id)
    if group.shortlisted != shortlisted:
        group.shortlisted = shortlisted
        group.position = 10**6 if shortlisted else None
        _renumber(inspection_id)
        action = "shortlist" if shortlisted else "unshortlist"
        _record(action, inspection_id=inspection_id, user=user, group_id=group.id)
        db.session.commit()
    return group


def set_answered(*, inspection_id: int, group_id: int, answered: bool,
                 user: User | None) -> WebinarGroup:
    group = _group_or_error(inspection_id, group_id)
    if group.answered != answered:
        group.answered = answered
        action = "answered" if answered else "unanswered"
        _record(action, inspection_id=inspection_id, user=user, group_id=group.id)
        db.session.commit()
    return group


def move(*, inspection_id: int, group_id: int, direction: str, user: User | None) -> WebinarGroup:
    """Swap a shortlisted group with its neighbour in the running order."""
    if direction not in DIRECTIONS:
        raise GroupError("unknown direction")
    order = running_order(inspection_id=inspection_id)
    index = next((i for i, g in enumerate(order) if g.id == group_id), None)
    if index is None:
        raise GroupError("the group is not in the running order")
    other = index - 1 if direction == "up" else index + 1
    if 0 <= other < len(order):
        order[index].position, order[other].position = order[other].position, order[index].position
        _record(f"move_{direction}", inspection_id=inspection_id, user=user, group_id=group_id)
        db.session.commit()
    return order[index]
