"""The one place Voice sends mail from.

Every message is written to the ``mail_message`` table first, in its own commit:

* with no ``MAIL_SERVER`` configured (``make run``, tests, the demo) it stays there,
  in the outbox coordinators read at /admin/outbox;
* with one, delivery is a job: on the RQ queue when ``VOICE_JOBS_REDIS_URL`` is set
  (retried with back-off), otherwise right away in this process. The outcome is
  recorded on the row (sent, or failed with the reason), so coordinators see failures.

Delivery uses the standard library's smtplib and email packages: STARTTLS when
``MAIL_USE_TLS`` is on, and a login when ``MAIL_USERNAME`` is set. Once a message is
delivered its body is cleared: set-password links should not wait in the database.
"""

from __future__ import annotations

import logging
import smtplib
from contextlib import AbstractContextManager, nullcontext
from email.message import EmailMessage
from email.utils import make_msgid
from typing import Any, Final

from flask import Flask, current_app, has_request_context, url_for

from voice.extensions import db
from voice.models.base import utcnow
from voice.models.mail import MailMessage

RETRIES: Final = 3
SMTP_TIMEOUT: Final = 20

log = logging.getLogger(__name__)


def external_url(endpoint: str, **values: Any) -> str:
    """An absolute link for mail, built from VOICE_BASE_URL and never from the request's host."""
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    base = str(app.config.get("BASE_URL") or "http://127.0.0.1:5000").rstrip("/")
    with app.test_request_context(base_url=base + "/"):
        path = url_for(endpoint, **values)
    return base + path


def words_context() -> AbstractContextManager[object]:
    """A request context for composing mail from a job (translations need one); none needed in a request."""
    if has_request_context():
        return nullcontext()
    app = current_app._get_current_object()  # type: ignore[attr-defined]
    return app.test_request_context(base_url=str(app.config.get("BASE_URL") or "http://127.0.0.1:5000"))


def server_configured(app: Flask | None = None) -> bool:
    return bool((app or current_app).config.get("MAIL_SERVER"))


def send(*, to: str, subject: str, body: str, kind: str, inspection_id: int | None = None) -> MailMessage:
    """Store a message and start its delivery. Commits: call it once your own changes are saved."""
    message = MailMessage(
        kind=kind, recipient=to, subject=subject[:200], body=body, inspection_id=inspection_id,
        state="queued" if server_configured() else "outbox", created_at=utcnow(),
    )
    db.session.add(message)
    db.session.commit()
    if message.state == "queued":
        _dispatch(message.id)
    return message


def _dispatch(message_id: int) -> None:
    from voice import jobs

    url = jobs.redis_url()
    if url:
        try:
            from rq import Retry

            jobs._queue(url).enqueue("voice.mail.run_delivery", message_id,
                                     retry=Retry(max=RETRIES, interval=[10, 60, 300]))
            return
        except Exception:  # a down broker must not lose the message: send it from here instead
            log.exception("could not queue mail %s; sending in-process", message_id)
    deliver(message_id)


def _as_email(message: MailMessage, sender: str) -> EmailMessage:
    email = EmailMessage()
    email["From"] = sender
    email["To"] = message.recipient
    email["Subject"] = message.subject
    email["Message-ID"] = make_msgid(domain=sender.rpartition("@")[2] or None)
    email.set_content(message.body)
    return email


def deliver(message_id: int, *, raise_on_failure: bool = False) -> bool:
    """Send one stored message over SMTP; record the outcome. True if it was delivered."""
    message = db.session.get(MailMessage, message_id)
    if message is None or message.state == "sent":
        return True
    config = current_app.config
    message.attempts += 1
    try:
        with smtplib.SMTP(config["MAIL_SERVER"], int(config.get("MAIL_PORT") or 25), timeout=SMTP_TIMEOUT) as smtp:
            if config.get("MAIL_USE_TLS"):
                smtp.starttls()
            if config.get("MAIL_USERNAME"):
                smtp.login(config["MAIL_USERNAME"], config.get("MAIL_PASSWORD") or "")
            smtp.send_message(_as_email(message, str(config.get("MAIL_DEFAULT_SENDER") or "voice@localhost")))
    except (OSError, smtplib.SMTPException) as error:
        message.state = "failed"
        message.error = f"{type(error).__name__}: {error}"[:500]
        db.session.commit()
        log.warning("mail %s to its recipient failed: %s", message_id, message.error)
        if raise_on_failure:
            raise
        return False
    message.state = "sent"
    message.sent_at = utcnow()
    message.error = ""
    message.body = ""
    db.session.commit()
    return True


def run_delivery(message_id: int) -> bool:
    """The RQ job. A failure raises, so RQ retries it; the row shows the last error meanwhile."""
    from voice import create_app, jobs

    app = jobs._APP or create_app()
    with app.app_context():
        return deliver(message_id, raise_on_failure=True)


def outbox_page(*, page: int, per_page: int = 25) -> tuple[list[MailMessage], int]:
    """Newest first, and how many pages there are."""
    from sqlalchemy import func, select

    total = int(db.session.scalar(select(func.count()).select_from(MailMessage)) or 0)
    pages = max(1, -(-total // per_page))
    page = min(max(1, page), pages)
    rows = list(db.session.scalars(
        select(MailMessage).order_by(MailMessage.created_at.desc(), MailMessage.id.desc())
        .offset((page - 1) * per_page).limit(per_page)
    ))
    return rows, pages


def message_by_id(message_id: int) -> MailMessage | None:
    return db.session.get(MailMessage, message_id)
