"""The two apps bench_submit.py serves under gunicorn.conf.py.

    gunicorn -c gunicorn.conf.py 'benchmarks.submit_apps:voice_app()'
    gunicorn -c gunicorn.conf.py 'benchmarks.submit_apps:bare_app()'

Both read DATABASE_URL (PostgreSQL) and use SQLAlchemy's default connection pool.
"""

from __future__ import annotations

import os

from flask import Flask, abort, redirect, request


def voice_app() -> Flask:
    """Voice as wsgi.py makes it, with the public POST limits lifted: every request in the
    benchmark comes from 127.0.0.1, which the real limits (60 a minute a draft, 300 a minute
    an address) would stop after a few journeys. The limiter still counts every POST against
    both, in its storage, as in production."""
    from voice import create_app

    app = create_app()
    app.config["PUBLIC_POST_RATE_LIMIT"] = "1000000 per minute"
    app.config["PUBLIC_ADDRESS_POST_RATE_LIMIT"] = "1000000 per minute"
    return app


def _bare_table():
    from sqlalchemy import Column, DateTime, Integer, MetaData, String, Table, func

    return Table(
        "bench_bare_row", MetaData(),
        Column("id", Integer, primary_key=True),
        Column("submission_key", String(64), unique=True, nullable=False),
        Column("created_at", DateTime(timezone=True), server_default=func.now()),
    )


def create_bare_table(database_url: str) -> None:
    """Once, before the workers start (two workers creating it at once would race)."""
    from sqlalchemy import create_engine

    from config import normalise_database_url

    engine = create_engine(normalise_database_url(database_url))
    _bare_table().create(engine, checkfirst=True)
    engine.dispose()


def bare_app() -> Flask:
    """The floor: Flask writing one row per POST, in its own transaction, then redirecting."""
    from sqlalchemy import create_engine, insert

    from config import normalise_database_url

    engine = create_engine(normalise_database_url(os.environ["DATABASE_URL"]), pool_pre_ping=True)
    rows = _bare_table()

    app = Flask(__name__)
    app.config["BENCH_ENGINE"] = engine  # bench_submit_cpu.py counts its statements

    @app.post("/submit")
    def submit():
        key = request.form.get("submission_key", "")
        if not key:
            abort(400)
        with engine.begin() as connection:
            connection.execute(insert(rows).values(submission_key=key[:64]))
        return redirect("/done")

    @app.get("/healthz")
    def health():
        return {"status": "ok"}

    return app
