"""The young people's survey: one small form per question page, built from the question list."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovTextArea
from wtforms import HiddenField, TextAreaField
from wtforms.validators import InputRequired, Optional, ValidationError

from voice.forms import error_messages
from voice.forms.fields import GovRadioField, GovSubmitField
from voice.questions_young_people import STANDARD, Question, choices_for
from voice.sanitise import clean_text

MAX_CHARS = 2000


class EasyMaxChars:
    def __init__(self, max_chars: int) -> None:
        self.max_chars = max_chars

    def __call__(self, form, field) -> None:
        if len(field.data or "") > self.max_chars:
            raise ValidationError(error_messages.YP_TEXT_TOO_LONG % {"max": self.max_chars})


class EasyTextField(TextAreaField):
    """A plain box: a character counter is one more thing to read, so the limit is only checked."""

    widget = GovTextArea()

    def __init__(self, label=None, **kwargs):
        super().__init__(label, validators=[Optional(), EasyMaxChars(MAX_CHARS)], **kwargs)

    def process_formdata(self, valuelist):
        super().process_formdata(valuelist)
        self.data = clean_text(self.data)


class QuestionForm(FlaskForm):
    continue_ = GovSubmitField(_l("Next"))

    def answer_data(self) -> dict[str, str | None]:
        return {name: field.data for name, field in self._fields.items()
                if name not in {"csrf_token", "continue_"}}


def _required_message(question: Question, version: str):
    if question.key == "helped_by":
        return error_messages.YP_SELECT_HELPER
    if question.key == "helper_wrote":
        return error_messages.YP_SELECT_HELPER_WROTE
    return error_messages.SELECT_AGREEMENT if version == STANDARD else error_messages.YP_SELECT_ANSWER


_FORMS: dict[tuple[str, str], type[QuestionForm]] = {}


def form_for(question: Question, version: str) -> type[QuestionForm]:
    """The form class for one page in one version (easy-read or standard), built once."""
    key = (question.key, version)
    if key not in _FORMS:
        _FORMS[key] = _build_form(question, version)
    return _FORMS[key]


def _build_form(question: Question, version: str) -> type[QuestionForm]:
    label = question.standard_text if version == STANDARD else question.easy_text
    hint = question.standard_hint if version == STANDARD else question.easy_hint
    if question.kind == "text":
        field = EasyTextField(label, description=hint or "")
    else:
        field = GovRadioField(
            label, description=hint or "", choices=choices_for(question, version),
            validators=[InputRequired(message=_required_message(question, version))],
        )
    return type(f"{question.key.title().replace('_', '')}Form", (QuestionForm,), {question.key: field})


class StartForm(FlaskForm):
    start = GovSubmitField(_l("Start"))
    standard = GovSubmitField(_l("Use the standard version"))


class SubmitForm(FlaskForm):
    submission_key = HiddenField()
    submit = GovSubmitField(_l("Send my answers"))


class DisplayForm(FlaskForm):
    """Bigger text and a black background, without JavaScript: the choice is kept in the session."""

    next = HiddenField()
    large_text = GovSubmitField(_l("Bigger text"))
    high_contrast = GovSubmitField(_l("Black background"))
