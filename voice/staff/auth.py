"""Sign-in and sign-out for coordinators and inspectors.

Sign-in is a password, then (when the account has it, and always in production) a
code from an authenticator app: see ``voice.staff.two_factor``. Failed tries slow
down the address they come from and are capped per account for unknown browsers
(``voice.services.sign_in_limits``), so a stranger cannot lock anyone out.

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
from flask_login.config import COOKIE_NAME as REMEMBER_COOKIE

from voice.extensions import limiter, login_manager
from voice.forms import error_messages
from voice.forms.staff import SignInForm
from voice.models import User
from voice.models.base import utcnow
from voice.services import audit, sign_in_limits, users
from voice.staff import devices
from voice.staff.access import public, signed_in_required

bp = Blueprint("auth", __name__)

DEFAULT_SIGN_IN_LIMIT = "10 per minute"
DEFAULT_IDLE_TIMEOUT = timedelta(minutes=30)
_SIGNED_IN_AT = "staff_signed_in_at"
_SEEN_AT = "staff_seen_at"
_PENDING = "staff_pending_sign_in"
PENDING_SECONDS = 300


def _sign_in_limit() -> str:
    return str(current_app.config.get("SIGN_IN_RATE_LIMIT") or DEFAULT_SIGN_IN_LIMIT)


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


def _may_be_signed_in() -> bool:
    """Could this request carry a staff sign-in? Only if the session holds a user id (or a
    Flask-Login remember cookie came): a family's session never does, so their pages skip
    loading a user."""
    name = current_app.config.get("REMEMBER_COOKIE_NAME", REMEMBER_COOKIE)
    return "_user_id" in session or name in request.cookies


@bp.before_app_request
def _enforce_session_expiry():
    if request.endpoint in (None, "static") or not _may_be_signed_in() or not current_user.is_authenticated:
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


def _limits() -> sign_in_limits.Limits:
    config = current_app.config
    delay = config.get("SIGN_IN_MAX_DELAY", timedelta(minutes=15))
    return sign_in_limits.Limits(
        free_failures=int(config.get("SIGN_IN_FREE_FAILURES", 5)),
        max_delay=delay if isinstance(delay, timedelta) else timedelta(seconds=int(delay)),
        daily_cap=int(config.get("SIGN_IN_ACCOUNT_DAILY_CAP", 100)),
        secret=str(config["SECRET_KEY"]),
    )


def _address() -> str:
    return request.remote_addr or ""


def refused_message(decision: sign_in_limits.Decision) -> str:
    if decision.reason == "cap":
        return str(error_messages.SIGN_IN_CAPPED)
    return str(error_messages.SIGN_IN_SLOWED % {"seconds": decision.wait_seconds})


def check_limits(user: User) -> sign_in_limits.Decision:
    return sign_in_limits.check(user=user, address=_address(), trusted=devices.is_known(user.id),
                                limits=_limits(), now=utcnow())


def record_failure(user: User) -> None:
    sign_in_limits.record_failure(user=user, address=_address(), trusted=devices.is_known(user.id),
                                  limits=_limits(), now=utcnow())


def two_factor_required() -> bool:
    return bool(current_app.config.get("STAFF_TWO_FACTOR_REQUIRED"))


def start_pending(user: User, next_url: str | None) -> None:
    """Password right, second step still to do: remember who, briefly, in a fresh session."""
    _clear_session()
    session[_PENDING] = {"user_id": user.id, "at": time.time(), "next": next_url or ""}


def pending_user() -> User | None:
    pending = session.get(_PENDING)
    if not isinstance(pending, dict) or time.time() - float(pending.get("at", 0)) > PENDING_SECONDS:
        return None
    user = users.user_by_id(int(pending.get("user_id", 0)))
    return user if user is not None and user.active else None


def pending_next() -> str | None:
    pending = session.get(_PENDING)
    return (pending.get("next") or None) if isinstance(pending, dict) else None


def complete_sign_in(user: User, *, next_url: str | None, detail: str = "", response=None):
    """Both steps done (or the second not needed): start the session and remember this browser."""
    _clear_session()
    login_user(user)
    session.permanent = True
    now = time.time()
    session[_SIGNED_IN_AT] = now
    session[_SEEN_AT] = now
    users.record_sign_in(user=user, at=utcnow())
    sign_in_limits.clear_address(user=user, limits=_limits(), address=_address())
    audit.record("sign_in", user=user, detail=detail)
    if response is None:
        response = redirect(_safe_next(next_url) or url_for("staff.inspections"))
    return devices.remember(response, user.id)


@bp.route("/sign-in", methods=["GET", "POST"])
@limiter.limit(_sign_in_limit, methods=["POST"], deduct_when=_failed)
@public
def sign_in():
    if current_user.is_authenticated:
        return redirect(url_for("staff.inspections"))
    form = SignInForm()
    if form.validate_on_submit():
        named = users.user_by_email(form.email.data or "")
        decision = check_limits(named) if named is not None else sign_in_limits.Decision(True)
        if not decision.allowed:
            audit.record("sign_in_slowed", user=named, detail=decision.reason)
            form.email.errors = [*form.email.errors, refused_message(decision)]
            form.password.data = ""
            return render_template("auth/sign_in.html", form=form), 429
        user, named = users.authenticate(email=form.email.data or "", password=form.password.data or "")
        if user is not None:
            next_url = _safe_next(request.args.get("next"))
            if user.two_factor_enabled:
                start_pending(user, next_url)
                return redirect(url_for("auth.two_factor_code"))
            if two_factor_required():
                start_pending(user, next_url)
                return redirect(url_for("auth.two_factor_setup"))
            return complete_sign_in(user, next_url=next_url)
        if named is not None:
            record_failure(named)
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


from voice.staff import passwords, two_factor  # noqa: E402,F401  (their views join this blueprint)
