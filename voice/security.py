"""Security at the edge of every request.

- Headers, with a strict Content-Security-Policy that allows only our own files.
- Input that no browser sends (null bytes, control characters in a web address, bytes
  that are not UTF-8) is refused with the app's own 400 page before any view, database
  or form sees it. PostgreSQL refuses null bytes in text, so letting one through turns
  a typo or a probe into a 500.
- X-Forwarded-For is believed only from the proxies we were told about.
"""

from __future__ import annotations

import ipaddress
import re
import secrets
from collections.abc import Callable, Iterable
from typing import Any
from urllib.parse import unquote_to_bytes

from flask import Flask, Response, abort, g, request
from werkzeug.middleware.proxy_fix import ProxyFix

# C0 controls and DEL. None belongs in a web address; in a form only tab and new lines do.
_URL_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_FORM_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_FORM_TYPES = frozenset({"application/x-www-form-urlencoded", "multipart/form-data"})


BAD_INPUT = "bad-input"  # the description that picks the "we could not read that" page


class BadInput(Exception):
    """The request carries something no browser sends."""


def init_security(app: Flask) -> None:
    def make_nonce() -> None:
        g.csp_nonce = secrets.token_urlsafe(16)

    def refuse_bad_input() -> None:
        try:
            check_request_input()
        except BadInput:
            abort(400, description=BAD_INPUT)

    # These run before every other before_request (CSRF and rate limits read the form too):
    # the nonce so error pages can render, then the input check.
    app.before_request_funcs.setdefault(None, [])[0:0] = [make_nonce, refuse_bad_input]

    @app.after_request
    def set_headers(response: Response) -> Response:
        return apply_security_headers(app, without_request_host(response))

    from voice.rate_limits import init_rate_limits

    init_rate_limits(app)
    if app.config.get("PROXY_HOPS"):
        app.wsgi_app = TrustedProxyFix(  # type: ignore[method-assign]
            app.wsgi_app, hops=int(app.config["PROXY_HOPS"]), trusted=app.config.get("TRUSTED_PROXIES") or ()
        )


_CSP_BEFORE_NONCE, _CSP_AFTER_NONCE = "; ".join([
    "default-src 'none'",
    "script-src 'self' 'nonce-{}'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "manifest-src 'self'",
]).split("{}")
_FIXED_HEADERS = (
    ("X-Content-Type-Options", "nosniff"),
    ("X-Frame-Options", "DENY"),
    # Survey links carry their token in the path: never leak it to another site.
    ("Referrer-Policy", "no-referrer"),
    ("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()"),
    ("Cross-Origin-Opener-Policy", "same-origin"),
)


def apply_security_headers(app: Flask, response: Response) -> Response:
    nonce = getattr(g, "csp_nonce", "")
    headers = response.headers
    headers["Content-Security-Policy"] = f"{_CSP_BEFORE_NONCE}{nonce}{_CSP_AFTER_NONCE}"
    for name, value in _FIXED_HEADERS:
        headers[name] = value
    if app.config.get("HSTS"):
        response.headers["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains"
    if not request.path.startswith("/static/"):
        response.headers["Cache-Control"] = "no-store"
    return response


def without_request_host(response: Response) -> Response:
    """Werkzeug's own redirects (a missing trailing slash) name the host the client sent; make
    them relative, so no address we answer with comes from a Host header."""
    location = response.headers.get("Location")
    # A path (our own redirects) cannot start with the host's URL: skip working that out.
    if location and not location.startswith("/") and location.startswith(request.host_url):
        response.headers["Location"] = "/" + location[len(request.host_url):]
    return response


# --- input no browser sends -------------------------------------------------------------

def _utf8(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        raise BadInput from None


def check_request_input() -> None:
    """Raise BadInput for a path, query or form body a browser would never send."""
    environ = request.environ
    # WSGI hands over the (already decoded) path as bytes in latin-1 clothing. Some servers
    # have already replaced bytes that are not UTF-8 with U+FFFD: no real link holds one.
    path = _utf8(str(environ.get("PATH_INFO", "")).encode("latin-1", "replace"))
    if _URL_CONTROL.search(path) or "\ufffd" in path:
        raise BadInput
    raw_uri = str(environ.get("RAW_URI") or environ.get("REQUEST_URI") or "").encode("latin-1", "replace")
    if _URL_CONTROL.search(_utf8(unquote_to_bytes(raw_uri.partition(b"?")[0]))):
        raise BadInput
    query = str(environ.get("QUERY_STRING", "")).encode("latin-1", "replace")
    if _URL_CONTROL.search(_utf8(unquote_to_bytes(query.replace(b"+", b" ")))):
        raise BadInput
    if request.method in ("GET", "HEAD", "OPTIONS") or request.mimetype not in _FORM_TYPES:
        return
    if request.mimetype == "application/x-www-form-urlencoded":
        # Read (and keep) the raw body: over MAX_CONTENT_LENGTH this raises the 413.
        raw = request.get_data(cache=True, parse_form_data=False)
        body = _utf8(raw)
        if _FORM_CONTROL.search(_utf8(unquote_to_bytes(body.replace("+", " ")))):
            raise BadInput
        return
    _check_values(request.form.items(multi=True))
    _check_values((name, file.filename or "") for name, file in request.files.items(multi=True))


def _check_values(items: Iterable[tuple[str, Any]]) -> None:
    for name, value in items:
        if _FORM_CONTROL.search(name) or _FORM_CONTROL.search(str(value)) or "\ufffd" in str(value):
            raise BadInput


# --- proxies ----------------------------------------------------------------------------

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


def parse_networks(value: str | Iterable[str]) -> tuple[Network, ...]:
    """"10.0.0.5, 10.1.0.0/16" -> networks. An empty value trusts nobody."""
    parts = value.split(",") if isinstance(value, str) else list(value)
    return tuple(ipaddress.ip_network(part.strip(), strict=False) for part in parts if part.strip())


class TrustedProxyFix:
    """ProxyFix, but only for requests whose peer is one of our own proxies.

    Anyone who can reach the app server directly could otherwise send a fresh
    X-Forwarded-For with each request and dodge every per-address limit. The host is
    never taken from a header: links are built from VOICE_BASE_URL.
    """

    _FORWARDED = ("HTTP_FORWARDED", "HTTP_X_FORWARDED_FOR", "HTTP_X_FORWARDED_PROTO",
                  "HTTP_X_FORWARDED_HOST", "HTTP_X_FORWARDED_PORT", "HTTP_X_FORWARDED_PREFIX")

    def __init__(self, wsgi_app: Callable[..., Any], *, hops: int, trusted: str | Iterable[str]) -> None:
        self.wsgi_app = wsgi_app
        self.trusted = parse_networks(trusted)
        self.fixed = ProxyFix(wsgi_app, x_for=hops, x_proto=hops, x_host=0, x_port=0, x_prefix=0)

    def is_trusted(self, address: str | None) -> bool:
        try:
            peer = ipaddress.ip_address(address or "")
        except ValueError:
            return False
        return any(peer in network for network in self.trusted)

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        if self.is_trusted(environ.get("REMOTE_ADDR")):
            return self.fixed(environ, start_response)
        for header in self._FORWARDED:
            environ.pop(header, None)
        return self.wsgi_app(environ, start_response)
