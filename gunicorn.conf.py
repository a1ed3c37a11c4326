"""Gunicorn settings for Voice: `gunicorn -c gunicorn.conf.py wsgi:app`.

Threaded workers (gthread): each worker process runs several requests at once, so a
request waiting on PostgreSQL or Redis does not hold a whole process, and idle
keep-alive connections wait in the worker's poller rather than in a thread.

Gunicorn should sit behind a buffering reverse proxy (nginx, or a platform router that
buffers): the proxy reads each request body and each response in full before passing
it on, so a phone on a slow connection, or someone sending a body a byte at a time,
ties up the proxy's cheap connection rather than one of these threads. The README's
"Serving" section has an nginx example. `timeout` below is a last resort against a
stuck worker, not a defence against slow clients.

Every setting can be changed from the environment (names below) without editing this
file; benchmarks/bench_submit.py runs Voice and a bare Flask app under these same
settings.
"""

from __future__ import annotations

import multiprocessing
import os


def _int(name: str, default: int) -> int:
    return int(os.environ.get(name, default))


bind = os.environ.get("GUNICORN_BIND") or f"{os.environ.get('HOST', '127.0.0.1')}:{os.environ.get('PORT', '8000')}"

# One process per core (at least two, so one can restart while the other serves),
# each with a few threads: request handling is mostly waiting on the database.
worker_class = "gthread"
workers = _int("WEB_CONCURRENCY", max(2, multiprocessing.cpu_count()))
threads = _int("GUNICORN_THREADS", 4)

# A request that takes longer than this is killed and its worker restarted.
timeout = _int("GUNICORN_TIMEOUT", 30)
# On a restart or deploy, requests in flight get this long to finish.
graceful_timeout = _int("GUNICORN_GRACEFUL_TIMEOUT", 20)
# Keep-alive between the proxy and gunicorn; shorter than the proxy's upstream keep-alive.
keepalive = _int("GUNICORN_KEEPALIVE", 5)

# Restart each worker now and then (with jitter, so not all at once) to bound memory.
max_requests = _int("GUNICORN_MAX_REQUESTS", 5000)
max_requests_jitter = _int("GUNICORN_MAX_REQUESTS_JITTER", 500)

# Load the app once, in the master, and fork each worker from it. Making the app imports
# the analysis stack and costs about 3 s of CPU; without this every worker restart above
# paid it again while serving (0.6 ms a request spread over 5,000 requests; in a 3,000-
# submission benchmark, restarts halved the submit rate). Workers also share the loaded
# code's memory. create_app opens no connection and starts no thread, and each forked
# worker starts with empty database pools (voice/__init__.py); Redis clients reconnect by
# themselves after a fork. A code change needs a restart of the master (not a HUP), as any
# deploy does. GUNICORN_PRELOAD=0 turns it off.
preload_app = os.environ.get("GUNICORN_PRELOAD", "1") != "0"

# Request size limits (the proxy should apply the same or smaller). Bodies are capped by
# the app's MAX_CONTENT_LENGTH.
limit_request_line = 4094
limit_request_fields = 100
limit_request_field_size = 8190

# Heartbeat files in memory, not on a disk that may stall.
worker_tmp_dir = "/dev/shm" if os.path.isdir("/dev/shm") else None

# Access log off by default (the proxy logs requests); GUNICORN_ACCESS_LOG=- sends it to stdout.
accesslog = os.environ.get("GUNICORN_ACCESS_LOG") or None
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")

# Trust X-Forwarded-* only from the proxy in front (see VOICE_PROXY_HOPS in wsgi.py).
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")

# Gunicorn 25.1+ opens a control socket at a fixed path under $HOME, shared by every
# gunicorn the same user runs; off unless asked for (GUNICORN_CONTROL_SOCKET=path).
control_socket_disable = not os.environ.get("GUNICORN_CONTROL_SOCKET")
control_socket = os.environ.get("GUNICORN_CONTROL_SOCKET") or os.path.expanduser("~/.gunicorn/gunicorn.ctl")

