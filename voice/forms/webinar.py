"""Forms for the webinar question intake and for inspectors' changes to the groups."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovCharacterCount, GovCheckboxesInput, GovTextInput
from wtforms import HiddenField, SelectMultipleField, StringField, TextAreaField
from wtforms.validators import DataRequired, ValidationError

from voice.forms import error_messages
from voice.forms.fields import GovSubmitField, OptionalRadioField
from voice.forms.validators import MaxChars
from voice.questionnaires.catalogue import AGE_PHASES
from voice.sanitise import clean_text
from voice.services.webinar import MAX_QUESTION_CHARS

ASKER_ROLE_CHOICES = (
    ("parent", _l("Parent")),
    ("carer", _l("Carer")),
    ("young_person", _l("Young person")),
    ("practitioner", _l("Someone who works with children and young people")),
)


class QuestionField(TextAreaField):
    """The question itself: required, cleaned as it comes in, with a character count."""

    widget = GovCharacterCount()

    def __init__(self, label=None, **kwargs):
        super().__init__(label, validators=[
            DataRequired(message=error_messages.ENTER_WEBINAR_QUESTION),
            MaxChars(MAX_QUESTION_CHARS),
        ], **kwargs)

    def process_formdata(self, valuelist):
        super().process_formdata(valuelist)
        self.data = clean_text(self.data)


class QuestionForm(FlaskForm):
    question = QuestionField(
        _l("Your question"),
        description=_l("Ask one question. Do not include names or anything else that could "
                       "identify you or your child."),
    )
    asker_role = OptionalRadioField(
        _l("Who are you? (optional)"),
        description=_l("This helps inspectors see who is asking. You do not have to say."),
        choices=ASKER_ROLE_CHOICES,
    )
    age_phase = OptionalRadioField(
        _l("How old is your child? (optional)"),
        description=_l("If your question is about more than one child, choose the one it is "
                       "most about."),
        choices=AGE_PHASES,
    )
    # A honeypot: not displayed, tempting to bots. Anything typed here means nothing is
    # stored and the page is shown again, with the question kept, asking to send it again.
    website = StringField(_l("Leave this field empty"), widget=GovTextInput())
    submission_key = HiddenField()
    submit = GovSubmitField(_l("Send your question"))


class ActionForm(FlaskForm):
    """The inspectors' one-button forms carry only their CSRF token."""


class MergeForm(FlaskForm):
    groups = SelectMultipleField(
        _l("Select the groups to merge"),
        description=_l("The questions join the largest group you select. Groups are listed by "
                       "theme, most-asked first."),
        coerce=int, widget=GovCheckboxesInput(),
    )
    submit = GovSubmitField(_l("Merge the selected groups"))

    def validate_groups(self, field) -> None:
        if len(field.data or []) < 2:
            raise ValidationError(error_messages.SELECT_GROUPS_TO_MERGE)
