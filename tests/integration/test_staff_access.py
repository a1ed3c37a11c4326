"""Access: no signed-in page without a session, no inspector sees another inspection,
and inspectors cannot use the coordinator's pages."""

from __future__ import annotations

from flask import Blueprint

from tests.staff_support import create_user, sample_url, sign_in
from voice.staff.access import access_rule_for, inspection_required

SAMPLE_ARGS_NOTE = "sample arguments could not build this route"


def _rules(app, *, rule_names: tuple[str, ...], method: str = "GET"):
    for rule in app.url_map.iter_rules():
        access = access_rule_for(rule.endpoint, app.view_functions[rule.endpoint])
        if access in rule_names and method in rule.methods:
            yield rule


def _sample_values(app, make_inspection) -> tuple[dict, int]:
    ids = make_inspection(webinar_at=None)
    return {"inspection_id": ids["id"], "token": ids["parent_carer"]}, ids["id"]


def test_no_signed_in_page_is_served_without_a_session(app, client, make_inspection):
    values, _ = _sample_values(app, make_inspection)
    checked = []
    for rule in _rules(app, rule_names=("signed_in", "coordinator", "inspection")):
        url = sample_url(rule, values)
        assert url, f"{rule.rule}: {SAMPLE_ARGS_NOTE}"
        response = client.get(url)
        assert response.status_code == 302, f"{url} answered {response.status_code} without a session"
        assert response.headers["Location"].startswith("/sign-in?next="), url
        checked.append(url)
    assert "/inspections" in checked and "/admin/audit" in checked


def test_no_signed_in_form_accepts_a_post_without_a_session(app, client, make_inspection):
    values, _ = _sample_values(app, make_inspection)
    for rule in _rules(app, rule_names=("signed_in", "coordinator", "inspection"), method="POST"):
        url = sample_url(rule, values)
        assert url, f"{rule.rule}: {SAMPLE_ARGS_NOTE}"
        response = client.post(url, data={})
        # Refused by CSRF (400) or sent to sign in (302): never carried out.
        assert response.status_code in (302, 400), f"{url} answered {response.status_code}"
        if response.status_code == 302:
            assert response.headers["Location"].startswith("/sign-in"), url


def test_an_inspector_gets_404_on_every_page_of_an_inspection_they_are_not_assigned_to(
    app, client, make_inspection
):
    values, other_id = _sample_values(app, make_inspection)
    mine = make_inspection()["id"]
    create_user(app, email="ivy@example.org", role="inspector", inspections=(mine,))
    sign_in(client, "ivy@example.org")
    scoped = list(_rules(app, rule_names=("inspection",)))
    for rule in scoped:
        url = sample_url(rule, values)
        assert url, f"{rule.rule}: {SAMPLE_ARGS_NOTE}"
        assert client.get(url).status_code == 404, f"{url} was served to an unassigned inspector"
    listing = client.get("/inspections").text
    assert f"/inspections/{other_id}" not in listing


def test_the_inspection_rule_admits_coordinators_and_assigned_inspectors_only(app, make_inspection):
    """Proves the decorator itself on a throwaway app, whatever inspection routes exist today."""
    from tests.conftest import CheckingClient
    from voice import create_app

    probe_app = create_app("testing")
    probe = Blueprint("probe", __name__)

    @probe.get("/probe/<int:inspection_id>")
    @inspection_required
    def seen(inspection_id: int):
        return {"seen": inspection_id}

    probe_app.register_blueprint(probe)
    probe_app.test_client_class = CheckingClient
    mine, other = make_inspection()["id"], make_inspection()["id"]
    create_user(app, email="ivy@example.org", role="inspector", inspections=(mine,))
    create_user(app, email="cora@example.org", role="coordinator")
    inspector, coordinator, stranger = (probe_app.test_client() for _ in range(3))
    sign_in(inspector, "ivy@example.org")
    sign_in(coordinator, "cora@example.org")
    assert inspector.get(f"/probe/{mine}").json == {"seen": mine}
    assert inspector.get(f"/probe/{other}").status_code == 404
    assert inspector.get("/probe/999999").status_code == 404
    assert coordinator.get(f"/probe/{other}").status_code == 200
    assert coordinator.get("/probe/999999").status_code == 404
    assert stranger.get(f"/probe/{mine}").status_code == 302


def test_inspectors_get_403_on_every_coordinator_page(app, client, make_inspection):
    values, inspection_id = _sample_values(app, make_inspection)
    create_user(app, email="ivy@example.org", role="inspector", inspections=(inspection_id,))
    sign_in(client, "ivy@example.org")
    checked = 0
    for rule in _rules(app, rule_names=("coordinator",)):
        url = sample_url(rule, values)
        assert url, f"{rule.rule}: {SAMPLE_ARGS_NOTE}"
        response = client.get(url)
        assert response.status_code == 403, f"{url} answered {response.status_code} to an inspector"
        assert "You do not have access to this page" in response.text
        checked += 1
    assert checked >= 6


def test_inspectors_see_only_their_own_inspections_and_coordinators_see_all(app, client, make_inspection):
    mine = make_inspection()["id"]
    other = make_inspection(area_code="E08000025")["id"]  # Birmingham, once the areas are loaded
    create_user(app, email="ivy@example.org", role="inspector", inspections=(mine,))
    create_user(app, email="cora@example.org", role="coordinator")
    sign_in(client, "ivy@example.org")
    listing = client.get("/inspections").text
    assert listing.count('<tr class="govuk-table__row">') == 2  # the header row and one inspection
    assert "Manage" not in listing
    assert "Set up an inspection" not in listing
    from tests.conftest import csrf_token

    client.post("/sign-out", data={"csrf_token": csrf_token(listing)})
    sign_in(client, "cora@example.org")
    listing = client.get("/inspections").text
    assert f"/admin/inspections/{mine}" in listing and f"/admin/inspections/{other}" in listing
