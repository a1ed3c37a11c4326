"""The "You said, inspectors heard" page as plain data, for the public page, the preview and the poster.

The coordinator's words stay in the language they were written in (English), so when the
page is shown in another language they carry lang="en" and the reader's screen reader
switches voice for them.
"""

from __future__ import annotations

from typing import Any

from flask import url_for
from flask_babel import format_number, get_locale, ngettext
from flask_babel import gettext as _

from voice.forms.you_said import EASY_READ_PICTURE_NAMES
from voice.links import public_url
from voice.services.small_groups import SMALL_GROUP
from voice.templating import uk_datetime
from voice.theme_names import THEME_NAMES

CONTENT_LANGUAGE = "en"
PICTURE_FILES = {"next_steps": "next-steps.svg"}
PICTURE_SIZE = 96


def took_part(count: int, *, parents: bool) -> str:
    """A count of people; under 10 is "fewer than 10", as everywhere a family could be identified."""
    if 0 < count < SMALL_GROUP:
        return _("Fewer than 10 parents and carers") if parents else _("Fewer than 10 young people")
    if parents:
        return ngettext("%(number)s parent or carer", "%(number)s parents and carers", count,
                        number=format_number(count))
    return ngettext("%(number)s young person", "%(number)s young people", count, number=format_number(count))


def picture(key: str) -> dict[str, Any]:
    file = PICTURE_FILES.get(key, f"{key}.svg")
    return {"src": url_for("static", filename=f"images/easy-read/{file}"),
            "alt": str(EASY_READ_PICTURE_NAMES.get(key, "")), "size": PICTURE_SIZE}


def public_link(page: Any) -> str:
    return public_url("heard.page", token=page.token)


def page_context(page: Any, *, area: str, preview: bool = False) -> dict[str, Any]:
    locale = str(get_locale() or "en")
    quotes = [{"text": q.text, "who": _("A parent or carer") if q.audience == "parent_carer"
               else _("A young person")} for q in page.quotes]
    return {
        "area": area,
        "title": page.title,
        "intro": page.intro,
        "content_lang": None if locale.split("_")[0] == CONTENT_LANGUAGE else CONTENT_LANGUAGE,
        "themes": [{"name": str(THEME_NAMES.get(row["theme"], row["theme"])), "text": row["text"]}
                   for row in page.themes],
        "parents": took_part(page.parents_count, parents=True),
        "young_people": took_part(page.young_people_count, parents=False),
        "show_parents": page.parents_count > 0,
        "show_young_people": page.young_people_count > 0,
        "quotes": quotes,
        "report_url": page.report_url,
        "published": uk_datetime(page.published_at, "d MMMM y") if page.published_at else None,
        "easy_read": [{"picture": picture(row["picture"]), "text": row["text"]} for row in page.easy_read],
        "preview": preview,
        "standard_url": url_for("heard.page", token=page.token),
        "easy_url": url_for("heard.easy_read", token=page.token),
        "report_picture": picture("survey"),
        "together_picture": picture("together"),
    }
