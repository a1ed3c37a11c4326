"""Two-factor sign-in: the code step after the password, enrolment, recovery codes, and your account."""

from __future__ import annotations

from flask import abort, current_app, flash, redirect, render_template, url_for
from flask_babel import gettext as _
from flask_babel import ngettext
from flask_login import current_user

from voice.forms import error_messages
from voice.forms.accounts import CodeForm, ConfirmForm, EnrolForm
from voice.models.base import utcnow
from voice.services import audit
from voice.services import two_factor as totp
from voice.staff.access import public, signed_in_required
from voice.staff.auth import (
    bp,
    check_limits,
    complete_sign_in,
    pending_next,
    pending_user,
    record_failure,
    refused_message,
    two_factor_required,
)
from voice.templating import uk_datetime


def _start_again():
    flash(_("Sign in again: that took too long, or the page was opened on its own."), "info")
    return redirect(url_for("auth.sign_in"))


@bp.route("/sign-in/code", methods=["GET", "POST"])
@public
def two_factor_code():
    user = pending_user()
    if user is None or not user.two_factor_enabled:
        return _start_again()
    form = CodeForm()
    if form.validate_on_submit():
        decision = check_limits(user)
        if not decision.allowed:
            form.code.errors = [*form.code.errors, refused_message(decision)]
            return render_template("auth/code.html", form=form), 429
        entered = form.code.data or ""
        if totp.check_code(user=user, code=entered):
            return complete_sign_in(user, next_url=pending_next())
        if totp.use_recovery_code(user=user, code=entered, now_at=utcnow()):
            left = totp.recovery_codes_left(user=user)
            flash(ngettext("You used a recovery code. You have %(num)d left.",
                           "You used a recovery code. You have %(num)d left.", left), "info")
            return complete_sign_in(user, next_url=pending_next(), detail="with a recovery code")
        record_failure(user)
        audit.record("sign_in_failed", user=user, detail="wrong two-factor code")
        form.code.errors = [*form.code.errors, error_messages.CODE_WRONG]
        form.code.data = ""
    return render_template("auth/code.html", form=form)


def _enrol_page(user, form, *, signing_in: bool):
    secret = totp.start_enrolment(user=user)
    uri = totp.provisioning_uri(user=user, secret=secret)
    return render_template("auth/two_factor_setup.html", form=form, qr=totp.qr_data_uri(uri),
                           secret=totp.grouped_secret(secret), signing_in=signing_in,
                           required=two_factor_required())


def _codes_page(codes: list[str], *, continue_url: str):
    return render_template("auth/recovery_codes.html", codes=codes, continue_url=continue_url)


@bp.route("/sign-in/set-up-two-factor", methods=["GET", "POST"])
@public
def two_factor_setup():
    user = pending_user()
    if user is None or user.two_factor_enabled:
        return _start_again()
    form = EnrolForm()
    if form.validate_on_submit():
        codes = totp.confirm_enrolment(user=user, code=form.code.data or "", now_at=utcnow())
        if codes is not None:
            audit.record("two_factor_enabled", user=user)
            next_url = pending_next()
            page = _codes_page(codes, continue_url=next_url or url_for("staff.inspections"))
            return complete_sign_in(user, next_url=next_url, response=current_app.make_response(page))
        form.code.errors = [*form.code.errors, error_messages.CODE_WRONG]
        form.code.data = ""
    return _enrol_page(user, form, signing_in=True)


@bp.get("/account")
@signed_in_required
def account():
    user = current_user._get_current_object()
    return render_template(
        "auth/account.html", user=user,
        last_sign_in=uk_datetime(user.last_signed_in_at, "d MMMM y, HH:mm") if user.last_signed_in_at else None,
        codes_left=totp.recovery_codes_left(user=user) if user.two_factor_enabled else 0,
        can_turn_off=not two_factor_required(),
    )


@bp.route("/account/two-factor", methods=["GET", "POST"])
@signed_in_required
def account_two_factor():
    user = current_user._get_current_object()
    if user.two_factor_enabled:
        return redirect(url_for("auth.account"))
    form = EnrolForm()
    if form.validate_on_submit():
        codes = totp.confirm_enrolment(user=user, code=form.code.data or "", now_at=utcnow())
        if codes is not None:
            audit.record("two_factor_enabled", user=user)
            return _codes_page(codes, continue_url=url_for("auth.account"))
        form.code.errors = [*form.code.errors, error_messages.CODE_WRONG]
        form.code.data = ""
    return _enrol_page(user, form, signing_in=False)


@bp.post("/account/two-factor/recovery-codes")
@signed_in_required
def new_recovery_codes():
    user = current_user._get_current_object()
    if not user.two_factor_enabled or not ConfirmForm().validate_on_submit():
        abort(400)
    codes = totp.new_recovery_codes(user=user)
    audit.record("recovery_codes_renewed", user=user)
    return _codes_page(codes, continue_url=url_for("auth.account"))


@bp.post("/account/two-factor/turn-off")
@signed_in_required
def turn_off_two_factor():
    user = current_user._get_current_object()
    if two_factor_required() or not ConfirmForm().validate_on_submit():
        abort(400)
    totp.turn_off(user=user)
    audit.record("two_factor_disabled", user=user)
    flash(_("Two-factor sign-in is off."), "success")
    return redirect(url_for("auth.account"))
