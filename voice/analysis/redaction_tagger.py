"""A learned second look at the words the redaction rules leave: is this one a name?

The rules (``redaction.py``) find names from cues, and each fresh writer brings
cases no rule foresaw: "Summer's 14.", "Will's tics got worse", "rose has been
to nursery", "Some days it is only by grace that we get through". After the rules
have run, this module reads every word they left that is listed as a given name or
surname, and asks a logistic model whether the sentence uses it as a person's name.

What the model reads, for each such word:

* the packaged MiniLM's vectors for the word's pieces after its fourth and sixth
  layers, averaged, and the sixth layer's vectors for the pieces on either side
  (``tuned.hidden_states`` over ``encoder.load_encoder()``'s own arrays, so no
  second copy of the weights). MiniLM reads lower case only, so it sees the
  sentence around the word, not how the word is written;
* how the word is written and where it stands: capitalised, all capitals, or lower
  case, and whether the writer uses capitals at all; at a sentence's start; before
  "'s"; beside a placeholder; and which lists hold it.

The encoder runs only on comments with such a word, written as a name could be: a
lower-case everyday word ("will", "rose") in a comment whose writer uses capitals
is left alone without a look, and so is a comment mostly in another language. Its
weights (``data/redaction_tagger.npz``) are fitted by ``train_redaction_tagger.py``
on the labelled redaction sets, each word read in the sentence with the other
personal details already replaced, as the rules leave it. A word the model scores
at or above the stored threshold (a higher one for an everyday word such as "Mark"
or "Hope") becomes ``[name]``.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Final

import numpy as np

from voice.analysis import encoder
from voice.analysis.data.given_names import ALL_NAMES, AMBIGUOUS
from voice.analysis.redaction_shapes import NAME
from voice.analysis.redaction_words import RELATIONS, TITLES, fold, name_words, not_names, unknown
from voice.analysis.textblob_bridge import common_words

MODEL_PATH: Final = Path(__file__).resolve().parent / "data" / "redaction_tagger.npz"
_WORD_RE: Final = re.compile(r"\[[a-z-]+\]|[^\W\d_](?:[^\W\d_]|['\u2019](?=[^\W\d_])|-(?=[^\W\d_]))*")
_POSSESSIVE_RE: Final = re.compile(r"['\u2019]s$", re.IGNORECASE)
_SENTENCE_END: Final = frozenset(".!?\n")
_LOCK: Final = threading.Lock()
CONTEXT_SIZE: Final = 4 * encoder.DIMENSIONS
WINDOW: Final = 400  # characters either side of a word in a long comment
# What a family calls a relative, like the relations the rules know ("nan", "mum").
_FAMILY: Final = frozenset(
    "nana nanna nanny granny gran grandpa grampa grandma grandad papa mama mummy daddy aunty auntie uncle".split())
HAND_FEATURES: Final = (
    "listed", "ambiguous", "other list", "unknown", "common word", "titlecase", "all caps", "lower",
    "writer uses no capitals", "writer writes in capitals", "sentence start", "possessive",
    "placeholder before", "placeholder after", "after a title",
)


@dataclass(frozen=True)
class Candidate:
    """A word the rules left that could be a name: ``text[start:end]``, without any "'s"."""

    start: int
    end: int
    word: str


def _writing(text: str) -> tuple[bool, bool]:
    """Whether the writer uses no capitals at all, and whether they write in capitals."""
    letters = [ch for ch in re.sub(r"\[[a-z-]+\]", "", text) if ch.isalpha()]
    upper = sum(ch.isupper() for ch in letters)
    return upper == 0, bool(letters) and upper / len(letters) > 0.6


def candidates(text: str) -> list[Candidate]:
    """The words in ``text`` (the rules' output) that the model should read."""
    no_capitals, _ = _writing(text)
    found = []
    strange = words = 0
    for match in _WORD_RE.finditer(text):
        word = _POSSESSIVE_RE.sub("", match.group())
        if word.startswith("[") or len(word) < 2:
            continue
        lower = word.lower()
        key = fold(lower)
        listed = key in name_words()
        words += 1
        strange += not listed and unknown(lower)
        # Only listed names are read. A word no list holds is far more often an English
        # word the lists lack ("Tuition", "Maths", "Admin") than a name, and the rules
        # already take such a word where a cue shows a person ("Okeke from the SEN team").
        if not listed or lower in TITLES or key in RELATIONS or key in _FAMILY:
            continue
        # A writer who capitalises leaves everyday words in lower case ("the rose garden",
        # "he will"): a name written that way is rare enough to leave. Nor is the
        # commonest of words ("will", "may") read in lower case from anyone.
        if word.islower() and (key in common_words(500)
                               or not no_capitals and (key in not_names() or key in common_words(30))):
            continue
        found.append(Candidate(match.start(), match.start() + len(word), word))
    # Many words no list knows: another language ("Moja córka..."), which MiniLM cannot read.
    if strange >= 5 and strange > 0.3 * words:
        return []
    return found


def everyday(word: str) -> bool:
    key = fold(word.lower())
    return key in AMBIGUOUS or key in common_words(30)


def hand_features(text: str, candidate: Candidate) -> np.ndarray:
    word, lower = candidate.word, candidate.word.lower()
    key = fold(lower)
    no_capitals, in_capitals = _writing(text)
    before = text[: candidate.start].rstrip()
    after = text[candidate.end:]
    previous = re.search(r"([^\W\d_]+)\.?\s*$", before)
    values = (
        key in ALL_NAMES,
        key in AMBIGUOUS,
        key in name_words() and key not in ALL_NAMES,
        unknown(lower),
        key in common_words(30),
        len(word) > 1 and word[0].isupper() and not word.isupper(),
        word.isupper(),
        word.islower(),
        no_capitals,
        in_capitals,
        not before or before[-1] in _SENTENCE_END,
        bool(re.match(r"['\u2019]s\b", after, re.IGNORECASE)),
        before.endswith("]"),
        bool(re.match(r"(?:['\u2019]s)?\s*(?:,|and|&)?\s*\[", after)),
        bool(previous and previous.group(1).lower() in TITLES),
    )
    return np.array(values, dtype=np.float32)


def contextual(texts: Sequence[str], spans: Sequence[Sequence[tuple[int, int]]]) -> list[np.ndarray]:
    """For each text, one row per span: MiniLM's vectors after its fourth and sixth
    layers, each averaged over the word pieces that overlap the span, then the sixth
    layer's vectors for the pieces just before and just after it.

    MiniLM reads 256 pieces at most, so a long comment is read in a window of
    ``WINDOW`` characters either side of each word. A word still out of reach keeps a
    row of zeros, which ``Tagger`` never replaces."""
    jobs: list[tuple[str, list[tuple[int, int]], list[tuple[int, int]]]] = []  # text, spans, (i, k)
    for i, (text, wanted) in enumerate(zip(texts, spans, strict=True)):
        if not wanted:
            continue
        if len(text) <= 2 * WINDOW:
            jobs.append((text, list(wanted), [(i, k) for k in range(len(wanted))]))
            continue
        for k, (start, end) in enumerate(wanted):
            low, high = max(0, start - WINDOW), min(len(text), end + WINDOW)
            jobs.append((text[low:high], [(start - low, end - low)], [(i, k)]))
    result = [np.zeros((len(s), CONTEXT_SIZE), dtype=np.float32) for s in spans]
    for (_, _, places), rows in zip(jobs, _read([j[0] for j in jobs], [j[1] for j in jobs]), strict=True):
        for (i, k), row in zip(places, rows, strict=True):
            result[i][k] = row
    return result


def _read(texts: Sequence[str], spans: Sequence[Sequence[tuple[int, int]]]) -> list[np.ndarray]:
    model = encoder.load_encoder()
    with model._lock:
        encodings = model._tokenizer.encode_batch(list(texts))
    from voice.analysis.tuned import hidden_states

    result = [np.zeros((len(s), CONTEXT_SIZE), dtype=np.float32) for s in spans]
    order = sorted(range(len(texts)), key=lambda i: len(encodings[i].ids))
    for first in range(0, len(order), encoder.BATCH):
        chunk = order[first: first + encoder.BATCH]
        (middle, last), _ = hidden_states(model, [list(encodings[i].ids) for i in chunk], layers=(4, 6))
        for row, i in enumerate(chunk):
            offsets, size = encodings[i].offsets, len(encodings[i].ids)
            for k, (start, end) in enumerate(spans[i]):
                pieces = [t for t, (s, e) in enumerate(offsets) if e > s and s < end and start < e]
                if pieces:
                    result[i][k] = np.concatenate([
                        middle[row, pieces].mean(axis=0), last[row, pieces].mean(axis=0),
                        last[row, max(pieces[0] - 1, 0)], last[row, min(pieces[-1] + 1, size - 1)]])
    return result


def features(texts: Sequence[str], found: Sequence[Sequence[Candidate]]) -> list[np.ndarray]:
    """Each text's candidates as rows: the contextual vector, then the hand features."""
    vectors = contextual(texts, [[(c.start, c.end) for c in cs] for cs in found])
    shape = (-1, len(HAND_FEATURES))
    return [np.hstack([v, np.array([hand_features(t, c) for c in cs], dtype=np.float32).reshape(shape)])
            for t, cs, v in zip(texts, found, vectors, strict=True)]


class Tagger:
    """The fitted weights: standardise, then a logistic model and a threshold."""

    def __init__(self, path: Path = MODEL_PATH) -> None:
        with np.load(path) as stored:
            self.mean = stored["mean"]
            self.scale = stored["scale"]
            self.weights = stored["weights"]
            self.bias = float(stored["bias"])
            self.threshold = float(stored["threshold"])
            self.everyday_threshold = float(stored["everyday_threshold"])

    def scores(self, rows: np.ndarray) -> np.ndarray:
        z = ((rows - self.mean) / self.scale) @ self.weights + self.bias
        result: np.ndarray = 1.0 / (1.0 + np.exp(-z))
        return result

    def apply_many(self, texts: Sequence[str]) -> list[str]:
        found = [candidates(t) for t in texts]
        if not any(found):
            return list(texts)
        return [self.replaced(t, cs, r) for t, cs, r in zip(texts, found, features(texts, found), strict=True)]

    def replaced(self, text: str, found: Sequence[Candidate], rows: np.ndarray,
                 bars: tuple[float, float] | None = None) -> str:
        """``text`` with each candidate whose score reaches its bar made ``[name]``; ``bars``
        (any word's, an everyday word's) in place of the stored ones, for measuring."""
        if not found:
            return text
        other, usual = bars or (self.threshold, self.everyday_threshold)
        read = [bool(row.any()) for row in rows[:, :CONTEXT_SIZE]]
        for c, score, seen in sorted(zip(found, self.scores(rows), read, strict=True), key=lambda p: -p[0].start):
            if seen and score >= (usual if everyday(c.word) else other):
                text = text[: c.start] + NAME + text[c.end:]
        return text


@lru_cache(maxsize=4)
def available(path: Path = MODEL_PATH) -> bool:
    return path.exists() and encoder.available()


@lru_cache(maxsize=1)
def load() -> Tagger:
    with _LOCK:
        return Tagger()


def apply_many(texts: Sequence[str]) -> list[str]:
    """The rules' outputs with the names the model finds replaced; unchanged without
    the model or the encoder."""
    if not available():
        return list(texts)
    return load().apply_many(texts)
