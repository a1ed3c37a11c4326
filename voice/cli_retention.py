"""`flask retention`: delete the responses that are due, for a daily cron job or scheduler."""

from __future__ import annotations

import click
from flask.cli import with_appcontext

from voice.models.base import utcnow
from voice.services import retention, working_days


@click.command("retention")
@click.option("--dry-run", is_flag=True, help="List what is due and what is due soon, and delete nothing.")
@with_appcontext
def retention_command(dry_run: bool) -> None:
    """Delete every inspection's responses that are due under the retention period."""
    now = utcnow()
    today = working_days.to_uk(now).date()
    due = retention.due_by(today)
    soon = retention.due_soon(now=now)
    for item in soon:
        click.echo(f"due soon: inspection {item.inspection.id} ({item.inspection.local_area.name}) on {item.due}")
    if dry_run:
        for item in due:
            click.echo(f"due now: inspection {item.inspection.id} ({item.inspection.local_area.name}), "
                       f"due {item.due}")
        click.echo(f"{len(due)} inspection(s) due; nothing deleted (dry run).")
        return
    run = retention.delete_due(now=now)
    for inspection_id, counts in run.deleted:
        click.echo(f"deleted: inspection {inspection_id}: {counts.responses} responses, {counts.comments} comments, "
                   f"{counts.drafts} drafts, {counts.webinar_questions} webinar questions")
    for inspection_id, reason in run.skipped:
        click.echo(f"skipped: inspection {inspection_id}: {reason}", err=True)
    click.echo(f"{len(run.deleted)} inspection(s) deleted.")
