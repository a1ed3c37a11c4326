"""Mail through a real SMTP server (aiosmtpd, started by the test), and the outbox without one."""

from __future__ import annotations

import socket
from email import message_from_bytes
from email.message import Message

import pytest
from sqlalchemy import select

from tests.redis_db import redis_url
from tests.staff_support import create_user, post_form, sign_in
from voice.extensions import db
from voice.models.mail import MailMessage


class Collecting:
    """An aiosmtpd handler that keeps every message it is given."""

    def __init__(self) -> None:
        self.messages: list[Message] = []
        self.envelopes: list[tuple[str, list[str]]] = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 - aiosmtpd's hook name
        self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
        self.messages.append(message_from_bytes(envelope.content))
        return "250 OK"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def smtp_server(app):
    from aiosmtpd.controller import Controller

    handler = Collecting()
    port = _free_port()
    controller = Controller(handler, hostname="127.0.0.1", port=port)
    controller.start()
    saved = {key: app.config.get(key) for key in ("MAIL_SERVER", "MAIL_PORT", "MAIL_USE_TLS", "MAIL_DEFAULT_SENDER")}
    app.config.update(MAIL_SERVER="127.0.0.1", MAIL_PORT=port, MAIL_USE_TLS=False,
                      MAIL_DEFAULT_SENDER="voice@inspections.example")
    try:
        yield handler
    finally:
        app.config.update(saved)
        controller.stop()


def _stored(app) -> list[MailMessage]:
    with app.app_context():
        rows = list(db.session.scalars(select(MailMessage).order_by(MailMessage.id)))
        db.session.expunge_all()
        return rows


def test_an_invitation_is_delivered_over_smtp_and_its_link_is_not_kept(app, client, smtp_server):
    create_user(app, email="cora@example.org", role="coordinator", name="Cora")
    sign_in(client, "cora@example.org")
    response = post_form(client, "/admin/accounts/invite",
                         {"name": "Ida", "email": "ida@example.org", "role": "inspector"})
    assert response.status_code == 302
    [received] = smtp_server.messages
    assert received["To"] == "ida@example.org"
    assert received["From"] == "voice@inspections.example"
    assert received["Subject"] == "You have been invited to Voice"
    body = received.get_payload(decode=True).decode()
    assert "http://localhost/set-password/" in body
    assert smtp_server.envelopes == [("voice@inspections.example", ["ida@example.org"])]
    [stored] = _stored(app)
    assert stored.state == "sent" and stored.sent_at is not None
    assert stored.body == ""  # the set-password link does not wait in the database
    page = client.get("/admin/outbox").text
    assert "Sent" in page and "To ida@example.org" in page


def test_a_failed_delivery_is_recorded_and_shown_to_coordinators(app, client):
    create_user(app, email="cora@example.org", role="coordinator")
    sign_in(client, "cora@example.org")
    saved = (app.config["MAIL_SERVER"], app.config["MAIL_PORT"], app.config["MAIL_USE_TLS"])
    app.config.update(MAIL_SERVER="127.0.0.1", MAIL_PORT=_free_port(), MAIL_USE_TLS=False)  # nothing listens
    try:
        post_form(client, "/admin/accounts/invite", {"name": "Ida", "email": "ida@example.org", "role": "inspector"})
    finally:
        app.config["MAIL_SERVER"], app.config["MAIL_PORT"], app.config["MAIL_USE_TLS"] = saved
    [stored] = _stored(app)
    assert stored.state == "failed" and stored.attempts == 1
    assert "Connection" in stored.error or "refused" in stored.error.lower()
    assert "Failed" in client.get("/admin/outbox").text


def test_without_a_mail_server_messages_wait_in_the_outbox(app):
    from voice import mail

    with app.app_context():
        assert not mail.server_configured()
        message = mail.send(to="someone@example.org", subject="Hello", body="Text", kind="test")
        assert message.state == "outbox" and message.body == "Text"


def test_mail_links_come_from_the_configured_base_url_never_the_request_host(app):
    from voice import mail

    saved = app.config["BASE_URL"]
    app.config["BASE_URL"] = "https://voice.example.gov.uk/"
    try:
        with app.test_request_context("/", base_url="http://evil.example"):
            assert mail.external_url("auth.sign_in") == "https://voice.example.gov.uk/sign-in"
    finally:
        app.config["BASE_URL"] = saved


def test_with_a_broker_mail_is_delivered_by_the_worker(app, smtp_server):

    from redis import Redis
    from rq import Queue

    from voice import jobs, mail

    url = redis_url("mail")
    try:
        connection = Redis.from_url(url)
        connection.ping()
    except Exception:  # noqa: BLE001
        pytest.skip("no Redis on 127.0.0.1:6379")
    connection.flushdb()
    app.config["JOBS_REDIS_URL"] = url
    try:
        with app.app_context():
            message = mail.send(to="cora@example.org", subject="Possible safeguarding concern: East Sussex",
                                body="A link only", kind="safeguarding_alert")
            assert message.state == "queued"
        queue = Queue(jobs.QUEUE, connection=connection)
        assert queue.count == 1 and smtp_server.messages == []  # the request only enqueues
        jobs._APP = app
        try:
            jobs._worker_class()([queue], connection=connection).work(burst=True)
        finally:
            jobs._APP = None
        [received] = smtp_server.messages
        assert received["Subject"] == "Possible safeguarding concern: East Sussex"
        [stored] = _stored(app)
        assert stored.state == "sent"
    finally:
        app.config["JOBS_REDIS_URL"] = None
        connection.flushdb()
