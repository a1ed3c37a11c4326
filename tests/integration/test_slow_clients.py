"""Issue 14, defect 4: slow clients must not stall the app server.

Runs the real gunicorn with the project's gunicorn.conf.py (threaded workers). Four
clients send the start of a body and then nothing; /healthz must still answer. Skipped
where gunicorn.conf.py is not there yet (it comes from the speed work) or gunicorn is
not installed.

One worker process with six threads makes the test deterministic: with several workers the
kernel may hand every slow connection to the same one. Each slow client holds a thread, so
threads only raise the bar; the real defence is the buffering proxy the config describes,
which reads whole bodies before gunicorn sees them.
"""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SLOW_CLIENTS = 4
CONF = Path(os.environ.get("VOICE_GUNICORN_CONF") or ROOT / "gunicorn.conf.py")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _healthz(base: str, timeout: float) -> int:
    with urllib.request.urlopen(f"{base}/healthz", timeout=timeout) as response:
        return response.status


def wait_until_serving(server: subprocess.Popen, base: str) -> None:
    """Until gunicorn answers /healthz; fails the test if it exits or takes over 180 s."""
    deadline = time.monotonic() + 180  # the app's imports are slow on a busy machine
    while True:
        try:
            if _healthz(base, 10) == 200:
                return
        except OSError:
            if time.monotonic() > deadline or server.poll() is not None:
                pytest.fail("gunicorn did not start")
            time.sleep(0.5)


@pytest.fixture
def gunicorn(tmp_path):
    if not CONF.exists():
        pytest.skip("gunicorn.conf.py is not in this tree yet")
    pytest.importorskip("gunicorn")
    port = _free_port()
    env = os.environ | {
        "VOICE_ENV": "testing", "VOICE_TEST_SQLITE": str(tmp_path / "slow.sqlite3"),
        "GUNICORN_BIND": f"127.0.0.1:{port}", "WEB_CONCURRENCY": "1", "GUNICORN_THREADS": str(SLOW_CLIENTS + 2),
        "PYTHONDONTWRITEBYTECODE": "1",
    }
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", str(CONF), "wsgi:app"], cwd=ROOT, env=env,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        wait_until_serving(server, base)
        yield port, base
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_healthz_answers_while_four_clients_send_their_bodies_slowly(gunicorn):
    port, base = gunicorn
    slow = []
    try:
        for _ in range(SLOW_CLIENTS):
            client = socket.create_connection(("127.0.0.1", port), timeout=5)
            client.sendall(b"POST /w/some-token/ HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                           b"Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100000\r\n\r\n"
                           b"question=a")
            slow.append(client)
        time.sleep(1)  # let every slow request reach a worker
        started = time.monotonic()
        assert _healthz(base, 5) == 200
        assert time.monotonic() - started < 5
    finally:
        for client in slow:
            client.close()
