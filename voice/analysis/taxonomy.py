"""The fixed theme taxonomy and sentiment labels.

The keys are stored with every tagged comment and in exports, so they must
never change. The labels are for people and may be reworded (and translated
by the app) freely.
"""

from __future__ import annotations

from typing import Final

#: Key -> short English label, in taxonomy order.
THEMES: Final[dict[str, str]] = {
    "identification_assessment": "Identifying and assessing needs",
    "ehc_plans": "EHC plans",
    "communication_coproduction": "Communication and being listened to",
    "health_services": "Health services",
    "education_support": "Support in education",
    "social_care": "Social care and short breaks",
    "preparing_adulthood": "Preparing for adulthood",
    "information_local_offer": "Information and the local offer",
    "inclusion_wellbeing": "Inclusion and wellbeing",
    "transport": "Transport",
    "early_years": "Early years",
    "other": "Other",
}

THEME_KEYS: Final[tuple[str, ...]] = tuple(THEMES)
THEME_LABELS: Final[dict[str, str]] = THEMES
OTHER: Final = "other"

SENTIMENTS: Final[tuple[str, ...]] = ("positive", "negative", "mixed", "neutral")
