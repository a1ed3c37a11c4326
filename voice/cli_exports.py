"""`flask exports-tidy`: delete prepared export files that are due, for the daily scheduler."""

from __future__ import annotations

import click
from flask.cli import with_appcontext

from voice.models.base import utcnow
from voice.services import export_jobs


@click.command("exports-tidy")
@with_appcontext
def exports_tidy_command() -> None:
    """Delete export files a day old or whose responses were deleted; fail jobs whose worker stopped."""
    done = export_jobs.tidy(now=utcnow())
    click.echo(f"{done.expired} export file(s) deleted; {done.failed} stalled export(s) marked failed.")
