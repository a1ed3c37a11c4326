"""Every comment in a theme, and every flagged comment: paged, searchable lists for the drill-down.

Like the summary, these use the effective tags (CommentTheme.removed = false) and
Comment.sentiment, and show only the redacted text.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

from sqlalchemy import Select, case, func, select

from voice.analysis import THEME_KEYS
from voice.extensions import db
from voice.models import Comment, CommentTheme, Response, User
from voice.services.summary import Filters, comment_conditions, helped_condition

PAGE_SIZE: Final = 50


@dataclass(frozen=True)
class CommentRow:
    id: int
    audience: str
    question: str
    redacted: str
    sentiment: str
    themes: list[str]
    safeguarding: bool
    helped: bool
    created_at: datetime
    reviewed_at: datetime | None = None
    reviewed_by: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class CommentPage:
    rows: list[CommentRow]
    total: int
    page: int
    pages: int
    per_page: int = PAGE_SIZE

    @property
    def first(self) -> int:
        """The position of the page's first comment, counting from 1."""
        return (self.page - 1) * self.per_page + 1


def _escape_like(term: str) -> str:
    return term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _themes_of(comment_ids: list[int]) -> dict[int, list[str]]:
    if not comment_ids:
        return {}
    rows = db.session.execute(
        select(CommentTheme.comment_id, CommentTheme.theme)
        .where(CommentTheme.comment_id.in_(comment_ids), CommentTheme.removed.is_(False))
    ).all()
    order = {key: n for n, key in enumerate(THEME_KEYS)}
    themes: dict[int, list[str]] = {}
    for comment_id, theme in rows:
        themes.setdefault(comment_id, []).append(theme)
    return {cid: sorted(keys, key=lambda k: order.get(k, len(order))) for cid, keys in themes.items()}


def _page_of(stmt: Select[Any], count_stmt: Select[Any], page: int, per_page: int) -> tuple[list[Any], int, int, int]:
    total = int(db.session.scalar(count_stmt) or 0)
    pages = max(1, -(-total // per_page))
    page = min(max(page, 1), pages)
    rows = list(db.session.execute(stmt.limit(per_page).offset((page - 1) * per_page)).all())
    return rows, total, page, pages


def theme_comments(
    *, inspection_id: int, theme: str, filters: Filters, search: str = "", page: int = 1,
    per_page: int = PAGE_SIZE,
) -> CommentPage:
    """Every comment in a theme (effective tags), newest first, optionally searched."""
    conditions = [*comment_conditions(inspection_id, filters), CommentTheme.theme == theme,
                  CommentTheme.removed.is_(False)]
    if search.strip():
        conditions.append(Comment.redacted.ilike(f"%{_escape_like(search.strip())}%", escape="\\"))
    base = (
        select(Comment.id, Comment.audience, Comment.question, Comment.redacted, Comment.sentiment,
               Comment.safeguarding, case((helped_condition(), True), else_=False), Comment.created_at)
        .join(CommentTheme, CommentTheme.comment_id == Comment.id)
        .outerjoin(Response, Comment.response_id == Response.id)
        .where(*conditions)
    )
    count = (
        select(func.count()).select_from(Comment)
        .join(CommentTheme, CommentTheme.comment_id == Comment.id)
        .outerjoin(Response, Comment.response_id == Response.id).where(*conditions)
    )
    rows, total, page, pages = _page_of(base.order_by(Comment.id.desc()), count, page, per_page)
    themes = _themes_of([row[0] for row in rows])
    return CommentPage(
        rows=[CommentRow(id=r[0], audience=r[1], question=r[2], redacted=r[3], sentiment=r[4],
                         themes=themes.get(r[0], []), safeguarding=bool(r[5]), helped=bool(r[6]),
                         created_at=r[7]) for r in rows],
        total=total, page=page, pages=pages, per_page=per_page,
    )


def flagged_comments(*, inspection_id: int, page: int = 1, per_page: int = PAGE_SIZE) -> CommentPage:
    """Comments flagged as possible safeguarding disclosures: not yet reviewed first."""
    conditions = [Comment.inspection_id == inspection_id, Comment.safeguarding.is_(True)]
    unreviewed_first = case((Comment.safeguarding_reviewed_at.is_(None), 0), else_=1)
    stmt = (
        select(Comment.id, Comment.audience, Comment.question, Comment.redacted, Comment.sentiment,
               case((helped_condition(), True), else_=False), Comment.created_at,
               Comment.safeguarding_reviewed_at, User.name, Comment.safeguarding_note)
        .outerjoin(Response, Comment.response_id == Response.id)
        .outerjoin(User, Comment.safeguarding_reviewed_by_id == User.id)
        .where(*conditions).order_by(unreviewed_first, Comment.id.desc())
    )
    count = select(func.count()).select_from(Comment).where(*conditions)
    rows, total, page, pages = _page_of(stmt, count, page, per_page)
    themes = _themes_of([row[0] for row in rows])
    return CommentPage(
        rows=[CommentRow(id=r[0], audience=r[1], question=r[2], redacted=r[3], sentiment=r[4],
                         themes=themes.get(r[0], []), safeguarding=True, helped=bool(r[5]),
                         created_at=r[6], reviewed_at=r[7], reviewed_by=r[8], note=r[9]) for r in rows],
        total=total, page=page, pages=pages, per_page=per_page,
    )
