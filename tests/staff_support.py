"""Helpers for tests of signed-in pages: make staff accounts, sign in, and sample URL arguments."""

from __future__ import annotations

from tests.conftest import csrf_token

PASSWORD = "correct horse battery staple"


def create_user(app, *, email: str, role: str, name: str = "Test Person", password: str = PASSWORD,
                inspections: tuple[int, ...] = ()) -> int:
    from voice.services import coordination, users

    with app.app_context():
        user, _created = users.create_or_update_user(email=email, name=name, role=role, password=password)
        for inspection_id in inspections:
            users.assign(user=user, inspection=coordination.inspection_by_id(inspection_id))
        return user.id


def sign_in(client, email: str, password: str = PASSWORD, *, next_url: str | None = None):
    """Sign in through the real form; returns the response to the POST."""
    url = "/sign-in" + (f"?next={next_url}" if next_url else "")
    page = client.get(url)
    return client.post(url, data={"csrf_token": csrf_token(page.text), "email": email, "password": password})


def post_form(client, url: str, data: dict | None = None, *, from_url: str | None = None):
    """POST with a CSRF token taken from a page (from_url, or the url itself)."""
    page = client.get(from_url or url)
    return client.post(url, data={"csrf_token": csrf_token(page.text), **(data or {})})


def sample_url(rule, values: dict) -> str | None:
    """A URL for a rule, with sample values for its arguments (None if one cannot be guessed)."""
    from werkzeug.routing.converters import AnyConverter, IntegerConverter

    args = {}
    for name in rule.arguments:
        if name in values:
            args[name] = values[name]
            continue
        converter = rule._converters.get(name)
        if isinstance(converter, AnyConverter):
            args[name] = sorted(converter.items)[0]
        elif isinstance(converter, IntegerConverter):
            args[name] = 1
        else:
            args[name] = "sample"
    try:
        _domain, path = rule.build(args, append_unknown=False)
    except Exception:  # noqa: BLE001 - a rule we cannot build is reported by the caller
        return None
    return path
