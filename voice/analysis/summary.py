"""Summaries of tagged comments for inspectors.

For each theme: how many respondents raised it, their share of all
respondents in report words ("most", "a few"), the sentiment split, key
phrases, and three representative quotes.

Quotes are chosen as *typical* of the theme, not as the longest or the most
dramatic: each comment becomes a TF-IDF vector over its content words, and
the quotes are the comments closest (cosine) to the theme's centroid, within
a length band that keeps them readable, skipping near-duplicates. Quotes and
key phrases are taken from the redacted text only.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Final

from voice.analysis.data.stopwords import STOPWORDS
from voice.analysis.normalise import BOUNDARIES, light_stem, tokenise
from voice.analysis.proportions import proportion_words
from voice.analysis.taxonomy import SENTIMENTS, THEME_KEYS, THEME_LABELS

QUOTES_PER_THEME: Final = 3
KEY_PHRASES_PER_THEME: Final = 6
QUOTE_MIN_WORDS: Final = 6
QUOTE_MAX_WORDS: Final = 60
NEAR_DUPLICATE: Final = 0.8

_PLACEHOLDER_RE: Final = re.compile(r"\[(?:name|email|phone|address|nhs-number|school)\]")
_INNER_WORDS: Final = frozenset({"and", "of", "to", "for", "in", "on", "the", "with"})
_DISPLAY: Final[dict[str, str]] = {
    "ehcp": "EHCP", "ehc": "EHC", "camhs": "CAMHS", "salt": "SALT", "senco": "SENCO",
    "ot": "OT", "ta": "TA", "ap": "AP", "sendiass": "SENDIASS", "pfa": "PfA", "gp": "GP",
    "nhs": "NHS", "adhd": "ADHD", "send": "SEND", "sen": "SEN", "pru": "PRU",
    "ebsa": "EBSA", "onetoone": "one-to-one", "i": "I",
}
_SHORT_TERMS: Final = frozenset({"ot", "ta", "ap", "gp", "pa"})


@dataclass(frozen=True)
class TaggedComment:
    """One comment after tagging (machine tags, or a person's corrections)."""

    id: str
    text: str
    redacted: str
    themes: tuple[str, ...]
    sentiment: str
    polarity: float
    respondent_id: str | None = None


@dataclass(frozen=True)
class ThemeSummary:
    key: str
    label: str
    count: int  # respondents raising the theme
    share: float  # count / total respondents, 0-1
    words: str  # share in report words, see proportions.py
    sentiment: dict[str, int]  # comments in the theme per sentiment
    key_phrases: list[str]
    quotes: list[str]  # redacted


@dataclass(frozen=True)
class Summary:
    total_respondents: int
    total_comments: int
    themes: list[ThemeSummary] = field(default_factory=list)  # by count, descending
    sentiment: dict[str, int] = field(default_factory=dict)  # all comments


def summarise(comments: Sequence[TaggedComment], *, total_respondents: int) -> Summary:
    """Per-theme summaries, largest theme first.

    A respondent who raises a theme in several comments counts once. When
    ``respondent_id`` is missing, each comment counts as its own respondent.
    If ``total_respondents`` is smaller than the number of distinct
    respondents among the comments, the latter is used, so shares never pass
    100%. Themes nobody raised are left out.
    """
    respondents = {_respondent(c) for c in comments}
    total = max(total_respondents, len(respondents))
    documents = [_content_tokens(c.redacted) for c in comments]
    idf = _idf(documents)
    summaries: list[ThemeSummary] = []
    for key in THEME_KEYS:
        members = [i for i, c in enumerate(comments) if key in c.themes]
        if not members:
            continue
        count = len({_respondent(comments[i]) for i in members})
        summaries.append(
            ThemeSummary(
                key=key,
                label=THEME_LABELS[key],
                count=count,
                share=count / total if total else 0.0,
                words=proportion_words(count, total),
                sentiment=_sentiment_counts(comments[i] for i in members),
                key_phrases=key_phrases([comments[i].redacted for i in members],
                                        [c.redacted for c in comments]),
                quotes=representative_quotes([comments[i].redacted for i in members],
                                             [documents[i] for i in members], idf),
            )
        )
    order = {key: n for n, key in enumerate(THEME_KEYS)}
    summaries.sort(key=lambda s: (-s.count, order[s.key]))
    return Summary(
        total_respondents=total,
        total_comments=len(comments),
        themes=summaries,
        sentiment=_sentiment_counts(comments),
    )


def _respondent(comment: TaggedComment) -> str:
    return comment.respondent_id if comment.respondent_id is not None else f"#{comment.id}"


def _sentiment_counts(comments: Iterable[TaggedComment]) -> dict[str, int]:
    counts = {s: 0 for s in SENTIMENTS}
    for comment in comments:
        if comment.sentiment in counts:
            counts[comment.sentiment] += 1
    return counts


def _tokens(text: str) -> list[str]:
    return tokenise(_PLACEHOLDER_RE.sub(" . ", text))


def _is_content(token: str) -> bool:
    if token in _SHORT_TERMS:
        return True
    return len(token) > 2 and token.isalpha() and token not in STOPWORDS


def _content_tokens(text: str) -> list[str]:
    return [light_stem(t) for t in _tokens(text) if t not in BOUNDARIES and _is_content(t)]


# --- key phrases ------------------------------------------------------------------


def _ngrams(tokens: list[str]) -> set[tuple[str, ...]]:
    """1-3 word phrases that start and end on a content word."""
    grams: set[tuple[str, ...]] = set()
    for i, first in enumerate(tokens):
        if first in BOUNDARIES or not _is_content(first):
            continue
        grams.add((first,))
        for n in (2, 3):
            gram = tuple(tokens[i : i + n])
            if len(gram) < n or any(t in BOUNDARIES for t in gram):
                break
            inner_ok = all(_is_content(t) or t in _INNER_WORDS for t in gram[1:-1])
            if inner_ok and _is_content(gram[-1]):
                grams.add(gram)
    return grams


def key_phrases(theme_texts: Sequence[str], all_texts: Sequence[str]) -> list[str]:
    """Phrases frequent in the theme and distinctive against all comments."""
    theme_df: Counter[tuple[str, ...]] = Counter()
    for text in theme_texts:
        theme_df.update(_ngrams(_tokens(text)))
    all_df: Counter[tuple[str, ...]] = Counter()
    for text in all_texts:
        all_df.update(_ngrams(_tokens(text)))
    minimum = 2 if len(theme_texts) >= 4 else 1
    total = len(all_texts) or 1
    scored = []
    for gram, df in theme_df.items():
        if df < minimum:
            continue
        lift = math.log((total + 1) / (all_df[gram] + 1)) + 1.0
        scored.append((df * lift * (1.0 + 0.8 * (len(gram) - 1)), gram))
    scored.sort(key=lambda item: (-item[0], item[1]))
    chosen: list[tuple[str, ...]] = []
    for _, gram in scored:
        joined = " ".join(gram)
        if any(joined in " ".join(c) or " ".join(c) in joined for c in chosen):
            continue
        chosen.append(gram)
        if len(chosen) == KEY_PHRASES_PER_THEME:
            break
    return [" ".join(_DISPLAY.get(t, t) for t in gram) for gram in chosen]


# --- representative quotes --------------------------------------------------------


def _idf(documents: Sequence[list[str]]) -> dict[str, float]:
    df: Counter[str] = Counter()
    for doc in documents:
        df.update(set(doc))
    n = len(documents)
    return {term: math.log((n + 1) / (count + 1)) + 1.0 for term, count in df.items()}


def _vector(doc: list[str], idf: dict[str, float]) -> dict[str, float]:
    counts = Counter(doc)
    vector = {t: (1.0 + math.log(c)) * idf.get(t, 1.0) for t, c in counts.items()}
    norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
    return {t: v / norm for t, v in vector.items()}


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    if len(a) > len(b):
        a, b = b, a
    return sum(v * b.get(t, 0.0) for t, v in a.items())


def representative_quotes(
    texts: Sequence[str], documents: Sequence[list[str]], idf: dict[str, float]
) -> list[str]:
    """Up to three texts closest to the centroid, readable length first."""
    vectors = [_vector(doc, idf) for doc in documents]
    centroid: Counter[str] = Counter()
    for vector in vectors:
        centroid.update(vector)
    centre = _vector_from_weights(centroid)
    ranked = sorted(range(len(texts)), key=lambda i: (-_cosine(vectors[i], centre), i))
    in_band = [i for i in ranked if QUOTE_MIN_WORDS <= len(texts[i].split()) <= QUOTE_MAX_WORDS]
    order = in_band + [i for i in ranked if i not in in_band]
    chosen: list[int] = []
    for allow_similar in (False, True):
        for i in order:
            text = texts[i].strip()
            if len(chosen) == QUOTES_PER_THEME:
                break
            if not text or i in chosen or any(texts[j].strip() == text for j in chosen):
                continue
            if not allow_similar and any(
                _cosine(vectors[i], vectors[j]) > NEAR_DUPLICATE for j in chosen
            ):
                continue
            chosen.append(i)
    return [texts[i].strip() for i in chosen]


def _vector_from_weights(weights: Counter[str]) -> dict[str, float]:
    norm = math.sqrt(sum(v * v for v in weights.values())) or 1.0
    return {t: v / norm for t, v in weights.items()}
