"""WTForms fields already wired to GOV.UK Frontend widgets."""

from __future__ import annotations

from govuk_frontend_wtf.wtforms_widgets import GovCharacterCount, GovRadioInput, GovSubmitInput
from wtforms import RadioField, SubmitField, TextAreaField
from wtforms.fields.choices import SelectChoice
from wtforms.validators import Optional

from voice.forms.validators import MaxChars
from voice.sanitise import clean_text


def as_choices(pairs) -> list[SelectChoice]:
    """Our choice catalogues are (code, lazy label) pairs; WTForms wants SelectChoice."""
    return [SelectChoice(value, label) for value, label in pairs]


class GovRadioField(RadioField):
    widget = GovRadioInput()

    def __init__(self, label=None, validators=None, choices=(), **kwargs):
        super().__init__(label, validators=validators, choices=as_choices(choices), **kwargs)


class OptionalRadioField(GovRadioField):
    """A radio question that may be left unanswered."""

    def __init__(self, label=None, validators=None, **kwargs):
        super().__init__(label, validators=[Optional(), *(validators or [])], **kwargs)

    def pre_validate(self, form):
        if self.data in (None, "", "None"):
            self.data = None
            return
        super().pre_validate(form)


class FreeTextField(TextAreaField):
    """Free text with a visible character count, cleaned as it comes in."""

    widget = GovCharacterCount()

    def __init__(self, label=None, *, max_chars: int = 2000, **kwargs):
        self.max_chars = max_chars
        super().__init__(label, validators=[Optional(), MaxChars(max_chars)], **kwargs)

    def process_formdata(self, valuelist):
        super().process_formdata(valuelist)
        self.data = clean_text(self.data)


class GovSubmitField(SubmitField):
    widget = GovSubmitInput()
