"""Multi-label theme tagging against the fixed taxonomy.

Each theme has a weighted lexicon of official and everyday phrasings (see
``data/theme_lexicon.py``). A theme is tagged when the weights of the distinct
cues found in a comment reach ``THRESHOLD``: one strong cue ("CAMHS", "the bus
never turns up") is enough, weak cues ("waiting list", "autism") need
support. If no theme reaches the threshold, the strongest theme with at
least ``FALLBACK_MIN`` is used, unless the comment is as clearly a remark about
the survey or the inspection ("Thank you for asking", "this survey is too
long"): that evidence (``OTHER_META``) counts for "other" in the fallback only,
so it never hides a theme that reaches the threshold on its own.

This rule-based tagger (the "lexicon engine") is not the final word: its
evidence, matched cues and decisions are features for the learned layer
(``features.py``, ``model.py``), which ``pipeline.analyse`` uses. It is still
used on its own where a light, explainable tag is enough (grouping webinar
questions).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Final

from voice.analysis.data import theme_lexicon as lex
from voice.analysis.data.calibration import RELATIVE_MIN, THEME_THRESHOLDS
from voice.analysis.lexicon import Lexicon, Match, merge
from voice.analysis.taxonomy import OTHER, THEME_KEYS

THRESHOLD: Final = 1.0
FALLBACK_MIN: Final = 0.5
_BLOCK: Final = "_block"

_LEXICON: Final = Lexicon(
    {
        **merge(
            ("identification_assessment", lex.IDENTIFICATION),
            ("ehc_plans", lex.EHC_PLANS),
            ("communication_coproduction", lex.COMMUNICATION),
            ("health_services", lex.HEALTH),
            ("education_support", lex.EDUCATION),
            ("social_care", lex.SOCIAL_CARE),
            ("preparing_adulthood", lex.ADULTHOOD),
            ("information_local_offer", lex.INFORMATION),
            ("inclusion_wellbeing", lex.INCLUSION),
            ("transport", lex.TRANSPORT),
            ("early_years", lex.EARLY_YEARS),
            (OTHER, lex.OTHER_META),
            (_BLOCK, lex.BLOCKS),
        ),
        **lex.SHARED,
    }
)


_EDUCATION: Final = "education_support"


def _score(matches: list[Match]) -> tuple[dict[str, float], bool]:
    """Scores, and whether education rests only on naming school as a place."""
    scores: dict[str, float] = {}
    seen: set[str] = set()
    place_only = True
    for match in matches:
        if match.entry.pattern in seen:
            continue
        seen.add(match.entry.pattern)
        for theme, weight in match.entry.weights:
            if theme != _BLOCK and weight:
                scores[theme] = scores.get(theme, 0.0) + weight
                if theme == _EDUCATION and match.entry.pattern not in lex.EDUCATION_PLACE:
                    place_only = False
    return scores, place_only and _EDUCATION in scores


def theme_evidence(tokens: Sequence[str]) -> tuple[dict[str, float], bool]:
    """Raw per-theme evidence (``other`` holds survey/inspection remarks), and
    whether education rests only on naming school as a place. Used by
    ``calibrate`` to choose the decision thresholds."""
    return _score(_LEXICON.find(tokens))


def theme_matches_evidence(tokens: Sequence[str]) -> tuple[dict[str, float], bool, tuple[str, ...]]:
    """``theme_evidence`` plus the distinct patterns that matched (features for
    the learned layer, ``features.py``)."""
    matches = _LEXICON.find(tokens)
    scores, place_only = _score(matches)
    patterns = tuple(dict.fromkeys(m.entry.pattern for m in matches))
    return scores, place_only, patterns


def tag_themes(tokens: Sequence[str]) -> tuple[str, ...]:
    """Theme keys in taxonomy order; ("other",) when nothing matches."""
    scores, place_only = _score(_LEXICON.find(tokens))
    return decide_themes(scores, place_only)


def decide_themes(
    evidence: dict[str, float],
    place_only: bool,
    thresholds: dict[str, float] | None = None,
    relative_min: float | None = None,
) -> tuple[str, ...]:
    """Turn evidence into themes.

    A theme is tagged when its evidence reaches its own calibrated threshold
    (``data/calibration.py``) and, when several themes qualify, at least
    ``relative_min`` of the strongest theme's evidence.
    """
    limits = THEME_THRESHOLDS if thresholds is None else thresholds
    relative = RELATIVE_MIN if relative_min is None else relative_min
    scores = dict(evidence)
    meta = scores.pop(OTHER, 0.0)
    themes = tuple(
        key for key in THEME_KEYS if scores.get(key, 0.0) >= limits.get(key, THRESHOLD) - 1e-9
    )
    if len(themes) > 1 and relative > 0:
        top = max(scores[key] for key in themes)
        themes = tuple(key for key in themes if scores[key] >= relative * top - 1e-9)
    if place_only:
        # "bullied at school", "friends at college": school is where it happened,
        # not what the comment is about, when something else is.
        others = [key for key in themes if key != _EDUCATION]
        if others:
            themes = tuple(others)
        elif not themes and any(v >= FALLBACK_MIN for k, v in scores.items() if k != _EDUCATION):
            scores[_EDUCATION] *= 0.5
    if themes:
        return themes
    # Families almost always write about something: when no theme reaches the
    # threshold, the single strongest weak signal beats "other", unless the
    # comment is at least as clearly about the survey or the inspection.
    best = max(scores.items(), key=lambda item: (item[1], -THEME_KEYS.index(item[0])),
               default=(OTHER, 0.0))
    if best[1] < FALLBACK_MIN or meta >= best[1]:
        return (OTHER,)
    return (best[0],)
