"""Test spine: an app on a throwaway database, a checking client, and factories.

The suite runs on SQLite by default. With VOICE_TEST_DATABASE_URL set (the Makefile
sets it from TEST_DATABASE_URL) the same tests run on PostgreSQL.
"""

from __future__ import annotations

import os
import re
from datetime import date, timedelta

import pytest
from flask.testing import FlaskClient
from sqlalchemy import text

from accessibility.page_checks import check_page


def pytest_configure(config):
    """`pytest` on its own tests the words in the repo: compile any .po newer than its .mo
    (once, before any worker starts). Each worker of ``pytest -n`` on PostgreSQL gets a
    database of its own."""
    worker = os.environ.get("PYTEST_XDIST_WORKER")
    if worker is None:
        from voice.catalogues import compile_catalogues

        compile_catalogues()
    elif os.environ.get("VOICE_TEST_DATABASE_URL"):
        os.environ["VOICE_TEST_DATABASE_URL"] = _worker_database(os.environ["VOICE_TEST_DATABASE_URL"], worker)


def _worker_database(url: str, worker: str) -> str:
    """``url``'s server, database ``<its name>_<worker>``, created when missing."""
    from sqlalchemy import create_engine, make_url

    from config import normalise_database_url

    base = make_url(normalise_database_url(url))
    if base.get_backend_name() != "postgresql":
        raise pytest.UsageError("pytest -n takes a PostgreSQL VOICE_TEST_DATABASE_URL, or none (SQLite files)")
    name = f"{base.database}_{worker}"
    engine = create_engine(base, isolation_level="AUTOCOMMIT")
    try:
        with engine.connect() as connection:
            found = connection.execute(text("SELECT 1 FROM pg_database WHERE datname = :name"), {"name": name})
            if found.scalar() is None:
                connection.execute(text(f'CREATE DATABASE "{name}"'))
    finally:
        engine.dispose()
    return base.set(database=name).render_as_string(hide_password=False)


def _reset_schema(app) -> None:
    from flask_migrate import upgrade

    from voice.extensions import db

    with app.app_context():
        db.drop_all()
        with db.engine.begin() as connection:
            connection.execute(text("DROP TABLE IF EXISTS alembic_version"))
        upgrade(revision="heads")


@pytest.fixture(scope="session")
def app(tmp_path_factory):
    if not os.environ.get("VOICE_TEST_DATABASE_URL"):
        db_file = tmp_path_factory.mktemp("db") / "test.sqlite3"
        os.environ["VOICE_TEST_SQLITE"] = str(db_file)
    from voice import create_app

    application = create_app("testing")
    _reset_schema(application)
    return application


@pytest.fixture(autouse=True)
def _clean_tables(request):
    """Every test starts with empty tables (cheaper than rebuilding the schema)."""
    yield
    if "app" not in request.fixturenames:
        return
    app = request.getfixturevalue("app")
    from voice.extensions import db

    with app.app_context():
        db.session.remove()
        with db.engine.begin() as connection:
            for table in reversed(db.metadata.sorted_tables):
                connection.execute(table.delete())


class CheckingClient(FlaskClient):
    """Fails the test if any HTML page it fetches breaks the page checks."""

    def open(self, *args, **kwargs):
        response = super().open(*args, **kwargs)
        if response.mimetype == "text/html":
            problems = check_page(response.get_data(as_text=True))
            assert not problems, f"{response.request.path}: " + "; ".join(problems)
        return response


@pytest.fixture(scope="session")
def live_server(app):
    """The app on a loopback port, served by threads, for browsers and concurrency tests."""
    import threading

    from werkzeug.serving import make_server

    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()
    thread.join(timeout=5)


@pytest.fixture
def client(app):
    app.test_client_class = CheckingClient
    with app.test_client() as test_client:
        yield test_client


@pytest.fixture
def runner(app):
    return app.test_cli_runner()


@pytest.fixture
def db_session(app):
    from voice.extensions import db

    with app.app_context():
        yield db.session


_CSRF = re.compile(r'name="csrf_token" type="hidden" value="([^"]+)"')


def csrf_token(html: str) -> str:
    match = _CSRF.search(html)
    assert match, "page has no CSRF token"
    return match.group(1)


@pytest.fixture
def make_inspection(app):
    """Factory: an inspection for a real area whose windows are open now, unless told otherwise."""
    from voice.extensions import db
    from voice.models import LocalArea
    from voice.services import working_days
    from voice.services.inspections import create_inspection

    def factory(*, notification_date: date | None = None, days: int = 5, area_code: str = "E10000011",
                webinar_at=None):
        with app.app_context():
            area = db.session.query(LocalArea).filter_by(ons_code=area_code).one_or_none()
            if area is None:
                area = LocalArea(ons_code=area_code, name="East Sussex", region="South East")
                db.session.add(area)
                db.session.commit()
            today = date.today()
            notified = notification_date or working_days.previous_working_day(today)
            inspection = create_inspection(
                local_area=area, kind="framework_2023", notification_date=notified,
                working_days_count=days, webinar_at=webinar_at,
            )
            return {s.audience: s.token for s in inspection.surveys} | {"id": inspection.id}

    return factory


@pytest.fixture
def past_date():
    return date.today() - timedelta(days=60)
