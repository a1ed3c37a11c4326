"""Every error message, in GOV.UK voice, in one catalogue."""

from flask_babel import lazy_gettext as _l

SELECT_AGREEMENT = _l("Select how much you agree, or select 'Don't know'")


def select_agreement(statement: object) -> object:
    """Lazy, so the statement and the sentence are translated when shown, not at import."""
    return _l("Select how much you agree about '%(statement)s', or select 'Don't know'", statement=statement)
TEXT_TOO_LONG = _l("%(name)s must be %(max)s characters or fewer")
CHOICE_NOT_OFFERED = _l("Select one of the answers shown")


def select_answer(question: object) -> object:
    return _l("Select an answer for '%(question)s'", question=question)



ENTER_RESUME_CODE = _l("Enter your resume code")
RESUME_CODE_NOT_FOUND = _l(
    "We could not find answers for that code. Check the code and try again"
)
RESUME_CODE_FORMAT = _l("Enter the 8 letters and numbers of your resume code, like ABCD-2345")
ENTER_EMAIL = _l("Enter your email address")
ENTER_PASSWORD = _l("Enter your password")
SIGN_IN_FAILED = _l("Enter a correct email address and password")

# Coordinators: setting up and managing an inspection.
SELECT_AREA = _l("Select the local area")
SELECT_KIND = _l("Select the kind of inspection")
ENTER_NOTIFICATION_DATE = _l("Enter the date the local area was told about the inspection")
NOTIFICATION_DATE_REAL = _l("The notification date must be a real date, like 27 3 2026")
NOTIFICATION_DATE_WORKING_DAY = _l("The notification date must be a working day, not a weekend or bank holiday")
NOTIFICATION_DATE_RANGE = _l("The notification date must be within a year of today")
ENTER_WORKING_DAYS = _l("Enter how many working days the surveys stay open")
WORKING_DAYS_NUMBER = _l("The number of working days must be a whole number between 1 and 20, like 5")
WEBINAR_DATE_REAL = _l("The webinar date must be a real date, like 2 4 2026")
ENTER_WEBINAR_DATE = _l("Enter the date of the webinar, or clear the time if there is no webinar")
ENTER_WEBINAR_TIME = _l("Enter the time of the webinar, like 18:00")
WEBINAR_TIME_FORMAT = _l("Enter the time of the webinar as hours and minutes, like 18:00 or 6:30pm")
WEBINAR_TOO_SOON = _l("The webinar must be more than 24 hours after the surveys open, so families can send questions")
CONTACT_TOO_LONG = _l("The children's services contact must be %(max)s characters or fewer")
SELECT_INSPECTOR = _l("Select an inspector")
CONFIRM_AREA_NAME = _l("Enter %(area)s to confirm that you want to delete the responses")
WINDOW_STILL_OPEN = _l("Close every survey window before you delete the responses")
ALREADY_DELETED = _l("The responses for this inspection have already been deleted")
WEBINAR_HAS_QUESTIONS = _l(
    "Families have already sent questions for this webinar, so it cannot be removed. Change its date instead")
RESPONSES_DELETED = _l("The responses for this inspection have been deleted, so it cannot be changed")
WINDOW_ENDED = _l("This window has already ended, so it cannot be reopened")

# The young people's survey: easy-read, so short sentences and common words.
YP_SELECT_ANSWER = _l("Select an answer, or select 'I do not know'")
YP_SELECT_HELPER = _l("Select who is helping you")
YP_SELECT_HELPER_WROTE = _l("Select yes or no")
YP_TEXT_TOO_LONG = _l("Your answer is too long. Use %(max)s letters or fewer.")
YP_ANSWER_EVERY_QUESTION = _l("Answer every question before you send. You can select 'I do not know'.")

# Inspectors: searching, correcting tags and reviewing safeguarding flags.
SEARCH_TOO_LONG = _l("Search words must be 100 characters or fewer")
SELECT_THEME = _l("Select at least one theme, or select 'Other'")
SELECT_SENTIMENT = _l("Select the sentiment of the comment")
ENTER_REVIEW_NOTE = _l("Enter what you did about this comment")
SELECT_REVIEW_DECISION = _l("Select what you decided about this comment")
ENTER_WEBINAR_QUESTION = _l("Enter your question")
WEBINAR_QUESTION_NOT_SENT = _l("Your question has not been sent yet. Check it and select “Send your question” again")
SELECT_GROUPS_TO_MERGE = _l("Select at least 2 groups to merge")

# Staff accounts: invitations, passwords and two-factor sign-in.
ENTER_NAME = _l("Enter the person's name")
NAME_TOO_LONG = _l("The name must be %(max)s characters or fewer")
ENTER_VALID_EMAIL = _l("Enter an email address in the correct format, like name@example.org")
ACCOUNT_EXISTS = _l("There is already an account with that email address")
SELECT_ROLE = _l("Select whether they are an inspector or a coordinator")
ENTER_NEW_PASSWORD = _l("Enter a password")
PASSWORD_TOO_SHORT = _l("The password must be %(min)s characters or more")
PASSWORDS_DIFFER = _l("The passwords do not match")
ENTER_CODE = _l("Enter the 6-digit code from your authenticator app, or a recovery code")
CODE_WRONG = _l("The code is not right. Enter the newest 6-digit code from your authenticator app")
ENTER_SETUP_CODE = _l("Enter the 6-digit code from your authenticator app")
SIGN_IN_SLOWED = _l("Too many tries. Wait %(seconds)s seconds, then try again")
SIGN_IN_CAPPED = _l(
    "Too many tries for this account today. Sign in on a device you have used before, "
    "or reset your password by email"
)

# "You said, inspectors heard": the page a coordinator writes after the report.
ENTER_YOU_SAID_TITLE = _l("Enter a title for the page")
ENTER_REPORT_URL_HTTPS = _l("Enter the report's address, starting with https://, like https://reports.ofsted.gov.uk/")
ENTER_THEME_PARAGRAPH = _l("Enter what inspectors heard about this theme, or choose 'No theme'")
SELECT_THEME_FOR_PARAGRAPH = _l("Select the theme this paragraph is about")
THEME_ALREADY_USED = _l("Select a theme that is not already on the page")
ENTER_ONE_THEME = _l("Enter at least one theme and what inspectors heard about it")
SELECT_PICTURE = _l("Select a picture for this sentence")
EASY_READ_TOO_LONG = _l("Write this as sentences of 15 words or fewer")
EASY_READ_ONE_IDEA = _l("Split this into shorter sentences with one idea each")
EASY_READ_JARGON = _l("Use a common word instead of '%(term)s', for example '%(plain)s'")
EASY_READ_HARD = _l("Use shorter sentences and common words: this is hard to read")
ENTER_EASY_READ = _l("Enter at least one easy-read sentence")
ENTER_WHOLE_NUMBER = _l("Enter a whole number, like 120")
PUBLISH_NEEDS_REPORT = _l("Add the report's address before you publish the page")
PUBLISH_NEEDS_THEME = _l("Add at least one theme before you publish the page")
TOO_MANY_QUOTES = _l("Choose %(max)s quotes or fewer for the page")
