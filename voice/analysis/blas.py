"""One BLAS thread a process.

Web and worker processes already run one per core. OpenBLAS's own threads on top of them
wait by spinning, so on a busy 2-core machine a comment's embedding cost 389 ms of CPU with
OpenBLAS's default threads against 29.5 ms with one. ``VOICE_BLAS_THREADS`` changes it.
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

    _LIMIT.append(threadpool_limits(limits=int(os.environ.get("VOICE_BLAS_THREADS", "1")), user_api="blas"))
