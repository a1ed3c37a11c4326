"""Demo staff accounts (filled in by the sign-in work)."""

from __future__ import annotations

from voice.models import Inspection


def seed_staff(inspection: Inspection, *, base_url: str) -> list[str]:
    """Create demo accounts; return the lines to print: "sign-in: URL", "inspector: EMAIL PASSWORD"..."""
    return []
