"""Who we heard from, against how many children and young people the area has with EHC plans.

A survey with 400 responses means something different in an area with 2,000 children
with EHC plans than in one with 12,000. The figures are DfE's published counts of
active EHC plans by local authority (SEN2, "Education, health and care plans"),
shipped in voice/data/send_population.csv with the release they come from; see
voice/data/send_population.md. `flask send-population refresh FILE` replaces them
from a newer DfE caseload file of the same shape.

The figure is for comparison only: not every parent who answers has a child with a
plan, and the plans are counted by the authority that maintains them. The line says so.
Practitioners have no published population, and the line says that too.
"""

from __future__ import annotations

import csv
import os
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Final

from flask_babel import gettext as _
from flask_babel import ngettext

from voice.services.small_groups import Counts

DATA_DIR: Final = Path(__file__).resolve().parent.parent / "data"
POPULATION_CSV: Final = DATA_DIR / "send_population.csv"
AREAS_CSV: Final = DATA_DIR / "local_areas.csv"

# The columns of DfE's caseload.csv this reads (the file has many more).
DFE_COLUMNS: Final = ("time_period", "geographic_level", "new_la_code", "old_la_code", "la_name",
                      "breakdown_topic", "ehcplans")
OWN_COLUMNS: Final = ("ons_code", "la_name", "dfe_la_code", "old_la_code", "time_period", "ehc_plans")
# DfE still files three authorities under their county codes, though each became a unitary
# authority with the same boundaries (2020 and 2023). Voice lists them by their new codes.
DFE_CODE_MOVES: Final = {
    "E10000002": "E06000060",  # Buckinghamshire
    "E10000023": "E06000065",  # North Yorkshire
    "E10000027": "E06000066",  # Somerset
}
MIN_AUTHORITIES: Final = 100  # a full release has about 153; fewer means the wrong file or level


class PopulationFileError(ValueError):
    """The file is not a DfE caseload file Voice can read; nothing was written."""


@dataclass(frozen=True)
class AreaPopulation:
    ons_code: str
    la_name: str
    dfe_la_code: str
    old_la_code: str
    time_period: str  # DfE's academic year, "202425": the count is at January 2025
    ehc_plans: int

    @property
    def year(self) -> int:
        return int(self.time_period[:4]) + 1

    @property
    def as_at(self) -> str:
        return _("January %(year)s", year=self.year)


@dataclass(frozen=True)
class RefreshResult:
    authorities: int
    time_period: str
    # Voice's local areas with no figure in the file, by name.
    unmatched_areas: list[str]


def _ons_codes() -> dict[str, str]:
    with AREAS_CSV.open(newline="", encoding="utf-8") as handle:
        return {row["ons_code"]: row["name"] for row in csv.DictReader(handle)}


def _read_rows(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    try:
        with path.open(newline="", encoding="utf-8-sig") as handle:
            reader = csv.DictReader(handle)
            rows = list(reader)
            return list(reader.fieldnames or []), rows
    except (OSError, UnicodeDecodeError, csv.Error) as error:
        raise PopulationFileError(f"could not read {path}: {error}") from error


def _count(value: str, where: str) -> int:
    try:
        number = int(value.replace(",", ""))
    except ValueError:
        raise PopulationFileError(f"{where}: the EHC plans count {value!r} is not a whole number") from None
    if number < 0:
        raise PopulationFileError(f"{where}: the EHC plans count is negative")
    return number


def parse_dfe_caseload(path: Path) -> list[AreaPopulation]:
    """The latest year's local-authority totals from a DfE caseload.csv, checked before anything is written."""
    columns, rows = _read_rows(path)
    missing = [c for c in DFE_COLUMNS if c not in columns]
    if missing:
        raise PopulationFileError(
            f"{path.name} is not DfE's EHC plans caseload file: it has no column {', '.join(missing)}")
    totals = [r for r in rows if r["geographic_level"] == "Local authority" and r["breakdown_topic"] == "All EHC plans"]
    if not totals:
        raise PopulationFileError(f"{path.name} has no local authority rows with the breakdown 'All EHC plans'")
    latest = max(r["time_period"] for r in totals)
    if len(latest) != 6 or not latest.isdigit():
        raise PopulationFileError(f"{path.name}: the time period {latest!r} is not an academic year like 202425")
    found: dict[str, AreaPopulation] = {}
    for row in totals:
        if row["time_period"] != latest:
            continue
        code = DFE_CODE_MOVES.get(row["new_la_code"], row["new_la_code"])
        if code in found:
            raise PopulationFileError(f"{path.name}: {row['la_name']} ({code}) appears twice for {latest}")
        if row["ehcplans"].strip() in ("x", "z", "c", ""):
            continue  # DfE: unavailable or not applicable; the area then says it has no figure
        found[code] = AreaPopulation(code, row["la_name"], row["new_la_code"], row["old_la_code"], latest,
                                     _count(row["ehcplans"], f"{path.name} row for {row['la_name']}"))
    if len(found) < MIN_AUTHORITIES:
        raise PopulationFileError(
            f"{path.name} has figures for only {len(found)} local authorities in {latest}: expected all of England")
    return sorted(found.values(), key=lambda p: p.la_name)


def write_population(rows: Iterable[AreaPopulation], path: Path = POPULATION_CSV) -> None:
    """Write whole or not at all: a temporary file in the same folder, then one rename."""
    handle, temporary = tempfile.mkstemp(prefix=".send_population.", suffix=".csv", dir=path.parent)
    try:
        with os.fdopen(handle, "w", newline="", encoding="utf-8") as out:
            writer = csv.writer(out, lineterminator="\n")
            writer.writerow(OWN_COLUMNS)
            for row in rows:
                writer.writerow([row.ons_code, row.la_name, row.dfe_la_code, row.old_la_code, row.time_period,
                                 row.ehc_plans])
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def refresh(source: Path, target: Path = POPULATION_CSV) -> RefreshResult:
    rows = parse_dfe_caseload(source)
    write_population(rows, target)
    load_population.cache_clear()
    codes = {row.ons_code for row in rows}
    unmatched = sorted(name for code, name in _ons_codes().items() if code not in codes)
    return RefreshResult(authorities=len(rows), time_period=rows[0].time_period, unmatched_areas=unmatched)


@lru_cache(maxsize=4)
def load_population(path: Path = POPULATION_CSV) -> dict[str, AreaPopulation]:
    """The shipped figures by ONS code, read once per process (refresh clears the cache)."""
    columns, rows = _read_rows(path)
    if tuple(columns) != OWN_COLUMNS:
        raise PopulationFileError(f"{path.name} does not have the columns {', '.join(OWN_COLUMNS)}")
    return {
        row["ons_code"]: AreaPopulation(row["ons_code"], row["la_name"], row["dfe_la_code"], row["old_la_code"],
                                        row["time_period"], _count(row["ehc_plans"], f"{path.name}: {row['la_name']}"))
        for row in rows
    }


def population_for(ons_code: str) -> AreaPopulation | None:
    return load_population().get(ons_code)


# --- the coverage line -------------------------------------------------------------

COMPARED_AUDIENCES: Final = ("parent_carer", "young_person")


def _responses_from(audience: str, count: str, number: int) -> str:
    if audience == "parent_carer":
        return ngettext("%(count)s response from parents and carers", "%(count)s responses from parents and carers",
                        number, count=count)
    if audience == "young_person":
        return ngettext("%(count)s response from children and young people",
                        "%(count)s responses from children and young people", number, count=count)
    return ngettext("%(count)s response from practitioners", "%(count)s responses from practitioners",
                    number, count=count)


def _ratio_words(responses: int, population: AreaPopulation, area: str) -> str:
    plans = f"{population.ehc_plans:,}"
    ratio = round(population.ehc_plans / responses)
    if ratio <= 1:
        return _("for comparison, about as many as, or more than, the children and young people with EHC plans "
                 "in %(area)s (%(plans)s EHC plans, %(when)s)", area=area, plans=plans, when=population.as_at)
    return _("for comparison, about 1 for every %(ratio)s children and young people with EHC plans in %(area)s "
             "(%(plans)s EHC plans, %(when)s)", ratio=f"{ratio:,}", area=area, plans=plans, when=population.as_at)


def coverage_line(*, audience: str, responses: int, area_name: str, population: AreaPopulation | None,
                  counts: Counts) -> str:
    """One sentence, words and figures, for one audience."""
    if responses == 0:
        return _responses_from(audience, "0", 0) + "."
    start = _responses_from(audience, counts.count(responses), responses)
    if counts.hidden(responses):
        return _("%(start)s: too few to compare with the area's population.", start=start)
    if audience not in COMPARED_AUDIENCES:
        return _("%(start)s. There is no published count of practitioners to compare with.", start=start)
    if population is None:
        return _("%(start)s. No published count of EHC plans matches %(area)s as one local authority, "
                 "so there is nothing to compare with.", start=start, area=area_name)
    return _("%(start)s: %(ratio)s.", start=start, ratio=_ratio_words(responses, population, area_name))


@dataclass(frozen=True)
class Coverage:
    lines: list[str]
    note: str
    source: str


def coverage(*, ons_code: str, area_name: str, responses: dict[str, int], audiences: Iterable[str],
             counts: Counts) -> Coverage:
    """The coverage lines for an inspection's audiences, and what they are compared with."""
    population = population_for(ons_code)
    lines = [coverage_line(audience=a, responses=responses.get(a, 0), area_name=area_name, population=population,
                           counts=counts) for a in audiences if a != "webinar"]
    note = _("Not everyone who answered has a child with an EHC plan, and many children have special "
             "educational needs without one: the number of plans is a yardstick, not the group surveyed.")
    source = (_("Source: Department for Education, Education, health and care plans (SEN2), local authority "
                "totals at %(when)s.", when=population.as_at) if population is not None else "")
    return Coverage(lines=lines, note=note, source=source)
