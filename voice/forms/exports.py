"""Asking for a comment export to be prepared in the background."""

from __future__ import annotations

from flask_babel import lazy_gettext as _l
from flask_wtf import FlaskForm
from wtforms.validators import InputRequired

from voice.forms.fields import GovRadioField, GovSubmitField

EXPORT_FORMAT_NAMES = {
    "xlsx": _l("Spreadsheet (XLSX)"),
    "csv": _l("CSV"),
}


class ExportRequestForm(FlaskForm):
    """The summary's filters travel with it as hidden fields, read by the filter form."""

    format = GovRadioField(
        _l("Which kind of file?"), choices=tuple(EXPORT_FORMAT_NAMES.items()), default="xlsx",
        validators=[InputRequired(message=_l("Select which kind of file you want"))],
    )
    prepare = GovSubmitField(_l("Prepare the download"))
