"""Analysis leaves the request: a submission commits first, then its comments are analysed.

Without a broker the job runs in-process after the commit. With Redis (RQ) it is
queued, inspectors see "not yet analysed" until a worker runs it, and nothing is
lost when the broker is down or a worker dies.
"""

from __future__ import annotations

import socket
from pathlib import Path

import numpy as np
import pytest
from sqlalchemy import select

from tests.conftest import csrf_token
from tests.integration.test_parent_survey import _complete_pages
from tests.redis_db import redis_url
from voice.models import Comment

REDIS_URL = redis_url("analysis")


def _send(client, token) -> None:
    check = _complete_pages(client, token)
    key = check.text.split('name="submission_key" type="hidden" value="')[1].split('"')[0]
    sent = client.post(f"/s/{token}/check", data={"csrf_token": csrf_token(check.text), "submission_key": key,
                                                  "submit": "y"})
    assert sent.status_code == 302
    from voice import jobs

    assert jobs.settle(), "the process never asked for the analysis it was handed"


def _comments(app) -> list[Comment]:
    from voice.extensions import db

    with app.app_context():
        comments = list(db.session.scalars(select(Comment).order_by(Comment.id)))
        for comment in comments:
            _ = comment.embedding, [t.theme for t in comment.themes]
        db.session.expunge_all()
        return comments


def _redis_up() -> bool:
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=0.5):
            return True
    except OSError:
        return False


@pytest.fixture
def queued(app):
    """The app with a Redis queue configured, emptied before and after."""
    from redis import Redis

    if not _redis_up():
        pytest.skip("no Redis on 127.0.0.1:6379")
    connection = Redis.from_url(REDIS_URL)
    connection.flushdb()
    app.config["JOBS_REDIS_URL"] = REDIS_URL
    yield connection
    from voice import jobs

    jobs.settle()
    app.config["JOBS_REDIS_URL"] = None
    connection.flushdb()


def test_without_a_broker_comments_are_analysed_right_after_the_commit(app, client, make_inspection):
    _send(client, make_inspection()["parent_carer"])
    comments = _comments(app)
    assert len(comments) == 2
    for comment in comments:
        assert not comment.analysis_pending and comment.analysed_at is not None
        assert comment.redacted and comment.themes
    from voice.analysis import encoder

    if encoder.available():
        stored = np.frombuffer(comments[0].embedding, dtype=np.float32)
        assert stored.shape == (encoder.DIMENSIONS,)
        assert abs(float(np.linalg.norm(stored)) - 1.0) < 1e-4


def test_an_unreachable_broker_loses_nothing(app, client, make_inspection):
    app.config["JOBS_REDIS_URL"] = "redis://127.0.0.1:1/0"  # nothing listens there
    try:
        _send(client, make_inspection()["parent_carer"])
    finally:
        app.config["JOBS_REDIS_URL"] = None
    comments = _comments(app)
    assert len(comments) == 2 and not any(c.analysis_pending for c in comments)


def test_with_a_queue_inspectors_see_not_yet_analysed_until_a_worker_runs(app, client, make_inspection, queued):
    from rq import Queue

    from tests.integration.staff_fixtures import create_staff, sign_in
    from voice import jobs

    inspection = make_inspection()
    _send(client, inspection["parent_carer"])
    create_staff(app, role="inspector", inspection_ids=(inspection["id"],), email="inspector@example.com")
    sign_in(client, "inspector@example.com")
    inspector = client
    comments = _comments(app)
    assert len(comments) == 2 and all(c.analysis_pending for c in comments)
    assert all(c.redacted == "" and not c.themes for c in comments)  # nothing shown before redaction

    summary = inspector.get(f"/inspections/{inspection['id']}/summary")
    assert "2 comments are not yet analysed." in summary.text
    csv = inspector.get(f"/inspections/{inspection['id']}/export/comments.csv").get_data(as_text=True)
    assert csv.count("(not yet analysed)") == 2 and "We waited two years" not in csv

    queue = Queue(jobs.QUEUE, connection=queued)
    assert queue.count == 1
    jobs._APP = app  # the worker runs the job against the test database
    try:
        jobs._worker_class()([queue], connection=queued).work(burst=True)
    finally:
        jobs._APP = None
    comments = _comments(app)
    assert not any(c.analysis_pending for c in comments)
    assert {t.theme for c in comments for t in c.themes}
    summary = inspector.get(f"/inspections/{inspection['id']}/summary")
    assert "not yet analysed" not in summary.text


def test_the_submit_does_not_wait_on_redis(app, client, make_inspection, queued, monkeypatch):
    """The request hands its comment ids to the process's asker and returns; the ask is made
    from the asker's thread, after the commit, and queues one job."""
    import threading

    from rq import Queue

    from voice import jobs

    held, asked_from = threading.Event(), []
    real_ask = jobs._ask_redis

    def slow_ask(url):
        asked_from.append(threading.current_thread().name)
        held.wait(10)
        real_ask(url)

    monkeypatch.setattr(jobs, "_ask_redis", slow_ask)
    inspection = make_inspection()
    check = _complete_pages(client, inspection["parent_carer"])
    key = check.text.split('name="submission_key" type="hidden" value="')[1].split('"')[0]
    sent = client.post(f"/s/{inspection['parent_carer']}/check",
                       data={"csrf_token": csrf_token(check.text), "submission_key": key, "submit": "y"})
    assert sent.status_code == 302  # answered while the ask is still held
    comments = _comments(app)
    assert len(comments) == 2 and all(c.analysis_pending for c in comments)
    assert not jobs.settle(timeout=0.2)  # the ask is still under way
    held.set()
    assert jobs.settle()
    assert asked_from == ["voice-analysis-asker"]
    assert Queue(jobs.QUEUE, connection=queued).count == 1


def test_a_burst_of_submissions_waits_on_one_job(app, queued):
    from rq import Queue

    from voice import jobs

    with app.test_request_context():
        for start in range(0, 30, 3):
            jobs.enqueue_analysis([start + 1, start + 2, start + 3])
    assert jobs.settle()
    assert Queue(jobs.QUEUE, connection=queued).count == 1


def test_the_asker_outlives_an_ask_that_fails(app, queued, monkeypatch, caplog):
    from rq import Queue

    from voice import jobs

    real_send, calls = jobs._send, []

    def fails_once(batch):
        calls.append(batch)
        if len(calls) == 1:
            raise RuntimeError("an unexpected failure")
        real_send(batch)

    monkeypatch.setattr(jobs, "_send", fails_once)
    with app.test_request_context():
        jobs.enqueue_analysis([1])
        assert jobs.settle()
        jobs.enqueue_analysis([2])
    assert jobs.settle()
    assert len(calls) == 2 and "asking for analysis failed" in caplog.text
    assert Queue(jobs.QUEUE, connection=queued).count == 1


def test_a_process_that_exits_at_once_still_asks_for_its_job(queued, tmp_path):
    """A gunicorn worker that stops (max_requests, a deploy) right after a submit: the ask
    handed over is made on the way out."""
    import subprocess
    import sys
    import textwrap

    from rq import Queue

    from voice import jobs

    script = tmp_path / "exit_at_once.py"
    script.write_text(textwrap.dedent(f"""
        import time
        from flask import Flask
        from voice import jobs
        jobs.ASK_PAUSE = 0
        app = Flask("exit-at-once")
        app.config["JOBS_REDIS_URL"] = {REDIS_URL!r}
        jobs._ASKER._wake = type("Asleep", (), {{"set": lambda self: None, "wait": lambda self: time.sleep(60),
                                                "clear": lambda self: None}})()
        with app.test_request_context():
            assert jobs.enqueue_analysis([1, 2]) == "queued"
    """))
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=60,
                          cwd=str(Path(__file__).resolve().parents[2]))
    assert done.returncode == 0, done.stderr
    assert Queue(jobs.QUEUE, connection=queued).count == 1


def test_the_same_job_twice_changes_nothing_the_second_time(app, client, make_inspection):
    from voice.services.analysis_jobs import analyse_comments

    _send(client, make_inspection()["parent_carer"])
    ids = [c.id for c in _comments(app)]
    with app.app_context():
        assert analyse_comments(comment_ids=ids) == 0


def test_comments_a_dead_worker_left_are_finished_by_analyse_pending(app, runner, make_inspection):
    from voice.extensions import db

    inspection_id = make_inspection()["id"]
    with app.app_context():
        for text in ("The taxi driver is kind and always on time.", "Nobody answers the SEND team's phone."):
            db.session.add(Comment(inspection_id=inspection_id, audience="parent_carer", question="works_well",
                                   text=text, redacted="", machine_sentiment="neutral", sentiment="neutral",
                                   analysis_pending=True))
        db.session.commit()
    result = runner.invoke(args=["analyse", "--pending"])
    assert result.exit_code == 0, result.output
    assert "Analysed 2 waiting comments." in result.output
    comments = _comments(app)
    assert not any(c.analysis_pending for c in comments)
    assert "transport" in {t.theme for t in comments[0].themes}


def test_the_worker_command_explains_when_no_queue_is_configured(runner):
    result = runner.invoke(args=["worker", "--burst"])
    assert result.exit_code != 0
    assert "VOICE_JOBS_REDIS_URL is not set" in result.output
