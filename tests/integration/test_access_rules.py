"""Every route has an access rule from the known list: a new route without one fails here."""

from voice.staff.access import ACCESS_RULES, access_rule_for


def test_every_route_has_a_known_access_rule(app):
    missing = []
    for rule in app.url_map.iter_rules():
        view = app.view_functions[rule.endpoint]
        access = access_rule_for(rule.endpoint, view)
        if access not in ACCESS_RULES:
            missing.append(f"{rule.rule} ({rule.endpoint})")
    assert not missing, "routes without an access rule: " + ", ".join(missing)
