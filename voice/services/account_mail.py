"""The words of account mail: invitations and password resets. Links only, built from VOICE_BASE_URL."""

from __future__ import annotations

from datetime import datetime

from flask import current_app
from flask_babel import gettext as _

from voice import mail
from voice.models import User
from voice.services import account_links


def send_invitation(*, user: User, invited_by: User, now: datetime) -> None:
    lifetime = current_app.config["INVITATION_LIFETIME"]
    token = account_links.issue(user=user, purpose="invitation", lifetime=lifetime, now=now)
    link = mail.external_url("auth.set_password", token=token)
    days = max(1, int(lifetime.total_seconds() // 86400))
    body = _(
        "Hello %(name)s,\n\n"
        "%(inviter)s has invited you to Voice, where the inspection team reads what families say "
        "in Area SEND inspections.\n\n"
        "Set your password with this link. It works once, for %(days)s days:\n%(link)s\n\n"
        "After that you will set up two-factor sign-in with an authenticator app on your phone.\n\n"
        "If you did not expect this, you can ignore this email.",
        name=user.name, inviter=invited_by.name, days=days, link=link,
    )
    mail.send(to=user.email, subject=_("You have been invited to Voice"), body=body, kind="invitation")


def send_password_reset(*, user: User, now: datetime) -> None:
    lifetime = current_app.config["PASSWORD_RESET_LIFETIME"]
    token = account_links.issue(user=user, purpose="reset", lifetime=lifetime, now=now)
    link = mail.external_url("auth.set_password", token=token)
    minutes = max(1, int(lifetime.total_seconds() // 60))
    body = _(
        "Hello %(name)s,\n\n"
        "Someone asked to reset the password of your Voice account. If it was you, use this link. "
        "It works once, for %(minutes)s minutes:\n%(link)s\n\n"
        "If it was not you, you can ignore this email: your password has not changed.",
        name=user.name, minutes=minutes, link=link,
    )
    mail.send(to=user.email, subject=_("Reset your Voice password"), body=body, kind="password_reset")
