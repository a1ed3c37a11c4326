"""Jinja set-up: GOV.UK Frontend macros, and a few helpers every template may use."""

from __future__ import annotations

from datetime import datetime, timedelta

from flask import Flask, current_app, g, request, url_for
from flask_babel import format_date, format_datetime, format_time, get_locale
from govuk_frontend_wtf.main import WTFormsHelpers
from jinja2 import ChoiceLoader, PackageLoader, PrefixLoader

from voice.i18n import is_staff_request, text_direction
from voice.services.working_days import to_uk


def uk_datetime(moment: datetime | None, format: str = "EEEE d MMMM y 'at' h:mmaaa") -> str:
    if moment is None:
        return ""
    if "'" in format and not _english():
        return time_on_date(moment)  # the pattern's quoted English words would show as they are
    return format_datetime(to_uk(moment), format)


def _english() -> bool:
    return str(get_locale() or "en") == "en"


def time_on_date(moment: datetime) -> str:
    """ "6:00pm on Tuesday 24 November 2026" in English; elsewhere the language's own full
    date and short time, so no English word is left inside a translated sentence."""
    local = to_uk(moment)
    if _english():
        text = format_datetime(local, "h:mmaaa 'on' EEEE d MMMM y")
        return text.replace("PM", "pm").replace("AM", "am")
    return f"{format_date(local, 'full')} {format_time(local, 'short')}"


def uk_closing(moment: datetime | None) -> str:
    """A window that ends at midnight closes, for a reader, at 11:59pm the day before."""
    if moment is None:
        return ""
    return time_on_date(moment - timedelta(minutes=1))


def init_templating(app: Flask) -> None:
    app.jinja_loader = ChoiceLoader([
        PackageLoader("voice"),
        PrefixLoader({
            "govuk_frontend_jinja": PackageLoader("govuk_frontend_jinja"),
            "govuk_frontend_wtf": PackageLoader("govuk_frontend_wtf"),
        }),
    ])
    app.jinja_env.trim_blocks = True
    app.jinja_env.lstrip_blocks = True
    WTFormsHelpers(app)
    app.add_template_filter(uk_datetime)
    app.add_template_filter(uk_closing)

    @app.context_processor
    def layout_context() -> dict:
        locale = str(get_locale() or "en")
        staff = is_staff_request()
        return {
            "html_lang": locale,
            "html_dir": text_direction(locale),
            "csp_nonce": getattr(g, "csp_nonce", ""),
            # Staff pages are English only, so they have no switcher.
            "language_switch": [] if staff else _language_switch(locale),
        }


def _language_switch(locale: str) -> list[dict]:
    """One link per language, named in its own script, back to this page in that language."""
    languages = current_app.config["LANGUAGES"]
    args = {key: value for key, value in request.args.items() if key != "lang"}
    return [
        {"code": code, "name": name, "dir": direction, "current": code == locale,
         "url": url_for(request.endpoint, **{**(request.view_args or {}), **args, "lang": code})
         if request.endpoint else "?lang=" + code}
        for code, (name, direction) in languages.items()
    ]
