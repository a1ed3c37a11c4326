"""The EHC plan counts file, its refresh, and the coverage line's words."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from voice.services import coverage
from voice.services.coverage import AreaPopulation, PopulationFileError
from voice.services.small_groups import Counts

DFE_HEADER = ["time_period", "time_identifier", "geographic_level", "country_code", "country_name", "region_code",
              "region_name", "new_la_code", "old_la_code", "la_name", "breakdown_topic", "breakdown", "ehcplans"]


def _shipped() -> list[dict[str, str]]:
    with coverage.POPULATION_CSV.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _dfe_file(path: Path, rows: list[tuple[str, str, str, str, str]], extra: list[list[str]] | None = None) -> Path:
    """rows: (time_period, new_la_code, old_la_code, la_name, ehcplans) at local authority level, all plans."""
    with path.open("w", newline="", encoding="utf-8-sig") as handle:
        writer = csv.writer(handle)
        writer.writerow(DFE_HEADER)
        writer.writerow(["202425", "Academic year", "National", "E92000001", "England", "", "", "", "", "",
                         "All EHC plans", "All EHC plans", "999999"])
        for period, code, old, name, plans in rows:
            writer.writerow([period, "Academic year", "Local authority", "E92000001", "England", "E12000008",
                             "South East", code, old, name, "All EHC plans", "All EHC plans", plans])
            writer.writerow([period, "Academic year", "Local authority", "E92000001", "England", "E12000008",
                             "South East", code, old, name, "Sex", "Female", "1"])
        for row in extra or []:
            writer.writerow(row)
    return path


def _england(period: str = "202526", plans: int = 1000) -> list[tuple[str, str, str, str, str]]:
    """Every shipped authority under DfE's codes, with a made-up count: a file of the right shape for tests."""
    moved = {new: old for old, new in coverage.DFE_CODE_MOVES.items()}
    return [(period, moved.get(r["ons_code"], r["ons_code"]), r["old_la_code"], r["la_name"], str(plans + n))
            for n, r in enumerate(_shipped())]


def test_the_shipped_file_has_a_whole_number_for_every_local_area_voice_lists():
    with coverage.AREAS_CSV.open(newline="", encoding="utf-8") as handle:
        areas = {row["ons_code"] for row in csv.DictReader(handle)}
    shipped = _shipped()
    assert {row["ons_code"] for row in shipped} == areas
    assert {row["time_period"] for row in shipped} == {"202425"}
    # DfE's national total for January 2025; the authorities add up to it.
    assert sum(int(row["ehc_plans"]) for row in shipped) == 638745


def test_the_shipped_figure_for_east_sussex_is_read_with_its_year():
    found = coverage.load_population()["E10000011"]
    assert found.la_name == "East Sussex" and found.ehc_plans == 4939 and found.year == 2025


def test_counties_dfe_still_files_under_old_codes_are_read_under_voices_codes():
    found = coverage.load_population()
    assert found["E06000060"].dfe_la_code == "E10000002"  # Buckinghamshire
    assert found["E06000066"].la_name == "Somerset"


def test_refresh_takes_the_latest_year_and_writes_every_authority(tmp_path):
    rows = _england("202526") + _england("202425", plans=5)
    source = _dfe_file(tmp_path / "caseload.csv", rows)
    target = tmp_path / "send_population.csv"
    result = coverage.refresh(source, target)
    assert result.time_period == "202526" and result.authorities == len(_shipped())
    assert result.unmatched_areas == []
    loaded = coverage.load_population(target)
    assert loaded["E06000065"].time_period == "202526"  # North Yorkshire, from E10000023
    assert loaded["E06000065"].year == 2026


def _broken(kind: str) -> tuple[list[str], list[tuple[str, ...]]]:
    header, rows = list(DFE_HEADER), list(_england())
    if kind == "missing column":
        header.remove("ehcplans")
        rows = [row[:4] for row in rows]
    elif kind == "not a number":
        rows[0] = (*rows[0][:4], "lots")
    elif kind == "twice":
        rows.append(rows[0])
    elif kind == "too few":
        rows = rows[:50]
    return header, rows


@pytest.mark.parametrize(("kind", "message"), [
    ("missing column", "no column ehcplans"),
    ("not a number", "not a whole number"),
    ("twice", "appears twice"),
    ("too few", "only 50 local authorities"),
])
def test_a_bad_file_is_refused_with_a_clear_error_and_nothing_is_written(tmp_path, kind, message):
    header, rows = _broken(kind)
    source = tmp_path / "caseload.csv"
    with source.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for period, code, old, name, *plans in rows:
            writer.writerow([period, "Academic year", "Local authority", "", "", "", "", code, old, name,
                             "All EHC plans", "All EHC plans", *plans])
    target = tmp_path / "send_population.csv"
    target.write_text("before\n", encoding="utf-8")
    with pytest.raises(PopulationFileError, match=message):
        coverage.refresh(source, target)
    assert target.read_text(encoding="utf-8") == "before\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["caseload.csv", "send_population.csv"]


def test_a_file_with_no_local_authority_rows_is_refused(tmp_path):
    source = _dfe_file(tmp_path / "caseload.csv", [])
    with pytest.raises(PopulationFileError, match="no local authority rows"):
        coverage.refresh(source, tmp_path / "out.csv")
    assert not (tmp_path / "out.csv").exists()


EAST_SUSSEX = AreaPopulation("E10000011", "East Sussex", "E10000011", "845", "202425", 4939)


def test_parents_get_about_one_in_n_with_the_figure_and_its_year(app):
    with app.test_request_context():
        line = coverage.coverage_line(audience="parent_carer", responses=412, area_name="East Sussex",
                                      population=EAST_SUSSEX, counts=Counts())
    assert line == ("412 responses from parents and carers: for comparison, about 1 for every 12 children and "
                    "young people with EHC plans in East Sussex (4,939 EHC plans, January 2025).")


def test_practitioners_are_told_there_is_nothing_to_compare_with(app):
    with app.test_request_context():
        line = coverage.coverage_line(audience="practitioner", responses=40, area_name="East Sussex",
                                      population=EAST_SUSSEX, counts=Counts())
    assert line == "40 responses from practitioners. There is no published count of practitioners to compare with."


def test_inspectors_see_fewer_than_10_with_no_ratio_and_coordinators_see_the_number(app):
    with app.test_request_context():
        hidden = coverage.coverage_line(audience="young_person", responses=7, area_name="East Sussex",
                                        population=EAST_SUSSEX, counts=Counts())
        exact = coverage.coverage_line(audience="young_person", responses=7, area_name="East Sussex",
                                       population=EAST_SUSSEX, counts=Counts(exact=True))
    assert hidden == ("fewer than 10 responses from children and young people: too few to compare with the "
                      "area's population.")
    assert exact.startswith("7 responses from children and young people: for comparison, about 1 for every 706 ")


def test_an_area_with_no_figure_says_so(app):
    with app.test_request_context():
        line = coverage.coverage_line(audience="parent_carer", responses=300, area_name="Somewhere",
                                      population=None, counts=Counts())
    assert "No published count of EHC plans matches Somewhere as one local authority" in line


def test_more_responses_than_plans_is_not_written_as_one_in_one(app):
    small = AreaPopulation("E06000053", "Isles of Scilly", "E06000053", "420", "202425", 17)
    with app.test_request_context():
        line = coverage.coverage_line(audience="parent_carer", responses=20, area_name="Isles of Scilly",
                                      population=small, counts=Counts())
    assert "about as many as, or more than, the children and young people with EHC plans" in line
