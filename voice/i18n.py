"""Locale choice and text direction. English only for now; the switch is already in place."""

from __future__ import annotations

from flask import current_app, request, session


def select_locale() -> str:
    languages = current_app.config["LANGUAGES"]
    chosen = request.args.get("lang")
    if chosen in languages:
        session["lang"] = chosen
        return chosen
    stored = session.get("lang")
    if stored in languages:
        return stored
    return request.accept_languages.best_match(list(languages)) or "en"


def text_direction(locale: str) -> str:
    return current_app.config["LANGUAGES"].get(locale, ("", "ltr"))[1]
