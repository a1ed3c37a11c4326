"""Configuration classes. Defaults are safe to publish; production secrets have no default."""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent


def normalise_database_url(url: str) -> str:
    """Point PostgreSQL URLs at psycopg 3, whatever scheme the platform hands us."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix):]
    return url


class BaseConfig:
    SECRET_KEY: str | None = None
    SQLALCHEMY_DATABASE_URI = "sqlite:///" + str(BASE_DIR / "instance" / "voice.sqlite3")
    SQLALCHEMY_ENGINE_OPTIONS: dict = {"pool_pre_ping": True}
    SQLALCHEMY_TRACK_MODIFICATIONS = False

    BABEL_DEFAULT_LOCALE = "en"
    BABEL_DEFAULT_TIMEZONE = "Europe/London"
    BABEL_TRANSLATION_DIRECTORIES = str(BASE_DIR / "voice" / "translations")
    # Code -> (name in its own language, text direction). Later issues add more.
    LANGUAGES: dict[str, tuple[str, str]] = {"en": ("English", "ltr")}

    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    SESSION_COOKIE_NAME = "voice_session"
    PERMANENT_SESSION_LIFETIME = timedelta(hours=4)
    WTF_CSRF_TIME_LIMIT = 4 * 3600
    MAX_CONTENT_LENGTH = 256 * 1024

    RATELIMIT_STORAGE_URI = os.environ.get("RATELIMIT_STORAGE_URI", "memory://")
    # No X-RateLimit-* headers: working them out costs two more storage round trips on every
    # public POST (the final submit included), and browsers do nothing with them.
    RATELIMIT_HEADERS_ENABLED = False
    # Parents often share an address (school wifi, mobile carrier NAT), so the
    # public limit is generous: it stops floods, not families.
    PUBLIC_POST_RATE_LIMIT = "60 per minute;600 per hour"
    # Only failed sign-ins count, per address and per email.
    SIGN_IN_RATE_LIMIT = "10 per minute"

    # Redis for the background analysis queue (RQ). Unset: analysis runs in-process after each commit.
    JOBS_REDIS_URL = os.environ.get("VOICE_JOBS_REDIS_URL") or None

    # Hashed, long-cached and compressed static files, compressed pages and the slim
    # stylesheet (voice/assets.py). Off only to measure the baseline in bench_page_weight.py.
    ASSETS_OPTIMISED = os.environ.get("VOICE_ASSETS_OPTIMISED", "1") != "0"
    # Flask-Compress: brotli for browsers that take it, gzip otherwise; small bodies stay plain.
    COMPRESS_ALGORITHM = ["br", "gzip"]
    COMPRESS_BR_LEVEL = 5
    COMPRESS_MIN_SIZE = 1024

    FREE_TEXT_MAX_CHARS = 2000
    PREFERRED_URL_SCHEME = "https"
    HSTS = False


class DevelopmentConfig(BaseConfig):
    SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-not-secret")
    PREFERRED_URL_SCHEME = "http"

    def __init__(self) -> None:
        url = os.environ.get("DATABASE_URL")
        if url:
            self.SQLALCHEMY_DATABASE_URI = normalise_database_url(url)


class TestingConfig(BaseConfig):
    TESTING = True
    SECRET_KEY = "testing-only"
    PREFERRED_URL_SCHEME = "http"
    # Limits stay on in tests, set high; a test lowers one to prove it bites.
    PUBLIC_POST_RATE_LIMIT = "100000 per minute"
    SIGN_IN_RATE_LIMIT = "100000 per minute"
    SERVER_NAME = None
    JOBS_REDIS_URL = None  # analysis runs in-process; a test that wants the queue sets it

    def __init__(self) -> None:
        url = os.environ.get("VOICE_TEST_DATABASE_URL")
        sqlite_file = os.environ.get("VOICE_TEST_SQLITE")
        if url:
            self.SQLALCHEMY_DATABASE_URI = normalise_database_url(url)
        else:
            self.SQLALCHEMY_DATABASE_URI = "sqlite:///" + (sqlite_file or str(BASE_DIR / "instance" / "test.sqlite3"))


class ProductionConfig(BaseConfig):
    SESSION_COOKIE_SECURE = True
    HSTS = True

    def __init__(self) -> None:
        secret = os.environ.get("SECRET_KEY")
        url = os.environ.get("DATABASE_URL")
        missing = [name for name, value in (("SECRET_KEY", secret), ("DATABASE_URL", url)) if not value]
        if missing:
            raise RuntimeError(f"Production needs these environment variables: {', '.join(missing)}")
        self.SECRET_KEY = secret
        self.SQLALCHEMY_DATABASE_URI = normalise_database_url(url or "")


CONFIGS: dict[str, type[BaseConfig]] = {
    "development": DevelopmentConfig,
    "testing": TestingConfig,
    "production": ProductionConfig,
}


def get_config(name: str | None = None) -> BaseConfig:
    name = name or os.environ.get("VOICE_ENV", "development")
    try:
        return CONFIGS[name]()
    except KeyError:
        raise RuntimeError(f"Unknown configuration {name!r}: use one of {', '.join(CONFIGS)}") from None
