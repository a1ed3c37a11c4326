""""You said, inspectors heard": the page a coordinator publishes after the report.

Families who answered are told what inspectors heard: the main themes in report words,
how many took part, the report's link, and quotes a coordinator chose. A quote is only
ever copied from a comment's *redacted* text, at the moment it was chosen.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING

from sqlalchemy import JSON, DateTime, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from voice.extensions import db
from voice.models.base import utcnow

if TYPE_CHECKING:
    from voice.models.inspections import Inspection

YOU_SAID_STATUSES = ("draft", "published")


class YouSaidPage(db.Model):
    __tablename__ = "you_said_page"

    id: Mapped[int] = mapped_column(primary_key=True)
    inspection_id: Mapped[int] = mapped_column(ForeignKey("inspection.id", ondelete="CASCADE"), unique=True)
    status: Mapped[str] = mapped_column(String(10), default="draft")
    # The public link: /heard/<token>. Made once; unpublishing keeps it, so posters still work later.
    token: Mapped[str] = mapped_column(String(40), unique=True)
    title: Mapped[str] = mapped_column(String(200))
    intro: Mapped[str] = mapped_column(Text, default="")
    # [{"theme": key, "text": paragraph in report words}], in the order shown.
    themes: Mapped[list] = mapped_column(JSON, default=list)
    # [{"picture": key, "text": one short sentence}]: the easy-read version.
    easy_read: Mapped[list] = mapped_column(JSON, default=list)
    parents_count: Mapped[int] = mapped_column(Integer, default=0)
    young_people_count: Mapped[int] = mapped_column(Integer, default=0)
    report_url: Mapped[str] = mapped_column(String(500), default="")
    created_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    updated_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow, onupdate=utcnow)
    published_at: Mapped[datetime | None] = mapped_column(DateTime, nullable=True)

    inspection: Mapped[Inspection] = relationship()
    quotes: Mapped[list[YouSaidQuote]] = relationship(
        back_populates="page", cascade="all, delete-orphan", order_by="YouSaidQuote.id", passive_deletes=True,
    )

    @property
    def published(self) -> bool:
        return self.status == "published"


class YouSaidQuote(db.Model):
    """A quote a coordinator chose: the comment it came from and its redacted text then.

    The comment may later be deleted with the inspection's responses; the redacted words
    stay on the published page, and the reference becomes empty.
    """

    __tablename__ = "you_said_quote"

    id: Mapped[int] = mapped_column(primary_key=True)
    page_id: Mapped[int] = mapped_column(ForeignKey("you_said_page.id", ondelete="CASCADE"), index=True)
    comment_id: Mapped[int | None] = mapped_column(ForeignKey("comment.id", ondelete="SET NULL"), nullable=True,
                                                   index=True)
    audience: Mapped[str] = mapped_column(String(20))
    text: Mapped[str] = mapped_column(Text)
    chosen_at: Mapped[datetime] = mapped_column(DateTime, default=utcnow)
    chosen_by_id: Mapped[int | None] = mapped_column(ForeignKey("user.id", ondelete="SET NULL"), nullable=True)

    page: Mapped[YouSaidPage] = relationship(back_populates="quotes")
