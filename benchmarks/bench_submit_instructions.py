"""Instructions the app process spends on a family's final submit, counted by callgrind.

bench_submit_cpu.py measures CPU time, which on a shared VM swings 10-30% between identical
loops. Instruction counts do not: run under valgrind's callgrind, this script prepares
journeys as bench_submit_cpu.py does (PostgreSQL, analysis queued on Redis), warms up, and
then counts only the timed final submits (and, the same way, the bare one-row write),
switching callgrind's instrumentation on around each loop.

    valgrind --tool=callgrind --instr-atstart=no --callgrind-out-file=/tmp/submit.%p.cg \\
        .venv/bin/python benchmarks/bench_submit_instructions.py [--n 40]

then read the "totals:" of each part written (``callgrind_annotate`` shows where they go).
Without valgrind it runs the same loops, uncounted. It needs gcc and valgrind's headers to
build the small switch it calls through ctypes. Only this process is counted: PostgreSQL's
and Redis's own work is not (bench_submit_cpu.py reads PostgreSQL's from /proc).
"""

from __future__ import annotations

import argparse
import ctypes
import subprocess
import sys
import tempfile
import urllib.parse
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.bench_submit_cpu import Job, fresh_services, prepare  # noqa: E402

DEFAULT_DATABASE = "postgresql://postgres@127.0.0.1:5432/voice_bench_instructions"

_SWITCH = r"""
#include <valgrind/callgrind.h>
void counting_on(void) { CALLGRIND_ZERO_STATS; CALLGRIND_START_INSTRUMENTATION; }
void counting_off(const char *name) { CALLGRIND_STOP_INSTRUMENTATION; CALLGRIND_DUMP_STATS_AT(name); }
"""


def _switch() -> ctypes.CDLL:
    """callgrind's client requests, which Python cannot make itself (they are no-ops outside valgrind)."""
    folder = Path(tempfile.mkdtemp())
    (folder / "switch.c").write_text(_SWITCH)
    subprocess.run(["gcc", "-O1", "-shared", "-fPIC", "-o", str(folder / "switch.so"), str(folder / "switch.c")],
                   check=True)
    library = ctypes.CDLL(str(folder / "switch.so"))
    library.counting_off.argtypes = [ctypes.c_char_p]
    return library


def _post_all(client, jobs: list[Job]) -> None:
    for job in jobs:
        response = client.post(job.path, data=job.body, headers={"Cookie": job.cookie},
                               content_type="application/x-www-form-urlencoded",
                               environ_base={"REMOTE_ADDR": job.address})
        if response.status_code not in (302, 303) or "/done" not in response.headers.get("Location", ""):
            raise RuntimeError(f"{job.path}: {response.status_code} {response.headers.get('Location')}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=40, help="counted submits per app (after a warm-up)")
    parser.add_argument("--warmup", type=int, default=10)
    args = parser.parse_args()

    _, redis, tokens, voice, bare, comments = fresh_services(DEFAULT_DATABASE)
    switch = _switch()
    total = args.n + args.warmup
    journeys = [prepare(voice, tokens["parent_carer"], comments, i) for i in range(total)]
    bare_jobs = [Job("/submit", "", urllib.parse.urlencode(
        {"csrf_token": "x" * 90, "submission_key": f"bare-{i}", "submit": ""}).encode()) for i in range(total)]
    for name, app, jobs in (("voice", voice, journeys), ("bare", bare, bare_jobs)):
        client = app.test_client(use_cookies=False)
        _post_all(client, jobs[:args.warmup])
        switch.counting_on()
        _post_all(client, jobs[args.warmup:])
        switch.counting_off(f"{name} x{args.n}".encode())
    redis.flushdb()
    print(f"counted {args.n} submits per app; divide each dump's totals by {args.n}")


if __name__ == "__main__":
    main()
