"""`flask analyse --inspection ID`: re-tag an inspection's comments with the current analyser."""

from __future__ import annotations

import click
from flask.cli import with_appcontext


@click.command("analyse")
@click.option("--inspection", "inspection_id", type=int, required=True, help="The inspection's id.")
@click.option("--batch-size", default=500, show_default=True, help="Comments per transaction.")
@with_appcontext
def analyse_command(inspection_id: int, batch_size: int) -> None:
    """Re-tag every comment of an inspection. People's corrections are never overwritten."""
    from voice.extensions import db
    from voice.models import Inspection
    from voice.services.retag import retag_inspection

    if db.session.get(Inspection, inspection_id) is None:
        raise click.ClickException(f"There is no inspection {inspection_id}")

    def progress(done: int, total: int) -> None:
        click.echo(f"{done} of {total} comments re-tagged", err=True)

    result = retag_inspection(inspection_id=inspection_id, batch_size=batch_size, progress=progress)
    click.echo(
        f"Re-tagged {result.comments} comments for inspection {inspection_id}: "
        f"{result.changed} changed, {result.human_decisions_kept} human decisions kept."
    )
