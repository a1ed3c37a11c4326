"""Shared by the HTTP benchmarks: a database with an open inspection, and apps under gunicorn.

Both benchmarks serve through the project's own gunicorn.conf.py, so what they measure
is what production runs.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator, Mapping
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUNICORN_CONF = ROOT / "gunicorn.conf.py"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def open_inspection(database_url: str) -> dict[str, str]:
    """A fresh schema on this database and one inspection whose survey and webinar windows
    are open now; returns each public link's token by audience."""
    os.environ["DATABASE_URL"] = database_url
    sys.path.insert(0, str(ROOT))
    from flask_migrate import upgrade
    from sqlalchemy import text

    from voice import create_app
    from voice.extensions import db
    from voice.models import LocalArea, utcnow
    from voice.services import working_days
    from voice.services.inspections import create_inspection

    app = create_app("development")
    with app.app_context():
        db.drop_all()
        with db.engine.begin() as connection:
            connection.execute(text("DROP TABLE IF EXISTS alembic_version"))
        upgrade(revision="heads")
        area = LocalArea(ons_code="E10000011", name="East Sussex", region="South East")
        db.session.add(area)
        db.session.commit()
        inspection = create_inspection(
            local_area=area, kind="framework_2023",
            notification_date=working_days.previous_working_day(utcnow().date()),
            working_days_count=5, webinar_at=utcnow() + timedelta(days=3),
        )
        tokens = {survey.audience: survey.token for survey in inspection.surveys}
        db.session.remove()
        db.engine.dispose()
    return tokens


@contextlib.contextmanager
def gunicorn(app_spec: str, *, env: Mapping[str, str], ready_path: str = "/healthz",
             log: Path | None = None) -> Iterator[str]:
    """Serve app_spec with gunicorn.conf.py on a free loopback port; yields the base URL."""
    port = free_port()
    full_env = {**os.environ, **env, "GUNICORN_BIND": f"127.0.0.1:{port}", "PYTHONPATH": str(ROOT)}
    output = open(log, "w") if log else subprocess.DEVNULL  # noqa: SIM115
    process = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", str(GUNICORN_CONF), app_spec],
        cwd=ROOT, env=full_env, stdout=output, stderr=output,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 180
        while True:
            if process.poll() is not None:
                raise RuntimeError(f"gunicorn {app_spec} exited with {process.returncode}" +
                                   (f"; see {log}" if log else ""))
            try:
                with urllib.request.urlopen(base + ready_path, timeout=2) as response:
                    if response.status == 200:
                        break
            except OSError:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"gunicorn {app_spec} did not answer {ready_path} within 180 s")
            time.sleep(0.2)
        yield base
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
        if log:
            output.close()  # type: ignore[union-attr]
