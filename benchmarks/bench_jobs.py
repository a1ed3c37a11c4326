"""Background analysis: a burst of submissions, re-tagging, and memory.

1. **Burst.** N parent submissions (two comments each, distinct real texts from
   ``data/real``) go through the real ``submit()`` service as fast as one
   process can send them, with analysis queued on Redis (RQ) and ``--workers``
   ``flask worker`` processes running it. Printed: the submit time per
   submission beside the same submit with analysis inline (the baseline, in the
   same run), and how long after its submission each comment was analysed
   (median, 95th percentile, maximum; the target is every comment within 60 s).
2. **Re-tag.** ``--retag`` comments with stored embeddings are re-tagged by
   ``retag_inspection`` (the encoder does not run), beside the cost per comment
   when the encoder has to run (the baseline, measured on a sample in the same
   run). Target: 20,000 comments in at most 5 minutes.
3. **Memory.** Peak resident memory of a web process (app made, a page served,
   one submission analysed in-process) and of a worker after the burst.

Needs Redis (``--redis``, default redis://127.0.0.1:6379/14) and uses PostgreSQL
when VOICE_BENCH_DATABASE_URL is set (several workers writing one SQLite file
would measure SQLite's locking, not Voice), else SQLite with one worker.

    .venv/bin/python benchmarks/bench_jobs.py [--n 500] [--workers 2] [--retag 20000]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _env(tmp: str, redis_url: str | None) -> dict[str, str]:
    env = dict(os.environ)
    if os.environ.get("VOICE_BENCH_DATABASE_URL"):
        env["DATABASE_URL"] = os.environ["VOICE_BENCH_DATABASE_URL"]
    else:
        env["DATABASE_URL"] = "sqlite:///" + str(Path(tmp) / "bench.sqlite3")
    env["VOICE_ENV"] = "development"
    env["FLASK_APP"] = "wsgi"
    if redis_url:
        env["VOICE_JOBS_REDIS_URL"] = redis_url
    else:
        env.pop("VOICE_JOBS_REDIS_URL", None)
    return env


def _app(env: dict[str, str]):
    os.environ.update({k: v for k, v in env.items() if k in ("DATABASE_URL", "VOICE_JOBS_REDIS_URL", "VOICE_ENV")})
    if "VOICE_JOBS_REDIS_URL" not in env:
        os.environ.pop("VOICE_JOBS_REDIS_URL", None)
    from voice import create_app

    return create_app("development")


def _reset(app) -> None:
    from flask_migrate import upgrade

    from voice.extensions import db

    with app.app_context():
        db.drop_all()
        with db.engine.begin() as connection:
            connection.execute(db.text("DROP TABLE IF EXISTS alembic_version"))
        upgrade(revision="heads")


def _texts() -> list[str]:
    from voice.analysis.corpus import load_real

    return [item.text for item in load_real()]


def _inspection(app):
    from voice.demo.seed import DEMO_AREA
    from voice.models import utcnow
    from voice.services import working_days
    from voice.services.areas import area_by_code, load_local_areas
    from voice.services.inspections import create_inspection

    with app.app_context():
        load_local_areas()
        inspection = create_inspection(
            local_area=area_by_code(DEMO_AREA), kind="framework_2023",
            notification_date=working_days.previous_working_day(utcnow().date()),
        )
        return inspection.id


def _submit(app, inspection_id: int, n: int, texts: list[str], offset: int) -> list[float]:
    from voice.extensions import db
    from voice.models import Inspection, utcnow
    from voice.services import responses

    timings = []
    with app.app_context():
        survey = db.session.get(Inspection, inspection_id).survey_for("parent_carer")
        for i in range(n):
            draft = responses.start_draft(survey=survey, now=utcnow())
            answers = {"works_well": texts[(offset + 2 * i) % len(texts)],
                       "could_be_better": texts[(offset + 2 * i + 1) % len(texts)]}
            responses.save_answers(survey=survey, draft=draft, answers=answers, now=utcnow())
            started = time.perf_counter()
            responses.submit(survey=survey, submission_key=draft.key, required=(),
                             free_text=("works_well", "could_be_better"), now=utcnow())
            timings.append((time.perf_counter() - started) * 1000)
    return timings


def _percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(share * len(ordered)))]


def burst(args, tmp: str, texts: list[str]) -> None:
    from redis import Redis

    from voice.extensions import db
    from voice.models import Comment

    Redis.from_url(args.redis).flushdb()
    env = _env(tmp, args.redis)
    app = _app(env)
    _reset(app)
    inspection_id = _inspection(app)
    workers = args.workers if os.environ.get("VOICE_BENCH_DATABASE_URL") else 1
    logs = [open(Path(tmp) / f"worker-{i}.log", "wb") for i in range(workers)]  # a pipe nobody reads would block
    procs = [subprocess.Popen([sys.executable, "-m", "flask", "worker"], env=env, cwd=ROOT,
                              stdout=subprocess.DEVNULL, stderr=log) for log in logs]
    time.sleep(8)  # workers load the app and the encoder
    started = time.time()
    queued = _submit(app, inspection_id, args.n, texts, offset=0)
    sent = time.time()
    print(f"burst: {args.n} submissions ({2 * args.n} comments) sent in {sent - started:.1f} s "
          f"with {workers} worker(s)")
    with app.app_context():
        while True:
            waiting = db.session.scalar(db.select(db.func.count()).select_from(Comment)
                                        .where(Comment.analysis_pending.is_(True)))
            db.session.remove()
            if not waiting or time.time() - sent > 600:
                break
            if any(proc.poll() is not None for proc in procs):
                raise SystemExit("a worker stopped; see " + logs[0].name)
            time.sleep(0.5)
        rows = db.session.execute(db.select(Comment.created_at, Comment.analysed_at)).all()
    delays = [(done - made).total_seconds() for made, done in rows if done is not None]
    peaks = []
    for proc in procs:
        try:  # VmHWM: the worker's peak resident memory so far
            status = Path(f"/proc/{proc.pid}/status").read_text()
            peaks.append(int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmHWM"))) // 1024)
        except (OSError, StopIteration):
            pass
        proc.terminate()
    for proc, log in zip(procs, logs, strict=True):
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:  # a job still running: RQ's warm shutdown waits for it
            print(f"  a worker took over 60 s to stop after SIGTERM; killed (log: {log.name})")
            proc.kill()
            proc.wait()
        log.close()
    if peaks:
        print(f"  memory: each worker's peak RSS after the burst: {', '.join(f'{p} MB' for p in peaks)}")
    print(f"  submit with analysis queued: median {statistics.median(queued):.1f} ms, "
          f"p95 {_percentile(queued, 0.95):.1f} ms")
    print(f"  analysed after submission: median {statistics.median(delays):.1f} s, "
          f"p95 {_percentile(delays, 0.95):.1f} s, max {max(delays):.1f} s "
          f"({len(delays)} of {2 * args.n} analysed; target: all within 60 s)")
    # Baseline in the same run: the same submissions with analysis inline (no broker).
    inline_app = _app(_env(tmp, None))
    inline_app.config["JOBS_REDIS_URL"] = None
    inline = _submit(inline_app, inspection_id, min(args.n, 200), texts, offset=2 * args.n)
    print(f"  baseline, analysis inline in the request: median {statistics.median(inline):.1f} ms, "
          f"p95 {_percentile(inline, 0.95):.1f} ms")


def retag(args, tmp: str, texts: list[str]) -> None:
    from voice.analysis import analyse_many
    from voice.extensions import db
    from voice.models import Comment, CommentTheme, utcnow
    from voice.services.analysis_jobs import store_tuned, vector_bytes
    from voice.services.retag import retag_inspection

    app = _app(_env(tmp, None))
    _reset(app)
    inspection_id = _inspection(app)
    unique = texts[: min(len(texts), 2000)]
    started = time.perf_counter()
    results = analyse_many(unique, ["What could be better?"] * len(unique))
    encode_per_comment = (time.perf_counter() - started) / len(unique)
    with app.app_context():
        now = utcnow()
        for i in range(args.retag):
            result = results[i % len(unique)]
            comment = Comment(inspection_id=inspection_id, audience="parent_carer", question="could_be_better",
                              text=unique[i % len(unique)], redacted=result.redacted,
                              machine_sentiment=result.sentiment, sentiment=result.sentiment,
                              embedding=vector_bytes(result.embedding),
                              second_embedding=vector_bytes(result.second_embedding), analysed_at=now, created_at=now)
            store_tuned(comment, result)  # as analysis stores it
            comment.themes = [CommentTheme(theme=t) for t in result.themes]
            db.session.add(comment)
            if i % 2000 == 1999:
                db.session.commit()
        db.session.commit()
        last = [0.0]

        def progress(done: int, total: int) -> None:
            if time.perf_counter() - last[0] > 15 or done == total:
                last[0] = time.perf_counter()
                print(f"  re-tag progress: {done}/{total}", flush=True)

        started = time.perf_counter()
        result = retag_inspection(inspection_id=inspection_id, progress=progress)
        took = time.perf_counter() - started
    print(f"re-tag: {result.comments} comments with stored embeddings in {took:.1f} s "
          f"({result.comments / took:.0f}/s; target: 20,000 within 300 s)")
    print(f"  baseline, the encoder running (first analysis of {len(unique)} comments, batched): "
          f"{1000 * encode_per_comment:.1f} ms a comment, so {args.retag * encode_per_comment:.0f} s "
          f"for {args.retag}")


def memory(tmp: str) -> None:
    code = (
        "import resource, sys\n"
        "from voice import create_app\n"
        "app = create_app('development')\n"
        "client = app.test_client()\n"
        "client.get('/')\n"
        "print('app, one page:', resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)\n"
        "from voice.analysis import analyse\n"
        "analyse('The bus never comes and nobody rings back.', question='What could be better?')\n"
        "print('after an in-process analysis (encoder loaded):', "
        "resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], env=_env(tmp, None), cwd=ROOT, capture_output=True,
                         text=True, check=True).stdout
    for line in out.strip().splitlines():
        label, value = line.rsplit(":", 1)
        print(f"memory: web process, {label.strip()}: {value.strip()} MB peak RSS")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=500)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--retag", type=int, default=20000)
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/14")
    parser.add_argument("--skip", nargs="*", default=(), choices=("burst", "retag", "memory"))
    args = parser.parse_args()
    texts = _texts()
    with tempfile.TemporaryDirectory() as tmp:
        if "memory" not in args.skip:
            memory(tmp)
        if "burst" not in args.skip:
            burst(args, tmp, texts)
        if "retag" not in args.skip:
            retag(args, tmp, texts)
    print(f"this process: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024} MB peak RSS")


if __name__ == "__main__":
    main()
