"""Signing in and out: hashed passwords, rate limits, expiring sessions, and the audit log."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest
from sqlalchemy import select

from tests.conftest import csrf_token
from tests.staff_support import PASSWORD, create_user, sign_in
from voice.extensions import db, limiter
from voice.models import AuditEvent, User


def _actions(app) -> list[tuple[str, int | None]]:
    with app.app_context():
        return [(e.action, e.user_id) for e in db.session.scalars(select(AuditEvent).order_by(AuditEvent.id))]


def test_the_home_page_links_to_sign_in(client):
    assert 'href="/sign-in"' in client.get("/").text


def test_the_sign_in_page_has_labelled_email_and_password_fields(client):
    page = client.get("/sign-in")
    assert page.status_code == 200
    assert 'autocomplete="email"' in page.text  # IBM: "username" is for text inputs
    assert 'autocomplete="current-password"' in page.text
    assert "Signed in as" not in page.text


def test_a_coordinator_signs_in_and_lands_on_the_inspections_list(app, client):
    user_id = create_user(app, email="cora@example.org", role="coordinator", name="Cora Ordinator")
    response = sign_in(client, "Cora@Example.org ")
    assert response.status_code == 302
    assert response.headers["Location"] == "/inspections"
    page = client.get("/inspections")
    assert page.status_code == 200
    assert "Signed in as Cora Ordinator" in page.text
    assert ("sign_in", user_id) in _actions(app)


def test_passwords_are_stored_as_scrypt_hashes_never_as_text(app):
    create_user(app, email="hash@example.org", role="inspector")
    with app.app_context():
        stored = db.session.scalar(select(User.password_hash).where(User.email == "hash@example.org"))
    assert stored.startswith("scrypt:")
    assert PASSWORD not in stored


def test_a_wrong_password_shows_an_error_and_is_audited(app, client):
    user_id = create_user(app, email="ivy@example.org", role="inspector")
    response = sign_in(client, "ivy@example.org", "not the password")
    assert response.status_code == 200
    assert response.text.count("Enter a correct email address and password") == 2  # summary and field
    assert "<title>Error: Sign in" in response.text
    assert 'value="not the password"' not in response.text
    assert client.get("/inspections").status_code == 302
    assert ("sign_in_failed", user_id) in _actions(app)


def test_an_unknown_email_gets_the_same_message_as_a_wrong_password(app, client):
    create_user(app, email="ivy@example.org", role="inspector")
    unknown = sign_in(client, "nobody@example.org", "whatever it is")
    assert "Enter a correct email address and password" in unknown.text
    assert ("sign_in_failed", None) in _actions(app)


def test_an_empty_form_asks_for_the_email_and_the_password(client):
    page = client.get("/sign-in")
    response = client.post("/sign-in", data={"csrf_token": csrf_token(page.text)})
    assert "Enter your email address" in response.text
    assert "Enter your password" in response.text


def test_a_deactivated_account_cannot_sign_in(app, client):
    create_user(app, email="gone@example.org", role="inspector")
    with app.app_context():
        user = db.session.scalar(select(User).where(User.email == "gone@example.org"))
        user.active = False
        db.session.commit()
    assert sign_in(client, "gone@example.org").status_code == 200
    assert client.get("/inspections").status_code == 302


def test_sign_in_returns_to_the_page_asked_for_but_never_to_another_site(app, client):
    create_user(app, email="cora@example.org", role="coordinator")
    assert client.get("/admin/audit").headers["Location"].startswith("/sign-in?next=")
    back = sign_in(client, "cora@example.org", next_url="/admin/audit")
    assert back.headers["Location"] == "/admin/audit"
    for target in ("https://evil.example/x", "//evil.example/x", "/\\evil.example"):
        client.post("/sign-out", data={"csrf_token": csrf_token(client.get("/inspections").text)})
        response = sign_in(client, "cora@example.org", next_url=target)
        assert response.headers["Location"] == "/inspections", target


def test_the_sign_in_page_explains_why_it_was_shown(client):
    redirected = client.get("/inspections", follow_redirects=True)
    assert "Sign in to see that page." in redirected.text


def test_signing_out_ends_the_session_and_is_audited(app, client):
    user_id = create_user(app, email="ivy@example.org", role="inspector")
    sign_in(client, "ivy@example.org")
    page = client.get("/inspections")
    # Signing out changes state, so it is POST only (and so CSRF-protected).
    methods = {m for r in app.url_map.iter_rules() if r.rule == "/sign-out" for m in r.methods}
    assert methods - {"OPTIONS"} == {"POST"}
    response = client.post("/sign-out", data={"csrf_token": csrf_token(page.text)})
    assert response.headers["Location"] == "/sign-in"
    assert "You have signed out." in client.get("/sign-in").text
    assert client.get("/inspections").status_code == 302
    assert ("sign_out", user_id) in _actions(app)


def test_a_copy_of_the_session_cookie_is_refused_after_signing_out(app, client):
    create_user(app, email="ivy@example.org", role="inspector")
    sign_in(client, "ivy@example.org")
    page = client.get("/inspections")
    stolen = client.get_cookie("voice_session").value
    client.post("/sign-out", data={"csrf_token": csrf_token(page.text)})
    client.set_cookie("voice_session", stolen)
    assert client.get("/inspections").status_code == 302


@pytest.mark.parametrize("key, age", [("staff_seen_at", timedelta(minutes=31)),
                                      ("staff_signed_in_at", timedelta(hours=4, minutes=1))])
def test_sessions_expire_after_a_quiet_spell_and_after_four_hours(app, client, key, age):
    create_user(app, email="ivy@example.org", role="inspector")
    sign_in(client, "ivy@example.org")
    assert client.get("/inspections").status_code == 200
    with client.session_transaction() as session:
        session[key] = time.time() - age.total_seconds()
    response = client.get("/inspections")
    assert response.status_code == 302
    assert "your session ended" in client.get(response.headers["Location"]).text


def test_sessions_are_permanent_with_the_configured_lifetime(app, client):
    create_user(app, email="ivy@example.org", role="inspector")
    sign_in(client, "ivy@example.org")
    cookie = client.get_cookie("voice_session")
    assert cookie.expires is not None
    assert app.config["STAFF_SESSION_LIFETIME"] == timedelta(hours=4)  # the cookie itself outlives it


def test_failed_sign_ins_from_one_address_are_refused_politely_whatever_the_email(app):
    # No db_session fixture: each client needs its own CSRF token.
    create_user(app, email="ivy@example.org", role="inspector")
    saved = app.config["SIGN_IN_RATE_LIMIT"]
    app.config["SIGN_IN_RATE_LIMIT"] = "3 per minute"
    limiter.reset()
    try:
        def attempt(address: str, email: str, password: str = "wrong password"):
            client = app.test_client()
            page = client.get("/sign-in", environ_base={"REMOTE_ADDR": address})
            return client.post("/sign-in", environ_base={"REMOTE_ADDR": address}, data={
                "csrf_token": csrf_token(page.text), "email": email, "password": password})

        same_address = [attempt("10.0.0.1", f"person{n}@example.org").status_code for n in range(4)]
        assert same_address == [200, 200, 200, 429]
        assert "Too many attempts" in attempt("10.0.0.1", "ivy@example.org").text
        # Wrong passwords for one account from other addresses do not block the address limit's owner:
        # the account's own limits slow only the address guessing (see test_sign_in_limits.py).
        limiter.reset()
        good = [attempt("10.0.3.1", "ivy@example.org", PASSWORD).status_code for _ in range(4)]
        assert good == [302, 302, 302, 302]
    finally:
        app.config["SIGN_IN_RATE_LIMIT"] = saved
        limiter.reset()


def test_the_users_command_creates_accounts_and_assigns_inspectors(app, runner, make_inspection):
    inspection_id = make_inspection()["id"]
    result = runner.invoke(args=["users", "create", "--email", "new@example.org", "--role", "inspector",
                                 "--name", "New Inspector", "--password", "a long enough password"])
    assert result.exit_code == 0, result.output
    assert "Created inspector new@example.org" in result.output
    prompted = runner.invoke(args=["users", "create", "--email", "boss@example.org", "--role", "coordinator",
                                   "--name", "Boss"], input="another long password\nanother long password\n")
    assert prompted.exit_code == 0, prompted.output
    short = runner.invoke(args=["users", "create", "--email", "s@example.org", "--role", "inspector",
                                "--name", "Short", "--password", "short"])
    assert short.exit_code != 0 and "12 characters" in short.output
    assigned = runner.invoke(args=["users", "assign", "--email", "new@example.org", "--inspection", str(inspection_id)])
    assert assigned.exit_code == 0, assigned.output
    with app.app_context():
        user = db.session.scalar(select(User).where(User.email == "new@example.org"))
        assert [i.id for i in user.inspections] == [inspection_id]
        assert db.session.scalar(select(User.role).where(User.email == "boss@example.org")) == "coordinator"


def test_the_demo_prints_working_staff_accounts(app, client, make_inspection):
    from voice.demo.staff import seed_staff
    from voice.services import coordination

    inspection_id = make_inspection()["id"]
    with app.app_context():
        lines = seed_staff(coordination.inspection_by_id(inspection_id), base_url="http://voice.test")
    assert lines[0] == "sign-in: http://voice.test/sign-in"
    kind, email, password = lines[1].split(" ")
    assert kind == "inspector:"
    assert lines[2].startswith("coordinator: ")
    assert sign_in(client, email, password).status_code == 302
    assert "East Sussex" in client.get("/inspections").text
