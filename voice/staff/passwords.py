"""Setting a password from an invitation or reset link, and asking for a reset link."""

from __future__ import annotations

from datetime import timedelta

from flask import current_app, flash, redirect, render_template, url_for
from flask_babel import gettext as _

from voice.extensions import limiter
from voice.forms.accounts import ForgotPasswordForm, SetPasswordForm
from voice.models.base import utcnow
from voice.services import account_links, account_mail, audit, sign_in_limits, users
from voice.staff import devices
from voice.staff.access import public
from voice.staff.auth import bp

RESETS_PER_HOUR = 3


def _reset_limit() -> str:
    return str(current_app.config.get("PASSWORD_RESET_RATE_LIMIT") or "20 per hour")


@bp.route("/sign-in/forgot-password", methods=["GET", "POST"])
@limiter.limit(_reset_limit, methods=["POST"])
@public
def forgot_password():
    form = ForgotPasswordForm()
    if form.validate_on_submit():
        now = utcnow()
        user = users.user_by_email(form.email.data or "")
        # The same answer whether or not there is an account, so the page reveals nothing.
        if user is not None and user.active and account_links.recent_count(
                user=user, purpose="reset", since=now - timedelta(hours=1)) < RESETS_PER_HOUR:
            account_mail.send_password_reset(user=user, now=now)
            audit.record("password_reset_requested", user=user)
        return redirect(url_for("auth.reset_sent"))
    return render_template("auth/forgot_password.html", form=form)


@bp.get("/sign-in/forgot-password/sent")
@public
def reset_sent():
    return render_template("auth/reset_sent.html")


@bp.route("/set-password/<token>", methods=["GET", "POST"])
@public
def set_password(token: str):
    now = utcnow()
    link = account_links.check(token=token, now=now)
    if link is None:
        return render_template("auth/link_expired.html"), 404
    form = SetPasswordForm()
    if form.validate_on_submit():
        spent = account_links.use(token=token, now=now)
        if spent is None:
            return render_template("auth/link_expired.html"), 404
        users.set_password(user=spent.user, password=form.password.data or "", at=now)
        # Proving they read the account's mail lifts any cap a stranger's guesses had reached.
        sign_in_limits.clear_account(user=spent.user)
        audit.record("password_set", user=spent.user, detail=spent.purpose)
        flash(_("Your password is set. Sign in with it now."), "success")
        return devices.remember(redirect(url_for("auth.sign_in")), spent.user.id)
    return render_template("auth/set_password.html", form=form, user=link.user,
                           invitation=link.purpose == "invitation")
