"""Plain data for the summary's "In other languages: read in full" section and its counts."""

from __future__ import annotations

from flask import url_for
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_babel import ngettext

from voice.forms.inspect import AUDIENCE_NAMES
from voice.services.small_groups import Counts
from voice.services.summary import Languages

# Names inspectors read; the codes are voice.analysis.language.LANGUAGES.
LANGUAGE_NAMES = {
    "en": _l("English"), "ar": _l("Arabic"), "bn": _l("Bengali"), "pa": _l("Panjabi"), "pl": _l("Polish"),
    "pt": _l("Portuguese"), "ro": _l("Romanian"), "es": _l("Spanish"), "tr": _l("Turkish"), "ur": _l("Urdu"),
}
RIGHT_TO_LEFT = frozenset({"ar", "ur"})
SECTION_ID = "other-languages"


def language_name(code: str) -> str:
    return str(LANGUAGE_NAMES.get(code, code))


def _counts_table(languages: Languages, counts: Counts) -> dict:
    order = sorted(languages.counts.items(), key=lambda item: (item[0] != "en", -item[1], item[0]))
    total = sum(languages.counts.values())
    return {
        "caption": _("Comments by language"), "captionClasses": "govuk-table__caption--m",
        "firstCellIsHeader": True,
        "head": [{"text": _("Language")}, {"text": _("Comments"), "format": "numeric"}],
        "rows": [[{"text": language_name(code)}, {"text": counts.count(n), "format": "numeric"}]
                 for code, n in order]
        + [[{"text": _("Total")}, {"text": counts.count(total), "format": "numeric"}]],
    }


def languages_context(languages: Languages | None, *, inspection_id: int, counts: Counts) -> dict | None:
    """None when every comment is in English: the summary then has no section to show."""
    from voice.inspect.presenters import question_name, theme_name

    if languages is None or (not languages.other and not languages.pending):
        return None
    other = languages.other
    questions = [{
        "heading": _("%(question)s (%(audience)s)", question=question_name(q.audience, q.question),
                     audience=str(AUDIENCE_NAMES.get(q.audience, q.audience))),
        "comments": [{
            "text": c.text, "language": language_name(c.language), "lang": c.language,
            "dir": "rtl" if c.language in RIGHT_TO_LEFT else "auto", "helped": c.helped,
            "href": url_for("inspect.comment", inspection_id=inspection_id, comment_id=c.id),
            "themes": ", ".join(theme_name(t) for t in c.themes),
        } for c in q.comments],
    } for q in languages.questions]
    tagged = any(c.themes for q in languages.questions for c in q.comments)
    return {
        "id": SECTION_ID,
        "counts": _counts_table(languages, counts),
        "intro": (_("Fewer than 10 comments were written in a language other than English.")
                  if counts.hidden(other) else
                  ngettext("%(num)s comment was written in a language other than English.",
                           "%(num)s comments were written in a language other than English.", other)),
        "not_tagged": (_("These comments were tagged by a multilingual model, which is less accurate than the "
                         "English one: read them in full. They are counted in the themes above and shown here "
                         "with names and contact details removed. Their language was worked out from the "
                         "survey page and from the words themselves.") if tagged else
                       _("These comments were not tagged by theme or tone, because the theme model reads "
                         "English only. They are counted in the totals above and shown here in full, with "
                         "names and contact details removed. Their language was worked out from the survey "
                         "page and from the words themselves.")),
        "flagged": (ngettext("%(num)s more is in the safeguarding queue and is not shown here.",
                             "%(num)s more are in the safeguarding queue and are not shown here.",
                             languages.flagged) if languages.flagged else ""),
        "pending": (ngettext("%(num)s more has not been analysed yet.", "%(num)s more have not been analysed yet.",
                             languages.pending) if languages.pending else ""),
        "more": (ngettext("%(num)s more is in the comment downloads.", "%(num)s more are in the comment downloads.",
                          languages.more) if languages.more else ""),
        "questions": questions,
    }
