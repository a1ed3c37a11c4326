"""Features for the learned layer: what the lexicons found, plus the words.

The hand-written lexicons (``themes.py``, ``sentiment.py``) encode what we know
about how families write; a linear model (``model.py``) learns from labelled
comments how much each piece of that evidence, and each plain word, is worth.
Training (``train.py``) and tagging call the same ``extract``, so the two can
never drift apart.

Feature families, each a name mapped to a value:

* ``ev:<theme>``: the lexicon's evidence for a theme (capped), ``place``: the
  only education evidence is naming school as a place;
* ``cue:<pattern>``: each theme-lexicon pattern that matched;
* ``w:<stem>``, ``b:<stem>_<stem>``: words and neighbouring word pairs inside a
  clause, lightly stemmed; ``nw:<stem>``: a word within three words after a
  negator ("nobody ... asked");
* ``eng:<theme>``: the lexicon engine's own decision;
* ``s:*``: the sentiment lexicon's positive and negative evidence, TextBlob's
  polarity, how many clauses lean each way and the strongest cue each way,
  and whether the comment is a question or a non-answer;
* ``len:<n>``: the length in tens of words, capped.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

from voice.analysis.normalise import BOUNDARIES, light_stem, tokenise
from voice.analysis.sentiment import decide_label, sentiment_parts
from voice.analysis.themes import decide_themes, theme_matches_evidence

EVIDENCE_CAP: Final = 3.0
SENTIMENT_CAP: Final = 4.0
NEGATION_REACH: Final = 3
_NEGATORS: Final = frozenset({"not", "no", "never", "nobody", "nothing", "none", "without", "nor",
                              "no_one", "noone", "cannot"})

Features = dict[str, float]


@dataclass(frozen=True, slots=True)
class Extracted:
    """Features for the model, and the lexicon engine's own answers: its
    polarity sets part of the final polarity's strength, and training reports
    its themes and sentiment beside the model's."""

    features: Features
    engine_themes: tuple[str, ...]
    engine_sentiment: str
    engine_polarity: float
    non_answer: bool


def extract(tokens: Sequence[str], text: str) -> Extracted:
    """Features of one comment body (helper note already removed)."""
    features: Features = {}
    evidence, place_only, patterns = theme_matches_evidence(tokens)
    for theme, value in evidence.items():
        features["ev:" + theme] = min(value, EVIDENCE_CAP)
    if place_only:
        features["place"] = 1.0
    for pattern in patterns:
        features["cue:" + pattern] = 1.0
    engine_themes = decide_themes(evidence, place_only)
    for theme in engine_themes:
        features["eng:" + theme] = 1.0
    _add_words(tokens, features)

    parts = sentiment_parts(list(tokens), text)
    non_answer = parts is None
    positive = parts.positive if parts else 0.0
    negative = parts.negative if parts else 0.0
    label, polarity = decide_label(positive, negative)
    if non_answer:
        label = "neutral"
    features["s:pos"] = min(positive, SENTIMENT_CAP)
    features["s:neg"] = min(negative, SENTIMENT_CAP)
    features["s:pol"] = polarity
    if parts is not None:
        features["s:blob"] = parts.blob  # TextBlob's polarity (damped in a question)
        features["s:praise_clauses"] = min(parts.praise_clauses, 3)
        features["s:criticism_clauses"] = min(parts.criticism_clauses, 3)
        if parts.praise_clauses and parts.criticism_clauses:
            features["s:both"] = 1.0
        features["s:strongest_praise"] = min(parts.strongest_praise, SENTIMENT_CAP)
        features["s:strongest_criticism"] = min(parts.strongest_criticism, SENTIMENT_CAP)
    if non_answer:
        features["s:nonanswer"] = 1.0
    if "?" in text:
        features["s:question"] = 1.0
    words = sum(1 for token in tokens if token not in BOUNDARIES)
    features[f"len:{min(words // 10, 6)}"] = 1.0
    return Extracted(features, engine_themes, label, polarity, non_answer)


def question_features(question: str | None) -> Features:
    """Features of the question an answer replies to: its words (``q:<stem>``)
    and the theme lexicon's evidence in it (``qev:<theme>``). "What could be
    better?" leans an answer negative; "What do you think of short breaks?"
    says what "The activities are well planned" is about. Empty without a
    question, so tagging works the same when none is given."""
    if not question or not question.strip():
        return {}
    tokens = tokenise(question)
    features: Features = {"q:any": 1.0}
    for token in tokens:
        if token not in BOUNDARIES:
            features["q:" + light_stem(token)] = 1.0
    evidence, _, _ = theme_matches_evidence(tokens)
    for theme, value in evidence.items():
        features["qev:" + theme] = min(value, EVIDENCE_CAP)
    return features


@lru_cache(maxsize=65536)
def _word_names(token: str) -> tuple[str, str, str]:
    """A token's stem and its word and negated-word feature names (built once)."""
    stem = light_stem(token)
    return stem, "w:" + stem, "nw:" + stem


def _add_words(tokens: Sequence[str], features: Features) -> None:
    previous: str | None = None
    negated = 0
    for token in tokens:
        if token in BOUNDARIES:
            previous, negated = None, 0
            continue
        stem, word, negated_word = _word_names(token)
        features[word] = 1.0
        if negated:
            features[negated_word] = 1.0
            negated -= 1
        if token in _NEGATORS:
            negated = NEGATION_REACH
        if previous is not None:
            features["b:" + previous + "_" + stem] = 1.0
        previous = stem
