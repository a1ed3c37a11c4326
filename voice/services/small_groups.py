"""How counts are shown: a group of fewer than 10 is never shown to inspectors as a number.

Ofsted publishes Parent View results only where 10 or more parents answered, because
a small group can identify a family. The summary, the PDF brief and the exports follow
the same rule for inspectors: any count from 1 to 9 is shown as "fewer than 10", and
no percentage is given for it or out of it. Coordinators, who run the surveys and
must answer for their counts, see exact numbers. Nothing is suppressed in the
database: this is only how a number is written for one reader.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final

from flask_babel import gettext as _

SMALL_GROUP: Final = 10


def percent(count: int, total: int) -> str:
    return f"{round(100 * count / total)}%" if total else "0%"


@dataclass(frozen=True)
class Counts:
    """Writes counts for one reader: exact for coordinators, small groups hidden for everyone else."""

    exact: bool = False

    def hidden(self, count: int) -> bool:
        return not self.exact and 0 < count < SMALL_GROUP

    def count(self, count: int) -> str:
        return _("fewer than 10") if self.hidden(count) else str(count)

    def share(self, count: int, total: int) -> str | None:
        """The percentage, or None when the count or the group it is out of is small."""
        if self.hidden(count) or self.hidden(total):
            return None
        return percent(count, total)

    def count_and_share(self, count: int, total: int) -> str:
        """ "4 (67%)", or "fewer than 10" with no percentage."""
        share = self.share(count, total)
        if share is None:
            return self.count(count)
        return _("%(count)s (%(percent)s)", count=count, percent=share)
