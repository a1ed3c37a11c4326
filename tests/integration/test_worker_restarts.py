"""Workers forked from a loaded app (gunicorn's preload_app): restarts stay cheap and safe.

Making the app costs seconds of CPU (the analysis stack's imports). gunicorn.conf.py loads
it once in the master, so a worker that reaches max_requests is replaced by a fork, not by a
fresh import. A forked worker must not share its parent's database connections.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests.integration.test_slow_clients import CONF, ROOT, _free_port, wait_until_serving


def test_gunicorn_loads_the_app_once_in_the_master():
    settings: dict[str, object] = {}
    exec(compile(CONF.read_text(), str(CONF), "exec"), settings)  # noqa: S102  (our own settings file)
    assert settings["preload_app"] is True
    assert settings["max_requests"] and settings["worker_class"] == "gthread"


def _workers(master: int) -> set[int]:
    children = Path(f"/proc/{master}/task/{master}/children")
    return {int(pid) for pid in children.read_text().split()} if children.exists() else set()


def test_restarted_workers_serve_pages_from_the_database(app, make_inspection):
    """Five requests a worker, thirty requests: the master forks new workers as the old ones
    stop, and every page (each reads the database) is served."""
    pytest.importorskip("gunicorn")
    if not Path("/proc/self/task").exists():
        pytest.skip("needs /proc to see the workers")
    token = make_inspection()["parent_carer"]
    port = _free_port()
    env = os.environ | {
        "VOICE_ENV": "testing", "GUNICORN_BIND": f"127.0.0.1:{port}", "WEB_CONCURRENCY": "1",
        "GUNICORN_MAX_REQUESTS": "5", "GUNICORN_MAX_REQUESTS_JITTER": "0", "PYTHONDONTWRITEBYTECODE": "1",
    }
    server = subprocess.Popen([sys.executable, "-m", "gunicorn", "-c", str(CONF), "wsgi:app"], cwd=ROOT, env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_serving(server, base)
        seen, statuses = set(), []
        for _ in range(30):
            seen |= _workers(server.pid)
            request = urllib.request.Request(f"{base}/s/{token}/", headers={"Connection": "close"})
            for _attempt in range(50):  # between one worker's exit and the next one's start
                try:
                    with urllib.request.urlopen(request, timeout=30) as response:
                        statuses.append(response.status)
                        break
                except OSError:
                    time.sleep(0.1)
            else:
                pytest.fail("no worker answered")
        seen |= _workers(server.pid)
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert statuses == [200] * 30
    assert len(seen) >= 4  # the first worker and at least three forked after it


def test_a_forked_process_starts_with_empty_database_pools(app):
    from sqlalchemy import text

    from voice.extensions import db

    with app.app_context():
        engine = db.engine
        engine.dispose()
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
        assert engine.pool.checkedin() == 1
        read, write = os.pipe()
        child = os.fork()
        if child == 0:  # pragma: no cover  (the child reports through the pipe)
            try:
                os.write(write, str(engine.pool.checkedin()).encode())
            finally:
                os._exit(0)
        os.close(write)
        reported = os.read(read, 16).decode()
        os.close(read)
        os.waitpid(child, 0)
        assert reported == "0"  # the child never uses the parent's connection
        assert engine.pool.checkedin() == 1  # and the parent keeps its own
