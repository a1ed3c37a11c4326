"""`flask users ...`: make staff accounts and assign inspectors to inspections."""

from __future__ import annotations

import click
from flask.cli import with_appcontext

from voice.models.users import ROLES


@click.group("users")
def users_group() -> None:
    """Staff accounts: coordinators and inspectors."""


@users_group.command("create")
@click.option("--email", required=True, help="The address the person signs in with.")
@click.option("--role", required=True, type=click.Choice(ROLES))
@click.option("--name", required=True, help="Shown in the navigation and the audit log.")
@click.option("--password", default=None,
              help="At least 12 characters. Leave it out to be asked (safer: it stays out of shell history).")
@with_appcontext
def create_user_command(email: str, role: str, name: str, password: str | None) -> None:
    """Create an account, or update the name, role and password of an existing one."""
    from voice.services import audit, users

    if password is None:
        password = click.prompt("Password", hide_input=True, confirmation_prompt=True)
    try:
        user, created = users.create_or_update_user(email=email, name=name, role=role, password=password)
    except users.AccountError as error:
        raise click.ClickException(str(error)) from None
    audit.record("account_created" if created else "account_updated", user=user, detail=f"{role} via the command line")
    click.echo(f"{'Created' if created else 'Updated'} {user.role} {user.email}")


@users_group.command("assign")
@click.option("--email", required=True, help="The inspector's email address.")
@click.option("--inspection", "inspection_id", required=True, type=int, help="The inspection's number.")
@with_appcontext
def assign_command(email: str, inspection_id: int) -> None:
    """Let an inspector see one inspection."""
    from voice.services import audit, coordination, users

    user = users.user_by_email(email)
    if user is None:
        raise click.ClickException(f"No account with the email {email}")
    inspection = coordination.inspection_by_id(inspection_id)
    if inspection is None:
        raise click.ClickException(f"No inspection number {inspection_id}")
    try:
        added = users.assign(user=user, inspection=inspection)
    except users.AccountError as error:
        raise click.ClickException(str(error)) from None
    if added:
        audit.record("inspector_assigned", user=user, inspection_id=inspection.id,
                     detail=f"{user.email} via the command line")
    click.echo(f"{user.email} {'can now see' if added else 'could already see'} inspection {inspection.id}"
               f" ({inspection.local_area.name})")


@click.command("mail-due")
@with_appcontext
def mail_due_command() -> None:
    """Send the mail that is due now: safeguarding reminders, window opening and closing, daily counts.

    Safe to run often (every 5 minutes from cron, say): nothing is sent twice.
    """
    from datetime import timedelta

    from flask import current_app

    from voice.models.base import utcnow
    from voice.services.scheduled_mail import run_due

    hours = int(current_app.config.get("SAFEGUARDING_REMINDER_HOURS", 4))
    report = run_due(now=utcnow(), reminder_after=timedelta(hours=hours))
    sent = ", ".join(f"{kind} {count}" for kind, count in sorted(report.sent.items())) or "nothing else"
    click.echo(f"safeguarding reminders {report.reminders}; {sent}")
