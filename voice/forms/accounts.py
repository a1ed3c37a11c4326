"""Forms for staff accounts: inviting, setting a password, and two-factor sign-in."""

from __future__ import annotations

from email_validator import EmailNotValidError, validate_email
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovCheckboxesInput, GovPasswordInput, GovTextInput
from wtforms import PasswordField, SelectMultipleField, StringField
from wtforms.validators import InputRequired, ValidationError

from voice.forms import error_messages
from voice.forms.fields import GovRadioField, GovSubmitField
from voice.sanitise import clean_text
from voice.services.users import MIN_PASSWORD_LENGTH

NAME_MAX_CHARS = 120
ROLE_CHOICES = (
    ("inspector", _l("Inspector: sees the inspections they are assigned to")),
    ("coordinator", _l("Coordinator: sets up inspections, manages accounts and gets safeguarding alerts")),
)


def _one_line(value: str | None) -> str:
    return " ".join(clean_text(value).split())


def _email(value: str | None) -> str:
    return (value or "").strip()


def check_email(field) -> None:
    try:
        validate_email(field.data or "", check_deliverability=False)
    except EmailNotValidError:
        raise ValidationError(error_messages.ENTER_VALID_EMAIL) from None


class InviteForm(FlaskForm):
    name = StringField(_l("Full name"), widget=GovTextInput(), filters=[_one_line],
                       validators=[InputRequired(message=error_messages.ENTER_NAME)])
    email = StringField(_l("Email address"), widget=GovTextInput(), filters=[_email],
                        description=_l("We will send the invitation here. It works once, for 3 days."),
                        validators=[InputRequired(message=error_messages.ENTER_VALID_EMAIL)])
    role = GovRadioField(_l("Role"), choices=ROLE_CHOICES,
                         validators=[InputRequired(message=error_messages.SELECT_ROLE)])
    inspections = SelectMultipleField(
        _l("Inspections (for inspectors)"), widget=GovCheckboxesInput(), choices=[], coerce=int,
        description=_l("An inspector sees only these. Coordinators see every inspection."),
    )
    submit = GovSubmitField(_l("Send the invitation"))

    def validate_name(self, field) -> None:
        if len(field.data or "") > NAME_MAX_CHARS:
            raise ValidationError(error_messages.NAME_TOO_LONG % {"max": NAME_MAX_CHARS})

    def validate_email(self, field) -> None:
        check_email(field)


class SetPasswordForm(FlaskForm):
    password = PasswordField(
        _l("New password"), widget=GovPasswordInput(),
        description=_l("At least 12 characters. A few unrelated words make a strong password you can remember."),
        validators=[InputRequired(message=error_messages.ENTER_NEW_PASSWORD)],
    )
    confirm = PasswordField(_l("Type the password again"), widget=GovPasswordInput(),
                            validators=[InputRequired(message=error_messages.PASSWORDS_DIFFER)])
    submit = GovSubmitField(_l("Set the password"))

    def validate_password(self, field) -> None:
        if len(field.data or "") < MIN_PASSWORD_LENGTH:
            raise ValidationError(error_messages.PASSWORD_TOO_SHORT % {"min": MIN_PASSWORD_LENGTH})

    def validate_confirm(self, field) -> None:
        if field.data != self.password.data:
            raise ValidationError(error_messages.PASSWORDS_DIFFER)


class ForgotPasswordForm(FlaskForm):
    email = StringField(_l("Email address"), widget=GovTextInput(), filters=[_email],
                        validators=[InputRequired(message=error_messages.ENTER_EMAIL)])
    submit = GovSubmitField(_l("Send me a link"))


class CodeForm(FlaskForm):
    code = StringField(
        _l("Code"), widget=GovTextInput(),
        description=_l("The 6-digit code your authenticator app shows now, or one of your recovery codes."),
        validators=[InputRequired(message=error_messages.ENTER_CODE)],
    )
    submit = GovSubmitField(_l("Continue"))


class EnrolForm(FlaskForm):
    code = StringField(
        _l("Code from your authenticator app"), widget=GovTextInput(),
        description=_l("6 digits, for example 123456"),
        validators=[InputRequired(message=error_messages.ENTER_SETUP_CODE)],
    )
    submit = GovSubmitField(_l("Turn on two-factor sign-in"))


class ConfirmForm(FlaskForm):
    """A button alone: the CSRF token is the only field."""

    submit = GovSubmitField(_l("Confirm"))
