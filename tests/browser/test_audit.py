"""The accessibility audit, run as the CLI runs it, against the live app with a young people's survey."""

from __future__ import annotations

import json

from accessibility.audit import main, parse_args, run_audit
from accessibility.report import Journey, PageAudit, Report, write_reports


def test_the_audit_walks_the_young_peoples_survey_by_keyboard_and_finds_no_violations(
    live_server, browser, make_inspection, tmp_path
):
    start = f"{live_server}/y/{make_inspection()['young_person']}/"
    report = run_audit(base_url=live_server + "/", starts=[start], out=tmp_path, browser=browser,
                       explore_buttons=False)

    assert report.passed, report.summary()
    assert report.violations == 0
    [journey] = report.journeys
    assert journey.completed and any("/done/" in path for path in journey.pages)
    assert len(journey.pages) >= 11  # start, 8 questions, check, done
    states = {(page.url.removeprefix(live_server), page.state) for page in report.pages}
    assert any(state == "error state" and "/easy/understand-my-needs" in url for url, state in states)
    assert {"/", "/privacy", "/accessibility"} <= {url for url, state in states if state == "page"}
    assert all(page.focus_stops for page in report.pages if page.state == "page" and page.status == 200)

    saved = json.loads((tmp_path / "report.json").read_text())
    assert saved["passed"] is True and saved["violations"] == 0
    assert "No violations found" in (tmp_path / "report.html").read_text()


def test_any_problem_fails_the_audit_and_reaches_both_reports(tmp_path):
    report = Report(base_url="http://127.0.0.1:5000/")
    report.pages.append(PageAudit(
        url="http://127.0.0.1:5000/<x>", state="page", status=200,
        violations_no_js=[{"id": "color-contrast", "impact": "serious", "help": "Contrast <b>", "nodes": []}],
    ))
    write_reports(report, tmp_path)
    assert not report.passed and report.violations == 1
    html = (tmp_path / "report.html").read_text()
    assert "Contrast &lt;b&gt;" in html and "<b>" not in html
    assert json.loads((tmp_path / "report.json").read_text())["passed"] is False


def test_a_staff_page_that_does_not_reflow_fails_the_audit_like_a_public_page():
    report = Report(base_url="http://127.0.0.1:5000/")
    report.pages.append(PageAudit(
        url="http://127.0.0.1:5000/inspections/1/summary", state="page", status=200, signed_in=True,
        reflow=["496 CSS pixels wide at a 320-pixel viewport: it scrolls sideways at 400% zoom"],
    ))
    assert not report.passed
    assert any("reflow: 496 CSS pixels wide" in line for line in report.failures)


def test_the_command_line_takes_repeatable_starts_and_sign_in_details():
    args = parse_args(["--base-url", "http://127.0.0.1:5000", "--start", "http://a/y/1/", "--start",
                       "http://a/s/2/", "--sign-in-email", "c@example.com", "--sign-in-password", "pw"])
    assert args.start == ["http://a/y/1/", "http://a/s/2/"]
    assert (args.sign_in_email, args.sign_in_password) == ("c@example.com", "pw")
    assert str(args.out) == "reports/accessibility"


def test_the_command_exits_non_zero_when_the_app_cannot_be_audited(tmp_path, monkeypatch):
    import accessibility.audit as audit

    failing = Report(base_url="http://127.0.0.1:9/")
    failing.journeys.append(Journey(start="http://127.0.0.1:9/y/x/", problem="no such page"))
    monkeypatch.setattr(audit, "run_audit", lambda **_kwargs: failing)
    assert main(["--base-url", "http://127.0.0.1:9", "--no-demo-links", "--out", str(tmp_path)]) == 1
