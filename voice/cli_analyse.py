"""`flask analyse` (re-tag, or finish what is waiting) and `flask worker` (the analysis queue)."""

from __future__ import annotations

import sys
import time

import click
from flask import current_app
from flask.cli import with_appcontext


class ProgressBar:
    """A text progress bar on standard error: done of total, rate and time left."""

    def __init__(self, label: str, width: int = 30) -> None:
        self.label = label
        self.width = width
        self.started = time.perf_counter()

    def __call__(self, done: int, total: int) -> None:
        elapsed = max(time.perf_counter() - self.started, 1e-6)
        share = done / total if total else 1.0
        filled = int(self.width * share)
        rate = done / elapsed
        left = (total - done) / rate if rate else 0.0
        bar = "#" * filled + "-" * (self.width - filled)
        end = "\n" if done >= total or not sys.stderr.isatty() else "\r"
        click.echo(f"{self.label} [{bar}] {done}/{total} {share:4.0%} {rate:6.0f}/s {left:5.0f}s left",
                   err=True, nl=False)
        click.echo(end, err=True, nl=False)


@click.command("analyse")
@click.option("--inspection", "inspection_id", type=int, help="The inspection's id.")
@click.option("--pending", is_flag=True, help="Analyse only comments still waiting for their first analysis.")
@click.option("--batch-size", default=500, show_default=True, help="Comments per transaction.")
@with_appcontext
def analyse_command(inspection_id: int | None, pending: bool, batch_size: int) -> None:
    """Re-tag every comment of an inspection (people's corrections are never
    overwritten), or with --pending finish comments still waiting."""
    from voice.extensions import db
    from voice.models import Inspection
    from voice.services.analysis_jobs import analyse_pending
    from voice.services.retag import retag_inspection

    if inspection_id is not None and db.session.get(Inspection, inspection_id) is None:
        raise click.ClickException(f"There is no inspection {inspection_id}")
    if pending:
        done = analyse_pending(inspection_id=inspection_id, progress=ProgressBar("analysed"))
        click.echo(f"Analysed {done} waiting comments.")
        return
    if inspection_id is None:
        raise click.UsageError("Give --inspection ID to re-tag, or --pending.")
    result = retag_inspection(inspection_id=inspection_id, batch_size=batch_size, progress=ProgressBar("re-tagged"))
    click.echo(
        f"Re-tagged {result.comments} comments for inspection {inspection_id}: "
        f"{result.changed} changed, {result.human_decisions_kept} human decisions kept."
    )


@click.command("worker")
@click.option("--burst", is_flag=True, help="Stop when the queue is empty.")
@with_appcontext
def worker_command(burst: bool) -> None:
    """Run analysis jobs from the Redis queue (VOICE_JOBS_REDIS_URL)."""
    from voice.jobs import redis_url, run_worker

    app = current_app._get_current_object()  # type: ignore[attr-defined]
    if not redis_url(app):
        raise click.ClickException("VOICE_JOBS_REDIS_URL is not set: analysis runs in-process, no worker is needed.")
    run_worker(app, burst=burst)
