"""Large comment exports as background jobs, with progress, retries and failures on record.

A 32,000-comment spreadsheet takes far longer than a request should wait. So a
user asks for an export (``request_export``), which stores an ``ExportJob`` and
hands it to the job engine (``voice.jobs``):

* with ``VOICE_JOBS_REDIS_URL`` set, the job goes on the RQ queue that
  ``flask worker`` serves, and RQ retries it after a failure;
* with no broker, it runs in-process right after the commit, retried here.

Either way a job is tried at most ``MAX_ATTEMPTS`` times. Every batch of rows
moves its progress on, so the status page can say "12,000 of 32,000 rows". A
failure is recorded by the kind of error only (never a family's words) and is
shown to coordinators and to the user who asked.

The finished file is kept in the database, so any web worker can serve what a
worker on another machine built. It expires after ``KEEP_FOR``, or as soon as
the inspection's responses are deleted.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass
from datetime import datetime, timedelta
from typing import Final

from sqlalchemy import or_, select, update

from voice import jobs
from voice.extensions import db
from voice.models import EXPORT_FORMATS, ExportJob, Inspection, User, utcnow
from voice.services import exports
from voice.services.summary import Filters

MAX_ATTEMPTS: Final = 3
RETRY_INTERVALS: list[int] = [10, 60]  # seconds before RQ's second and third attempts
KEEP_FOR: Final = timedelta(hours=24)
# A running job moves on at every batch; one silent for this long lost its worker.
RUNNING_STALE_AFTER: Final = timedelta(minutes=15)
QUEUED_STALE_AFTER: Final = timedelta(hours=1)
# Up to this many comments, the direct download links still build the file within the request.
DIRECT_LIMIT: Final = 5000
JOB_TIMEOUT: Final = 1800

# What ExportJob.error holds: a short code, shown to users in words by the pages.
ERROR_STOPPED: Final = "stopped"
ERROR_NOT_STARTED: Final = "not_started"

log = logging.getLogger(__name__)


class ExportError(Exception):
    """The export cannot be asked for as it stands (for example an unknown format)."""


def filters_of(job: ExportJob) -> Filters:
    try:
        stored = json.loads(job.filters or "{}")
    except ValueError:
        stored = {}
    known = {name: stored.get(name) or None for name in ("audience", "age_phase", "setting", "ehc_plan")}
    return Filters(**known)


def request_export(
    *, inspection_id: int, user: User, fmt: str, include_original: bool, filters: Filters | None = None,
) -> ExportJob:
    """Store a queued export job for this user and inspection (committed), ready to be enqueued."""
    if fmt not in EXPORT_FORMATS:
        raise ExportError(fmt)
    tidy(now=utcnow())
    chosen = {name: value for name, value in asdict(filters or Filters()).items() if value}
    job = ExportJob(inspection_id=inspection_id, user_id=user.id, format=fmt, include_original=include_original,
                    filters=json.dumps(chosen, sort_keys=True), status="queued", rows_done=0, attempts=0)
    db.session.add(job)
    db.session.commit()
    return job


def enqueue(job_id: int) -> str:
    """Run this export: on the queue if one is configured ("queued"), else here and now.

    In-process, it is tried up to ``MAX_ATTEMPTS`` times; the result is "done" or "failed".
    A broker that cannot be reached runs the job in-process instead.
    """
    url = jobs.redis_url()
    if url:
        try:
            from rq import Retry

            jobs._queue(url).enqueue("voice.services.export_jobs.run_queued", job_id, job_timeout=JOB_TIMEOUT,
                                     retry=Retry(max=MAX_ATTEMPTS - 1, interval=RETRY_INTERVALS))
            return "queued"
        except Exception:  # a down broker must not lose the request
            log.exception("could not queue export job %d; running it in-process", job_id)
    status = "failed"
    for _attempt in range(MAX_ATTEMPTS):
        try:
            status = run_export(job_id=job_id)
        except Exception:  # recorded on the job by run_export; try again while attempts remain
            db.session.rollback()
            continue
        break
    job = db.session.get(ExportJob, job_id)
    return job.status if job is not None else status


def run_queued(job_id: int) -> str:
    """The RQ job: run one attempt inside an app context (RQ retries when it raises)."""
    from voice import create_app

    app = jobs._APP or create_app()
    with app.app_context():
        try:
            return run_export(job_id=job_id)
        finally:
            db.session.remove()


def run_export(*, job_id: int) -> str:
    """One attempt at building the file; returns the job's status afterwards.

    Idempotent: a job already finished, failed or expired is left alone. On an error the job
    goes back to "queued" while attempts remain (or "failed" after the last), and the error
    is raised again so the caller (or RQ) can retry.
    """
    job = db.session.get(ExportJob, job_id)
    if job is None or job.status not in ("queued", "running"):
        return job.status if job is not None else "missing"
    inspection = db.session.get(Inspection, job.inspection_id)
    now = utcnow()
    job.attempts += 1
    job.status, job.started_at, job.updated_at, job.error = "running", now, now, None
    if inspection is None or inspection.responses_deleted_at is not None:
        job.status, job.finished_at, job.rows_done, job.rows_total = "expired", now, 0, 0
        db.session.commit()
        return job.status
    db.session.commit()  # the attempt counts even if the worker dies during it
    fmt, include_original, inspection_id, filters = job.format, job.include_original, job.inspection_id, \
        filters_of(job)

    def progress(done: int) -> None:
        db.session.execute(update(ExportJob).where(ExportJob.id == job_id)
                           .values(rows_done=done, updated_at=utcnow()))
        db.session.commit()

    try:
        total = exports.count_rows(inspection_id=inspection_id, filters=filters)
        db.session.execute(update(ExportJob).where(ExportJob.id == job_id).values(rows_total=total, rows_done=0))
        db.session.commit()
        rows = exports.comment_rows(inspection_id=inspection_id, include_original=include_original,
                                    filters=filters, on_batch=progress)
        data = exports.WRITERS[fmt](rows)
        finished = utcnow()
        db.session.execute(update(ExportJob).where(ExportJob.id == job_id).values(
            data=data, size_bytes=len(data), status="done", finished_at=finished, updated_at=finished,
            expires_at=finished + KEEP_FOR, rows_done=total))
        db.session.commit()
    except Exception as error:
        db.session.rollback()
        _record_failure(job_id, error)
        raise
    return "done"


def _record_failure(job_id: int, error: BaseException) -> None:
    # The kind of error only: an exception's message can quote a cell, so a family's words.
    job = db.session.get(ExportJob, job_id)
    if job is None:
        return
    job.error = type(error).__name__[:300]
    job.updated_at = utcnow()
    if job.attempts >= MAX_ATTEMPTS:
        job.status, job.finished_at = "failed", job.updated_at
    else:
        job.status = "queued"
    db.session.commit()
    log.warning("export job %d failed on attempt %d of %d (%s)", job_id, job.attempts, MAX_ATTEMPTS,
                job.error)


@dataclass(frozen=True)
class Tidied:
    expired: int  # finished files deleted
    failed: int  # jobs given up on because their worker went silent


def tidy(*, now: datetime) -> Tidied:
    """Delete finished files that are due (a day old, or their responses deleted); fail silent jobs."""
    deleted = select(Inspection.id).where(Inspection.responses_deleted_at.is_not(None))
    expired = db.session.execute(
        update(ExportJob)
        .where(ExportJob.status == "done",
               or_(ExportJob.expires_at <= now, ExportJob.inspection_id.in_(deleted)))
        .values(status="expired", data=None, size_bytes=None)
    )
    failed = 0
    for status, after, code in (("running", RUNNING_STALE_AFTER, ERROR_STOPPED),
                                ("queued", QUEUED_STALE_AFTER, ERROR_NOT_STARTED)):
        result = db.session.execute(
            update(ExportJob).where(ExportJob.status == status, ExportJob.updated_at <= now - after)
            .values(status="failed", error=code, finished_at=now)
        )
        failed += _rowcount(result)
    db.session.commit()
    return Tidied(expired=_rowcount(expired), failed=failed)


def _rowcount(result: object) -> int:
    return int(getattr(result, "rowcount", 0) or 0)


def visible_jobs(*, inspection_id: int, user: User, limit: int = 50) -> list[ExportJob]:
    """This inspection's exports the user may see: all of them for a coordinator, else their own."""
    query = select(ExportJob).where(ExportJob.inspection_id == inspection_id)
    if user.role != "coordinator":
        query = query.where(ExportJob.user_id == user.id)
    return list(db.session.scalars(query.order_by(ExportJob.created_at.desc(), ExportJob.id.desc()).limit(limit)))


def job_for(*, inspection_id: int, job_id: int, user: User) -> ExportJob | None:
    """The job, if it belongs to this inspection and the user asked for it or is a coordinator.

    A file holding the original text is never handed to a role that may not see it.
    """
    job = db.session.get(ExportJob, job_id)
    if job is None or job.inspection_id != inspection_id:
        return None
    if user.role != "coordinator" and job.user_id != user.id:
        return None
    return job


@dataclass(frozen=True)
class ExportFile:
    job_id: int
    format: str
    data: bytes


def file_for(*, inspection_id: int, job_id: int, user: User, can_view_original: bool) -> ExportFile | None:
    """The finished file, for download; audited. None if it is not there to give this user."""
    job = job_for(inspection_id=inspection_id, job_id=job_id, user=user)
    if job is None or job.status != "done" or job.data is None:
        return None
    if job.include_original and not can_view_original:
        return None
    if job.expires_at is not None and job.expires_at <= utcnow():
        return None
    found = ExportFile(job_id=job.id, format=job.format, data=job.data)
    exports.audit_export(job.format, inspection_id=inspection_id, user=user,
                         include_original=job.include_original, how=f"prepared in the background (job {job.id})")
    return found


def small_enough_to_send_now(*, inspection_id: int) -> bool:
    return exports.count_rows(inspection_id=inspection_id) <= DIRECT_LIMIT


def users_by_id(ids: set[int]) -> dict[int, User]:
    if not ids:
        return {}
    return {user.id: user for user in db.session.scalars(select(User).where(User.id.in_(ids)))}
