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
    # Code -> (name in its own language and script, text direction). The languages most
    # spoken by families in England after English (DOMAIN.md); which ones an inspection
    # offers, and whether a fluent speaker has checked each, is in
    # voice/translations/catalogues.yaml.
    LANGUAGES: dict[str, tuple[str, str]] = {
        "en": ("English", "ltr"),
        "ar": ("العربية", "rtl"),
        "bn": ("বাংলা", "ltr"),
        "es": ("Español", "ltr"),
        "pa": ("ਪੰਜਾਬੀ", "ltr"),
        "pl": ("Polski", "ltr"),
        "pt": ("Português", "ltr"),
        "ro": ("Română", "ltr"),
        "tr": ("Türkçe", "ltr"),
        "ur": ("اردو", "rtl"),
    }

    # Noto for the scripts the server's own fonts lack, for posters (npm: `make` installs it).
    POSTER_FONT_DIR = os.environ.get("VOICE_POSTER_FONT_DIR", str(BASE_DIR / "node_modules" / "@fontsource"))

    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    SESSION_COOKIE_NAME = "voice_session"
    # The cookie outlives a pause: families' answers wait in their draft, and a page left
    # open for hours still sends (issue 14). Staff sessions keep their own limits
    # (STAFF_SESSION_LIFETIME, STAFF_IDLE_TIMEOUT in voice/staff/auth.py).
    PERMANENT_SESSION_LIFETIME = timedelta(days=7)
    STAFF_SESSION_LIFETIME = timedelta(hours=4)
    # After this long without a page, a public survey says it timed out and offers to carry on.
    PUBLIC_IDLE_TIMEOUT = timedelta(hours=4)
    # The CSRF token lives as long as the session, so a page left open does not lose its typing.
    WTF_CSRF_TIME_LIMIT = None
    MAX_CONTENT_LENGTH = 256 * 1024

    RATELIMIT_STORAGE_URI = os.environ.get("RATELIMIT_STORAGE_URI", "memory://")
    # No X-RateLimit-* headers: working them out costs two more storage round trips on every
    # public POST (the final submit included), and browsers do nothing with them.
    RATELIMIT_HEADERS_ENABLED = False
    # Parents often share an address (school wifi, mobile carrier NAT), so the
    # public limit is generous: it stops floods, not families.
    # The public limit keys on the family's draft once it has one (see voice/rate_limits.py),
    # so 30 families behind one school address each get their own allowance. Starting a
    # draft, and anything without one, counts against the address; so does this ceiling on
    # all public posts from one address together, which stops a flood spread over many drafts.
    PUBLIC_POST_RATE_LIMIT = "60 per minute;600 per hour"
    PUBLIC_ADDRESS_POST_RATE_LIMIT = "300 per minute;3000 per hour"
    # Only failed sign-ins count, per address and per email.
    SIGN_IN_RATE_LIMIT = "10 per minute"

    # Redis for the background analysis queue (RQ). Unset: analysis runs in-process after each commit.
    JOBS_REDIS_URL = os.environ.get("VOICE_JOBS_REDIS_URL") or None

    # Days after an inspection's last survey closes until its responses are deleted
    # (`flask retention`). The privacy notice states the same period: keep them in step.
    RETENTION_DAYS = int(os.environ.get("VOICE_RETENTION_DAYS", str(3 * 365 + 1)))
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

    # Every link we hand out (share page, QR codes, posters, the CLI) starts with this, never
    # with the Host header of the request that asked for it.
    BASE_URL = os.environ.get("VOICE_BASE_URL", "http://127.0.0.1:5000")

    # Behind a load balancer: how many proxies add to X-Forwarded-For, and which peer
    # addresses (comma-separated addresses or networks) are those proxies. A request from
    # any other peer has its X-Forwarded-* headers dropped, so a client that reaches the app
    # server directly cannot pick its own address for the rate limits.
    PROXY_HOPS = int(os.environ.get("VOICE_PROXY_HOPS") or 0)
    TRUSTED_PROXIES = os.environ.get("VOICE_TRUSTED_PROXIES", "127.0.0.1,::1")
    # --- Staff accounts, two-factor sign-in and mail (issue 13, part 1) ---
    # Links in mail are built from BASE_URL (above), never from the request's host.
    # Two-factor sign-in is always offered; production requires it of every staff account.
    STAFF_TWO_FACTOR_REQUIRED = os.environ.get("VOICE_TWO_FACTOR_REQUIRED", "") == "1"
    INVITATION_LIFETIME = timedelta(days=3)
    PASSWORD_RESET_LIFETIME = timedelta(hours=1)
    # Failed sign-ins: free tries per account and address, then a doubling wait (never a lock-out);
    # and a daily cap per account for browsers it has never signed in on (trusted ones still can).
    SIGN_IN_FREE_FAILURES = 5
    SIGN_IN_MAX_DELAY = timedelta(minutes=15)
    SIGN_IN_ACCOUNT_DAILY_CAP = 100
    PASSWORD_RESET_RATE_LIMIT = "20 per hour"  # requests for a reset link, per address
    # SMTP. With no MAIL_SERVER, mail waits in the outbox that coordinators read in the browser.
    MAIL_SERVER = os.environ.get("MAIL_SERVER") or None
    MAIL_PORT = int(os.environ.get("MAIL_PORT", "587"))
    MAIL_USERNAME = os.environ.get("MAIL_USERNAME") or None
    MAIL_PASSWORD = os.environ.get("MAIL_PASSWORD") or None
    MAIL_USE_TLS = os.environ.get("MAIL_USE_TLS", "1") not in ("0", "false", "False", "")
    MAIL_DEFAULT_SENDER = os.environ.get("MAIL_DEFAULT_SENDER", "voice@localhost")
    # A reminder goes to coordinators if nobody has reviewed a flag within this many hours.
    SAFEGUARDING_REMINDER_HOURS = int(os.environ.get("VOICE_SAFEGUARDING_REMINDER_HOURS", "4"))


class DevelopmentConfig(BaseConfig):
    SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-not-secret")
    PREFERRED_URL_SCHEME = "http"

    def __init__(self) -> None:
        url = os.environ.get("DATABASE_URL")
        if url:
            self.SQLALCHEMY_DATABASE_URI = normalise_database_url(url)
        self.BASE_URL = checked_base_url(self.BASE_URL, require_https=False)


class TestingConfig(BaseConfig):
    TESTING = True
    SECRET_KEY = "testing-only"
    PREFERRED_URL_SCHEME = "http"
    # Limits stay on in tests, set high; a test lowers one to prove it bites.
    PUBLIC_POST_RATE_LIMIT = "100000 per minute"
    PUBLIC_ADDRESS_POST_RATE_LIMIT = "100000 per minute"
    SIGN_IN_RATE_LIMIT = "100000 per minute"
    SERVER_NAME = None
    BASE_URL = "http://localhost"
    JOBS_REDIS_URL = None  # analysis runs in-process; a test that wants the queue sets it
    # --- Staff accounts and mail (issue 13, part 1): the outbox, unless a test starts an SMTP server ---
    MAIL_SERVER = None
    STAFF_TWO_FACTOR_REQUIRED = False
    PASSWORD_RESET_RATE_LIMIT = "100000 per minute"

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
    # --- Staff accounts (issue 13, part 1): two-factor sign-in is required in production ---
    STAFF_TWO_FACTOR_REQUIRED = True

    def __init__(self) -> None:
        secret = os.environ.get("SECRET_KEY")
        url = os.environ.get("DATABASE_URL")
        missing = [name for name, value in (("SECRET_KEY", secret), ("DATABASE_URL", url)) if not value]
        if missing:
            raise RuntimeError(f"Production needs these environment variables: {', '.join(missing)}")
        self.SECRET_KEY = secret
        self.SQLALCHEMY_DATABASE_URI = normalise_database_url(url or "")
        self.BASE_URL = checked_base_url(os.environ.get("VOICE_BASE_URL"), require_https=True)


def checked_base_url(value: str | None, *, require_https: bool) -> str:
    """The public base URL, without a trailing slash; production refuses anything but https."""
    from urllib.parse import urlsplit

    parts = urlsplit((value or "").strip())
    if require_https and parts.scheme != "https":
        raise RuntimeError("Production needs VOICE_BASE_URL set to the service's https address, "
                           "for example https://voice.example.org")
    if parts.scheme not in ("http", "https") or not parts.hostname or parts.query or parts.fragment:
        raise RuntimeError(f"VOICE_BASE_URL must be an http(s) address with a host, not {value!r}")
    return f"{parts.scheme}://{parts.netloc}{parts.path.rstrip('/')}"


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
