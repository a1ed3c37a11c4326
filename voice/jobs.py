"""Background analysis: a submission commits first, then its comments are analysed.

Tagging, redaction and safeguarding use a sentence encoder that costs tens of
milliseconds a comment, far more than a request should wait for. So a
submission stores the family's words in one transaction and then asks for
``analyse_comments(ids)``:

* with ``VOICE_JOBS_REDIS_URL`` set, the job goes on an RQ queue on Redis and a
  worker (``flask worker``) runs it, retrying on failure;
* with no broker (``make run``, tests), the same function runs in-process
  right after the commit.

Nothing is lost if a worker dies or Redis is down: the comment is already
stored with ``analysis_pending`` set, inspectors see it as "not yet analysed",
``flask analyse --pending`` (and every worker at start-up) picks up whatever
is still waiting, and the job is idempotent: it skips comments already done.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Sequence
from typing import Any, Final

from flask import Flask, current_app

QUEUE: Final = "analysis"
JOB_TIMEOUT: Final = 600
RETRIES: Final = 3

log = logging.getLogger(__name__)


def redis_url(app: Flask | None = None) -> str | None:
    config = (app or current_app).config
    url: str | None = config.get("JOBS_REDIS_URL")
    return url or None


_QUEUES: dict[str, Any] = {}
_QUEUES_LOCK = threading.Lock()


def _queue(url: str) -> Any:
    """One queue (and so one Redis connection pool) per process and URL: a new client for
    every submission would cost a connection and its handshake (six round trips) each time."""
    queue = _QUEUES.get(url)
    if queue is None:
        from redis import Redis
        from rq import Queue

        with _QUEUES_LOCK:
            queue = _QUEUES.setdefault(url, Queue(QUEUE, connection=Redis.from_url(url), default_timeout=JOB_TIMEOUT))
    return queue


# One job analyses everything waiting, so a submission asks for a job only when none is
# waiting to start: this key is set (one Redis command) while one is. The job clears it
# before it reads what is waiting, so a comment committed after that read asks for the next
# job; one committed before it is in this job's read. If a job is lost, the key lapses and
# the next submission asks again (a worker's start-up sweep takes anything left meanwhile).
WANTED_KEY: Final = "voice:analysis:wanted"
WANTED_SECONDS: Final = 30


def enqueue_analysis(comment_ids: Sequence[int]) -> str:
    """Ask for these stored comments to be analysed; return "queued" or "inline".

    Call after the commit that stored them. With a broker, they are analysed by the next
    job that runs (one is asked for if none is waiting). A broker that cannot be reached
    never loses a comment: the work runs in-process instead.
    """
    ids = [int(i) for i in comment_ids]
    if not ids:
        return "inline"
    url = redis_url()
    if url:
        try:
            queue = _queue(url)
            if queue.connection.set(WANTED_KEY, 1, nx=True, ex=WANTED_SECONDS):
                from rq import Retry

                queue.enqueue("voice.jobs.run_pending_analysis", retry=Retry(max=RETRIES, interval=[5, 30, 120]))
            return "queued"
        except Exception:  # a down broker must not fail a family's submission
            log.exception("could not queue analysis for %d comments; analysing in-process", len(ids))
    from voice.extensions import db
    from voice.services.analysis_jobs import analyse_comments

    try:
        analyse_comments(comment_ids=ids)
    except Exception:  # the words are stored; flask analyse --pending finishes the job
        db.session.rollback()
        log.exception("analysis of %d stored comments failed; they stay pending", len(ids))
        return "pending"
    return "inline"


def _worker_app() -> Flask:
    from voice import create_app

    return _APP or create_app()


def run_pending_analysis() -> int:
    """The RQ job: analyse every comment waiting, inside an app context."""
    from rq import get_current_job

    from voice.services.analysis_jobs import analyse_pending

    job = get_current_job()
    if job is not None:
        job.connection.delete(WANTED_KEY)  # before reading what waits: see WANTED_KEY
    with _worker_app().app_context():
        return analyse_pending()


def run_analysis(comment_ids: Sequence[int]) -> int:
    """The RQ job for these comments (as queued before one job took everything waiting)."""
    from voice.services.analysis_jobs import analyse_comments

    with _worker_app().app_context():
        return analyse_comments(comment_ids=list(comment_ids))


_APP: Flask | None = None  # the worker's app, set by run_worker (tests set it too)


def run_worker(app: Flask, *, burst: bool = False) -> None:
    """A worker for the analysis queue, with this app for its jobs."""

    from voice.extensions import db
    from voice.services.analysis_jobs import analyse_pending

    global _APP
    _APP = app
    url = redis_url(app)
    if not url:
        raise RuntimeError("VOICE_JOBS_REDIS_URL is not set, so analysis runs in-process and needs no worker")
    with app.app_context():
        done = analyse_pending()  # anything a dead worker or a down broker left behind
        if done:
            log.info("analysed %d comments left waiting", done)
        db.session.remove()
        db.engine.dispose()  # no pooled connection is shared with anything forked later
    queue = _queue(url)
    # Jobs run in this process (no fork per job): the encoder is loaded once, and no database
    # connection is ever shared across a fork. A worker that dies loses nothing: its comments
    # stay pending and the next worker's start-up sweep (or flask analyse --pending) takes them.
    _worker_class()([queue], connection=queue.connection).work(burst=burst, with_scheduler=True)


def _worker_class() -> Any:
    from rq import SimpleWorker

    class AnalysisWorker(SimpleWorker):
        """RQ's SimpleWorker, stopping promptly: RQ's command listener waits up to 60 s for a
        message, and a warm shutdown waits for that thread, so an idle worker took 65 s to stop
        after SIGTERM. Here the listener checks every second."""

        def subscribe(self) -> None:
            self.log.info("Worker %s: subscribing to channel %s", self.name, self.pubsub_channel_name)
            self.pubsub = self.connection.pubsub()
            self.pubsub.subscribe(**{self.pubsub_channel_name: self.handle_payload})
            self.pubsub_thread = self.pubsub.run_in_thread(  # type: ignore[assignment]  # RQ types it None
                sleep_time=1, daemon=True, exception_handler=self._pubsub_exception_handler)

    return AnalysisWorker
