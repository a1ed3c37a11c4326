"""The parent and carer survey: start, a few pages, check, send."""

from __future__ import annotations

from flask import abort, current_app, redirect, render_template, request, session, url_for
from flask_babel import get_locale

from voice.forms import error_messages
from voice.forms.survey import PAGE_SLUGS, PAGES, ResumeForm, StartForm, SubmitForm
from voice.models import utcnow
from voice.public_views import closed_page, current_draft, draft_session_key, load_survey
from voice.questions import FREE_TEXT_KEYS, STATEMENT_KEYS
from voice.services import codes, signposting
from voice.services import responses as response_service
from voice.survey import bp
from voice.survey.presenters import check_answers_rows

AUDIENCE = "parent_carer"


def _load(token: str):
    return load_survey(token, audience=AUDIENCE)


def _closed(survey, state: str):
    return closed_page("survey/closed.html", survey, state)


@bp.get("/")
def start(token: str):
    survey, state = _load(token)
    if state != "open":
        return _closed(survey, state)
    return render_template("survey/start.html", survey=survey, form=StartForm(),
                           has_draft=current_draft(survey) is not None)


@bp.post("/start")
def begin(token: str):
    survey, state = _load(token)
    if state != "open":
        return _closed(survey, state)
    form = StartForm()
    if not form.validate_on_submit():
        abort(400)
    draft = current_draft(survey)
    if draft is None:
        try:
            draft = response_service.start_draft(survey=survey, now=utcnow())
        except response_service.WindowClosed:
            return _closed(survey, "closed")
        session[draft_session_key(survey)] = draft.key
        session.permanent = True
    return redirect(url_for("survey.page", token=token, slug=PAGE_SLUGS[0]))


@bp.route("/<any(" + ",".join(repr(slug) for slug in PAGE_SLUGS) + "):slug>", methods=["GET", "POST"])
def page(token: str, slug: str):
    survey, state = _load(token)
    if state != "open":
        return _closed(survey, state)
    draft = current_draft(survey)
    if draft is None:
        return redirect(url_for("survey.start", token=token))
    index = PAGE_SLUGS.index(slug)
    _slug, form_class, title = PAGES[index]
    changing = request.args.get("change") == "1"
    form = form_class(data=draft.answers) if request.method == "GET" else form_class()

    if request.method == "POST" and form.save.data:
        # Save whatever is there, even half-finished: nothing is lost by leaving.
        response_service.save_answers(survey=survey, draft=draft, answers=form.answer_data(), now=utcnow())
        code = response_service.issue_resume_code(draft=draft, secret=current_app.config["SECRET_KEY"])
        session["resume_code"] = code
        return redirect(url_for("survey.saved", token=token))
    if form.validate_on_submit():
        try:
            response_service.save_answers(survey=survey, draft=draft, answers=form.answer_data(), now=utcnow())
        except response_service.WindowClosed:
            return _closed(survey, "closed")
        if changing or index + 1 == len(PAGES):
            return redirect(url_for("survey.check", token=token))
        return redirect(url_for("survey.page", token=token, slug=PAGE_SLUGS[index + 1]))

    back = (url_for("survey.check", token=token) if changing else
            url_for("survey.page", token=token, slug=PAGE_SLUGS[index - 1]) if index else
            url_for("survey.start", token=token))
    return render_template(
        "survey/page.html", survey=survey, form=form, title=title, slug=slug, back_url=back,
        step=index + 1, steps=len(PAGES), max_chars=current_app.config["FREE_TEXT_MAX_CHARS"],
    )


@bp.route("/check", methods=["GET", "POST"])
def check(token: str):
    survey, state = _load(token)
    if state != "open":
        return _closed(survey, state)
    draft = current_draft(survey)
    form = SubmitForm()
    if request.method == "POST" and form.validate_on_submit():
        return _submit(survey, token, form.submission_key.data or "")
    if draft is None:
        return redirect(url_for("survey.start", token=token))
    form.submission_key.data = draft.key
    return render_template(
        "survey/check.html", survey=survey, form=form, missing=[],
        rows=check_answers_rows(token, draft.answers or {}),
        back_url=url_for("survey.page", token=token, slug=PAGE_SLUGS[-1]),
    )


def _submit(survey, token: str, key: str):
    session_key = draft_session_key(survey)  # before the commit, which would make survey.id a query
    flagged = signposting.draft_needs_signposting(survey=survey, submission_key=key, free_text=FREE_TEXT_KEYS)
    try:
        result = response_service.submit(
            survey=survey, submission_key=key, required=STATEMENT_KEYS, free_text=FREE_TEXT_KEYS,
            now=utcnow(), locale=str(get_locale() or "en"),
        )
    except response_service.WindowClosed:
        return _closed(survey, "closed")
    except response_service.IncompleteAnswers as missing:
        draft = current_draft(survey)
        if draft is None:
            return redirect(url_for("survey.start", token=token))
        form = SubmitForm(submission_key=draft.key)
        return render_template(
            "survey/check.html", survey=survey, form=form, missing=missing.missing,
            rows=check_answers_rows(token, draft.answers or {}),
            missing_url=url_for("survey.page", token=token, slug=PAGE_SLUGS[1], change=1),
            back_url=url_for("survey.page", token=token, slug=PAGE_SLUGS[-1]),
        ), 400
    session.pop(session_key, None)
    session["last_reference"] = result.reference
    if result.created:
        signposting.remember(session, reference=result.reference, flagged=flagged)
    return redirect(url_for("survey.done", token=token, reference=codes.display(result.reference)))


@bp.get("/saved")
def saved(token: str):
    survey, state = _load(token)
    code = session.get("resume_code")
    if code is None:
        return redirect(url_for("survey.start", token=token))
    return render_template("survey/saved.html", survey=survey, code=codes.display(code))


@bp.route("/resume", methods=["GET", "POST"])
def resume(token: str):
    survey, state = _load(token)
    if state != "open":
        return _closed(survey, state)
    form = ResumeForm()
    if form.validate_on_submit():
        draft = response_service.resume(
            survey=survey, typed_code=form.code.data, secret=current_app.config["SECRET_KEY"]
        )
        if draft is not None:
            session[draft_session_key(survey)] = draft.key
            session.pop("resume_code", None)
            return redirect(url_for("survey.check", token=token))
        form.code.errors.append(error_messages.RESUME_CODE_NOT_FOUND)
    return render_template("survey/resume.html", survey=survey, form=form,
                           back_url=url_for("survey.start", token=token))


@bp.get("/done/<reference>")
def done(token: str, reference: str):
    survey, _state = _load(token)
    return render_template(
        "survey/done.html", survey=survey, reference=reference,
        crisis_help=signposting.crisis_help_for(session, reference=reference, inspection=survey.inspection),
    )
