"""Demo responses for the young people's survey (filled in by the young people's survey work)."""

from __future__ import annotations

import random

from voice.models import Inspection


def seed_young_people(rng: random.Random, inspection: Inspection, *, count: int) -> int:
    """Write `count` synthetic young people's responses; return how many were written."""
    return 0
