"""The coordinator's preview: every questionnaire, page by page, in each language, with the linter's findings.

Nothing here stores anything: the pages are read-only renderings of the questionnaire
files, so a coordinator can check the wording before the links go out.
"""

from __future__ import annotations

from flask import abort, current_app, render_template, request, url_for
from flask_babel import force_locale
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l

from voice.admin import bp
from voice.questionnaires import Loaded, all_questionnaires, lint
from voice.runner.presenters import picture_url, tr
from voice.staff.access import coordinator_required

VERSION_NAMES = {"standard": _l("Standard version"), "easy": _l("Easy-read version")}
AUDIENCE_NAMES = {"parent_carer": _l("Parents and carers"), "young_person": _l("Children and young people"),
                  "practitioner": _l("Practitioners")}


def _audience(audience: str) -> str:
    return str(AUDIENCE_NAMES.get(audience, audience))


def _languages() -> dict[str, tuple[str, str]]:
    return current_app.config["LANGUAGES"]


def _problems(loaded: Loaded, language: str) -> list[lint.Problem]:
    translate = lint.translator(language) if language != "en" else None
    return lint.lint_loaded(loaded, language=language, translate=translate)


@bp.get("/questionnaires")
@coordinator_required
def questionnaires():
    rows = []
    for key, loaded in sorted(all_questionnaires().items()):
        counts = {code: len(_problems(loaded, code)) for code in _languages()}
        rows.append({
            "key": key, "audience": _audience(loaded.audience),
            "pages": len(loaded.pages), "questions": len(loaded.all_questions()),
            "problems": sum(counts.values()),
            "links": [{"text": f"{name}" + (f" ({str(VERSION_NAMES[version])})" if len(loaded.schema.versions) > 1
                                            else ""),
                       "href": url_for("admin.questionnaire_preview", key=key, lang=code, version=version)}
                      for code, (name, _dir) in _languages().items() for version in loaded.schema.versions],
        })
    return render_template("admin/questionnaires.html", rows=rows)


def _question(loaded: Loaded, question, version: str) -> dict:
    easy = version == "easy" and question.easy is not None
    choices = loaded.choices(question, version) if question.type == "choice" else ()
    return {
        "key": question.key,
        "text": tr(question.easy.text if easy else question.text),
        "hint": tr(question.easy.hint if easy else question.hint),
        "kind": _("Choose one") if question.type == "choice" else
        _("Free text, up to %(max)s characters", max=question.max_chars),
        "required": _("Required") if question.required else _("Optional"),
        "analysed": question.analyse,
        "picture": ({"src": picture_url(loaded.schema.pictures[question.easy.picture].file),
                     "alt": tr(loaded.schema.pictures[question.easy.picture].alt)} if easy else None),
        "choices": [{"code": c.code, "text": tr(c.text)} for c in choices],
    }


def _condition(loaded: Loaded, page) -> str:
    if page.show_if is None:
        return ""
    question = loaded.questions.get(page.show_if.question)
    label = tr(question.short_label or question.text) if question else page.show_if.question
    if page.show_if.any_of:
        return _("Shown only if the answer to '%(question)s' is: %(codes)s", question=label,
                 codes=", ".join(page.show_if.any_of))
    return _("Not shown if the answer to '%(question)s' is: %(codes)s", question=label,
             codes=", ".join(page.show_if.none_of))


@bp.get("/questionnaires/<key>")
@coordinator_required
def questionnaire_preview(key: str):
    loaded = all_questionnaires().get(key)
    if loaded is None:
        abort(404)
    language = request.args.get("lang", "en")
    version = request.args.get("version", loaded.default_version)
    if language not in _languages() or version not in loaded.schema.versions:
        abort(404)
    problems = _problems(loaded, language)
    name, direction = _languages()[language]
    with force_locale(language):
        start = loaded.schema.start
        pages = [{
            "number": number, "slug": page.slug, "title": tr(page.title) if page.title else "",
            "intro": tr(page.intro), "condition": _condition(loaded, page),
            "questions": [_question(loaded, q, version) for q in page.questions],
        } for number, page in enumerate(loaded.pages, start=1)]
        context = {
            "heading": tr(start.heading, area=_("your area"), date=_("the last day")),
            "tagline": tr(loaded.schema.tagline, area=_("your area")),
            "pages": pages,
        }
    return render_template(
        "admin/questionnaire_preview.html", key=key, audience=_audience(loaded.audience),
        version_name=str(VERSION_NAMES[version]), language_name=name, lang=language, direction=direction,
        problems=[{"where": p.where, "rule": p.rule, "detail": p.detail} for p in problems],
        back=url_for("admin.questionnaires"), **context,
    )
