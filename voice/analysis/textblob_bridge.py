"""The only module that touches TextBlob.

TextBlob's default analyser (the Pattern lexicon) needs no downloaded corpora,
so it is safe offline. Its noun phrases, sentence tokeniser and lemmas need
NLTK corpora that are not installed, so nothing here uses them. Keeping every
call in one module means swapping the library later touches one file.
"""

from __future__ import annotations

import os
from functools import lru_cache

from textblob import TextBlob  # type: ignore[import-untyped]
from textblob.en import sentiment as _pattern_sentiment  # type: ignore[import-untyped]


def textblob_polarity(text: str) -> float:
    """TextBlob's own polarity for the whole text, in [-1, 1] (the public API)."""
    return float(TextBlob(text).sentiment.polarity)


def pattern_polarity(text: str) -> float:
    """The same number as ``textblob_polarity``, without TextBlob's wrapper.

    ``TextBlob(text).sentiment`` is the default PatternAnalyzer, which calls
    this analyser and then builds a new namedtuple class on every call; that
    wrapper was a fifth of the pipeline's time. A test pins the two together.
    """
    return float(_pattern_sentiment(text)[0])


@lru_cache(maxsize=65536)
def word_polarity(word: str) -> float:
    """The Pattern lexicon's averaged polarity for one lower-case word, or 0.0."""
    if dict.__len__(_pattern_sentiment) == 0:
        _pattern_sentiment.load()
    entry = dict.get(_pattern_sentiment, word)
    if not entry:
        return 0.0
    return float(entry[None][0])


@lru_cache(maxsize=1)
def _word_counts() -> dict[str, int]:
    import textblob.en as textblob_en  # type: ignore[import-untyped]

    path = os.path.join(os.path.dirname(textblob_en.__file__), "en-spelling.txt")
    counts: dict[str, int] = {}
    try:
        with open(path, encoding="utf-8") as handle:
            for line in handle:
                if line.startswith(";") or not line.strip():
                    continue
                word, _, count = line.partition(" ")
                counts[word.lower()] = int(count) if count.strip().isdigit() else 1
    except OSError:
        return {}
    return counts


@lru_cache(maxsize=1)
def known_words() -> frozenset[str]:
    """Correctly spelled English words bundled with TextBlob (no download).

    Used to stop the typo matcher "correcting" a real word into a lexicon word
    (for example "spending" into "speeding").
    """
    return frozenset(_word_counts())


@lru_cache(maxsize=4)
def common_words(min_count: int) -> frozenset[str]:
    """Words seen at least ``min_count`` times in TextBlob's spelling corpus."""
    return frozenset(w for w, c in _word_counts().items() if c >= min_count)
