from __future__ import annotations

from wtforms.validators import ValidationError

from voice.forms import error_messages


class MaxChars:
    """Length check whose message names the question, as the GOV.UK pattern asks."""

    def __init__(self, max_chars: int) -> None:
        self.max_chars = max_chars

    def __call__(self, form, field) -> None:
        if len(field.data or "") > self.max_chars:
            raise ValidationError(
                error_messages.TEXT_TOO_LONG % {"name": field.label.text, "max": self.max_chars}
            )
