"""The large comment export: building a 32,000-row spreadsheet, and what the request waits for.

Usage: .venv/bin/python benchmarks/bench_export.py [--n 32000] [--redis redis://127.0.0.1:6379/9]

An inspection with ``--n`` coded comments (one theme each, texts cycled from the
analysis evaluation set) is made in a throwaway SQLite file, or in the database
named by VOICE_BENCH_DATABASE_URL. Then, signed in as an inspector through the
real pages:

1. **Before:** ``GET /export/comments.xlsx`` building the file inside the request
   (the direct route, with its size limit lifted), timed end to end.
2. **After, queued:** ``POST /exports`` with an RQ queue on Redis: the request
   only stores the job and queues it. Then one burst worker builds the file; its
   time and the number of progress updates seen are printed.
3. **After, no broker:** the same POST with no queue configured, when the job
   runs in-process after the commit (what ``make run`` does).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DATA = ROOT / "voice" / "analysis" / "data" / "eval_tune.jsonl"
THEMES = ("ehc_plans", "health_services", "education_support", "communication_coproduction", "transport")


def _texts() -> list[str]:
    with open(DATA, encoding="utf-8") as handle:
        return [json.loads(line)["text"] for line in handle if line.strip()]


def _seed(app, n: int) -> tuple[int, str, str]:
    from sqlalchemy import insert
    from werkzeug.security import generate_password_hash

    from voice.extensions import db
    from voice.models import Comment, CommentTheme, Inspection, LocalArea, User, utcnow
    from voice.services import working_days
    from voice.services.inspections import create_inspection

    texts = _texts()
    with app.app_context():
        area = LocalArea(ons_code="E10000011", name="East Sussex", region="South East")
        db.session.add(area)
        db.session.commit()
        inspection = create_inspection(local_area=area, kind="framework_2023",
                                       notification_date=working_days.previous_working_day(utcnow().date()),
                                       working_days_count=5, webinar_at=None)
        now = utcnow()
        comments = [{"id": i + 1, "inspection_id": inspection.id, "audience": "parent_carer",
                     "question": "could_be_better", "text": texts[i % len(texts)],
                     "redacted": texts[i % len(texts)], "machine_sentiment": "negative", "sentiment": "negative",
                     "created_at": now} for i in range(n)]
        for start in range(0, n, 5000):
            db.session.execute(insert(Comment), comments[start:start + 5000])
            db.session.execute(insert(CommentTheme), [
                {"comment_id": c["id"], "theme": THEMES[c["id"] % len(THEMES)], "origin": "machine"}
                for c in comments[start:start + 5000]])
        password = "correct horse battery staple"
        user = User(email="bench@example.com", name="Bench", role="inspector",
                    password_hash=generate_password_hash(password))
        user.inspections.append(db.session.get(Inspection, inspection.id))
        db.session.add(user)
        db.session.commit()
        return inspection.id, user.email, password


def _sign_in(client, email: str, password: str) -> None:
    from tests.conftest import csrf_token

    page = client.get("/sign-in")
    response = client.post("/sign-in", data={"csrf_token": csrf_token(page.text), "email": email,
                                             "password": password})
    assert response.status_code == 302, "sign-in failed"


def _ask(client, inspection_id: int) -> tuple[float, int]:
    from tests.conftest import csrf_token

    page = client.get(f"/inspections/{inspection_id}/exports")
    started = time.perf_counter()
    response = client.post(f"/inspections/{inspection_id}/exports",
                           data={"csrf_token": csrf_token(page.text), "format": "xlsx"})
    elapsed = time.perf_counter() - started
    assert response.status_code == 303, response.status_code
    return elapsed, int(response.headers["Location"].split("/exports/")[1].split("?")[0])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=32000)
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/9")
    args = parser.parse_args()

    tmp = tempfile.mkdtemp()
    if os.environ.get("VOICE_BENCH_DATABASE_URL"):
        os.environ["VOICE_TEST_DATABASE_URL"] = os.environ["VOICE_BENCH_DATABASE_URL"]
    else:
        os.environ["VOICE_TEST_SQLITE"] = str(Path(tmp) / "bench.sqlite3")
    from flask_migrate import upgrade

    from voice import create_app, jobs
    from voice.extensions import db
    from voice.models import ExportJob
    from voice.services import export_jobs

    app = create_app("testing")
    app.config["RATELIMIT_ENABLED"] = False
    with app.app_context():
        db.drop_all()
        upgrade(revision="heads")
    started = time.perf_counter()
    inspection_id, email, password = _seed(app, args.n)
    print(f"seeded {args.n:,} comments in {time.perf_counter() - started:.1f} s")
    client = app.test_client()
    _sign_in(client, email, password)

    export_jobs.DIRECT_LIMIT = args.n  # type: ignore[misc]  # the direct route as it was: no limit
    started = time.perf_counter()
    before = client.get(f"/inspections/{inspection_id}/export/comments.xlsx")
    direct = time.perf_counter() - started
    assert before.status_code == 200
    print(f"before: GET comments.xlsx built in the request: {direct:.2f} s ({len(before.data) / 1e6:.1f} MB)")

    try:
        from redis import Redis
        from rq import Queue, SimpleWorker

        connection = Redis.from_url(args.redis)
        connection.ping()
    except Exception as error:  # noqa: BLE001
        print(f"after, queued: skipped ({type(error).__name__}: no Redis at {args.redis})")
    else:
        connection.flushdb()
        app.config["JOBS_REDIS_URL"] = args.redis
        request_time, job_id = _ask(client, inspection_id)
        print(f"after, queued: POST /exports returned in {request_time * 1000:.0f} ms")
        jobs._APP = app
        started = time.perf_counter()
        SimpleWorker([Queue(jobs.QUEUE, connection=connection)], connection=connection).work(burst=True)
        worker_time = time.perf_counter() - started
        jobs._APP = None
        app.config["JOBS_REDIS_URL"] = None
        connection.flushdb()
        with app.app_context():
            job = db.session.get(ExportJob, job_id)
            assert job is not None
            print(f"after, queued: the worker built it in {worker_time:.2f} s, status {job.status}, "
                  f"{job.rows_done:,} of {job.rows_total:,} rows, {(job.size_bytes or 0) / 1e6:.1f} MB")

    request_time, job_id = _ask(client, inspection_id)
    with app.app_context():
        job = db.session.get(ExportJob, job_id)
        assert job is not None
        print(f"after, no broker: POST /exports (built in-process after the commit) took {request_time:.2f} s, "
              f"status {job.status}")


if __name__ == "__main__":
    main()
