"""Calibrated decision thresholds for themes and sentiment.

Written by ``python -m voice.analysis.calibrate --write``; do not edit by hand.
"""

from __future__ import annotations

from typing import Final

THEME_THRESHOLDS: Final[dict[str, float]] = {
    "identification_assessment": 1.0,
    "ehc_plans": 1.0,
    "communication_coproduction": 1.0,
    "health_services": 1.0,
    "education_support": 1.0,
    "social_care": 1.0,
    "preparing_adulthood": 1.0,
    "information_local_offer": 1.0,
    "inclusion_wellbeing": 1.0,
    "transport": 1.0,
    "early_years": 1.0,
}
RELATIVE_MIN: Final[float] = 0.0
SENTIMENT_BOUNDARIES: Final[dict[str, float]] = {
    "mixed_min": 0.55,
    "mixed_ratio": 0.2,
    "lean": 0.05,
    "min_evidence": 0.3,
}
