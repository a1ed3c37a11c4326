from __future__ import annotations

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from voice.extensions import db


class LocalArea(db.Model):
    """An English local authority with SEND duties, with its ONS (GSS) code."""

    __tablename__ = "local_area"

    id: Mapped[int] = mapped_column(primary_key=True)
    ons_code: Mapped[str] = mapped_column(String(9), unique=True)
    name: Mapped[str] = mapped_column(String(120), index=True)
    region: Mapped[str] = mapped_column(String(60), default="")

    def __repr__(self) -> str:
        return f"<LocalArea {self.ons_code} {self.name}>"
