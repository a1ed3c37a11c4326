"""The parent and carer survey, one form per page."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovTextInput
from wtforms import HiddenField, StringField
from wtforms.validators import InputRequired, Regexp

from voice.forms import error_messages
from voice.forms.fields import FreeTextField, GovRadioField, GovSubmitField, OptionalRadioField
from voice.questions import AGE_PHASES, AGREE_SCALE, EHC_PLAN, FREE_TEXT, SETTINGS, STATEMENTS


class PageForm(FlaskForm):
    """Every question page can continue, or save the answers and leave."""

    continue_ = GovSubmitField(_l("Continue"))
    save = GovSubmitField(_l("Save and come back later"))

    def answer_data(self) -> dict[str, str | None]:
        skip = {"csrf_token", "continue_", "save"}
        return {name: field.data for name, field in self._fields.items() if name not in skip}


class AboutChildForm(PageForm):
    age_phase = OptionalRadioField(
        _l("How old is your child?"),
        description=_l(
            "If you are answering about more than one child, choose the one you want to tell us most about."
        ),
        choices=AGE_PHASES,
    )
    setting = OptionalRadioField(_l("Where does your child learn or spend their day?"), choices=SETTINGS)
    ehc_plan = OptionalRadioField(
        _l("Does your child have an education, health and care (EHC) plan?"), choices=EHC_PLAN
    )


def _statement_field(statement):
    return GovRadioField(
        statement.parent_text,
        choices=AGREE_SCALE,
        validators=[InputRequired(message=error_messages.select_agreement(statement.short_label))],
    )


class ExperienceForm(PageForm):
    pass


for _statement in STATEMENTS:
    setattr(ExperienceForm, _statement.key, _statement_field(_statement))


class CommentsForm(PageForm):
    works_well = FreeTextField(FREE_TEXT[0][1])
    could_be_better = FreeTextField(FREE_TEXT[1][1])
    anything_else = FreeTextField(
        FREE_TEXT[2][1],
        description=_l(
            "Please do not include names, addresses or other details that could identify you or your child."
        ),
    )


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


class StartForm(FlaskForm):
    submit = GovSubmitField(_l("Start now"))


PAGES = (
    ("about-your-child", AboutChildForm, _l("About your child")),
    ("your-experience", ExperienceForm, _l("Your experience")),
    ("your-comments", CommentsForm, _l("In your own words")),
)
PAGE_SLUGS = tuple(slug for slug, _, _ in PAGES)
