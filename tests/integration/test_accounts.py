"""Staff accounts in the browser: invitations, password resets, deactivation and two-factor sign-in."""

from __future__ import annotations

import re
import time
from datetime import timedelta

import pyotp
from sqlalchemy import select

from tests.conftest import csrf_token
from tests.staff_support import PASSWORD, create_user, post_form, sign_in
from voice.extensions import db
from voice.models import User
from voice.models.mail import MailMessage

NEW_PASSWORD = "a brand new long password"
_LINK = re.compile(r"http://\S+/set-password/(\S+)")


def _mail(app, *, to: str) -> list[MailMessage]:
    with app.app_context():
        found = list(db.session.scalars(
            select(MailMessage).where(MailMessage.recipient == to).order_by(MailMessage.id)))
        db.session.expunge_all()
        return found


def _link_path(message: MailMessage) -> str:
    match = _LINK.search(message.body)
    assert match, message.body
    return "/set-password/" + match.group(1)


def _user(app, email: str) -> dict:
    with app.app_context():
        user = db.session.scalar(select(User).where(User.email == email))
        return {"id": user.id, "password_hash": user.password_hash, "two_factor": user.two_factor_enabled}


def _set_password(client, path: str, password: str = NEW_PASSWORD):
    return post_form(client, path, {"password": password, "confirm": password})


def _invite(client, **data):
    return post_form(client, "/admin/accounts/invite", data)


def test_a_coordinator_invites_an_inspector_who_sets_a_password_once_and_signs_in(app, client, make_inspection):
    inspection_id = make_inspection()["id"]
    create_user(app, email="cora@example.org", role="coordinator", name="Cora")
    sign_in(client, "cora@example.org")
    assert "Invite someone" in client.get("/admin/accounts").text
    response = _invite(client, name="Ida Inspector", email="Ida@Example.org", role="inspector",
                       inspections=str(inspection_id))
    assert response.status_code == 302
    [message] = _mail(app, to="ida@example.org")
    assert message.kind == "invitation" and message.state == "outbox"
    assert "Cora has invited you" in message.body
    path = _link_path(message)
    assert message.body.count("http://localhost/set-password/") == 1  # from VOICE_BASE_URL only
    invited = _user(app, "ida@example.org")
    assert invited["password_hash"] == ""
    # No password yet: nothing signs in.
    client.post("/sign-out", data={"csrf_token": csrf_token(client.get("/inspections").text)})
    assert sign_in(client, "ida@example.org", "").status_code == 200

    assert "Set your password" in client.get(path).text
    short = _set_password(client, path, "short")
    assert "12 characters or more" in short.text
    assert _set_password(client, path).status_code == 302
    assert client.get(path).status_code == 404  # single use
    assert sign_in(client, "ida@example.org", NEW_PASSWORD).status_code == 302
    assert "East Sussex" in client.get("/inspections").text

    client.post("/sign-out", data={"csrf_token": csrf_token(client.get("/inspections").text)})
    sign_in(client, "cora@example.org")
    page = client.get(f"/admin/accounts/{invited['id']}").text
    assert "Ida Inspector" in page and "Never" not in page and "East Sussex" in page


def test_an_invitation_to_an_existing_address_is_a_field_error(app, client):
    create_user(app, email="cora@example.org", role="coordinator")
    sign_in(client, "cora@example.org")
    response = _invite(client, name="Again", email="cora@example.org", role="coordinator")
    assert response.status_code == 200
    assert "There is already an account with that email address" in response.text
    empty = _invite(client)
    assert "Enter the person" in empty.text and "Select whether they are" in empty.text


def test_an_invitation_link_expires_and_a_new_one_retires_the_old(app, client):
    create_user(app, email="cora@example.org", role="coordinator")
    sign_in(client, "cora@example.org")
    _invite(client, name="Ida", email="ida@example.org", role="inspector")
    [first] = _mail(app, to="ida@example.org")
    ida = _user(app, "ida@example.org")["id"]
    post_form(client, f"/admin/accounts/{ida}/resend", from_url=f"/admin/accounts/{ida}")
    first_path, second_path = _link_path(first), _link_path(_mail(app, to="ida@example.org")[1])
    assert client.get(first_path).status_code == 404
    assert client.get(second_path).status_code == 200
    from voice.models.users import AccountToken

    with app.app_context():
        for token in db.session.scalars(select(AccountToken)):
            token.expires_at -= timedelta(days=4)
        db.session.commit()
    assert client.get(second_path).status_code == 404


def test_a_password_reset_by_email_changes_the_password_and_reveals_nothing(app, client):
    create_user(app, email="ivy@example.org", role="inspector")
    unknown = post_form(client, "/sign-in/forgot-password", {"email": "nobody@example.org"})
    known = post_form(client, "/sign-in/forgot-password", {"email": "IVY@example.org"})
    assert unknown.status_code == known.status_code == 302
    assert unknown.headers["Location"] == known.headers["Location"]
    assert _mail(app, to="nobody@example.org") == []
    [message] = _mail(app, to="ivy@example.org")
    assert message.kind == "password_reset"
    assert _set_password(client, _link_path(message)).status_code == 302
    assert sign_in(client, "ivy@example.org", PASSWORD).status_code == 200
    assert sign_in(client, "ivy@example.org", NEW_PASSWORD).status_code == 302


def test_a_deactivated_account_is_signed_out_and_cannot_sign_in(app):
    # Several browsers at once: plain test clients, as the shared `client` fixture keeps its context.
    client = app.test_client()
    ivy = create_user(app, email="ivy@example.org", role="inspector")
    create_user(app, email="cora@example.org", role="coordinator")
    ivy_client = app.test_client()
    assert sign_in(ivy_client, "ivy@example.org").status_code == 302
    sign_in(client, "cora@example.org")
    response = post_form(client, f"/admin/accounts/{ivy}/deactivate", from_url=f"/admin/accounts/{ivy}")
    assert response.status_code == 302
    assert "Deactivated" in client.get("/admin/accounts").text
    assert ivy_client.get("/inspections").status_code == 302
    assert sign_in(app.test_client(), "ivy@example.org").status_code == 200
    post_form(client, f"/admin/accounts/{ivy}/reactivate", from_url=f"/admin/accounts/{ivy}")
    assert sign_in(app.test_client(), "ivy@example.org").status_code == 302


def test_the_accounts_pages_and_outbox_are_for_coordinators_only(app, client):
    create_user(app, email="ivy@example.org", role="inspector")
    sign_in(client, "ivy@example.org")
    for path in ("/admin/accounts", "/admin/accounts/invite", "/admin/outbox"):
        assert client.get(path).status_code == 403


def test_the_outbox_shows_the_mail_to_coordinators(app, client):
    create_user(app, email="cora@example.org", role="coordinator")
    sign_in(client, "cora@example.org")
    _invite(client, name="Ida <b>", email="ida@example.org", role="inspector")
    page = client.get("/admin/outbox")
    assert "You have been invited to Voice" in page.text
    assert "To ida@example.org" in page.text
    [message] = _mail(app, to="ida@example.org")
    body = client.get(f"/admin/outbox/{message.id}").text
    assert "/set-password/" in body and "<b>" not in body


def _enrol(client) -> tuple[str, list[str]]:
    page = client.get("/account/two-factor").text
    assert 'src="data:image/svg+xml' in page
    secret = re.search(r'id="totp-secret">([A-Z2-7 ]+)<', page).group(1).replace(" ", "")
    response = post_form(client, "/account/two-factor", {"code": pyotp.TOTP(secret).now()})
    assert response.status_code == 200 and "Your recovery codes" in response.text
    codes = re.findall(r"<code>([0-9a-f]{5}-[0-9a-f]{5})</code>", response.text)
    assert len(codes) == 10
    return secret, codes


def _code_step(client, code: str):
    return post_form(client, "/sign-in/code", {"code": code})


def test_two_factor_sign_in_with_an_app_code_and_single_use_recovery_codes(app):
    client = app.test_client()
    create_user(app, email="ivy@example.org", role="inspector")
    sign_in(client, "ivy@example.org")
    secret, codes = _enrol(client)
    assert "On, with 10 recovery codes left" in client.get("/account").text
    with app.app_context():
        stored = db.session.scalar(select(User).where(User.email == "ivy@example.org"))
        assert all(code not in str(stored.totp_secret) for code in codes)

    fresh = app.test_client()
    response = sign_in(fresh, "ivy@example.org")
    assert response.headers["Location"] == "/sign-in/code"
    assert fresh.get("/inspections").status_code == 302  # not signed in yet
    wrong = _code_step(fresh, "000000")
    assert "The code is not right" in wrong.text
    totp = pyotp.TOTP(secret)
    # The code from the step after the enrolment one (the enrolment code cannot be used twice).
    next_code = totp.at(time.time() + 30)
    assert _code_step(fresh, next_code).status_code == 302
    assert fresh.get("/inspections").status_code == 200

    replay = app.test_client()
    sign_in(replay, "ivy@example.org")
    assert _code_step(replay, next_code).status_code == 200  # the same code is not accepted twice
    assert _code_step(replay, codes[0].upper()).status_code == 302
    again = app.test_client()
    sign_in(again, "ivy@example.org")
    assert _code_step(again, codes[0]).status_code == 200  # a recovery code works once
    assert "9 recovery codes left" in replay.get("/account").text


def test_two_factor_is_required_when_configured_and_set_up_while_signing_in(app, client):
    create_user(app, email="ivy@example.org", role="inspector")
    app.config["STAFF_TWO_FACTOR_REQUIRED"] = True
    try:
        response = sign_in(client, "ivy@example.org")
        assert response.headers["Location"] == "/sign-in/set-up-two-factor"
        assert client.get("/inspections").status_code == 302
        page = client.get("/sign-in/set-up-two-factor").text
        assert "Every inspection team account needs this" in page
        secret = re.search(r'id="totp-secret">([A-Z2-7 ]+)<', page).group(1).replace(" ", "")
        done = post_form(client, "/sign-in/set-up-two-factor", {"code": pyotp.TOTP(secret).now()})
        assert "Your recovery codes" in done.text
        assert client.get("/inspections").status_code == 200
        assert "Turn off two-factor sign-in" not in client.get("/account").text
    finally:
        app.config["STAFF_TWO_FACTOR_REQUIRED"] = False


def test_a_coordinator_resets_a_lost_phone(app):
    client = app.test_client()
    ivy = create_user(app, email="ivy@example.org", role="inspector")
    ivy_client = app.test_client()
    sign_in(ivy_client, "ivy@example.org")
    _enrol(ivy_client)
    create_user(app, email="cora@example.org", role="coordinator")
    sign_in(client, "cora@example.org")
    post_form(client, f"/admin/accounts/{ivy}/reset_two_factor", from_url=f"/admin/accounts/{ivy}")
    assert sign_in(app.test_client(), "ivy@example.org").status_code == 302
    assert not _user(app, "ivy@example.org")["two_factor"]


def test_the_demo_accounts_sign_in_with_the_printed_password_even_after_enrolling(app, make_inspection):
    from voice.demo.staff import seed_staff
    from voice.services import coordination

    inspection_id = make_inspection()["id"]
    with app.app_context():
        lines = seed_staff(coordination.inspection_by_id(inspection_id), base_url="http://voice.test")
    _kind, email, password = lines[1].split(" ")
    client = app.test_client()
    sign_in(client, email, password)
    _enrol(client)
    with app.app_context():
        seed_staff(coordination.inspection_by_id(inspection_id), base_url="http://voice.test")
    assert sign_in(app.test_client(), email, password).status_code == 302
    assert lines[0] == "sign-in: http://voice.test/sign-in"
    assert [line.split(" ")[0] for line in lines] == ["sign-in:", "inspector:", "coordinator:"]
