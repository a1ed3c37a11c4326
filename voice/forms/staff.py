"""Forms for signed-in staff: sign-in, setting up an inspection, and managing it."""

from __future__ import annotations

import re
from datetime import date, datetime, time

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovDateInput, GovPasswordInput, GovSelect, GovTextInput
from wtforms import DateField, PasswordField, SelectField, StringField
from wtforms.validators import InputRequired, StopValidation, ValidationError

from voice.forms import error_messages
from voice.forms.fields import GovRadioField, GovSubmitField
from voice.models.base import utcnow
from voice.sanitise import clean_text
from voice.services import working_days

INSPECTION_KIND_CHOICES = (
    ("framework_2023", _l("Full inspection, 2023 framework")),
    ("framework_2016", _l("Full inspection, 2016 to 2022 framework")),
    ("monitoring", _l("Monitoring inspection")),
    ("thematic", _l("Thematic visit")),
)
CONTACT_MAX_CHARS = 200
_TIME = re.compile(r"^\s*(\d{1,2})(?:[:.](\d{2}))?\s*(am|pm)?\s*$", re.IGNORECASE)


class SignInForm(FlaskForm):
    email = StringField(
        _l("Email address"), widget=GovTextInput(),
        validators=[InputRequired(message=error_messages.ENTER_EMAIL)],
    )
    password = PasswordField(
        _l("Password"), widget=GovPasswordInput(),
        validators=[InputRequired(message=error_messages.ENTER_PASSWORD)],
    )
    submit = GovSubmitField(_l("Sign in"))


class TranslatedDateInput(GovDateInput):
    """GOV.UK date input whose Day, Month and Year labels follow the locale."""

    def map_gov_params(self, field, **kwargs):
        if field.raw_data is not None and len(field.raw_data) != 3:
            field.raw_data = None  # nothing (or a tampered post) was sent: show the data, if any
        params = super().map_gov_params(field, **kwargs)
        params.setdefault("fieldset", {}).setdefault("legend", {}).setdefault("text", field.label.text)
        labels = {"day": _("Day"), "month": _("Month"), "year": _("Year")}
        for item in params.get("items", []):
            part = item["id"].rsplit("-", 1)[-1]
            item["label"] = labels.get(part, item["label"])
        return params


class GovDateField(DateField):
    """Day, month and year boxes, with GOV.UK messages for a missing or impossible date."""

    widget = TranslatedDateInput()

    def __init__(self, label=None, *, required_message=None, invalid_message="", **kwargs):
        self.required_message = required_message
        self.invalid_message = invalid_message
        super().__init__(label, format="%d %m %Y", **kwargs)

    def process_formdata(self, valuelist):
        if not valuelist:
            return
        parts = [value.strip() for value in valuelist]
        if not any(parts):
            self.data = None
            return
        try:
            day, month, year = (int(part) for part in parts)
            if year < 1000:
                raise ValueError("two-digit year")
            self.data = date(year, month, day)
        except ValueError:
            self.data = None
            raise ValueError(self.invalid_message) from None

    def pre_validate(self, form):
        if self.process_errors:
            raise StopValidation()  # already has its "real date" error: nothing more to check
        if self.data is None:
            raise StopValidation(self.required_message or "")


def _one_line(value: str | None) -> str:
    """Cleaned like every other text we store, on one line: it is shown inside a sentence."""
    return " ".join(clean_text(value).split())


def parse_time(text: str) -> time | None:
    """18:00, 18.00, 6pm, 6:30pm -> a time; None if it is not a time."""
    match = _TIME.match(text or "")
    if not match:
        return None
    hours, minutes, meridiem = int(match[1]), int(match[2] or 0), (match[3] or "").lower()
    if meridiem:
        if not 1 <= hours <= 12:
            return None
        hours = hours % 12 + (12 if meridiem == "pm" else 0)
    if hours > 23 or minutes > 59:
        return None
    return time(hours, minutes)


class InspectionForm(FlaskForm):
    local_area = SelectField(
        _l("Local area"), widget=GovSelect(), choices=[],
        validators=[InputRequired(message=error_messages.SELECT_AREA)],
    )
    kind = GovRadioField(
        _l("Kind of inspection"), choices=INSPECTION_KIND_CHOICES,
        validators=[InputRequired(message=error_messages.SELECT_KIND)],
    )
    notification_date = GovDateField(
        _l("Notification date"),
        description=_l(
            "The working day the local area was told about the inspection. "
            "The surveys open at the start of this day. For example, 27 3 2026."
        ),
        required_message=error_messages.ENTER_NOTIFICATION_DATE,
        invalid_message=error_messages.NOTIFICATION_DATE_REAL,
    )
    working_days = StringField(
        _l("How many working days should the surveys stay open?"),
        description=_l("Counting the notification date. Weekends and bank holidays in England are not counted."),
        widget=GovTextInput(), default="5",
        validators=[InputRequired(message=error_messages.ENTER_WORKING_DAYS)],
    )
    webinar_date = GovDateField(
        _l("Webinar date (optional)"),
        description=_l(
            "If there is a webinar for parents and carers, families can send questions until 24 hours "
            "before it. Leave the date and time empty if there is no webinar."
        ),
        invalid_message=error_messages.WEBINAR_DATE_REAL,
    )
    webinar_time = StringField(
        _l("Webinar start time (optional)"),
        description=_l("UK time, for example 18:00 or 6:30pm"),
        widget=GovTextInput(),
    )
    childrens_services_contact = StringField(
        _l("Children's services contact (optional)"),
        description=_l(
            "The local area's front door for worries about a child's safety. Families who may need "
            "help now see it with national helplines. For example, Children's Services Front Door: "
            "01234 567890."
        ),
        widget=GovTextInput(), filters=[_one_line],
    )
    submit = GovSubmitField(_l("Continue"))

    def validate_notification_date(self, field) -> None:
        today = working_days.to_uk(utcnow()).date()
        if abs((field.data - today).days) > 366:
            raise ValidationError(error_messages.NOTIFICATION_DATE_RANGE)
        if not working_days.is_working_day(field.data):
            raise ValidationError(error_messages.NOTIFICATION_DATE_WORKING_DAY)

    def validate_childrens_services_contact(self, field) -> None:
        if len(field.data or "") > CONTACT_MAX_CHARS:
            raise ValidationError(error_messages.CONTACT_TOO_LONG % {"max": CONTACT_MAX_CHARS})

    def validate_working_days(self, field) -> None:
        text = (field.data or "").strip()
        if not text.isdigit() or not 1 <= int(text) <= 20:
            raise ValidationError(error_messages.WORKING_DAYS_NUMBER)

    def validate_webinar_time(self, field) -> None:
        text = (field.data or "").strip()
        if not text:
            if self.webinar_date.data is not None:
                raise ValidationError(error_messages.ENTER_WEBINAR_TIME)
            return
        if parse_time(text) is None:
            raise ValidationError(error_messages.WEBINAR_TIME_FORMAT)
        if self.webinar_date.data is None and not self.webinar_date.errors:
            self.webinar_date.errors = [*self.webinar_date.errors, error_messages.ENTER_WEBINAR_DATE]

    def webinar_at_utc(self) -> datetime | None:
        """The webinar as naive UTC, from the UK wall-clock date and time entered."""
        moment = parse_time(self.webinar_time.data or "")
        if self.webinar_date.data is None or moment is None:
            return None
        return working_days.from_uk(datetime.combine(self.webinar_date.data, moment))


class EditInspectionForm(InspectionForm):
    """The set-up form without the area and kind, which an inspection keeps for good."""

    local_area = None  # type: ignore[assignment]
    kind = None  # type: ignore[assignment]


class ConfirmForm(FlaskForm):
    confirm = GovSubmitField(_l("Save the changes"))


class CloseEarlyForm(FlaskForm):
    close = GovSubmitField(_l("Close the window now"))


class CreateInspectionForm(FlaskForm):
    submit = GovSubmitField(_l("Create the inspection"))


class AssignInspectorForm(FlaskForm):
    inspector = SelectField(
        _l("Inspector"), widget=GovSelect(), choices=[],
        validators=[InputRequired(message=error_messages.SELECT_INSPECTOR)],
    )
    assign = GovSubmitField(_l("Assign the inspector"))


class DeleteResponsesForm(FlaskForm):
    confirm_area = StringField(_l("Local area name"), widget=GovTextInput())
    delete = GovSubmitField(_l("Delete the responses"))

    def __init__(self, *args, area_name: str = "", **kwargs):
        super().__init__(*args, **kwargs)
        self.area_name = area_name

    def validate_confirm_area(self, field) -> None:
        def folded(text: str) -> str:
            return " ".join((text or "").split()).casefold()

        if folded(field.data) != folded(self.area_name):
            raise ValidationError(error_messages.CONFIRM_AREA_NAME % {"area": self.area_name})
