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

import atexit
import logging
import os
import threading
import time
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
        from rq import Queue, Retry  # noqa: F401  (Retry: imported before it is needed at exit)

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
    """Ask for these stored comments to be analysed; return "queued", "inline" or "pending".

    Call after the commit that stored them. With a broker, the request only hands the ids
    to this process's asker (below), which asks Redis for a job from a thread of its own, so
    no request waits on Redis: "queued". With none, the analysis runs here and now: "inline",
    or "pending" if it failed (the words are stored; ``flask analyse --pending`` finishes).
    """
    ids = [int(i) for i in comment_ids]
    if not ids:
        return "inline"
    url = redis_url()
    if url:
        _ASKER.ask(current_app._get_current_object(), url, ids)  # type: ignore[attr-defined]
        return "queued"
    return _analyse_here(ids)


def _analyse_here(ids: list[int]) -> str:
    from voice.extensions import db
    from voice.services.analysis_jobs import analyse_comments

    try:
        analyse_comments(comment_ids=ids)
    except Exception:  # the words are stored; flask analyse --pending finishes the job
        db.session.rollback()
        log.exception("analysis of %d stored comments failed; they stay pending", len(ids))
        return "pending"
    return "inline"


def _ask_redis(url: str) -> None:
    """One Redis command when a job is already waiting to start; two when one must be queued."""
    queue = _queue(url)
    if queue.connection.set(WANTED_KEY, 1, nx=True, ex=WANTED_SECONDS):
        from rq import Retry

        queue.enqueue("voice.jobs.run_pending_analysis", retry=Retry(max=RETRIES, interval=[5, 30, 120]))


ASK_PAUSE: Final = 0.1  # seconds between two asks: a burst's submissions share one


class _Asker:
    """Asks Redis for an analysis job on behalf of this process's requests, from a thread.

    A request that waited on Redis for this (a round trip, and the GIL to win back after it)
    was the final submit's largest cost after the write itself. Here the request appends its
    comment ids and sets an event; the thread wakes, takes everything waiting and asks once
    (``_ask_redis``), so a burst of submissions costs one ask every ``ASK_PAUSE``.

    The ask still comes after each comment's commit (the ids are handed over only then), which
    is what the job's WANTED_KEY handshake needs: a job already waiting reads them when it
    starts; otherwise a new one is queued. If Redis cannot be reached, the thread analyses
    those comments in this process instead, as the request used to, so nothing waits on a
    broker that is down. A process that exits normally (a gunicorn worker reaching
    max_requests, a deploy) asks for what is left on its way out; one that is killed outright
    may leave a few comments unasked for: they are stored and pending, and the next job
    (asked for by any later submission), a worker's start-up sweep or ``flask analyse
    --pending`` takes them."""

    def __init__(self) -> None:
        self._reset()
        os.register_at_fork(after_in_child=self._reset)  # a forked worker starts with none
        atexit.register(self.flush)

    def _reset(self) -> None:
        self._lock = threading.Lock()
        self._settled = threading.Condition(self._lock)
        self._wake = threading.Event()
        self._waiting: list[tuple[Flask, str, list[int]]] = []
        self._busy = False
        self._thread: threading.Thread | None = None

    def ask(self, app: Flask, url: str, ids: list[int]) -> None:
        _queue(url)  # made (and redis and rq imported) here: nothing can be imported at exit
        with self._lock:
            self._waiting.append((app, url, ids))
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="voice-analysis-asker", daemon=True)
                self._thread.start()
        self._wake.set()

    def _run(self) -> None:
        while True:
            self._wake.wait()
            self._wake.clear()
            try:
                self._send_waiting()
            except Exception:  # the thread must outlive any one ask; those comments stay pending
                log.exception("asking for analysis failed; the comments stay pending for the next job")
            time.sleep(ASK_PAUSE)

    def _send_waiting(self) -> None:
        with self._lock:
            batch, self._waiting = self._waiting, []
            self._busy = bool(batch)
        try:
            if batch:
                _send(batch)
        finally:
            with self._lock:
                self._busy = False
                self._settled.notify_all()

    def flush(self) -> None:
        """Ask now for anything still waiting (at exit)."""
        try:
            self._send_waiting()
        except Exception:  # at exit: the comments are stored and stay pending for the next job
            log.exception("could not ask for the analysis of comments stored just before exit")

    def settle(self, timeout: float = 10.0) -> bool:
        """Wait until every ask handed over so far has been made; False on timeout."""
        with self._lock:
            return self._settled.wait_for(lambda: not self._waiting and not self._busy, timeout)


def _send(batch: list[tuple[Flask, str, list[int]]]) -> None:
    for url in dict.fromkeys(url for _app, url, _ids in batch):
        try:
            _ask_redis(url)
        except Exception:  # a down broker must not leave a family's words unanalysed
            waiting = [(app, ids) for app, at, ids in batch if at == url]
            log.exception("could not queue analysis for %d submissions; analysing in-process", len(waiting))
            for app, ids in waiting:
                with app.app_context():
                    _analyse_here(ids)


_ASKER = _Asker()


def settle(timeout: float = 10.0) -> bool:
    """Wait until this process has asked Redis for every job its requests handed over."""
    return _ASKER.settle(timeout)


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
