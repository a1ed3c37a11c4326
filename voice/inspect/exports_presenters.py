"""Words for the background exports: status, progress and what went wrong."""

from __future__ import annotations

from flask import url_for
from flask_babel import format_decimal
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from voice.forms.exports import EXPORT_FORMAT_NAMES
from voice.forms.inspect import AUDIENCE_NAMES
from voice.models import ExportJob, Inspection, User
from voice.services import export_jobs
from voice.templating import uk_datetime

# How often the status page reloads itself while the file is being prepared.
REFRESH_SECONDS = 5

STATUS_NAMES = {
    "queued": _l("Waiting to start"),
    "running": _l("Being prepared"),
    "done": _l("Ready to download"),
    "failed": _l("Failed"),
    "expired": _l("Deleted"),
}
STATUS_CLASSES = {
    "queued": "govuk-tag--grey",
    "running": "govuk-tag--blue",
    "done": "govuk-tag--green",
    "failed": "govuk-tag--red",
    "expired": "govuk-tag--grey",
}


def progress_text(job: ExportJob) -> str:
    if job.rows_total is None:
        return _("Counting the comments.")
    return _("%(done)s of %(total)s rows", done=format_decimal(job.rows_done),
             total=format_decimal(job.rows_total))


def error_text(job: ExportJob) -> str:
    if job.error == export_jobs.ERROR_STOPPED:
        reason = _("it stopped making progress, so the worker running it may have stopped")
    elif job.error == export_jobs.ERROR_NOT_STARTED:
        reason = _("no worker started it within an hour")
    else:
        reason = _("an error (%(kind)s)", kind=job.error or _("unknown"))
    return _("This export failed after %(attempts)s of %(most)s attempts: %(reason)s. Prepare it again, and if it "
             "fails again tell the service team.", attempts=job.attempts, most=export_jobs.MAX_ATTEMPTS,
             reason=reason)


def _what(job: ExportJob) -> str:
    kind = str(EXPORT_FORMAT_NAMES.get(job.format, job.format))
    filters = export_jobs.filters_of(job)
    parts = [kind]
    if filters.audience:
        parts.append(str(AUDIENCE_NAMES.get(filters.audience, filters.audience)))
    if filters.child:
        parts.append(_("filtered"))
    parts.append(_("with the original text") if job.include_original else _("redacted"))
    return ", ".join(parts)


def _row(job: ExportJob, inspection: Inspection, asked_by: User | None) -> dict:
    return {
        "id": job.id,
        "what": _what(job),
        "asked_by": asked_by.name or asked_by.email if asked_by is not None else "",
        "asked_at": uk_datetime(job.created_at),
        "status": {"text": str(STATUS_NAMES.get(job.status, job.status)),
                   "classes": STATUS_CLASSES.get(job.status, "")},
        "href": url_for("inspect.export_job", inspection_id=inspection.id, job_id=job.id),
        "failed": job.status == "failed",
    }


def list_context(jobs: list[ExportJob], *, inspection: Inspection, user: User) -> dict:
    people = export_jobs.users_by_id({job.user_id for job in jobs})
    return {
        "title": _("Downloads of the comments: %(area)s", area=inspection.local_area.name),
        "jobs": [_row(job, inspection, people.get(job.user_id)) for job in jobs],
        "failed": sum(1 for job in jobs if job.status == "failed"),
        "everyone": user.role == "coordinator",
        "summary_href": url_for("inspect.summary", inspection_id=inspection.id),
        "keep_hours": int(export_jobs.KEEP_FOR.total_seconds() // 3600),
    }


def job_context(job: ExportJob, *, inspection: Inspection) -> dict:
    working = job.status in ("queued", "running")
    return {
        "title": _("Download %(number)s: %(what)s", number=job.id, what=_what(job)),
        "job_id": job.id,
        "status": job.status,
        "status_tag": {"text": str(STATUS_NAMES.get(job.status, job.status)),
                       "classes": STATUS_CLASSES.get(job.status, "")},
        "progress": progress_text(job),
        "refresh_seconds": REFRESH_SECONDS if working else None,
        "attempts": job.attempts,
        "max_attempts": export_jobs.MAX_ATTEMPTS,
        "error": error_text(job) if job.status == "failed" else None,
        "retrying": job.status == "queued" and job.attempts > 0,
        "download_href": (url_for("inspect.export_job_file", inspection_id=inspection.id, job_id=job.id)
                          if job.status == "done" else None),
        "size": format_decimal(round((job.size_bytes or 0) / 1024)) if job.size_bytes else None,
        "expires_at": uk_datetime(job.expires_at) if job.expires_at else "",
        "list_href": url_for("inspect.export_jobs_list", inspection_id=inspection.id),
        "summary_href": url_for("inspect.summary", inspection_id=inspection.id),
    }
