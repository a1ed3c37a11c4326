"""WTForms' own messages in the page's language, each catalogue read once per process.

Flask-WTF reads WTForms' message catalogue from disk (and parses it) on every request that
builds a form: a millisecond or so on each public POST, the final submit included. It keeps
what it read on the request as ``request.wtforms_translations``; putting a process-wide,
per-language cache there instead gives the same messages without the reading. The language
is looked up when a message is wanted, as Flask-WTF does, so a choice made later in the
request still counts.
"""

from __future__ import annotations

from functools import cache

from babel import support
from flask import Flask, request
from flask_babel import get_locale
from wtforms.i18n import messages_path


@cache
def _catalogue(locale: str) -> support.NullTranslations:
    return support.Translations.load(messages_path(), [locale], domain="wtforms")


class PageLanguage:
    """What Flask-WTF asks of request.wtforms_translations: gettext in the page's language."""

    @staticmethod
    def _current() -> support.NullTranslations:
        return _catalogue(str(get_locale() or "en"))

    def ugettext(self, string: str) -> str:
        return self._current().ugettext(string)

    def ungettext(self, singular: str, plural: str, n: int) -> str:
        return self._current().ungettext(singular, plural, n)


PAGE_LANGUAGE = PageLanguage()


def init_form_translations(app: Flask) -> None:
    @app.before_request
    def cached_form_translations() -> None:
        request.wtforms_translations = PAGE_LANGUAGE  # type: ignore[attr-defined]
