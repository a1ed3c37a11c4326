"""Coverage against the area's EHC plans, and the comparison with its last inspection, through the client."""

from __future__ import annotations

import re
from datetime import date, timedelta

from tests.integration.staff_fixtures import *  # noqa: F403  (fixtures: coded, inspector, coordinator)
from tests.integration.staff_fixtures import create_staff, sign_in


def _seed(app, inspection_id: int, answers: list[tuple[str, str]], themes: list[tuple[str, ...]] = ()) -> None:
    """Parents' responses: answers are (right_help code, ehc_plan); themes, one tuple per response with a comment."""
    from voice.extensions import db
    from voice.models import Answer, Comment, CommentTheme, Inspection, Response

    with app.app_context():
        inspection = db.session.get(Inspection, inspection_id)
        survey = inspection.survey_for("parent_carer")
        at = survey.opens_at + timedelta(hours=1)
        for n, (value, plan) in enumerate(answers):
            response = Response(survey_id=survey.id, inspection_id=inspection_id, audience="parent_carer",
                                submission_key=f"c-{inspection_id}-{n}", reference=f"C{inspection_id:03d}{n:04d}",
                                submitted_at=at, ehc_plan=plan)
            response.answers.append(Answer(question="right_help", value=value))
            db.session.add(response)
            db.session.flush()
            if n < len(themes):
                comment = Comment(inspection_id=inspection_id, response_id=response.id, audience="parent_carer",
                                  question="could_be_better", text="words", redacted="words",
                                  machine_sentiment="negative", sentiment="negative", created_at=at)
                comment.themes = [CommentTheme(theme=t, origin="machine") for t in themes[n]]
                db.session.add(comment)
        db.session.commit()


def _year_apart(app, make_inspection, *, now_answers, before_answers, now_themes=(), before_themes=()):
    earlier = make_inspection(notification_date=date.today() - timedelta(days=400))
    current = make_inspection()
    _seed(app, earlier["id"], before_answers, list(before_themes))
    _seed(app, current["id"], now_answers, list(now_themes))
    return earlier["id"], current["id"]


def _cells(html: str, table_id: str) -> list[list[str]]:
    start = html.index(f'id="{table_id}"')
    table = html[start:html.index("</table>", start)]
    rows = re.findall(r"<tr[^>]*>(.*?)</tr>", table, re.S)
    return [[re.sub(r"<[^>]+>", "", c).strip() for c in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row, re.S)]
            for row in rows]


def test_the_coordinators_counts_page_shows_responses_against_ehc_plans_with_the_year(coordinator, coded):
    html = coordinator.get(f"/admin/inspections/{coded['id']}/counts").text
    assert "Who we heard from" in html
    assert ("6 responses from parents and carers: for comparison, about 1 for every 823 children and young "
            "people with EHC plans in East Sussex (4,939 EHC plans, January 2025).") in html
    assert "Source: Department for Education, Education, health and care plans (SEN2)" in html
    assert "2 responses from children and young people: for comparison, about 1 for every 2,470 " in html
    assert "0 responses from practitioners." in html


def test_inspectors_see_the_coverage_line_with_small_groups_hidden(inspector, coded):
    html = inspector.get(f"/inspections/{coded['id']}/summary").text
    assert "fewer than 10 responses from parents and carers: too few to compare" in html
    assert "about 1 for every" not in html


def test_with_no_earlier_inspection_the_summary_says_so(inspector, coded):
    html = inspector.get(f"/inspections/{coded['id']}/summary").text
    assert "No earlier inspection of this area in Voice." in html
    assert "Compare with the last inspection" not in html


def test_the_comparison_is_a_link_that_works_without_script_and_shows_both_sides(app, client, make_inspection):
    before = [("agree", "yes")] * 10 + [("disagree", "no")] * 10
    now = [("agree", "yes")] * 15 + [("disagree", "no")] * 5
    _earlier, current = _year_apart(app, make_inspection, now_answers=now, before_answers=before,
                                    now_themes=[("ehc_plans",)] * 12, before_themes=[("ehc_plans",)] * 10)
    create_staff(app, role="inspector", inspection_ids=(current,), email="i@example.com")
    sign_in(client, "i@example.com")
    html = client.get(f"/inspections/{current}/summary").text
    link = re.search(r'href="([^"]*compare=1[^"]*)"', html)
    assert link and "Compare with the last inspection of this area" in html
    shown = client.get(link.group(1).replace("&amp;", "&")).text
    rows = _cells(shown, "compare-parent_carer-right_help")
    agree = next(r for r in rows if r[0] == "Agree")
    assert agree[1:] == ["15 (75%)", "10 (50%)", "up 25 points"]
    disagree = next(r for r in rows if r[0] == "Disagree")
    assert disagree[1:] == ["fewer than 10", "10 (50%)", "Not shown"]  # 5 is under 10: no change
    themes = _cells(shown, "compare-themes-parent_carer")
    assert themes[1][1:] == ["12 (60%)", "10 (50%)", "up 10 points"]
    assert "Hide the comparison" in shown


def test_a_side_with_fewer_than_10_answers_has_no_percentage_and_no_change(app, client, make_inspection):
    _earlier, current = _year_apart(app, make_inspection, now_answers=[("agree", "yes")] * 12,
                                    before_answers=[("agree", "yes")] * 4 + [("disagree", "no")] * 3)
    create_staff(app, role="inspector", inspection_ids=(current,), email="i@example.com")
    sign_in(client, "i@example.com")
    html = client.get(f"/inspections/{current}/summary?compare=1").text
    rows = _cells(html, "compare-parent_carer-right_help")
    agree = next(r for r in rows if r[0] == "Agree")
    assert agree[1:] == ["12 (100%)", "Not shown (fewer than 10 answered)", "Not shown"]
    assert "(57%)" not in html  # 4 of 7 is never written out


def test_a_count_under_10_inside_a_large_group_gets_no_change(app, client, make_inspection):
    _earlier, current = _year_apart(app, make_inspection,
                                    now_answers=[("agree", "yes")] * 5 + [("disagree", "no")] * 15,
                                    before_answers=[("agree", "yes")] * 12 + [("disagree", "no")] * 8)
    create_staff(app, role="inspector", inspection_ids=(current,), email="i@example.com")
    sign_in(client, "i@example.com")
    rows = _cells(client.get(f"/inspections/{current}/summary?compare=1").text, "compare-parent_carer-right_help")
    agree = next(r for r in rows if r[0] == "Agree")
    assert agree[1:] == ["fewer than 10", "12 (60%)", "Not shown"]


def test_another_areas_inspection_is_never_the_last_one(app, client, make_inspection):
    make_inspection(notification_date=date.today() - timedelta(days=400), area_code="E10000032")
    current = make_inspection()
    _seed(app, current["id"], [("agree", "yes")] * 12)
    create_staff(app, role="inspector", inspection_ids=(current["id"],), email="i@example.com")
    sign_in(client, "i@example.com")
    html = client.get(f"/inspections/{current['id']}/summary?compare=1").text
    assert "No earlier inspection of this area in Voice." in html


def test_the_brief_carries_the_coverage_line_and_the_comparison(app, client, make_inspection, monkeypatch):
    _earlier, current = _year_apart(app, make_inspection, now_answers=[("agree", "yes")] * 12,
                                    before_answers=[("disagree", "no")] * 12)
    create_staff(app, role="inspector", inspection_ids=(current,), email="i@example.com")
    sign_in(client, "i@example.com")
    seen = {}

    def keep_html(*, html, inspection_id, user):
        seen["html"] = html
        return b"%PDF-1.7"

    monkeypatch.setattr("voice.services.exports.brief_pdf", keep_html)
    response = client.get(f"/inspections/{current}/export/brief.pdf")
    assert response.status_code == 200
    html = seen["html"]
    assert "12 responses from parents and carers: for comparison, about 1 for every 412 children" in html
    assert "Compared with the last inspection" in html
    assert "up 100 points" in html and "down 100 points" in html


def test_the_demo_has_an_earlier_inspection_so_the_comparison_shows(app, runner):
    from sqlalchemy import select

    from voice.extensions import db
    from voice.models import Inspection
    from voice.services import comparison

    result = runner.invoke(args=["demo", "--responses", "40", "--young-people", "12", "--practitioners", "12"])
    assert result.exit_code == 0, result.output
    links = [line for line in result.stdout.splitlines() if line.startswith(("parent_carer:", "young_person:"))]
    assert len(links) == 2
    with app.app_context():
        demos = db.session.scalars(select(Inspection).where(Inspection.is_demo.is_(True))
                                   .order_by(Inspection.notification_date)).all()
        assert len(demos) == 2
        earlier, current = demos
        assert 360 <= (current.notification_date - earlier.notification_date).days <= 370
        assert all(token in result.stdout for token in (s.token for s in current.surveys if s.audience != "webinar"))
        assert not any(s.token in result.stdout for s in earlier.surveys)
        found = comparison.compare(inspection=current)
        assert found.earlier is not None and found.earlier.id == earlier.id
        assert any(q.audience == "parent_carer" for q in found.questions)
    again = runner.invoke(args=["demo", "--responses", "40", "--young-people", "12", "--practitioners", "12"])
    assert again.exit_code == 0, again.output
    with app.app_context():
        assert db.session.query(Inspection).filter(Inspection.is_demo.is_(True)).count() == 2


def test_refresh_from_a_bad_file_fails_clearly_and_changes_nothing(runner, tmp_path):
    from voice.services import coverage

    before = coverage.POPULATION_CSV.read_bytes()
    bad = tmp_path / "caseload.csv"
    bad.write_text("la_name,ehc_plans\nEast Sussex,1\n", encoding="utf-8")
    result = runner.invoke(args=["send-population", "refresh", str(bad)])
    assert result.exit_code != 0
    assert "is not DfE's EHC plans caseload file" in result.output and "Nothing was changed." in result.output
    assert coverage.POPULATION_CSV.read_bytes() == before


def test_refresh_from_a_good_file_replaces_the_figures(app, runner, tmp_path, monkeypatch):
    import shutil

    from voice.services import coverage

    target = tmp_path / "send_population.csv"
    shutil.copy(coverage.POPULATION_CSV, target)
    monkeypatch.setattr(coverage, "POPULATION_CSV", target)
    source = tmp_path / "caseload.csv"
    with source.open("w", encoding="utf-8") as out:
        out.write("time_period,geographic_level,new_la_code,old_la_code,la_name,breakdown_topic,ehcplans\n")
        for row in coverage.load_population(target).values():
            out.write(f"202526,Local authority,{row.dfe_la_code},{row.old_la_code},\"{row.la_name}\","
                      f"All EHC plans,{row.ehc_plans + 1}\n")
    result = runner.invoke(args=["send-population", "refresh", str(source)])
    assert result.exit_code == 0, result.output
    assert "153 local authorities written for 2025/26 (January 2026)." in result.output
    assert coverage.load_population(target)["E10000011"].ehc_plans == 4940
    coverage.load_population.cache_clear()
