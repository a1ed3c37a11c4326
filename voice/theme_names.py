"""Translatable names for the fixed theme keys (voice.analysis stays Flask-free and English)."""

from flask_babel import lazy_gettext as _l

THEME_NAMES = {
    "identification_assessment": _l("Identifying and assessing needs"),
    "ehc_plans": _l("EHC plans"),
    "communication_coproduction": _l("Communication and being listened to"),
    "health_services": _l("Health services"),
    "education_support": _l("Support in education"),
    "social_care": _l("Social care and short breaks"),
    "preparing_adulthood": _l("Preparing for adulthood"),
    "information_local_offer": _l("Information and the local offer"),
    "inclusion_wellbeing": _l("Inclusion and wellbeing"),
    "transport": _l("Transport"),
    "early_years": _l("Early years"),
    "other": _l("Other"),
}
