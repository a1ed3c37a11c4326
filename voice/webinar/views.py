"""The public page where parents and carers send a question for the inspectors' webinar."""

from __future__ import annotations

import re
import secrets

from flask import redirect, render_template, session, url_for

from voice.forms import error_messages
from voice.forms.webinar import QuestionForm
from voice.models import utcnow
from voice.public_views import closed_page, load_survey
from voice.services import signposting
from voice.services import webinar as webinar_service
from voice.webinar import bp, presenters

_KEY = re.compile(r"^[A-Za-z0-9_-]{16,64}$")


def _load(token: str):
    return load_survey(token, audience=webinar_service.AUDIENCE)


def _closed(survey, state: str):
    return closed_page("webinar/closed.html", survey, state,
                       times=presenters.intake_times(survey.inspection, survey),
                       webinar_past=survey.inspection.webinar_at <= utcnow())


@bp.route("/", methods=["GET", "POST"])
def start(token: str):
    survey, state = _load(token)
    if state != "open":
        return _closed(survey, state)
    form = QuestionForm()
    if not _KEY.match(form.submission_key.data or ""):
        form.submission_key.data = secrets.token_urlsafe(24)
    # The hidden "leave this field empty" box was filled. A program that fills every box
    # is refused; a person (whose autofill or screen reader reached it) is told that the
    # question was not sent and sends it again, with the box now empty. Never a false "sent".
    honeypot_filled = form.is_submitted() and bool((form.website.data or "").strip())
    if honeypot_filled:
        form.website.data = ""
        form.question.errors = [error_messages.WEBINAR_QUESTION_NOT_SENT]
    elif form.validate_on_submit():
        try:
            receipt = webinar_service.submit_question(
                survey=survey, submission_key=form.submission_key.data, text=form.question.data,
                asker_role=form.asker_role.data, age_phase=form.age_phase.data,
                honeypot=form.website.data or "", now=utcnow(),
            )
        except webinar_service.IntakeClosed:
            return _closed(survey, "closed")
        except webinar_service.EmptyQuestion:
            form.question.errors = [error_messages.ENTER_WEBINAR_QUESTION]
        else:
            session["webinar_sent"] = {"survey": survey.id, "individual": receipt.individual_case}
            signposting.remember(session, reference=_signposting_key(survey), flagged=(
                signposting.needs_signposting([form.question.data])))
            return redirect(url_for("webinar.sent", token=token))
    return render_template(
        "webinar/ask.html", survey=survey, form=form,
        times=presenters.intake_times(survey.inspection, survey),
        max_chars=webinar_service.MAX_QUESTION_CHARS,
    )


@bp.get("/sent")
def sent(token: str):
    survey, _state = _load(token)
    last = session.get("webinar_sent") or {}
    individual = bool(last.get("individual")) and last.get("survey") == survey.id
    return render_template(
        "webinar/sent.html", survey=survey, individual=individual,
        times=presenters.intake_times(survey.inspection, survey),
        crisis_help=signposting.crisis_help_for(
            session, reference=_signposting_key(survey), inspection=survey.inspection),
    )


def _signposting_key(survey) -> str:
    """Questions have no reference, so the last question to this webinar decides.
    An "I" can never be in a survey reference, so this cannot clash with one."""
    return f"webinar-{survey.id}"
