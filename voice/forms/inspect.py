"""Forms for the inspector's summary: filters, search, corrections and safeguarding reviews.

The theme, sentiment and audience names live here too, as translatable labels:
the analysis package keeps only stable keys and English labels.
"""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovCheckboxesInput, GovSelect, GovTextArea, GovTextInput
from wtforms import HiddenField, SelectField, SelectMultipleField, StringField, TextAreaField
from wtforms.validators import DataRequired, InputRequired, Length

from voice.forms import error_messages
from voice.forms.fields import GovRadioField, GovSubmitField, as_choices
from voice.forms.validators import MaxChars
from voice.questionnaires.catalogue import AGE_PHASES_ALL as AGE_PHASES
from voice.questionnaires.catalogue import EHC_PLAN, SETTINGS
from voice.sanitise import clean_text
from voice.theme_names import THEME_NAMES

SENTIMENT_NAMES = {
    "positive": _l("Positive"),
    "negative": _l("Negative"),
    "mixed": _l("Mixed"),
    "neutral": _l("Neutral"),
}
AUDIENCE_NAMES = {
    "parent_carer": _l("Parents and carers"),
    "young_person": _l("Children and young people"),
    # Practitioners are shown apart from families: their own column, chart series and themes.
    "practitioner": _l("Practitioners"),
    "webinar": _l("Webinar questions"),
}
SEARCH_MAX_CHARS = 100
NOTE_MAX_CHARS = 2000


class FilterForm(FlaskForm):
    """A GET form: it works without JavaScript and its URL can be shared."""

    class Meta:
        csrf = False

    audience = SelectField(
        _l("Who answered"), widget=GovSelect(),
        choices=as_choices((("", _l("Everyone")), ("parent_carer", AUDIENCE_NAMES["parent_carer"]),
                            ("young_person", AUDIENCE_NAMES["young_person"]),
                            ("practitioner", AUDIENCE_NAMES["practitioner"]))),
    )
    age_phase = SelectField(_l("Child's age"), widget=GovSelect(),
                            choices=as_choices((("", _l("Any age")), *AGE_PHASES)))
    setting = SelectField(_l("Where the child learns"), widget=GovSelect(),
                          choices=as_choices((("", _l("Any setting")), *SETTINGS)))
    ehc_plan = SelectField(_l("EHC plan"), widget=GovSelect(),
                           choices=as_choices((("", _l("With or without a plan")), *EHC_PLAN)))

    def chosen(self) -> dict[str, str | None]:
        """Each filter's value, or None when it is empty or not one of the choices."""
        result: dict[str, str | None] = {}
        for name in ("audience", "age_phase", "setting", "ehc_plan"):
            field = self[name]
            allowed = {choice.value for choice in field.choices if choice.value}
            result[name] = field.data if field.data in allowed else None
        return result


class SearchForm(FlaskForm):
    """Search within a theme's comments, keeping the summary's filters."""

    class Meta:
        csrf = False

    q = StringField(
        _l("Search these comments"), widget=GovTextInput(),
        description=_l("For example, a word or a place. Names and contact details have been removed."),
        validators=[Length(max=SEARCH_MAX_CHARS, message=error_messages.SEARCH_TOO_LONG)],
    )
    audience = HiddenField()
    age_phase = HiddenField()
    setting = HiddenField()
    ehc_plan = HiddenField()


class CorrectionForm(FlaskForm):
    themes = SelectMultipleField(
        _l("Themes"), widget=GovCheckboxesInput(),
        description=_l("Select every theme the comment is about."),
        choices=as_choices(THEME_NAMES.items()),
        validators=[InputRequired(message=error_messages.SELECT_THEME)],
    )
    sentiment = GovRadioField(
        _l("Sentiment"), choices=tuple(SENTIMENT_NAMES.items()),
        validators=[InputRequired(message=error_messages.SELECT_SENTIMENT)],
    )
    save = GovSubmitField(_l("Save changes"))


SAFEGUARDING_DECISIONS = {
    "reviewed": _l("Reviewed: no action needed"),
    "referred": _l("Referred to the local safeguarding partnership"),
    "duplicate": _l("Duplicate: the same disclosure is already in the queue"),
}
SAFEGUARDING_STATUS_NAMES = {
    "new": _l("Not reviewed"),
    "reviewed": _l("Reviewed"),
    "referred": _l("Referred"),
    "duplicate": _l("Duplicate"),
}


class ReviewForm(FlaskForm):
    decision = GovRadioField(
        _l("What did you decide?"), choices=tuple(SAFEGUARDING_DECISIONS.items()), default="reviewed",
        validators=[InputRequired(message=error_messages.SELECT_REVIEW_DECISION)],
    )
    note = TextAreaField(
        _l("What did you do about it?"), widget=GovTextArea(),
        description=_l("For example, who you passed it to. Do not include the family's details."),
        validators=[DataRequired(message=error_messages.ENTER_REVIEW_NOTE), MaxChars(NOTE_MAX_CHARS)],
        filters=[clean_text],  # markup, even entity-encoded, never reaches the record
    )
    save = GovSubmitField(_l("Save the decision"))


class ShowOriginalForm(FlaskForm):
    show = GovSubmitField(_l("Show the original text"))
