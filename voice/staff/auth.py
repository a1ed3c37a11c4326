"""Sign-in and sign-out for coordinators and inspectors.

Sessions end four hours after sign-in (STAFF_SESSION_LIFETIME), after a quiet spell
(STAFF_IDLE_TIMEOUT, 30 minutes by default), and everywhere at once when the user
signs out: a copy of the old cookie is refused because it predates user.signed_out_at.
"""

from __future__ import annotations

import time
from datetime import UTC, timedelta
from urllib.parse import urlsplit

from flask import (
    Blueprint,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_login import current_user, login_user, logout_user

from voice.extensions import limiter, login_manager
from voice.forms import error_messages
from voice.forms.staff import SignInForm
from voice.models.base import utcnow
from voice.services import audit, users
from voice.staff.access import public, signed_in_required

bp = Blueprint("auth", __name__)

DEFAULT_SIGN_IN_LIMIT = "10 per minute"
DEFAULT_IDLE_TIMEOUT = timedelta(minutes=30)
_SIGNED_IN_AT = "staff_signed_in_at"
_SEEN_AT = "staff_seen_at"


def _sign_in_limit() -> str:
    return str(current_app.config.get("SIGN_IN_RATE_LIMIT") or DEFAULT_SIGN_IN_LIMIT)


def _email_key() -> str:
    return "sign-in-email:" + users.normalise_email(request.form.get("email", ""))[:254]


def _failed(response) -> bool:
    """Only failed attempts count against the limits, so a colleague's typo does not lock others out."""
    return response.status_code != 302


@bp.record_once
def _configure_login(_state) -> None:
    login_manager.login_view = "auth.sign_in"
    login_manager.login_message = _l("Sign in to see that page.")
    login_manager.login_message_category = "info"
    login_manager.localize_callback = str


def _idle_timeout() -> timedelta:
    value = current_app.config.get("STAFF_IDLE_TIMEOUT", DEFAULT_IDLE_TIMEOUT)
    return value if isinstance(value, timedelta) else timedelta(seconds=int(value))


def _session_expired(now: float) -> str | None:
    """Why the current staff session is no longer good, or None if it is."""
    signed_in_at = session.get(_SIGNED_IN_AT)
    seen_at = session.get(_SEEN_AT)
    if not isinstance(signed_in_at, (int, float)) or not isinstance(seen_at, (int, float)):
        return "unknown"
    lifetime = current_app.config.get("STAFF_SESSION_LIFETIME", current_app.permanent_session_lifetime)
    if now - signed_in_at > lifetime.total_seconds():
        return "lifetime"
    if now - seen_at > _idle_timeout().total_seconds():
        return "idle"
    signed_out_at = current_user.signed_out_at
    # Stored times are naive UTC: say so, or timestamp() would read them as local time.
    if signed_out_at is not None and signed_in_at <= signed_out_at.replace(tzinfo=UTC).timestamp():
        return "signed_out"
    return None


@bp.before_app_request
def _enforce_session_expiry():
    if request.endpoint in (None, "static") or not current_user.is_authenticated:
        return None
    now = time.time()
    reason = _session_expired(now)
    if reason is None:
        if now - session.get(_SEEN_AT, 0) > 30:
            session[_SEEN_AT] = now
        return None
    # Sign out and carry on: public pages still work, and signed-in pages send the user to sign in.
    logout_user()
    _clear_session()
    if reason in ("idle", "lifetime"):
        flash(_("You were signed out because your session ended. Sign in again to carry on."), "info")
    return None


def _clear_session() -> None:
    lang = session.get("lang")
    session.clear()
    if lang:
        session["lang"] = lang


def _safe_next(target: str | None) -> str | None:
    """Only paths on this site: never another host, never a scheme-relative //host."""
    if not target:
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc or not parts.path.startswith("/") or parts.path.startswith("//"):
        return None
    if "\\" in target:
        return None
    return target


@bp.route("/sign-in", methods=["GET", "POST"])
@limiter.limit(_sign_in_limit, methods=["POST"], deduct_when=_failed)
@limiter.limit(_sign_in_limit, methods=["POST"], key_func=_email_key, deduct_when=_failed)
@public
def sign_in():
    if current_user.is_authenticated:
        return redirect(url_for("staff.inspections"))
    form = SignInForm()
    if form.validate_on_submit():
        user, named = users.authenticate(email=form.email.data or "", password=form.password.data or "")
        if user is not None:
            _clear_session()
            login_user(user)
            session.permanent = True
            now = time.time()
            session[_SIGNED_IN_AT] = now
            session[_SEEN_AT] = now
            audit.record("sign_in", user=user)
            return redirect(_safe_next(request.args.get("next")) or url_for("staff.inspections"))
        audit.record("sign_in_failed", user=named, detail="" if named else "no account with that email")
        form.email.errors = [*form.email.errors, error_messages.SIGN_IN_FAILED]
        form.password.data = ""
    return render_template("auth/sign_in.html", form=form)


@bp.post("/sign-out")
@signed_in_required
def sign_out():
    user = current_user._get_current_object()
    users.mark_signed_out(user=user, at=utcnow())
    audit.record("sign_out", user=user)
    logout_user()
    _clear_session()
    flash(_("You have signed out."), "success")
    return redirect(url_for("auth.sign_in"))
