"""The whole sweep with both engines: public pages and both staff roles, every engine at 0."""

from __future__ import annotations

import pytest

from accessibility.audit import run_audit


@pytest.fixture
def demo_links(app, live_server):
    """The demo inspection (as `flask demo` makes it): its three public links and its two staff accounts."""
    from flask import url_for

    from voice.cli import PUBLIC_START_ENDPOINTS
    from voice.demo.seed import seed_demo
    from voice.demo.staff import DEMO_COORDINATOR, DEMO_INSPECTOR

    with app.app_context():
        result = seed_demo(parent_responses=40, young_people=10, seed=11, base_url=live_server)
        with app.test_request_context(base_url=live_server):
            starts = [url_for(PUBLIC_START_ENDPOINTS[s.audience], token=s.token, _external=True)
                      for s in result.inspection.surveys if s.audience in PUBLIC_START_ENDPOINTS]
    return starts, [(DEMO_COORDINATOR[0], DEMO_COORDINATOR[-1]), (DEMO_INSPECTOR[0], DEMO_INSPECTOR[-1])]


def test_every_public_and_staff_page_passes_axe_and_the_ibm_engine(live_server, browser, demo_links, tmp_path):
    starts, accounts = demo_links
    report = run_audit(base_url=live_server + "/", starts=starts, out=tmp_path, browser=browser,
                       explore_buttons=False, more_accounts=accounts, max_pages=400)
    print(report.summary())
    assert report.engine_figures() == {"axe": {"public": 0, "staff": 0}, "ibm": {"public": 0, "staff": 0}}
    assert report.passed, report.summary()
