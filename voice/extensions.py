"""Extension singletons, bound to the app in create_app()."""

import sqlite3

from flask_babel import Babel
from flask_limiter import Limiter
from flask_login import LoginManager
from flask_migrate import Migrate
from flask_sqlalchemy import SQLAlchemy
from flask_wtf import CSRFProtect
from sqlalchemy import MetaData, event
from sqlalchemy.engine import Engine
from sqlalchemy.orm import DeclarativeBase

from voice.rate_limits import limit_key, public_request


class Base(DeclarativeBase):
    metadata = MetaData(
        naming_convention={
            "ix": "ix_%(column_0_label)s",
            "uq": "uq_%(table_name)s_%(column_0_name)s",
            "ck": "ck_%(table_name)s_%(constraint_name)s",
            "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
            "pk": "pk_%(table_name)s",
        }
    )


db = SQLAlchemy(model_class=Base)
migrate = Migrate()
csrf = CSRFProtect()
babel = Babel()
login_manager = LoginManager()


class StaffLimiter(Limiter):
    """Flask-Limiter for staff and sign-in pages. Public channels' posts are counted by
    ``rate_limits.check_public_post`` instead, so a public request leaves here at once: the
    request filter below would exempt it too, but only after Flask-Limiter has gathered the
    endpoint's limits (about 40 us of CPU on every family's page)."""

    def _check_request_limit(self, callable_name: str | None = None, in_middleware: bool = True) -> None:
        if public_request():
            return
        super()._check_request_limit(callable_name, in_middleware)


limiter = StaffLimiter(key_func=limit_key, default_limits=[])  # the draft on public pages, else the address
limiter.request_filter(public_request)  # and for any limit a public view is ever decorated with


@event.listens_for(Engine, "connect")
def _sqlite_pragmas(dbapi_connection, _record) -> None:
    """SQLite: enforce foreign keys (for cascades) and let readers run beside a writer."""
    if isinstance(dbapi_connection, sqlite3.Connection):
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA busy_timeout=10000")
        cursor.close()
