"""A Redis database of its own for each use in each test process.

``make test`` runs pytest in several processes (pytest-xdist); tests in two of them must
never empty or read each other's queues. Worker ``gwN`` takes databases 15 - 4N down to
12 - 4N, one per use, so up to four processes can share one Redis.
"""

from __future__ import annotations

import os

USES = ("analysis", "exports", "mail", "rate_limits")
MAX_PROCESSES = 16 // len(USES)


def redis_url(use: str) -> str:
    worker = os.environ.get("PYTEST_XDIST_WORKER", "gw0")
    slot = int(worker.removeprefix("gw") or 0)
    if slot >= MAX_PROCESSES:
        raise RuntimeError(f"Redis has room for {MAX_PROCESSES} test processes: run pytest with "
                           f"-n {MAX_PROCESSES} or fewer")
    return f"redis://127.0.0.1:6379/{15 - len(USES) * slot - USES.index(use)}"
