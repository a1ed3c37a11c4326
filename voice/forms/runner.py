"""Forms for any questionnaire page, built from its schema, plus the runner's fixed forms.

"Continue" and "Save and come back later" share one validation (issue 14, defect 1):
every field checks its own value (a code that is offered, text within its limit) and
only fields that pass are kept. Required questions are checked only on "Continue",
since saving half way is the point of saving.
"""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovTextArea, GovTextInput
from wtforms import HiddenField, StringField, TextAreaField
from wtforms.validators import InputRequired, Optional, Regexp, ValidationError

from voice.forms import error_messages
from voice.forms.fields import FreeTextField, GovSubmitField, OptionalRadioField
from voice.questionnaires import Loaded, Page, Question
from voice.sanitise import clean_text

ACTIONS = ("continue_", "save")


class ChoiceField(OptionalRadioField):
    """A radio question that refuses any code it did not offer, in plain words."""

    def pre_validate(self, form):
        if self.data in (None, "", "None"):
            self.data = None
            return
        if self.data not in {choice.data for choice in self}:
            self.data = None
            raise ValidationError(error_messages.CHOICE_NOT_OFFERED)


class TextTooLong:
    def __init__(self, max_chars: int, message: object) -> None:
        self.max_chars = max_chars
        self.message = message

    def __call__(self, form, field) -> None:
        if len(field.data or "") > self.max_chars:
            raise ValidationError(str(self.message) % {"name": field.label.text, "max": self.max_chars})


class EasyTextField(TextAreaField):
    """A plain box for easy-read: a character counter is one more thing to read, so the
    limit is only checked, with an easy-read message."""

    widget = GovTextArea()

    def __init__(self, label=None, *, max_chars: int, **kwargs):
        self.max_chars = max_chars
        super().__init__(label, validators=[Optional(), TextTooLong(max_chars, error_messages.YP_TEXT_TOO_LONG)],
                         **kwargs)

    def process_formdata(self, valuelist):
        super().process_formdata(valuelist)
        self.data = clean_text(self.data)


class PageForm(FlaskForm):
    continue_ = GovSubmitField(_l("Continue"))
    save = GovSubmitField(_l("Save and come back later"))

    def question_fields(self):
        return [field for field in self if field.name not in {"csrf_token", *ACTIONS}]

    def valid_answers(self) -> dict[str, str | None]:
        """The answers that passed their checks: what is kept, whichever button was pressed."""
        return {field.name: field.data for field in self.question_fields() if not field.errors}


def _text(value: str | None):
    return _l(value) if value else ""


def required_message(question: Question, version: str, *, easy_layout: bool):
    easy = question.easy if version == "easy" else None
    message = (easy.required_message if easy else None) or question.required_message
    label = question.short_label or question.text
    if message:
        return _l(message, statement=_l(label)) if "%(statement)s" in message else _l(message)
    if easy_layout and version == "easy":
        return error_messages.YP_SELECT_ANSWER
    return error_messages.select_answer(_l(label))


def _field(questionnaire: Loaded, question: Question, version: str, *, easy_layout: bool):
    easy = question.easy if version == "easy" else None
    label = _text(easy.text if easy else question.text)
    hint = _text(easy.hint if easy else question.hint)
    if question.type == "text":
        if easy_layout:
            return EasyTextField(label, description=hint, max_chars=question.max_chars)
        return FreeTextField(label, description=hint, max_chars=question.max_chars)
    choices = [(c.code, _l(c.text)) for c in questionnaire.choices(question, version)]
    return ChoiceField(label, description=hint, choices=choices)


_FORMS: dict[tuple[str, str, str], type[PageForm]] = {}


def form_for(questionnaire: Loaded, page: Page, version: str) -> type[PageForm]:
    """The form class for one page in one version, built once."""
    key = (questionnaire.key, page.slug, version)
    if key not in _FORMS:
        easy_layout = questionnaire.schema.layout == "easy_read"
        fields = {q.key: _field(questionnaire, q, version, easy_layout=easy_layout) for q in page.questions}
        name = "".join(part.title() for part in page.slug.split("-")) + "Form"
        _FORMS[key] = type(name, (PageForm,), fields)
    return _FORMS[key]


def check_required(form: PageForm, questionnaire: Loaded, page: Page, version: str) -> bool:
    """Add the GOV.UK error to every required question left empty; True if none was."""
    easy_layout = questionnaire.schema.layout == "easy_read"
    ok = True
    for question in page.questions:
        field = form[question.key]
        if question.required and not field.data and not field.errors:
            field.errors = [*field.errors, required_message(question, version, easy_layout=easy_layout)]
            ok = False
    return ok


class StartForm(FlaskForm):
    start = GovSubmitField(_l("Start now"))
    standard = GovSubmitField(_l("Use the standard version"))


class SubmitForm(FlaskForm):
    submission_key = HiddenField()
    submit = GovSubmitField(_l("Send your answers"))


class ResumeForm(FlaskForm):
    code = StringField(
        _l("Resume code"),
        description=_l("This is the 8-character code we gave you, like ABCD-2345."),
        widget=GovTextInput(),
        validators=[
            InputRequired(message=error_messages.ENTER_RESUME_CODE),
            Regexp(r"^[\sA-Za-z0-9-]{8,12}$", message=error_messages.RESUME_CODE_FORMAT),
        ],
    )
    submit = GovSubmitField(_l("Continue"))


class ContinueForm(FlaskForm):
    """One button: carry on after a timeout, or ask for more time."""

    submit = GovSubmitField(_l("Continue"))


class DisplayForm(FlaskForm):
    """Bigger text and a black background, without JavaScript: the choice is kept in the session."""

    next = HiddenField()
    large_text = GovSubmitField(_l("Bigger text"))
    high_contrast = GovSubmitField(_l("Black background"))
