"""Staff accounts in the browser: the list, invitations, resets, deactivation; and the outbox."""

from __future__ import annotations

from flask import abort, flash, redirect, render_template, request, url_for
from flask_babel import format_date
from flask_babel import gettext as _
from flask_login import current_user

from voice import mail
from voice.admin import bp
from voice.forms import error_messages
from voice.forms.accounts import ConfirmForm, InviteForm
from voice.models.base import utcnow
from voice.services import account_links, account_mail, audit, coordination, users
from voice.services import two_factor as totp
from voice.staff.access import coordinator_required
from voice.templating import uk_datetime

ACCOUNT_ACTIONS = ("resend", "reset", "deactivate", "reactivate", "reset_two_factor")


def _when(moment) -> str:
    return uk_datetime(moment, "d MMMM y, HH:mm") if moment else ""


def _status(user, now) -> tuple[str, str]:
    if not user.active:
        return _("Deactivated"), "govuk-tag--grey"
    if not user.has_password:
        if account_links.has_open_invitation(user=user, now=now):
            return _("Invited"), "govuk-tag--blue"
        return _("Invitation expired"), "govuk-tag--yellow"
    return _("Active"), "govuk-tag--green"


def _account_row(user, now) -> list[dict]:
    text, classes = _status(user, now)
    link = url_for("admin.account", user_id=user.id)
    return [
        {"html": f'<a class="govuk-link" href="{link}">{_escape(user.name or user.email)}</a>'},
        {"text": user.email},
        {"text": _("Coordinator") if user.role == "coordinator" else _("Inspector")},
        {"html": f'<strong class="govuk-tag {classes}">{_escape(text)}</strong>'},
        {"text": _("On") if user.two_factor_enabled else _("Off")},
        {"text": _when(user.last_signed_in_at) or _("Never")},
    ]


def _escape(text: str) -> str:
    from markupsafe import escape

    return str(escape(text))


@bp.get("/accounts")
@coordinator_required
def accounts():
    now = utcnow()
    rows = [_account_row(user, now) for user in users.all_accounts()]
    return render_template("admin/accounts.html", rows=rows)


@bp.route("/accounts/invite", methods=["GET", "POST"])
@coordinator_required
def invite():
    form = InviteForm()
    found = coordination.inspections_for(user=current_user)
    form.inspections.choices = [(i.id, f"{i.local_area.name} ({format_date(i.notification_date, 'd MMMM y')})")
                                for i in found]
    if form.validate_on_submit():
        chosen = [i for i in found if i.id in set(form.inspections.data or [])]
        try:
            user = users.invite_user(email=form.email.data or "", name=form.name.data or "",
                                     role=form.role.data or "", inspections=chosen)
        except users.AccountError:
            form.email.errors = [*form.email.errors, error_messages.ACCOUNT_EXISTS]
        else:
            audit.record("account_invited", user=current_user, detail=f"{user.email} as {user.role}")
            account_mail.send_invitation(user=user, invited_by=current_user, now=utcnow())
            flash(_("Invitation sent to %(email)s.", email=user.email), "success")
            return redirect(url_for("admin.account", user_id=user.id))
    return render_template("admin/invite.html", form=form)


@bp.get("/accounts/<int:user_id>")
@coordinator_required
def account(user_id: int):
    user = users.user_by_id(user_id)
    if user is None:
        abort(404)
    now = utcnow()
    text, classes = _status(user, now)
    return render_template(
        "admin/account.html", person=user, status={"text": text, "classes": classes},
        last_sign_in=_when(user.last_signed_in_at) or _("Never"), created=_when(user.created_at),
        inspections=[i.local_area.name for i in user.inspections] if user.role == "inspector" else None,
        is_self=user.id == current_user.id,
    )


@bp.post("/accounts/<int:user_id>/<any(" + ", ".join(ACCOUNT_ACTIONS) + "):action>")
@coordinator_required
def account_action(user_id: int, action: str):
    user = users.user_by_id(user_id)
    if user is None:
        abort(404)
    if not ConfirmForm().validate_on_submit():
        abort(400)
    now = utcnow()
    if action in ("deactivate", "reset_two_factor") and user.id == current_user.id:
        flash(_("You cannot do that to your own account. Ask another coordinator."), "error")
    elif action == "resend" and user.active and not user.has_password:
        account_mail.send_invitation(user=user, invited_by=current_user, now=now)
        audit.record("invitation_resent", user=current_user, detail=user.email)
        flash(_("A new invitation was sent to %(email)s. The old link no longer works.", email=user.email),
              "success")
    elif action == "reset" and user.active:
        account_mail.send_password_reset(user=user, now=now)
        audit.record("password_reset_sent", user=current_user, detail=user.email)
        flash(_("A password reset link was sent to %(email)s.", email=user.email), "success")
    elif action in ("deactivate", "reactivate"):
        users.set_active(user=user, active=action == "reactivate", at=now)
        audit.record("account_" + action + "d", user=current_user, detail=user.email)
        flash(_("%(email)s can no longer sign in.", email=user.email) if action == "deactivate"
              else _("%(email)s can sign in again.", email=user.email), "success")
    elif action == "reset_two_factor":
        totp.turn_off(user=user)
        audit.record("two_factor_reset", user=current_user, detail=user.email)
        flash(_("Two-factor sign-in was reset for %(email)s. They set it up again when they next sign in.",
                email=user.email), "success")
    return redirect(url_for("admin.account", user_id=user.id))


STATE_CLASSES = {"outbox": "govuk-tag--grey", "queued": "govuk-tag--blue", "sent": "govuk-tag--green",
                 "failed": "govuk-tag--red"}


def _state_tag(state: str) -> dict:
    labels = {"outbox": _("In the outbox"), "queued": _("Sending"), "sent": _("Sent"), "failed": _("Failed")}
    return {"text": labels.get(state, state), "classes": STATE_CLASSES.get(state, "")}


@bp.get("/outbox")
@coordinator_required
def outbox():
    requested = request.args.get("page", "1")
    number = int(requested) if requested.isdigit() else 1
    messages, pages = mail.outbox_page(page=number)
    rows = [{
        "id": m.id, "subject": m.subject, "recipient": m.recipient, "when": _when(m.created_at),
        "state": _state_tag(m.state), "error": m.error, "url": url_for("admin.outbox_message", message_id=m.id),
    } for m in messages]
    pagination = {}
    if number > 1:
        pagination["previous"] = {"href": url_for("admin.outbox", page=number - 1)}
    if number < pages:
        pagination["next"] = {"href": url_for("admin.outbox", page=number + 1)}
    return render_template("admin/outbox.html", rows=rows, pagination=pagination,
                           server=mail.server_configured())


@bp.get("/outbox/<int:message_id>")
@coordinator_required
def outbox_message(message_id: int):
    message = mail.message_by_id(message_id)
    if message is None:
        abort(404)
    return render_template("admin/outbox_message.html", message=message, when=_when(message.created_at),
                           state=_state_tag(message.state))
