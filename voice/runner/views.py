"""The runner's views, the same for every channel: thin, in the load / form / service / redirect order."""

from __future__ import annotations

import logging
from urllib.parse import urlsplit

import psycopg
from flask import abort, current_app, redirect, render_template, request, session, url_for

from voice.forms import error_messages
from voice.forms.runner import (
    ContinueForm,
    DisplayForm,
    ResumeForm,
    StartForm,
    SubmitForm,
    check_required,
    form_for,
)
from voice.i18n import page_locale
from voice.models import utcnow
from voice.public_views import current_draft, draft_session_key, draft_session_key_for, load_survey
from voice.questionnaires import Loaded, for_audience
from voice.rate_limits import check_public_post
from voice.runner import CHANNEL_BY_BLUEPRINT, presenters
from voice.runner import timeout as timeouts
from voice.services import codes, signposting
from voice.services import responses as response_service

log = logging.getLogger(__name__)

DISPLAY_KEY = "yp_display"
VERSION_RULE = "<any(easy,standard):version>"


def _here() -> str:
    return request.blueprint or ""


def _load(token: str):
    """The survey, its state and its questionnaire; 404 for a link this channel does not serve."""
    channel = CHANNEL_BY_BLUEPRINT[_here()]
    survey, state = load_survey(token, audience=channel.audience)
    return survey, state, for_audience(survey.audience, survey.questionnaire)


def _folder(questionnaire: Loaded) -> str:
    """Standard GOV.UK pages, or the easy-read layout with pictures and display controls."""
    return "young_people" if questionnaire.schema.layout == "easy_read" else "survey"


# The easy-read layout's question page keeps its old name, so changes to it merge.
_TEMPLATE_NAMES = {("young_people", "page"): "question"}


def _render(questionnaire: Loaded, name: str, survey, **context):
    folder = _folder(questionnaire)
    if folder == "young_people":
        context = {**_display_controls(survey.token), **context}
    return render_template(
        f"{folder}/{_TEMPLATE_NAMES.get((folder, name), name)}.html", survey=survey, here=_here(),
        tagline=presenters.tagline(questionnaire, survey.inspection.local_area.name),
        questionnaire=questionnaire, pictures=presenters.pictures(questionnaire), **context,
    )


def _closed(survey, questionnaire: Loaded, state: str):
    page = _render(questionnaire, "closed", survey, state=state)
    return page, 200 if state == "not_open" else 410


def runner_context() -> dict:
    """Display controls for the easy-read layout: bigger text and a black background."""
    stored = session.get(DISPLAY_KEY) or {}
    return {"display": {"large_text": bool(stored.get("large_text")),
                        "high_contrast": bool(stored.get("high_contrast"))}}


def _display_controls(token: str) -> dict:
    """The display form, built only where it is shown (building a form sets up a CSRF token)."""
    return {
        "display_form": DisplayForm(formdata=None, next=request.full_path.rstrip("?")),
        "display_url": url_for(f"{_here()}.display", token=token),
    }


def start(token: str):
    survey, state, questionnaire = _load(token)
    if state != "open":
        return _closed(survey, questionnaire, state)
    return _render(
        questionnaire, "start", survey, form=StartForm(), has_draft=current_draft(survey) is not None,
        start=presenters.start_page(questionnaire, survey, survey.inspection.local_area.name),
        last_day=presenters.last_day(survey),
    )


def begin(token: str):
    survey, state, questionnaire = _load(token)
    if state != "open":
        return _closed(survey, questionnaire, state)
    form = StartForm()
    if not form.validate_on_submit():
        abort(400)
    draft = current_draft(survey)
    try:
        if draft is None:
            draft = response_service.start_draft(survey=survey, now=utcnow())
        chosen = "standard" if form.standard.data and "standard" in questionnaire.schema.versions else None
        version = chosen or presenters.version_of(questionnaire, draft.answers or {})
        answers = response_service.save_page(
            survey=survey, draft=draft, questionnaire=questionnaire, answers={}, version=version, place=None,
            now=utcnow())
    except response_service.WindowClosed:
        return _closed(survey, questionnaire, "closed")
    session[draft_session_key(survey)] = draft.key
    session.permanent = True
    timeouts.touch(session, survey)
    return redirect(_where_they_were(token, questionnaire, answers, version))


def _where_they_were(token: str, questionnaire: Loaded, answers: dict, version: str) -> str:
    """Back to the page they were on, else the first page still to answer, else check answers."""
    place = answers.get(response_service.PLACE_KEY)
    page = questionnaire.page(place) if isinstance(place, str) else None
    if page is not None and questionnaire.shown(page, answers):
        return presenters.page_url(_here(), token, questionnaire, page, version)
    if not any(q.key in answers for q in questionnaire.all_questions()):
        return presenters.page_url(_here(), token, questionnaire, questionnaire.pages[0], version)
    gap = questionnaire.first_unanswered_page(answers)
    if gap is None:
        return url_for(f"{_here()}.check", token=token)
    return presenters.page_url(_here(), token, questionnaire, gap, version)


def page(token: str, slug: str, version: str | None = None):
    survey, state, questionnaire = _load(token)
    if state != "open":
        return _closed(survey, questionnaire, state)
    shown = questionnaire.page(slug)
    if shown is None or (version is not None and version not in questionnaire.schema.versions):
        abort(404)
    draft = current_draft(survey)
    if draft is None:
        return redirect(url_for(f"{_here()}.start", token=token))
    if timeouts.timed_out(session, survey):
        return redirect(url_for(f"{_here()}.timed_out", token=token))
    answers = draft.answers or {}
    version = version or presenters.version_of(questionnaire, answers)
    if not questionnaire.shown(shown, answers):
        return redirect(url_for(f"{_here()}.check", token=token))
    changing = request.args.get("change") == "1"
    form_class = form_for(questionnaire, shown, version)
    timeouts.touch(session, survey)
    if request.method == "GET":
        response_service.remember_place(draft=draft, place=shown.slug)
        form = form_class(data=answers)
        return _question_page(token, survey, questionnaire, shown, version, answers, form, changing)

    form = form_class()
    form.validate()
    try:
        # Valid answers are kept whichever button was pressed; invalid ones never are.
        answers = response_service.save_page(
            survey=survey, draft=draft, questionnaire=questionnaire, answers=form.valid_answers(),
            version=version, place=shown.slug, now=utcnow())
    except response_service.WindowClosed:
        return _closed(survey, questionnaire, "closed")
    has_errors = any(field.errors for field in form.question_fields())
    if form.save.data and not has_errors:
        code = response_service.issue_resume_code(draft=draft, secret=current_app.config["SECRET_KEY"])
        session["resume_code"] = code
        return redirect(url_for(f"{_here()}.saved", token=token))
    if form.save.data or has_errors or not check_required(form, questionnaire, shown, version):
        return _question_page(token, survey, questionnaire, shown, version, answers, form, changing)
    following = questionnaire.first_unanswered_page(answers) if changing else questionnaire.next_page(shown, answers)
    if following is None:
        return redirect(url_for(f"{_here()}.check", token=token))
    args = {"change": 1} if changing else {}
    return redirect(presenters.page_url(_here(), token, questionnaire, following, version, **args))


def _question_page(token, survey, questionnaire, shown, version, answers, form, changing):
    context = presenters.question_page(
        here=_here(), token=token, questionnaire=questionnaire, page=shown, version=version,
        answers=answers, form=form, changing=changing)
    return _render(questionnaire, "page", survey, form=form, page=context,
                   timeout=timeouts.notice(survey))


def check(token: str):
    if request.method == "POST":
        sent = _send_on_file(token)
        if sent is not None:
            return sent
        # Not the usual case: counted against the public limits like any other post (the
        # usual case stores a draft, which can happen once a draft; see rate_limits).
        check_public_post(in_view=True)
    survey, state, questionnaire = _load(token)
    if state != "open":
        return _closed(survey, questionnaire, state)
    form = SubmitForm()
    if request.method == "POST" and form.validate_on_submit():
        return _submit(survey, questionnaire, token, form.submission_key.data or "")
    draft = current_draft(survey)
    if draft is None:
        return redirect(url_for(f"{_here()}.start", token=token))
    if timeouts.timed_out(session, survey):
        return redirect(url_for(f"{_here()}.timed_out", token=token))
    timeouts.touch(session, survey)
    response_service.remember_place(draft=draft, place="check")
    form.submission_key.data = draft.key
    return _check_page(token, survey, questionnaire, form, draft.answers or {}, missing=False)


def _check_page(token, survey, questionnaire, form, answers, *, missing: bool):
    context = presenters.check_page(here=_here(), token=token, questionnaire=questionnaire, answers=answers,
                                    missing=missing)
    return _render(questionnaire, "check", survey, form=form, page=context, timeout=timeouts.notice(survey),
                   )


def _send_on_file(token: str):
    """The final submit's usual case, with no ORM objects: the survey and the draft read in one
    query, then stored in one statement. Anything else (an unknown link or draft, a closed
    window, a missing answer, a draft already sent) returns None, and the full path below
    decides what to show. CSRFProtect has already checked the token for every POST."""
    key = request.form.get("submission_key", "")
    now = utcnow()
    try:
        with response_service.statement_connection() as connection:
            target = response_service.draft_on_file(token=token, audience=CHANNEL_BY_BLUEPRINT[_here()].audience,
                                                    key=key, now=now, connection=connection)
            if target is None or not target.open:
                return None
            questionnaire = for_audience(target.audience, target.questionnaire)
            flagged = signposting.answers_need_signposting(target.answers, questionnaire.free_text_keys)
            result = response_service.store(target, submission_key=key, free_text=questionnaire.free_text_keys,
                                            now=now, locale=page_locale(), questionnaire=questionnaire,
                                            connection=connection)
    except response_service.IncompleteAnswers:
        return None
    except psycopg.Error:
        # The fast connection failed (a restart, a killed connection): the full path, on the
        # pool's pinged connections, stores the draft or finds it already stored.
        log.warning("final submit's direct connection failed; taking the full path", exc_info=True)
        return None
    if result is None:
        return None
    return _sent(token, draft_session_key_for(target.survey_id), result, flagged=flagged)


def _sent(token: str, session_key: str, result: response_service.Submission, *, flagged: bool):
    session.pop(session_key, None)
    session["last_reference"] = result.reference
    if result.created:
        signposting.remember(session, reference=result.reference, flagged=flagged)
    return redirect(url_for(f"{_here()}.done", token=token, reference=codes.display(result.reference)))


def _submit(survey, questionnaire: Loaded, token: str, key: str):
    # The draft is read once: screened for signposting here (before submitting deletes it),
    # then stored. Names are taken before the commit, which expires the survey.
    draft = response_service.get_draft(survey=survey, key=key)
    flagged = draft is not None and signposting.draft_needs_signposting(
        survey=survey, submission_key=key, free_text=questionnaire.free_text_keys, draft=draft)
    session_key = draft_session_key(survey)
    try:
        result = response_service.submit_questionnaire(
            survey=survey, questionnaire=questionnaire, submission_key=key, now=utcnow(),
            locale=page_locale(), draft=draft)
    except response_service.WindowClosed:
        return _closed(survey, questionnaire, "closed")
    except response_service.IncompleteAnswers:
        draft = current_draft(survey)
        if draft is None:
            return redirect(url_for(f"{_here()}.start", token=token))
        form = SubmitForm(submission_key=draft.key)
        return _check_page(token, survey, questionnaire, form, draft.answers or {}, missing=True), 400
    return _sent(token, session_key, result, flagged=flagged)


def saved(token: str):
    survey, _state, questionnaire = _load(token)
    code = session.get("resume_code")
    if code is None:
        return redirect(url_for(f"{_here()}.start", token=token))
    return _render(questionnaire, "saved", survey, code=codes.display(code),
                   )


def resume(token: str):
    survey, state, questionnaire = _load(token)
    if state != "open":
        return _closed(survey, questionnaire, state)
    form = ResumeForm()
    if form.validate_on_submit():
        draft = response_service.resume(
            survey=survey, typed_code=form.code.data, secret=current_app.config["SECRET_KEY"])
        if draft is not None:
            session[draft_session_key(survey)] = draft.key
            session.permanent = True
            session.pop("resume_code", None)
            timeouts.touch(session, survey)
            return redirect(url_for(f"{_here()}.check", token=token))
        form.code.errors.append(error_messages.RESUME_CODE_NOT_FOUND)
    return _render(questionnaire, "resume", survey, form=form, back_url=url_for(f"{_here()}.start", token=token),
                   )


def timed_out(token: str):
    """After a long pause: the answers are kept, and one button goes back to where they were."""
    survey, state, questionnaire = _load(token)
    if state != "open":
        return _closed(survey, questionnaire, state)
    draft = current_draft(survey)
    if draft is None:
        return redirect(url_for(f"{_here()}.start", token=token))
    form = ContinueForm()
    if form.validate_on_submit():
        timeouts.touch(session, survey)
        answers = draft.answers or {}
        return redirect(_where_they_were(token, questionnaire, answers, presenters.version_of(questionnaire, answers)))
    return _render(questionnaire, "timed_out", survey, form=form)


def keep_alive(token: str):
    """More time, asked for from the timeout warning (with JavaScript) or its no-JavaScript form."""
    survey, _state, questionnaire = _load(token)
    form = ContinueForm()
    if not form.validate_on_submit():
        abort(400)
    if current_draft(survey) is not None:
        timeouts.touch(session, survey)
    if request.accept_mimetypes.best == "application/json":
        return timeouts.status(survey)
    return redirect(_safe_next(request.args.get("next"), token))


def done(token: str, reference: str):
    survey, _state, questionnaire = _load(token)
    return _render(
        questionnaire, "done", survey, reference=reference,
        crisis_help=signposting.crisis_help_for(session, reference=reference, inspection=survey.inspection),
    )


def display(token: str):
    """Bigger text and a black background: a small form, so it works without JavaScript."""
    _load(token)
    form = DisplayForm()
    if not form.validate_on_submit():
        abort(400)
    stored = session.get(DISPLAY_KEY) or {}
    choice = {"large_text": bool(stored.get("large_text")), "high_contrast": bool(stored.get("high_contrast"))}
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
    home = url_for(f"{_here()}.start", token=token)
    parts = urlsplit(target or "")
    if (parts.scheme or parts.netloc or not parts.path.startswith(home) or "//" in parts.path
            or parts.path in (url_for(f"{_here()}.begin", token=token),
                              url_for(f"{_here()}.display", token=token),
                              url_for(f"{_here()}.keep_alive", token=token))):
        return home
    return parts.path + (f"?{parts.query}" if parts.query else "")


for _view in (start, begin, page, check, saved, resume, timed_out, keep_alive, done, display):
    setattr(_view, "access_rule", "public")  # noqa: B010  (read by voice.staff.access)

# (rule, view, methods); the endpoint is the view's name, except the versioned page.
ROUTES = (
    ("/", start, ["GET"]),
    ("/start", begin, ["POST"]),
    ("/check", check, ["GET", "POST"]),
    ("/saved", saved, ["GET"]),
    ("/resume", resume, ["GET", "POST"]),
    ("/timed-out", timed_out, ["GET", "POST"]),
    ("/keep-alive", keep_alive, ["POST"]),
    ("/done/<reference>", done, ["GET"]),
    ("/display", display, ["POST"]),
    ("/<slug>", page, ["GET", "POST"]),
)
VERSIONED_ROUTE = (f"/{VERSION_RULE}/<slug>", "page_version", page, ["GET", "POST"])
