"""The young people's survey: easy-read by default, one question per page, then check and send."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import abort, redirect, render_template, request, session, url_for
from flask_babel import get_locale

from voice.forms.young_people import DisplayForm, StartForm, SubmitForm, form_for
from voice.models import utcnow
from voice.public_views import closed_page, current_draft, draft_session_key, load_survey
from voice.questions_young_people import (
    EASY,
    FREE_TEXT_KEYS,
    QUESTIONS_BY_SLUG,
    SLUGS,
    STANDARD,
    applies,
    first_missing,
    next_question,
)
from voice.services import codes, signposting
from voice.services import responses as response_service
from voice.services import young_people as young_people_service
from voice.young_people import bp, presenters

AUDIENCE = "young_person"
DISPLAY_KEY = "yp_display"


def _load(token: str):
    return load_survey(token, audience=AUDIENCE)


def _closed(survey, state: str):
    return closed_page("young_people/closed.html", survey, state)


def _display() -> dict[str, bool]:
    stored = session.get(DISPLAY_KEY) or {}
    return {"large_text": bool(stored.get("large_text")), "high_contrast": bool(stored.get("high_contrast"))}


@bp.context_processor
def young_people_context() -> dict:
    token = (request.view_args or {}).get("token", "")
    return {
        "display": _display(),
        "display_form": DisplayForm(formdata=None, next=request.full_path.rstrip("?")),
        "display_url": url_for("young_people.display", token=token),
        "pictures": presenters.pictures(),
    }


def _question_url(token: str, version: str, question, **args) -> str:
    return url_for("young_people.question", token=token, version=version, slug=question.slug, **args)


@bp.get("/")
def start(token: str):
    survey, state = _load(token)
    if state != "open":
        return _closed(survey, state)
    return render_template("young_people/start.html", survey=survey, form=StartForm(),
                           has_draft=current_draft(survey) is not None, last_day=presenters.last_day(survey))


@bp.post("/start")
def begin(token: str):
    survey, state = _load(token)
    if state != "open":
        return _closed(survey, state)
    form = StartForm()
    if not form.validate_on_submit():
        abort(400)
    version = STANDARD if form.standard.data else EASY
    try:
        draft = young_people_service.begin(
            survey=survey, version=version, now=utcnow(), draft=current_draft(survey))
    except response_service.WindowClosed:
        return _closed(survey, "closed")
    session[draft_session_key(survey)] = draft.key
    session.permanent = True
    answers = draft.answers or {}
    missing = first_missing(answers)
    if missing is None:
        return redirect(url_for("young_people.check", token=token))
    return redirect(_question_url(token, version, missing))


@bp.route("/<any(easy,standard):version>/<any(" + ",".join(repr(s) for s in SLUGS) + "):slug>", methods=["GET", "POST"])
def question(token: str, version: str, slug: str):
    survey, state = _load(token)
    if state != "open":
        return _closed(survey, state)
    draft = current_draft(survey)
    if draft is None:
        return redirect(url_for("young_people.start", token=token))
    asked = QUESTIONS_BY_SLUG[slug]
    if not applies(asked, draft.answers or {}):
        return redirect(url_for("young_people.check", token=token))
    changing = request.args.get("change") == "1"
    form_class = form_for(asked, version)
    form = form_class(data=draft.answers) if request.method == "GET" else form_class()
    if form.validate_on_submit():
        try:
            answers = young_people_service.save_page(
                survey=survey, draft=draft, version=version, answers=form.answer_data(), now=utcnow())
        except response_service.WindowClosed:
            return _closed(survey, "closed")
        following = first_missing(answers) if changing else next_question(asked, answers)
        if following is None:
            return redirect(url_for("young_people.check", token=token))
        return redirect(_question_url(token, version, following, **({"change": 1} if changing else {})))
    return render_template(
        "young_people/question.html", survey=survey, form=form,
        page=presenters.question_page(token, asked, version, draft.answers or {}, form, changing=changing),
    )


@bp.route("/check", methods=["GET", "POST"])
def check(token: str):
    survey, state = _load(token)
    if state != "open":
        return _closed(survey, state)
    form = SubmitForm()
    if request.method == "POST" and form.validate_on_submit():
        return _submit(survey, token, form.submission_key.data or "")
    draft = current_draft(survey)
    if draft is None:
        return redirect(url_for("young_people.start", token=token))
    form.submission_key.data = draft.key
    return render_template("young_people/check.html", survey=survey, form=form,
                           page=presenters.check_page(token, draft.answers or {}))


def _submit(survey, token: str, key: str):
    flagged = signposting.draft_needs_signposting(survey=survey, submission_key=key, free_text=FREE_TEXT_KEYS)
    try:
        result = young_people_service.submit(
            survey=survey, submission_key=key, now=utcnow(), locale=str(get_locale() or "en"))
    except response_service.WindowClosed:
        return _closed(survey, "closed")
    except response_service.IncompleteAnswers:
        draft = current_draft(survey)
        if draft is None:
            return redirect(url_for("young_people.start", token=token))
        form = SubmitForm(submission_key=draft.key)
        return render_template("young_people/check.html", survey=survey, form=form,
                               page=presenters.check_page(token, draft.answers or {}, missing=True)), 400
    session.pop(draft_session_key(survey), None)
    if result.created:
        signposting.remember(session, reference=result.reference, flagged=flagged)
    return redirect(url_for("young_people.done", token=token, reference=codes.display(result.reference)))


@bp.get("/done/<reference>")
def done(token: str, reference: str):
    survey, _state = _load(token)
    return render_template(
        "young_people/done.html", survey=survey, reference=reference,
        crisis_help=signposting.crisis_help_for(session, reference=reference, inspection=survey.inspection),
    )


@bp.post("/display")
def display(token: str):
    """Bigger text and a black background: a small form, so it works without JavaScript."""
    _load(token)
    form = DisplayForm()
    if not form.validate_on_submit():
        abort(400)
    choice = _display()
    if form.large_text.data:
        choice["large_text"] = not choice["large_text"]
    if form.high_contrast.data:
        choice["high_contrast"] = not choice["high_contrast"]
    session[DISPLAY_KEY] = choice
    session.permanent = True
    if request.accept_mimetypes.best == "application/json":
        return choice
    return redirect(_safe_next(form.next.data, token))


def _safe_next(target: str | None, token: str) -> str:
    """Only ever back to a page of this survey: never an open redirect."""
    home = url_for("young_people.start", token=token)
    parts = urlsplit(target or "")
    if (parts.scheme or parts.netloc or not parts.path.startswith(home) or "//" in parts.path
            or parts.path in (url_for("young_people.begin", token=token),
                              url_for("young_people.display", token=token))):
        return home
    return parts.path + (f"?{parts.query}" if parts.query else "")
