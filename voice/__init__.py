"""Voice: families' and young people's views for Area SEND inspections."""

from __future__ import annotations

import os
import weakref
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # Flask is imported only when an app is made, so voice.analysis stays Flask-free.
    from flask import Flask
    from sqlalchemy.engine import Engine


def create_app(config_name: str | None = None) -> Flask:
    from flask import Flask

    from config import get_config

    app = Flask(__name__, instance_relative_config=True)
    app.config.from_object(get_config(config_name))
    register_extensions(app)
    register_assets(app)
    register_templating(app)
    register_blueprints(app)
    register_security(app)
    register_error_handlers(app)
    register_cli(app)
    return app


def register_extensions(app: Flask) -> None:
    from voice import models  # noqa: F401  (registers the tables on the metadata)
    from voice.extensions import babel, csrf, db, limiter, login_manager, migrate
    from voice.i18n import select_locale

    db.init_app(app)
    _forget_pools_after_fork(app)
    migrate.init_app(
        app, db, directory=str(Path(app.root_path).parent / "migrations"), render_as_batch=True, compare_type=True
    )
    from voice.sessions import init_sessions  # the signed session cookie, its serializer built once

    init_sessions(app)
    csrf.init_app(app)
    from voice.forms.translations import init_form_translations  # WTForms' messages read once a process

    init_form_translations(app)
    babel.init_app(app, locale_selector=select_locale)
    limiter.init_app(app)
    login_manager.init_app(app)
    import voice.auth  # noqa: F401  (registers the user loader)


_FORKABLE_ENGINES: weakref.WeakSet[Engine] = weakref.WeakSet()
_at_fork_registered = False  # the hook below is registered once a process, however many apps


def _forget_pools_after_fork(app: Flask) -> None:
    """A forked process (a gunicorn worker under preload_app) starts with empty pools rather
    than sharing its parent's connections: SQLAlchemy's way, dispose(close=False) in the child."""
    from voice.extensions import db

    global _at_fork_registered
    if not _at_fork_registered:
        os.register_at_fork(after_in_child=_dispose_inherited_pools)
        _at_fork_registered = True
    with app.app_context():
        _FORKABLE_ENGINES.update(db.engines.values())


def _dispose_inherited_pools() -> None:
    for engine in list(_FORKABLE_ENGINES):
        engine.dispose(close=False)


def register_assets(app: Flask) -> None:
    from voice.assets import init_assets  # hashed, long-cached static files and compressed pages

    init_assets(app)


def register_templating(app: Flask) -> None:
    from voice.templating import init_templating

    init_templating(app)


def register_blueprints(app: Flask) -> None:
    from voice.main import bp as main_bp
    from voice.runner import register_runner  # every questionnaire: /s/, /y/ and /p/ links

    app.register_blueprint(main_bp)
    register_runner(app)
    from voice.admin import register_staff_blueprints  # sign-in, /inspections and /admin
    register_staff_blueprints(app)
    from voice.webinar import bp as webinar_bp, inspect_bp as webinar_inspect_bp  # noqa: I001
    app.register_blueprint(webinar_bp)
    app.register_blueprint(webinar_inspect_bp)
    from voice.inspect import bp as inspect_bp  # the inspector's summary, corrections and exports
    app.register_blueprint(inspect_bp)
    from voice.heard import bp as heard_bp  # "You said, inspectors heard", after the report
    app.register_blueprint(heard_bp)


def register_security(app: Flask) -> None:
    from voice.security import init_security

    init_security(app)


def register_error_handlers(app: Flask) -> None:
    from voice.errors import init_error_handlers

    init_error_handlers(app)


def register_cli(app: Flask) -> None:
    from voice.cli import init_cli

    init_cli(app)
