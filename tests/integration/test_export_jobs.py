"""Large comment exports as background jobs: progress, retries, failures on view, access to the file."""

from __future__ import annotations

import io
import re

import pytest
from sqlalchemy import select

from tests.conftest import csrf_token
from tests.integration.staff_fixtures import *  # noqa: F403  (fixtures: coded, inspector, coordinator)
from tests.integration.staff_fixtures import create_staff, sign_in
from tests.integration.test_background_analysis import _redis_up
from tests.redis_db import redis_url

REDIS_URL = redis_url("exports")


def _ask(client, inspection_id: int, fmt: str = "xlsx", **filters):
    page = client.get(f"/inspections/{inspection_id}/exports")
    assert page.status_code == 200
    response = client.post(f"/inspections/{inspection_id}/exports",
                           data={"csrf_token": csrf_token(page.text), "format": fmt, **filters})
    assert response.status_code == 303, response.text
    match = re.search(r"/exports/(\d+)\?refresh=on$", response.headers["Location"])
    assert match, response.headers["Location"]
    return int(match.group(1)), response.headers["Location"]


def _job(app, job_id: int):
    from voice.extensions import db
    from voice.models import ExportJob

    with app.app_context():
        job = db.session.get(ExportJob, job_id)
        db.session.expunge(job)
        return job


def _sign_out(client, path):
    page = client.get(path)
    assert client.post("/sign-out", data={"csrf_token": csrf_token(page.text)}).status_code == 302
    return client


def _audit(app) -> list[str]:
    from voice.extensions import db
    from voice.models import AuditEvent

    with app.app_context():
        return [e.detail for e in db.session.scalars(select(AuditEvent).where(AuditEvent.action == "export"))]


def test_without_a_broker_the_export_runs_after_the_commit_and_can_be_downloaded(app, inspector, coded):
    from openpyxl import load_workbook

    job_id, location = _ask(inspector, coded["id"])
    job = _job(app, job_id)
    assert (job.status, job.rows_done, job.rows_total, job.attempts) == ("done", 8, 8, 1)
    status = inspector.get(location)
    assert "8 of 8 rows" in status.text and "Ready to download" in status.text
    assert 'http-equiv="refresh"' not in status.text  # finished: nothing left to wait for
    assert _audit(app) == []  # preparing is not handing over
    download = inspector.get(f"/inspections/{coded['id']}/exports/{job_id}/file")
    assert download.status_code == 200 and "attachment" in download.headers["Content-Disposition"]
    rows = list(load_workbook(io.BytesIO(download.data)).active.iter_rows(values_only=True))
    assert len(rows) == 1 + len(coded["comments"]) and "original_text" not in rows[0]
    assert _audit(app) == [f"xlsx redacted, prepared in the background (job {job_id})"]


def test_the_summary_filters_travel_with_the_export(app, inspector, coded):
    job_id, _location = _ask(inspector, coded["id"], fmt="csv", audience="young_person")
    job = _job(app, job_id)
    assert (job.status, job.rows_total) == ("done", 2)
    download = inspector.get(f"/inspections/{coded['id']}/exports/{job_id}/file")
    body = download.data.decode("utf-8-sig")
    assert "I like my school" in body and "CAMHS" not in body


def test_progress_moves_every_batch(app, inspector, coded, monkeypatch):
    from voice.extensions import db
    from voice.models import ExportJob
    from voice.services import export_jobs, exports

    monkeypatch.setattr(exports, "BATCH", 3)
    seen: list[tuple[int, int | None]] = []
    real = exports.WRITERS["csv"]

    def watching(rows):
        def rows_seen():
            for row in rows:
                job = db.session.scalar(select(ExportJob))
                seen.append((job.rows_done, job.rows_total))
                yield row
        return real(rows_seen())

    monkeypatch.setitem(exports.WRITERS, "csv", watching)
    with app.app_context():
        user = db.session.scalar(select(export_jobs.User))
        job = export_jobs.request_export(inspection_id=coded["id"], user=user, fmt="csv", include_original=False)
        assert export_jobs.enqueue(job.id) == "done"
    done_counts = sorted({done for done, _total in seen})
    assert done_counts == [0, 3, 6]  # moved on after each batch of 3 (8 rows: 3, 3, 2)
    assert {total for _done, total in seen} == {8}


def test_a_failing_export_is_retried_then_shown_as_failed_to_a_coordinator(app, inspector, coded, monkeypatch):
    from voice.services import exports

    calls = []

    def broken(rows):
        calls.append(1)
        for _row in rows:
            pass
        raise ValueError("We waited two years for the EHC plan")  # an error quoting a family's words

    monkeypatch.setitem(exports.WRITERS, "xlsx", broken)
    job_id, location = _ask(inspector, coded["id"])
    job = _job(app, job_id)
    assert len(calls) == 3 and (job.status, job.attempts) == ("failed", 3)
    assert job.error == "ValueError" and job.finished_at is not None
    page = inspector.get(location)  # the inspector who asked sees it failed
    assert "This export failed after 3 of 3 attempts" in page.text
    assert inspector.get(f"/inspections/{coded['id']}/exports/{job_id}/file").status_code == 404

    client = _sign_out(inspector, f"/inspections/{coded['id']}/exports")
    create_staff(app, role="coordinator", email="coordinator@example.com")
    sign_in(client, "coordinator@example.com")
    listing = client.get(f"/inspections/{coded['id']}/exports")
    assert "1 download failed." in listing.text and "Failed" in listing.text
    assert f"/exports/{job_id}" in listing.text
    status = client.get(f"/inspections/{coded['id']}/exports/{job_id}")
    assert "failed after 3 of 3 attempts: an error (ValueError)" in status.text
    assert "We waited two years" not in status.text


def test_a_failure_then_a_success_is_done_on_the_second_attempt(app, inspector, coded, monkeypatch):
    from voice.services import exports

    real = exports.WRITERS["csv"]
    attempts = []

    def flaky(rows):
        attempts.append(1)
        if len(attempts) == 1:
            raise ConnectionError("database went away")
        return real(rows)

    monkeypatch.setitem(exports.WRITERS, "csv", flaky)
    job_id, _location = _ask(inspector, coded["id"], fmt="csv")
    job = _job(app, job_id)
    assert (job.status, job.attempts, job.error, job.rows_done) == ("done", 2, None, 8)


def test_only_the_user_who_asked_or_a_coordinator_can_read_the_file(app, inspector, coded, make_inspection):
    job_id, _location = _ask(inspector, coded["id"])
    file_path = f"/inspections/{coded['id']}/exports/{job_id}/file"
    assert inspector.get(file_path).status_code == 200
    client = _sign_out(inspector, f"/inspections/{coded['id']}/exports")

    other = make_inspection(area_code="E10000032")
    create_staff(app, role="inspector", inspection_ids=(other["id"],), email="elsewhere@example.com")
    sign_in(client, "elsewhere@example.com")
    assert client.get(file_path).status_code == 404
    # Nor by putting the job under an inspection they can see.
    assert client.get(f"/inspections/{other['id']}/exports/{job_id}/file").status_code == 404
    assert client.get(f"/inspections/{other['id']}/exports/{job_id}").status_code == 404
    client = _sign_out(client, f"/inspections/{other['id']}/exports")

    create_staff(app, role="inspector", inspection_ids=(coded["id"],), email="colleague@example.com")
    sign_in(client, "colleague@example.com")  # same inspection, but did not ask for it
    assert client.get(file_path).status_code == 404
    assert f"/exports/{job_id}" not in client.get(f"/inspections/{coded['id']}/exports").text
    client = _sign_out(client, f"/inspections/{coded['id']}/exports")

    create_staff(app, role="coordinator", email="coordinator@example.com")
    sign_in(client, "coordinator@example.com")
    assert client.get(file_path).status_code == 200
    assert len(_audit(app)) == 2  # the inspector's download and the coordinator's


def test_a_coordinators_file_with_original_text_is_not_given_to_a_role_without_it(app, coordinator, coded):
    from voice.extensions import db
    from voice.models import User

    job_id, _location = _ask(coordinator, coded["id"], fmt="csv")
    body = coordinator.get(f"/inspections/{coded['id']}/exports/{job_id}/file").data.decode("utf-8-sig")
    assert "Jane Smith 07700 900123" in body
    with app.app_context():  # the coordinator becomes an inspector on this inspection
        user = db.session.scalar(select(User).where(User.email == "coordinator@example.com"))
        user.role = "inspector"
        db.session.commit()
    assert coordinator.get(f"/inspections/{coded['id']}/exports/{job_id}/file").status_code == 404


def test_files_expire_after_a_day_and_when_the_responses_are_deleted(app, inspector, coded):
    from datetime import timedelta

    from voice.extensions import db
    from voice.models import ExportJob, Inspection, utcnow
    from voice.services import export_jobs

    first, _ = _ask(inspector, coded["id"], fmt="csv")
    second, _ = _ask(inspector, coded["id"], fmt="csv")
    with app.app_context():
        db.session.get(ExportJob, first).expires_at = utcnow() - timedelta(minutes=1)
        db.session.commit()
        export_jobs.tidy(now=utcnow())
        assert db.session.get(ExportJob, first).status == "expired"
        assert db.session.get(ExportJob, first).data is None
        assert db.session.get(ExportJob, second).status == "done"
        db.session.get(Inspection, coded["id"]).responses_deleted_at = utcnow()
        db.session.commit()
        export_jobs.tidy(now=utcnow())
        assert db.session.get(ExportJob, second).status == "expired"
        assert db.session.get(ExportJob, second).data is None
    assert inspector.get(f"/inspections/{coded['id']}/exports/{second}/file").status_code == 404


def test_a_job_whose_worker_died_is_shown_as_failed(app, inspector, coded):
    from datetime import timedelta

    from voice.extensions import db
    from voice.models import utcnow
    from voice.services import export_jobs

    with app.app_context():
        user = db.session.scalar(select(export_jobs.User))
        job = export_jobs.request_export(inspection_id=coded["id"], user=user, fmt="csv", include_original=False)
        job.status, job.attempts, job.rows_total, job.rows_done = "running", 1, 8, 3
        job.updated_at = utcnow() - timedelta(minutes=20)
        db.session.commit()
        job_id = job.id
    page = inspector.get(f"/inspections/{coded['id']}/exports/{job_id}")
    assert "it stopped making progress" in page.text
    assert _job(app, job_id).status == "failed"


def test_the_status_page_refreshes_itself_only_while_the_file_is_being_prepared(app, inspector, coded):
    from voice.extensions import db
    from voice.services import export_jobs

    with app.app_context():
        user = db.session.scalar(select(export_jobs.User))
        job = export_jobs.request_export(inspection_id=coded["id"], user=user, fmt="xlsx", include_original=False)
        job_id = job.id
    path = f"/inspections/{coded['id']}/exports/{job_id}"
    waiting = inspector.get(path + "?refresh=on")
    assert '<meta http-equiv="refresh" content="5">' in waiting.text
    assert "Stop refreshing this page" in waiting.text and "Waiting to start" in waiting.text
    still = inspector.get(path)  # the user turned it off
    assert 'http-equiv="refresh"' not in still.text and "Check the progress again" in still.text


def test_the_request_needs_a_csrf_token_and_a_known_format(inspector, coded):
    assert inspector.post(f"/inspections/{coded['id']}/exports", data={"format": "xlsx"}).status_code == 400
    page = inspector.get(f"/inspections/{coded['id']}/exports")
    bad = inspector.post(f"/inspections/{coded['id']}/exports",
                         data={"csrf_token": csrf_token(page.text), "format": "exe"})
    assert bad.status_code == 400 and "govuk-error-summary" in bad.text


def test_the_summary_offers_the_background_download(inspector, coded):
    summary = inspector.get(f"/inspections/{coded['id']}/summary?audience=parent_carer")
    assert f'action="/inspections/{coded["id"]}/exports"' in summary.text
    assert 'name="audience" type="hidden" value="parent_carer"' in summary.text
    assert "Prepare a spreadsheet of the comments shown" in summary.text


def test_a_large_inspection_is_sent_to_the_background_flow(inspector, coded, monkeypatch):
    from voice.services import export_jobs

    monkeypatch.setattr(export_jobs, "DIRECT_LIMIT", 5)
    response = inspector.get(f"/inspections/{coded['id']}/export/comments.xlsx")
    assert response.status_code == 303
    assert response.headers["Location"].endswith(f"/inspections/{coded['id']}/exports")
    assert "too many comments to download at once" in inspector.get(response.headers["Location"]).text


@pytest.fixture
def queued(app):
    from redis import Redis

    if not _redis_up():
        pytest.skip("no Redis on 127.0.0.1:6379")
    connection = Redis.from_url(REDIS_URL)
    connection.flushdb()
    app.config["JOBS_REDIS_URL"] = REDIS_URL
    yield connection
    app.config["JOBS_REDIS_URL"] = None
    connection.flushdb()


def _work(app, connection) -> None:
    from rq import Queue

    from voice import jobs

    jobs._APP = app  # the worker runs the job against the test database
    try:
        jobs._worker_class()([Queue(jobs.QUEUE, connection=connection)], connection=connection).work(burst=True)
    finally:
        jobs._APP = None


def test_with_a_redis_queue_the_job_waits_for_a_worker(app, inspector, coded, queued):
    job_id, location = _ask(inspector, coded["id"])
    assert _job(app, job_id).status == "queued"
    waiting = inspector.get(location)
    assert "Waiting to start" in waiting.text and 'http-equiv="refresh"' in waiting.text
    _work(app, queued)
    job = _job(app, job_id)
    assert (job.status, job.rows_done, job.attempts) == ("done", 8, 1)
    assert inspector.get(f"/inspections/{coded['id']}/exports/{job_id}/file").status_code == 200


def test_with_a_redis_queue_a_failing_job_is_retried_by_rq_then_failed(app, inspector, coded, queued,
                                                                       monkeypatch):
    from voice.services import export_jobs, exports

    monkeypatch.setattr(export_jobs, "RETRY_INTERVALS", [0])  # retry at once, inside the burst

    def broken(rows):
        raise RuntimeError("boom")

    monkeypatch.setitem(exports.WRITERS, "xlsx", broken)
    job_id, _location = _ask(inspector, coded["id"])
    _work(app, queued)
    job = _job(app, job_id)
    assert (job.status, job.attempts, job.error) == ("failed", 3, "RuntimeError")


def test_the_tidy_command_deletes_files_that_are_due(app, runner, inspector, coded):
    from datetime import timedelta

    from voice.extensions import db
    from voice.models import ExportJob, utcnow

    job_id, _location = _ask(inspector, coded["id"], fmt="csv")
    with app.app_context():
        db.session.get(ExportJob, job_id).expires_at = utcnow() - timedelta(seconds=1)
        db.session.commit()
    result = runner.invoke(args=["exports-tidy"])
    assert result.exit_code == 0, result.output
    assert "1 export file(s) deleted; 0 stalled export(s) marked failed." in result.output
    assert _job(app, job_id).status == "expired"
