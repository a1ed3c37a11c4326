"""IBM's Equal Access engine as the sweep runs it: what it counts, and what it sets aside on staff pages."""

from __future__ import annotations

from accessibility.ibm import FALSE_POSITIVES_STAFF, ibm_check, ibm_violations
from accessibility.report import PageAudit, Report

PAGE = """<!DOCTYPE html><html lang="en"><head><title>Rows - Voice</title></head><body>
<header role="banner"><a href="#main">Skip</a></header>
<main id="main"><h1>Rows</h1>
<div class="voice-table-scroll" role="region" aria-label="Windows" tabindex="0">
  <table><caption>Windows</caption><tr><th scope="col">Audience</th><th scope="col">Action</th></tr>
  <tr><td>Parents</td><td><form method="post" action="/a"><button>Close parents</button></form></td></tr>
  <tr><td>Young people</td><td><form method="post" action="/b"><button>Close young people</button></form></td></tr>
  </table>{extra}</div>
</main></body></html>"""
FIELDS_FORM = """<form method="post" action="/c"><label for="n">Note</label><input id="n" name="n">
<button>Save</button></form>"""


def _rules(results: list[dict]) -> set[str]:
    return {r["ruleId"] for r in results}


def test_staff_pages_set_aside_only_the_listed_false_positives_where_their_reasons_apply(page):
    page.set_content(PAGE.format(extra=""))
    public = ibm_violations(page)
    assert {"aria_form_label_unique", "element_tabbable_role_valid"} <= _rules(public)  # public: no exceptions

    violations, set_aside = ibm_check(page, staff=True)
    assert violations == []
    assert _rules(set_aside) <= set(FALSE_POSITIVES_STAFF) and "element_tabbable_role_valid" in _rules(set_aside)
    assert all(FALSE_POSITIVES_STAFF[r["ruleId"]].reason for r in set_aside)


def test_an_unnamed_form_with_fields_beside_other_forms_still_fails_on_a_staff_page(page):
    page.set_content(PAGE.format(extra=FIELDS_FORM))
    violations, _set_aside = ibm_check(page, staff=True)
    assert "aria_form_label_unique" in _rules(violations)
    assert any('action="/c"' in r["snippet"] for r in violations)

    page.set_content(PAGE.format(extra=FIELDS_FORM.replace('<form ', '<form aria-label="Add a note" ')))
    assert ibm_check(page, staff=True)[0] == []


def test_the_engine_finds_a_real_failure(page):
    page.set_content(PAGE.format(extra='<img src="/static/images/voice-icon.svg">'))
    assert "img_alt_valid" in _rules(ibm_violations(page, staff=True))


def test_the_report_gives_both_engines_figures_for_public_and_staff_pages():
    report = Report(base_url="http://127.0.0.1:5000/")
    report.pages.append(PageAudit(url="http://127.0.0.1:5000/y/t/", state="page", status=200,
                                  ibm_js=[{"ruleId": "aria_content_in_landmark", "message": "Content"}]))
    report.pages.append(PageAudit(url="http://127.0.0.1:5000/inspections", state="page", status=200, signed_in=True,
                                  violations_no_js=[{"id": "region", "help": "Region"}],
                                  ibm_set_aside=["element_tabbable_role_valid"]))
    assert report.engine_figures() == {"axe": {"public": 0, "staff": 1}, "ibm": {"public": 1, "staff": 0}}
    summary = report.summary()
    assert "IBM Equal Access (IBM_Accessibility) violations: 1 (public pages 1, staff pages 0" in summary
    assert "element_tabbable_role_valid 1" in summary
    assert not report.passed
