"""The coordinator's forms for "You said, inspectors heard"."""

from __future__ import annotations

from urllib.parse import urlsplit

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from govuk_frontend_wtf.wtforms_widgets import GovCheckboxesInput, GovSelect, GovTextArea, GovTextInput
from wtforms import HiddenField, SelectField, SelectMultipleField, StringField, TextAreaField
from wtforms.validators import ValidationError

from accessibility import easy_read
from voice.forms import error_messages
from voice.forms.fields import GovSubmitField, as_choices
from voice.forms.validators import MaxChars
from voice.sanitise import clean_text
from voice.theme_names import THEME_NAMES

THEME_SLOTS = 6
EASY_READ_SLOTS = 10
EASY_READ_PICTURE_NAMES = {
    "listen": _l("A young person talking while a grown-up listens"),
    "inspectors": _l("A person looking through a magnifying glass"),
    "together": _l("Three friends holding hands"),
    "check": _l("A list being checked"),
    "star": _l("A big star"),
    "understand": _l("A young person with a light bulb above their head"),
    "help": _l("One hand reaching out to hold another"),
    "next_steps": _l("Steps going up"),
    "survey": _l("A sheet of paper with ticks"),
    "write": _l("A pencil writing on paper"),
    "thanks": _l("A thumbs up"),
}


def _clean(value: str | None) -> str:
    return clean_text(value or "").strip()


def _whole_number(form, field) -> None:
    value = (field.data or "").strip()
    if not value.isdigit() or len(value) > 7:
        raise ValidationError(error_messages.ENTER_WHOLE_NUMBER)


def _https_url(form, field) -> None:
    value = (field.data or "").strip()
    if not value:
        return
    parts = urlsplit(value)
    if parts.scheme != "https" or not parts.hostname or "." not in parts.hostname or " " in value:
        raise ValidationError(error_messages.ENTER_REPORT_URL_HTTPS)


def easy_read_problem(text: str) -> object | None:
    """The first easy-read rule the sentence breaks (accessibility/easy_read.py), as an error message."""
    for problem in easy_read.check_text(text):
        if problem.rule == "sentence too long":
            return error_messages.EASY_READ_TOO_LONG
        if problem.rule == "more than one idea":
            return error_messages.EASY_READ_ONE_IDEA
        if problem.rule == "jargon or acronym":
            term, _sep, plain = problem.detail.partition(": say ")
            return error_messages.EASY_READ_JARGON % {"term": term.strip("'\""), "plain": plain.strip("'\"")}
        return error_messages.EASY_READ_HARD
    return None


class YouSaidForm(FlaskForm):
    title = StringField(_l("Title"), widget=GovTextInput(), validators=[MaxChars(200)], filters=[_clean])
    intro = TextAreaField(_l("Introduction"), widget=GovTextArea(), validators=[MaxChars(1500)],
                          filters=[_clean],
                          description=_l("Thank the families, and say what the page is for."))
    parents_count = StringField(_l("Parents and carers who took part"), widget=GovTextInput(),
                                validators=[_whole_number],
                                description=_l("From the responses. Fewer than 10 is shown as 'fewer than 10'."))
    young_people_count = StringField(_l("Young people who took part"), widget=GovTextInput(),
                                     validators=[_whole_number],
                                     description=_l("From the responses. Fewer than 10 is shown as "
                                                    "'fewer than 10'."))
    report_url = StringField(_l("Link to the inspection report"), widget=GovTextInput(),
                             validators=[MaxChars(500), _https_url], filters=[_clean],
                             description=_l("The address of the published report, starting with https://"))
    submit = GovSubmitField(_l("Save the page"))

    def validate_title(self, field) -> None:
        if not field.data:
            raise ValidationError(error_messages.ENTER_YOU_SAID_TITLE)

    def theme_rows(self) -> list[tuple[SelectField, TextAreaField]]:
        return [(getattr(self, f"theme_{n}"), getattr(self, f"text_{n}")) for n in range(1, THEME_SLOTS + 1)]

    def easy_rows(self) -> list[tuple[SelectField, StringField]]:
        return [(getattr(self, f"picture_{n}"), getattr(self, f"sentence_{n}"))
                for n in range(1, EASY_READ_SLOTS + 1)]

    def validate(self, extra_validators=None) -> bool:
        valid = super().validate(extra_validators)
        return self._check_themes() and self._check_easy_read() and valid

    def _check_themes(self) -> bool:
        valid, seen = True, set()
        for theme, text in self.theme_rows():
            if theme.data and not text.data:
                text.errors = [*text.errors, error_messages.ENTER_THEME_PARAGRAPH]
                valid = False
            elif text.data and not theme.data:
                theme.errors = [*theme.errors, error_messages.SELECT_THEME_FOR_PARAGRAPH]
                valid = False
            elif theme.data and theme.data in seen:
                theme.errors = [*theme.errors, error_messages.THEME_ALREADY_USED]
                valid = False
            seen.add(theme.data)
        if valid and not any(theme.data for theme, _text in self.theme_rows()):
            first = self.theme_rows()[0][0]
            first.errors = [*first.errors, error_messages.ENTER_ONE_THEME]
            valid = False
        return valid

    def _check_easy_read(self) -> bool:
        valid = True
        for picture, sentence in self.easy_rows():
            if sentence.data and not picture.data:
                picture.errors = [*picture.errors, error_messages.SELECT_PICTURE]
                valid = False
            if sentence.data and (problem := easy_read_problem(sentence.data)) is not None:
                sentence.errors = [*sentence.errors, problem]
                valid = False
        if valid and not any(sentence.data for _picture, sentence in self.easy_rows()):
            first = self.easy_rows()[0][1]
            first.errors = [*first.errors, error_messages.ENTER_EASY_READ]
            valid = False
        return valid

    def themes(self) -> list[dict[str, str]]:
        return [{"theme": theme.data, "text": text.data} for theme, text in self.theme_rows() if theme.data]

    def easy_read(self) -> list[dict[str, str]]:
        return [{"picture": picture.data, "text": sentence.data}
                for picture, sentence in self.easy_rows() if sentence.data]

    def fill(self, page) -> None:
        self.title.data, self.intro.data, self.report_url.data = page.title, page.intro, page.report_url
        self.parents_count.data = str(page.parents_count)
        self.young_people_count.data = str(page.young_people_count)
        for (theme, text), row in zip(self.theme_rows(), page.themes, strict=False):
            theme.data, text.data = row["theme"], row["text"]
        for (picture, sentence), row in zip(self.easy_rows(), page.easy_read, strict=False):
            picture.data, sentence.data = row["picture"], row["text"]


def _theme_choices() -> list[tuple[str, object]]:
    return [("", _l("No theme")), *THEME_NAMES.items()]


def _picture_choices() -> list[tuple[str, object]]:
    return [("", _l("Choose a picture")), *EASY_READ_PICTURE_NAMES.items()]


for _n in range(1, THEME_SLOTS + 1):
    setattr(YouSaidForm, f"theme_{_n}", SelectField(
        _l("Theme %(number)s", number=_n), widget=GovSelect(), choices=as_choices(_theme_choices()), default=""))
    setattr(YouSaidForm, f"text_{_n}", TextAreaField(
        _l("What inspectors heard about theme %(number)s", number=_n), widget=GovTextArea(),
        validators=[MaxChars(1500)], filters=[_clean]))
for _n in range(1, EASY_READ_SLOTS + 1):
    setattr(YouSaidForm, f"picture_{_n}", SelectField(
        _l("Picture %(number)s", number=_n), widget=GovSelect(), choices=as_choices(_picture_choices()), default=""))
    setattr(YouSaidForm, f"sentence_{_n}", StringField(
        _l("Sentence %(number)s", number=_n), widget=GovTextInput(), validators=[MaxChars(200)],
        filters=[_clean]))


class QuotesForm(FlaskForm):
    theme = HiddenField()
    shown = HiddenField()
    quotes = SelectMultipleField(_l("Quotes to show on the page"), coerce=int, widget=GovCheckboxesInput(),
                                 validate_choice=False)
    submit = GovSubmitField(_l("Save the quotes"))


class PublishForm(FlaskForm):
    submit = GovSubmitField(_l("Publish the page"))


class UnpublishForm(FlaskForm):
    submit = GovSubmitField(_l("Take the page down"))
