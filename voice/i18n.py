"""Locale choice, text direction, and what is known about each language's catalogue.

Public pages follow the family's language: `?lang=` first (a link in the switcher, or a
link a coordinator shared in one language), then the choice remembered in the session,
then the browser's Accept-Language. Staff pages stay in English (issue 12).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path

import yaml
from flask import current_app, g, request, session

# Blueprints whose pages are for the inspection team: always English, and no switcher.
STAFF_BLUEPRINTS = frozenset({"staff", "admin", "auth", "inspect", "webinar_inspect"})
CATALOGUES_FILE = Path(__file__).resolve().parent / "translations" / "catalogues.yaml"


def is_staff_request() -> bool:
    return bool(request) and request.blueprint in STAFF_BLUEPRINTS


def select_locale() -> str:
    if is_staff_request():
        return "en"
    languages = current_app.config["LANGUAGES"]
    chosen = request.args.get("lang")
    if chosen in languages:
        session["lang"] = chosen
        return chosen
    stored = session.get("lang")
    if stored in languages:
        return stored
    return request.accept_languages.best_match(list(languages)) or "en"


def page_locale() -> str:
    """The page's language code, as ``str(flask_babel.get_locale())`` gives it, for code that
    only stores the code (the final submit): the locale Flask-Babel has already worked out for
    this request if it has, else the same choice without building a Babel ``Locale``."""
    chosen = getattr(getattr(g, "_flask_babel", None), "babel_locale", None)
    return str(chosen) if chosen is not None else select_locale()


def text_direction(locale: str) -> str:
    return current_app.config["LANGUAGES"].get(locale, ("", "ltr"))[1]


@dataclass(frozen=True)
class Catalogue:
    """How one language's words were made, and whether a fluent speaker has checked them."""

    code: str
    name: str
    direction: str
    made: str
    reviewed: bool
    reviewer: str | None = None
    reviewed_on: str | None = None


@cache
def _catalogue_records() -> dict[str, dict]:
    with CATALOGUES_FILE.open(encoding="utf-8") as handle:
        return yaml.safe_load(handle) or {}


def catalogues(languages: dict[str, tuple[str, str]]) -> list[Catalogue]:
    """Every shipped language except English (the source), in the order of LANGUAGES."""
    records = _catalogue_records()
    found = []
    for code, (name, direction) in languages.items():
        if code == "en":
            continue
        record = records.get(code) or {}
        found.append(Catalogue(
            code=code, name=name, direction=direction,
            made=str(record.get("made", "")), reviewed=bool(record.get("reviewed", False)),
            reviewer=record.get("reviewer"),
            reviewed_on=str(record["reviewed_on"]) if record.get("reviewed_on") else None,
        ))
    return found
