"""The list of English local areas, loaded from the bundled CSV."""

from __future__ import annotations

import csv
from pathlib import Path

from sqlalchemy import select

from voice.extensions import db
from voice.models import LocalArea

AREAS_CSV = Path(__file__).resolve().parent.parent / "data" / "local_areas.csv"


def load_local_areas(path: Path = AREAS_CSV) -> int:
    """Insert or update every area; returns how many rows the file has. Safe to run again."""
    with path.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    existing = {area.ons_code: area for area in db.session.scalars(select(LocalArea))}
    for row in rows:
        area = existing.get(row["ons_code"])
        if area is None:
            db.session.add(LocalArea(ons_code=row["ons_code"], name=row["name"], region=row.get("region", "")))
        else:
            area.name, area.region = row["name"], row.get("region", "")
    db.session.commit()
    return len(rows)


def all_local_areas() -> list[LocalArea]:
    return list(db.session.scalars(select(LocalArea).order_by(LocalArea.name)))


def area_by_code(ons_code: str) -> LocalArea | None:
    return db.session.scalar(select(LocalArea).where(LocalArea.ons_code == ons_code))
