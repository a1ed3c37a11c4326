"""Every error message, in GOV.UK voice, in one catalogue."""

from flask_babel import lazy_gettext as _l

SELECT_AGREEMENT = _l("Select how much you agree, or select 'Don't know'")


def select_agreement(statement: object) -> object:
    """Lazy, so the statement and the sentence are translated when shown, not at import."""
    return _l("Select how much you agree about '%(statement)s', or select 'Don't know'", statement=statement)
TEXT_TOO_LONG = _l("%(name)s must be %(max)s characters or fewer")
ENTER_RESUME_CODE = _l("Enter your resume code")
RESUME_CODE_NOT_FOUND = _l(
    "We could not find answers for that code. Check the code and try again"
)
RESUME_CODE_FORMAT = _l("Enter the 8 letters and numbers of your resume code, like ABCD-2345")
ENTER_EMAIL = _l("Enter your email address")
ENTER_PASSWORD = _l("Enter your password")
SIGN_IN_FAILED = _l("Enter a correct email address and password")
