"""What a family's final "Send your answers" costs in CPU, beside a bare Flask write.

bench_submit.py times the submit over HTTP, which on a shared, busy machine mostly
measures the queue for a CPU. This one counts the work instead, in one run, for the
same two apps (benchmarks/submit_apps.py) on PostgreSQL with the analysis queued on Redis:

* **app CPU**: this process's CPU time (user + system) per POST, through the whole
  WSGI stack (WhiteNoise, Flask, session cookie, CSRF, Flask-Limiter on Redis, the form,
  the draft read, every answer's validation, the write and commit, the enqueue, the
  security headers, the redirect), driven by Flask's test client one POST at a time;
* **PostgreSQL CPU**: the CPU time of the database server processes serving this
  process's connections (read from /proc), per POST;
* **SQL statements** and **Redis commands** per POST (counted at the client).

CPU time is what a request costs whoever else is using the machine: a busy neighbour
makes each request wait longer but not cost more (caches aside), so the ratio holds up
where a wall-clock rate does not. The rounds alternate (voice, bare, voice, ...).

    .venv/bin/python benchmarks/bench_submit_cpu.py [--n 300] [--rounds 3] [--profile FILE]

--profile writes a cProfile of Voice's timed POSTs (read it with `python -m pstats FILE`).

Needs PostgreSQL (VOICE_BENCH_DATABASE_URL, default
postgresql://postgres@127.0.0.1:5432/voice_bench_cpu, which is dropped and created) and
Redis (VOICE_BENCH_REDIS_URL, default redis://127.0.0.1:6379/13, which is flushed).
"""

from __future__ import annotations

import argparse
import itertools
import os
import resource
import statistics
import sys
import time
import urllib.parse
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from flask import Flask

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_submit import _fill, _fresh_database  # noqa: E402
from benchmarks.serving import open_inspection  # noqa: E402
from benchmarks.submit_apps import create_bare_table  # noqa: E402

DEFAULT_DATABASE = "postgresql://postgres@127.0.0.1:5432/voice_bench_cpu"
DEFAULT_REDIS = "redis://127.0.0.1:6379/13"
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


@dataclass
class Job:
    path: str
    cookie: str
    body: bytes
    address: str = "127.0.0.1"


def prepare(app, token: str, texts: itertools.cycle, number: int) -> Job:
    """A journey through the survey with the test client, as bench_submit.py does over HTTP.
    Each family posts from its own (loopback) address, as families do, so the per-address
    ceiling on public posts counts them apart, as it would in production."""
    address = f"127.1.{number // 250}.{number % 250 + 1}"
    client = app.test_client()
    client.environ_base["REMOTE_ADDR"] = address
    path = f"/s/{token}/"
    for _ in range(40):
        response = client.get(path)
        while response.status_code in (301, 302, 303):
            path = urllib.parse.urlsplit(response.headers["Location"]).path
            response = client.get(path)
        html = response.get_data(as_text=True)
        if response.status_code != 200:
            raise RuntimeError(f"{path}: {response.status_code}")
        action, body = _fill(html, texts)
        action = urllib.parse.urljoin(path, action)
        if path.endswith("/check"):
            cookie = client.get_cookie(app.config["SESSION_COOKIE_NAME"])
            return Job(action, f"{cookie.key}={cookie.value}", body, address)
        response = client.post(action, data=body, content_type="application/x-www-form-urlencoded")
        path = urllib.parse.urlsplit(response.headers.get("Location", action)).path
    raise RuntimeError(f"never reached the check page (last at {path})")


class Counters:
    """SQL statements (SQLAlchemy event, and psycopg's own ``Connection.execute``, which the
    final submit's usual case calls directly) and Redis commands (at the connection) sent."""

    def __init__(self, engines) -> None:
        import psycopg
        from redis.connection import Connection
        from sqlalchemy import event

        self.sql = 0
        self.redis = 0
        for engine in engines:
            event.listen(engine, "before_cursor_execute", self._statement)
        direct = psycopg.Connection.execute

        def counted_sql(connection, *args, **kwargs):
            self.sql += 1
            return direct(connection, *args, **kwargs)

        psycopg.Connection.execute = counted_sql  # type: ignore[method-assign]
        original = Connection.send_packed_command

        def counted(connection, command, check_health=True):
            self.redis += 1
            return original(connection, command, check_health)

        Connection.send_packed_command = counted  # type: ignore[method-assign]

    def _statement(self, *_args) -> None:
        self.sql += 1


def _postgres_cpu(pids: set[int]) -> dict[int, float]:
    """Seconds of CPU each of these database server processes has used so far."""
    used = {}
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        used[pid] = (int(fields[11]) + int(fields[12])) / CLOCK_TICKS  # utime, stime
    return used


PROBE = "bench_submit_cpu probe"


def _backends(database: str) -> set[int]:
    """The server processes of this database's connections (the apps' pools), not this probe's."""
    import psycopg

    with psycopg.connect(database, autocommit=True, application_name=PROBE) as connection:
        rows = connection.execute(
            "SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND application_name <> %s",
            (PROBE,),
        ).fetchall()
    return {row[0] for row in rows}


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def run(client, jobs: list[Job], *, database: str, counters: Counters, expect: str, profiler=None) -> dict:
    pg_before = _postgres_cpu(_backends(database))
    sql, redis = counters.sql, counters.redis
    cpu, wall = _cpu(), time.perf_counter()
    if profiler is not None:
        profiler.enable()
    for job in jobs:
        response = client.post(job.path, data=job.body, headers={"Cookie": job.cookie},
                               content_type="application/x-www-form-urlencoded",
                               environ_base={"REMOTE_ADDR": job.address})
        if response.status_code not in (302, 303) or expect not in response.headers.get("Location", ""):
            raise RuntimeError(f"{job.path}: {response.status_code} {response.headers.get('Location')}")
    if profiler is not None:
        profiler.disable()
    cpu, wall = _cpu() - cpu, time.perf_counter() - wall
    # A connection the pool opened during the round counts whole (it started at zero).
    pg_after = _postgres_cpu(_backends(database) | set(pg_before))
    pg = sum(used - pg_before.get(pid, 0.0) for pid, used in pg_after.items())
    n = len(jobs)
    return {"cpu": cpu / n, "wall": wall / n, "pg": pg / n,
            "sql": (counters.sql - sql) / n, "redis": (counters.redis - redis) / n}


def fresh_services(
    default_database: str = DEFAULT_DATABASE,
) -> tuple[str, Any, dict[str, str], Flask, Flask, Iterator[str]]:
    """A fresh benchmark database (its URL is returned first) and Redis database, an open
    inspection, the bare app's table, both apps, and comments to type: what each in-process
    submit benchmark starts from."""
    database = os.environ.get("VOICE_BENCH_DATABASE_URL", default_database)
    redis_url = os.environ.get("VOICE_BENCH_REDIS_URL", DEFAULT_REDIS)
    from redis import Redis

    # Before config.py is first imported: its settings are read from the environment then.
    os.environ.update({"VOICE_ENV": "development", "DATABASE_URL": database, "VOICE_JOBS_REDIS_URL": redis_url,
                       "RATELIMIT_STORAGE_URI": redis_url})
    redis = Redis.from_url(redis_url)
    redis.flushdb()
    _fresh_database(database)
    tokens = open_inspection(database)
    create_bare_table(database)
    from benchmarks import submit_apps
    from voice.demo import texts as demo_texts

    comments = itertools.cycle(demo_texts.PARENT_WORKS_WELL + demo_texts.PARENT_COULD_BE_BETTER)
    return database, redis, tokens, submit_apps.voice_app(), submit_apps.bare_app(), comments


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=300, help="timed submits per app (after a warm-up)")
    parser.add_argument("--rounds", type=int, default=3, help="alternating voice/bare rounds")
    parser.add_argument("--warmup", type=int, default=30)
    parser.add_argument("--profile", help="write a cProfile of Voice's timed POSTs here")
    args = parser.parse_args()

    database, redis, tokens, voice, bare, comments = fresh_services()
    total = args.n + args.warmup
    started = time.perf_counter()
    journeys = [prepare(voice, tokens["parent_carer"], comments, i) for i in range(total)]
    print(f"prepared {total} journeys with the test client in {time.perf_counter() - started:.1f} s")
    bare_jobs = [Job("/submit", "", urllib.parse.urlencode(
        {"csrf_token": "x" * 90, "submission_key": f"bare-{i}", "submit": ""}).encode()) for i in range(total)]

    from voice.extensions import db

    with voice.app_context():
        engines = [db.engine]
    engines.append(bare.config["BENCH_ENGINE"])
    counters = Counters(engines)
    clients = {"voice": voice.test_client(use_cookies=False), "bare": bare.test_client(use_cookies=False)}
    jobs = {"voice": journeys, "bare": bare_jobs}
    expect = {"voice": "/done", "bare": "/done"}
    for name in ("voice", "bare"):
        run(clients[name], jobs[name][:args.warmup], database=database, counters=counters, expect=expect[name])

    profiler = None
    if args.profile:
        import cProfile

        profiler = cProfile.Profile(time.process_time)  # CPU time, not time spent waiting
    results: dict[str, list[dict]] = {"voice": [], "bare": []}
    size = args.n // args.rounds
    for r in range(args.rounds):
        chunk = slice(args.warmup + r * size, args.warmup + (r + 1) * size)
        for name in ("voice", "bare"):
            results[name].append(run(clients[name], jobs[name][chunk], database=database, counters=counters,
                                     expect=expect[name], profiler=profiler if name == "voice" else None))
    queued = redis.llen("rq:queue:analysis")
    redis.flushdb()
    if profiler is not None:
        profiler.dump_stats(args.profile)

    def figure(name: str, key: str) -> float:
        # The mean over every round (PostgreSQL's CPU is counted in clock ticks of 10 ms,
        # too coarse for one round of a cheap write).
        return statistics.fmean(result[key] for result in results[name])

    load = os.getloadavg()
    print(f"PostgreSQL + Redis, Flask test client, one POST at a time, {size * args.rounds} timed POSTs per app "
          f"in {args.rounds} alternating rounds; load average {load[0]:.2f} {load[1]:.2f}")
    print(f"{'':<30} {'app CPU':>10} {'PostgreSQL CPU':>15} {'app+PG':>9} {'wall':>9} {'SQL':>5} {'Redis':>6}")
    for name, label in (("voice", "voice: final survey submit"), ("bare", "bare Flask: one-row write")):
        both = figure(name, "cpu") + figure(name, "pg")
        print(f"{label:<30} {figure(name, 'cpu') * 1000:7.2f} ms {figure(name, 'pg') * 1000:12.2f} ms "
              f"{both * 1000:6.2f} ms {figure(name, 'wall') * 1000:6.2f} ms {figure(name, 'sql'):5.1f} "
              f"{figure(name, 'redis'):6.1f}")
    ratio_app = figure("voice", "cpu") / figure("bare", "cpu")
    ratio_all = (figure("voice", "cpu") + figure("voice", "pg")) / (figure("bare", "cpu") + figure("bare", "pg"))
    print(f"voice / bare: app CPU {ratio_app:.2f}x, app + PostgreSQL CPU {ratio_all:.2f}x "
          f"(the HTTP target, rate >= 0.5x, needs about <= 2x here)")
    print(f"analysis jobs waiting on the queue at the end: {queued}")


if __name__ == "__main__":
    main()
