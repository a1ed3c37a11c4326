"""How fast is a family's final "Send your answers" over HTTP, beside a bare Flask write?

On PostgreSQL, under gunicorn.conf.py, in one run:

* **voice**: `POST /s/<token>/check`, the parent survey's final submit, as a browser
  sends it (session cookie, CSRF token, submission key). Each one is a different
  family's journey, filled in over HTTP beforehand (start page, every question page,
  the check page; two or three comments each), and only the final POST is timed.
  Analysis goes to the RQ queue on Redis, as in production (no worker runs, so the
  jobs wait; the queue is emptied at the end).
* **bare**: a Flask app that writes one row per POST in its own transaction and
  redirects (benchmarks/submit_apps.py), under the same gunicorn settings.

Both servers run side by side and the rounds alternate (voice, bare, voice, ...), so
a busy neighbour on a shared machine slows both alike. 8 clients post as fast as they
can, each over its own keep-alive connection. Prints requests a second and p95 latency
for both, and the ratios (target: rate at least 0.5x, p95 at most 2x).

    .venv/bin/python benchmarks/bench_submit.py [--n 400] [--clients 8] [--rounds 4]

Needs PostgreSQL (VOICE_BENCH_DATABASE_URL, default postgresql://postgres@127.0.0.1:5432/voice_bench_speed,
which is dropped and created) and Redis (VOICE_BENCH_REDIS_URL, default redis://127.0.0.1:6379/13,
which is flushed).
"""

from __future__ import annotations

import argparse
import http.client
import http.cookiejar
import itertools
import os
import statistics
import sys
import threading
import time
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.serving import gunicorn, open_inspection  # noqa: E402
from benchmarks.submit_apps import create_bare_table  # noqa: E402

DEFAULT_DATABASE = "postgresql://postgres@127.0.0.1:5432/voice_bench_speed"
DEFAULT_REDIS = "redis://127.0.0.1:6379/13"


# --- filling in the survey over HTTP, the way a browser without JavaScript would ---------

class _Forms(HTMLParser):
    """The POST forms on a page: their action, fields and submit buttons."""

    def __init__(self) -> None:
        super().__init__()
        self.forms: list[dict] = []
        self._textarea: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        if tag == "form" and a.get("method", "get").lower() == "post":
            self.forms.append({"action": a.get("action", ""), "fields": [], "radios": {}, "buttons": [],
                               "textareas": []})
        elif not self.forms:
            return
        form = self.forms[-1]
        if tag == "input" and a.get("name"):
            kind = a.get("type", "text").lower()
            if kind == "radio":
                form["radios"].setdefault(a["name"], a.get("value", ""))  # the first choice
            elif kind == "submit":
                form["buttons"].append((a["name"], a.get("value", "")))
            elif kind == "hidden":
                form["fields"].append((a["name"], a.get("value", "")))
        elif tag == "button" and a.get("name"):
            form["buttons"].append((a["name"], a.get("value", "")))
        elif tag == "textarea" and a.get("name"):
            form["textareas"].append(a["name"])


def _fill(html: str, texts: itertools.cycle) -> tuple[str, bytes]:
    parser = _Forms()
    parser.feed(html)
    form = max(parser.forms, key=lambda f: len(f["fields"]) + len(f["radios"]) + len(f["textareas"]))
    fields = list(form["fields"]) + list(form["radios"].items())
    fields += [(name, next(texts)) for name in form["textareas"]]
    button = next((b for b in form["buttons"] if b[0] != "save"), None)
    if button:
        fields.append(button)
    return form["action"], urllib.parse.urlencode(fields).encode()


@dataclass
class Ready:
    """A finished journey, waiting on its check page: what the final POST sends."""

    path: str
    cookie: str
    body: bytes


def prepare(base: str, token: str, texts: itertools.cycle) -> Ready:
    jar = http.cookiejar.CookieJar()
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar))
    url = f"{base}/s/{token}/"
    for _ in range(20):
        with opener.open(url, timeout=30) as response:
            html, url = response.read().decode(), response.geturl()
        if urllib.parse.urlsplit(url).path.endswith("/check"):
            action, body = _fill(html, texts)
            cookie = "; ".join(f"{c.name}={c.value}" for c in jar)
            return Ready(urllib.parse.urljoin(url, action), cookie, body)
        action, body = _fill(html, texts)
        with opener.open(urllib.parse.urljoin(url, action), data=body, timeout=30) as response:
            response.read()
            url = response.geturl()
            if urllib.parse.urlsplit(url).path.endswith("/check"):
                continue
    raise RuntimeError(f"never reached the check page (last at {url})")


# --- the timed part ----------------------------------------------------------------------

def hammer(base: str, jobs: list[Ready], clients: int) -> tuple[float, list[float]]:
    """POST every job, `clients` at a time, each client on one keep-alive connection.
    Returns the wall time and each request's latency in seconds."""
    netloc = urllib.parse.urlsplit(base).netloc
    queue = iter(jobs)
    lock = threading.Lock()
    latencies: list[float] = []
    failures: list[str] = []

    def client() -> None:
        try:
            post_all()
        except Exception as error:  # noqa: BLE001  (reported below, not lost with the thread)
            with lock:
                failures.append(repr(error))

    def post_all() -> None:
        connection = http.client.HTTPConnection(netloc, timeout=60)
        while True:
            with lock:
                job = next(queue, None)
            if job is None:
                break
            path = urllib.parse.urlsplit(job.path).path
            started = time.perf_counter()
            connection.request("POST", path, body=job.body, headers={
                "Cookie": job.cookie, "Content-Type": "application/x-www-form-urlencoded",
            })
            response = connection.getresponse()
            response.read()
            elapsed = time.perf_counter() - started
            location = response.getheader("Location", "")
            with lock:
                latencies.append(elapsed)
                if response.status not in (302, 303) or "/done" not in location:
                    failures.append(f"{response.status} {location}")
        connection.close()

    started = time.perf_counter()
    threads = [threading.Thread(target=client) for _ in range(clients)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    wall = time.perf_counter() - started
    if failures:
        raise RuntimeError(f"{len(failures)} of {len(jobs)} posts failed, e.g. {failures[:3]}")
    return wall, latencies


def _fresh_database(url: str) -> None:
    import psycopg

    parts = urllib.parse.urlsplit(url)
    name = parts.path.lstrip("/")
    admin = urllib.parse.urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')


def _p95(values: list[float]) -> float:
    return statistics.quantiles(values, n=20)[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=400, help="timed submits per app (after a warm-up)")
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=4, help="alternating voice/bare rounds")
    parser.add_argument("--warmup", type=int, default=40)
    args = parser.parse_args()

    database = os.environ.get("VOICE_BENCH_DATABASE_URL", DEFAULT_DATABASE)
    redis_url = os.environ.get("VOICE_BENCH_REDIS_URL", DEFAULT_REDIS)
    from redis import Redis

    from voice.demo import texts as demo_texts

    redis = Redis.from_url(redis_url)
    redis.flushdb()
    _fresh_database(database)
    tokens = open_inspection(database)
    create_bare_table(database)
    env = {"VOICE_ENV": "development", "DATABASE_URL": database, "VOICE_JOBS_REDIS_URL": redis_url,
           "RATELIMIT_STORAGE_URI": redis_url}
    comments = itertools.cycle(demo_texts.PARENT_WORKS_WELL + demo_texts.PARENT_COULD_BE_BETTER)
    logs = Path(os.environ.get("TMPDIR", "/tmp"))
    total = args.n + args.warmup

    with gunicorn("benchmarks.submit_apps:voice_app()", env=env, log=logs / "bench_submit_voice.log") as voice, \
            gunicorn("benchmarks.submit_apps:bare_app()", env=env, log=logs / "bench_submit_bare.log") as bare:
        started = time.perf_counter()
        with ThreadPoolExecutor(args.clients) as pool:
            journeys = list(pool.map(lambda _: prepare(voice, tokens["parent_carer"], comments), range(total)))
        print(f"prepared {total} journeys over HTTP in {time.perf_counter() - started:.1f} s")
        bare_jobs = [Ready(f"{bare}/submit", "", urllib.parse.urlencode(
            {"csrf_token": "x" * 90, "submission_key": f"bare-{i}", "submit": ""}).encode()) for i in range(total)]

        hammer(voice, journeys[:args.warmup], args.clients)
        hammer(bare, bare_jobs[:args.warmup], args.clients)
        timed: dict[str, tuple[float, list[float]]] = {"voice": (0.0, []), "bare": (0.0, [])}
        size = args.n // args.rounds
        for r in range(args.rounds):
            chunk = slice(args.warmup + r * size, args.warmup + (r + 1) * size)
            for name, base, jobs in (("voice", voice, journeys), ("bare", bare, bare_jobs)):
                wall, latencies = hammer(base, jobs[chunk], args.clients)
                timed[name] = (timed[name][0] + wall, timed[name][1] + latencies)
    queued = redis.llen("rq:queue:analysis")
    redis.flushdb()

    rate = {name: len(lat) / wall for name, (wall, lat) in timed.items()}
    p95 = {name: _p95(lat) * 1000 for name, (_wall, lat) in timed.items()}
    median = {name: statistics.median(lat) * 1000 for name, (_wall, lat) in timed.items()}
    print(f"PostgreSQL, gunicorn.conf.py, {args.clients} clients, {size * args.rounds} timed POSTs per app "
          f"in {args.rounds} alternating rounds, after {args.warmup} warm-up POSTs each")
    for name, label in (("voice", "voice: final survey submit"), ("bare", "bare Flask: one-row write")):
        print(f"{label:<30} {rate[name]:8.1f} /s   median {median[name]:7.1f} ms   p95 {p95[name]:7.1f} ms")
    print(f"ratios: rate {rate['voice'] / rate['bare']:.2f}x (target >= 0.5x), "
          f"p95 {p95['voice'] / p95['bare']:.2f}x (target <= 2x)")
    print(f"analysis jobs waiting on the queue at the end: {queued}")


if __name__ == "__main__":
    main()
