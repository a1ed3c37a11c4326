"""Train the learned layer (``model.py``) on real and written labelled text.

Usage: python -m voice.analysis.train [--write] [--compare] [--folds K]

1. Examples come from two kinds of data:
   - **real text** (``corpus.py``, ``data/real/``): published words of
     families, young people and inspectors, grouped by source document;
   - **written text** (``TRAINING_FILES``): comments written for the project,
     each file by a different writer.
2. Each example becomes lexicon and word features (``features.extract``), the
   question's features when the source shows it (``features.question_features``),
   and, with the encoder, its sentence embedding (``encoder.py``), scaled by
   ``DENSE_SCALE``.
3. **Leave-source-out cross-validation on real text**: the source documents
   are split into ``FOLDS`` groups; each group is scored by a model fitted on
   every written file and the other groups' real text. No document is ever
   scored by a model that saw any of it. The decision settings (``decisions.py``:
   the real-text heads' shares, a cut-off per theme, the fallback, the positive
   bias that keeps complaints called positive within 1%, and offsets for mixed
   and neutral) are then chosen on these out-of-fold predictions. The headline
   figures, stored in the model's ``metrics``, are **cross-fitted**: each group
   is decided by settings chosen on the other groups' predictions only. Every
   ``POLICIES`` entry is printed the same way; ``DECISION`` is the one stored.
   Fold predictions are cached in ``.cache/folds/``.
   When ``data/tuned_folds.npz`` holds the fine-tuned view's out-of-fold outputs
   (``train_tuned.py``, eight fine-tunings on the same groups), they are averaged into
   the real-text heads' (a share ``TUNED_SHARE``) before the settings are chosen, as
   ``model.py`` does when tagging.
4. The final model is fitted on everything; ``--write`` stores it with a
   fingerprint of the inputs, so a test notices a stale model.

``--compare`` also measures the candidate designs on the same folds (today's
features on written text only; plus real text; plus the encoder; plus the
question) and prints them side by side.

Needs scikit-learn (a development dependency); tagging does not. Embeddings
of the training texts are cached in ``.cache/`` (they never change for a
given text).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import pickle
import time
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

import numpy as np

from voice.analysis.corpus import RealItem, load_real, real_files
from voice.analysis.decisions import Parts, Policy, as_labels, choose, cross_fit, decide, gold_arrays
from voice.analysis.evaluate import load_labelled
from voice.analysis.features import extract, question_features
from voice.analysis.fold_report import format_metrics, metrics, summary
from voice.analysis.model import MODEL_PATH, SECOND_ENCODER, LinearModel
from voice.analysis.normalise import tokenise
from voice.analysis.preamble import split_helper_note
from voice.analysis.taxonomy import OTHER, SENTIMENTS, THEME_KEYS

PACKAGE: Final = Path(__file__).resolve().parent
DATA: Final = PACKAGE / "data"
CACHE: Final = PACKAGE.parent.parent / ".cache" / "embeddings"
# Written for the project, each file independently. The newest held-back set is never here.
TRAINING_FILES: Final = (
    "eval_tune.jsonl", "eval_dev.jsonl", "eval_dev2.jsonl", "eval_dev3.jsonl",
    "eval_holdout_v4.jsonl", "eval_train_a.jsonl", "eval_train_b.jsonl", "eval_train_c.jsonl",
    "eval_train_d.jsonl", "eval_train_e.jsonl", "eval_train_f.jsonl", "eval_train_g.jsonl",
    "eval_train_h.jsonl", "eval_train_i.jsonl", "eval_train_j.jsonl", "eval_train_k.jsonl",
    "eval_train_l.jsonl", "eval_train_m.jsonl", "eval_train_n.jsonl", "eval_train_o.jsonl",
    "eval_train_p.jsonl", "eval_train_q.jsonl", "eval_train_r.jsonl", "eval_train_s.jsonl",
    "eval_train_t.jsonl", "eval_train_u.jsonl", "eval_train_v.jsonl", "eval_train_w.jsonl",
    "eval_train_x.jsonl", "eval_train_y.jsonl", "eval_train_z.jsonl",
)
HELD_BACK_WRITTEN: Final = "eval_holdout_v5.jsonl"
# The sources whose behaviour the features depend on.
FINGERPRINTED: Final = (
    "features.py", "normalise.py", "lexicon.py", "themes.py", "sentiment.py", "preamble.py",
    "textblob_bridge.py", "encoder.py", "corpus.py", "data/theme_lexicon.py",
    "data/sentiment_lexicon.py", "data/calibration.py", "data/first_names.py",
)
MIN_COUNT: Final = 2
THEME_C: Final = 1.0
SENTIMENT_C: Final = 3.0
SENTIMENT_CLASS_WEIGHT: dict[str, float] | str | None = None
DENSE_SCALE: Final = 6.0  # embedding components are ~0.05; this puts them on the words' scale
REAL_WEIGHT: Final = 3.0  # a real example counts as this many written ones (themes)
REAL_WEIGHT_SENTIMENT: Final = 3.0  # and for the sentiment model
FOLDS: Final = 8
# Heads on the embedding alone, fitted on real text only, and how much of each decision they
# carry (chosen on leave-source-out folds: themes 0.784 -> 0.792, sentiment 0.785 -> 0.806).
REAL_HEAD_THEME_C: Final = 1.0
REAL_HEAD_SENTIMENT_C: Final = 0.3
REAL_THEME_MIX: Final = 0.2
REAL_SENTIMENT_MIX: Final = 0.5
# The vector those heads read: multilingual-e5-small's, stored beside MiniLM's (on the
# leave-source-out folds, cross-fitted: themes 0.788 -> 0.798, sentiment 0.811 -> 0.836).
REAL_HEAD_ENCODER: Final = SECOND_ENCODER
TUNED_SHARE: Final = 0.5  # of the real-text part that comes from the fine-tuned view
DECISION_KEYS: Final = ("theme_threshold", "theme_fallback", "positive_bias", "theme_thresholds",
                        "sentiment_offsets")
SENTIMENT_EXCLUDES: Final = ("eng:",)  # the lexicon engine's theme decisions
TAGGED: Final = tuple(key for key in THEME_KEYS if key != OTHER)
ROUND: Final = 5


@dataclass(frozen=True)
class Example:
    source: str  # a written file's name, or a real document's source_id
    themes: tuple[str, ...]
    sentiment: str
    features: dict[str, float]
    engine_themes: tuple[str, ...]
    engine_sentiment: str
    text: str = ""
    real: bool = False
    kind: str = "written"
    voice: str | None = None
    question: str | None = None
    embedding: np.ndarray | None = field(default=None, compare=False, repr=False)
    second: np.ndarray | None = field(default=None, compare=False, repr=False)  # multilingual-e5-small


@dataclass(frozen=True)
class Design:
    """One candidate: what the model is allowed to use."""

    name: str
    real: bool = True
    encoder: bool = True
    question: bool = True


FINAL: Final = Design("words + lexicons + encoder + question, real and written text")


def fingerprint(files: Sequence[str] = TRAINING_FILES) -> str:
    digest = hashlib.sha256()
    for name in (*FINGERPRINTED, *(f"data/{f}" for f in files)):
        digest.update(name.encode())
        digest.update((PACKAGE / name).read_bytes())
    for path in real_files():
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _example(text: str, themes: tuple[str, ...], sentiment: str, source: str, **extra: Any) -> Example:
    body = split_helper_note(text)
    extracted = extract(tokenise(body), body)
    return Example(source, themes, sentiment, extracted.features, extracted.engine_themes,
                   extracted.engine_sentiment, text=text, **extra)


def load_examples(files: Sequence[str] = TRAINING_FILES) -> list[Example]:
    """Written examples, one source per file."""
    return [_example(c.text, c.themes, c.sentiment, name, voice=c.voice)
            for name in files for c in load_labelled(DATA / name)]


def real_examples(items: Sequence[RealItem] | None = None) -> list[Example]:
    return [_example(i.text, i.themes, i.sentiment, i.source_id, real=True, kind=i.source_kind,
                     voice=i.voice, question=i.question)
            for i in (items if items is not None else load_real())]


def attach_embeddings(examples: Sequence[Example]) -> list[Example]:
    """The same examples with their sentence embeddings (cached on disk)."""
    vectors = cached_embeddings([split_helper_note(e.text) for e in examples])
    return [Example(**{**e.__dict__, "embedding": v}) for e, v in zip(examples, vectors, strict=True)]


def attach_second(examples: Sequence[Example]) -> list[Example]:
    """The same examples with multilingual-e5-small's vectors, which the real-text heads
    read (``REAL_HEAD_ENCODER``); unchanged when those heads read MiniLM's."""
    if REAL_HEAD_ENCODER != SECOND_ENCODER:
        return list(examples)
    vectors = cached_embeddings([split_helper_note(e.text) for e in examples], second=True)
    return [Example(**{**e.__dict__, "second": v}) for e, v in zip(examples, vectors, strict=True)]


def cached_embeddings(texts: Sequence[str], second: bool = False) -> np.ndarray:
    from voice.analysis.encoder import DIMENSIONS
    from voice.analysis.encoder import embed as embed_minilm
    from voice.analysis.multilingual import embed as embed_e5

    embed = embed_e5 if second else embed_minilm
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / ("e5.npz" if second else "vectors.npz")
    known: dict[str, np.ndarray] = {}
    if path.exists():
        with np.load(path) as stored:
            known = dict(zip(stored["keys"].tolist(), stored["vectors"], strict=True))
    keys = [hashlib.sha1(t.encode()).hexdigest() for t in texts]
    missing = sorted({k: t for k, t in zip(keys, texts, strict=True) if k not in known}.items())
    if missing:
        started = time.perf_counter()
        vectors = embed([t for _, t in missing])
        known.update(zip([k for k, _ in missing], vectors, strict=True))
        np.savez(path, keys=np.array(list(known)), vectors=np.array(list(known.values())))
        print(f"embedded {len(missing)} texts in {time.perf_counter() - started:.0f} s", flush=True)
    out = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
    for row, key in enumerate(keys):
        out[row] = known[key]
    return out


def _features(example: Example, design: Design) -> dict[str, float]:
    if design.question and example.question:
        return {**example.features, **question_features(example.question)}
    return example.features


def vocabulary(rows: Sequence[dict[str, float]]) -> list[str]:
    counts: Counter[str] = Counter()
    for row in rows:
        counts.update(row)
    return sorted(name for name, count in counts.items() if count >= MIN_COUNT)


def _matrix(rows: Sequence[dict[str, float]], names: Sequence[str], dense: np.ndarray | None) -> Any:
    from scipy.sparse import csr_matrix, hstack  # type: ignore[import-untyped]

    index = {name: i for i, name in enumerate(names)}
    r_idx, c_idx, values = [], [], []
    for r, row in enumerate(rows):
        for name, value in row.items():
            col = index.get(name)
            if col is not None and value:
                r_idx.append(r)
                c_idx.append(col)
                values.append(value)
    sparse = csr_matrix((values, (r_idx, c_idx)), shape=(len(rows), len(names)))
    if dense is None:
        return sparse
    return hstack([sparse, csr_matrix(dense * DENSE_SCALE)], format="csr")


def fit(examples: Sequence[Example], settings: dict[str, Any], design: Design = FINAL) -> dict[str, Any]:
    """Fit every head on ``examples``; the model as stored in ``model.json``."""
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

    rows = [_features(e, design) for e in examples]
    names = vocabulary(rows)
    use_dense = design.encoder and all(e.embedding is not None for e in examples) and bool(examples)
    dense = np.array([e.embedding for e in examples]) if use_dense else None
    x = _matrix(rows, names, dense)
    weight = np.array([REAL_WEIGHT if e.real else 1.0 for e in examples])
    width = x.shape[1]
    heads = len(TAGGED) + len(SENTIMENTS)
    weights = np.zeros((width, heads))
    intercepts = np.zeros(heads)
    for head, key in enumerate(TAGGED):
        y = np.array([key in e.themes for e in examples])
        model = LogisticRegression(C=THEME_C, max_iter=3000).fit(x, y, sample_weight=weight)
        weights[:, head] = model.coef_[0]
        intercepts[head] = model.intercept_[0]
    keep = np.array([not n.startswith(SENTIMENT_EXCLUDES) for n in names] + [True] * (width - len(names)))
    sentiment_weight = np.array([REAL_WEIGHT_SENTIMENT if e.real else 1.0 for e in examples])
    model = LogisticRegression(C=SENTIMENT_C, max_iter=5000, class_weight=SENTIMENT_CLASS_WEIGHT).fit(
        x[:, np.flatnonzero(keep)], [e.sentiment for e in examples], sample_weight=sentiment_weight)
    order = [list(model.classes_).index(s) for s in SENTIMENTS]
    weights[np.ix_(np.flatnonzero(keep), np.arange(len(TAGGED), heads))] = model.coef_[order].T
    intercepts[len(TAGGED):] = model.intercept_[order]
    stored = {
        name: [round(float(w), ROUND) for w in row]
        for name, row in zip(names, weights[: len(names)], strict=True)
        if np.abs(row).max() >= 10 ** -ROUND
    }
    result: dict[str, Any] = {
        "theme_keys": list(TAGGED),
        "sentiments": list(SENTIMENTS),
        "theme_threshold": settings["theme_threshold"],
        "theme_fallback": settings["theme_fallback"],
        "positive_bias": settings["positive_bias"],
        **({"theme_thresholds": settings["theme_thresholds"]} if settings.get("theme_thresholds") else {}),
        **({"sentiment_offsets": settings["sentiment_offsets"]} if settings.get("sentiment_offsets") else {}),
        "intercepts": [round(float(v), ROUND) for v in intercepts],
        "weights": stored,
    }
    if dense is not None:
        result["dense_scale"] = DENSE_SCALE
        result["dense_weights"] = [[round(float(w), ROUND) for w in row] for row in weights[len(names):]]
        real = [e for e in examples if e.real]
        if design.real and real and all(e.second is not None or REAL_HEAD_ENCODER != SECOND_ENCODER
                                        for e in real):
            result["real_heads"] = real_heads(real, settings.get("theme_mix", REAL_THEME_MIX),
                                              settings.get("sentiment_mix", REAL_SENTIMENT_MIX))
            if REAL_HEAD_ENCODER == SECOND_ENCODER:
                alone = settings.get("without_second", {})
                result["without_second"] = {
                    **{key: alone[key] for key in DECISION_KEYS if alone.get(key) is not None},
                    "real_heads": real_heads(real, alone.get("theme_mix", REAL_THEME_MIX),
                                             alone.get("sentiment_mix", REAL_SENTIMENT_MIX), second=False)}
    return result


def real_heads(real: Sequence[Example], theme_mix: float = REAL_THEME_MIX,
               sentiment_mix: float = REAL_SENTIMENT_MIX, second: bool = True) -> dict[str, Any]:
    """Theme and sentiment heads on the embedding alone, fitted on real text only."""
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

    second = second and REAL_HEAD_ENCODER == SECOND_ENCODER
    x = np.array([e.second if second else e.embedding for e in real]) * DENSE_SCALE
    heads = len(TAGGED) + len(SENTIMENTS)
    weights = np.zeros((x.shape[1], heads))
    intercepts = np.zeros(heads)
    for head, key in enumerate(TAGGED):
        y = np.array([key in e.themes for e in real])
        if y.all() or not y.any():  # one class only: a constant probability
            intercepts[head] = 6.0 if y.all() else -6.0
            continue
        model = LogisticRegression(C=REAL_HEAD_THEME_C, max_iter=3000).fit(x, y)
        weights[:, head] = model.coef_[0]
        intercepts[head] = model.intercept_[0]
    model = LogisticRegression(C=REAL_HEAD_SENTIMENT_C, max_iter=3000).fit(x, [e.sentiment for e in real])
    classes = list(model.classes_)
    for offset, sentiment in enumerate(SENTIMENTS):
        if sentiment in classes:
            weights[:, len(TAGGED) + offset] = model.coef_[classes.index(sentiment)]
            intercepts[len(TAGGED) + offset] = model.intercept_[classes.index(sentiment)]
        else:
            intercepts[len(TAGGED) + offset] = -20.0
    return {"scale": DENSE_SCALE, "theme_mix": theme_mix, "sentiment_mix": sentiment_mix,
            "encoder": SECOND_ENCODER if second else "all-MiniLM-L6-v2",
            "weights": [[round(float(w), ROUND) for w in row] for row in weights],
            "intercepts": [round(float(v), ROUND) for v in intercepts]}


@dataclass
class Scored:
    """Out-of-fold probabilities for real examples."""

    examples: list[Example]
    probabilities: list[dict[str, float]]
    logits: list[dict[str, float]]
    parts: list[tuple[list[float], list[float], list[float] | None, list[float] | None]] = field(
        default_factory=list)
    groups: list[int] = field(default_factory=list)
    # the same without the second vector (MiniLM real-text heads), when the model has them
    fallback_parts: list[tuple[list[float], list[float], list[float] | None, list[float] | None]] = field(
        default_factory=list)

    def with_tuned(self, share: float = TUNED_SHARE) -> Scored:
        """The same predictions with the fine-tuned view's out-of-fold outputs
        (``tuned_folds.npz``) averaged into the real-text heads', as ``model.py`` does;
        unchanged when there are none. Every item must have one: they were made on the
        same groups."""
        outputs = tuned_folds()
        if not outputs or not share:
            return self
        count = len(TAGGED)
        parts: list[tuple[list[float], list[float], list[float] | None, list[float] | None]] = []
        for example, (themes, logits, real_themes, real_logits) in zip(self.examples, self.parts, strict=True):
            view = outputs[hashlib.sha1(split_helper_note(example.text).encode()).hexdigest()]
            assert real_themes is not None and real_logits is not None, "the fine-tuned view needs real-text heads"
            parts.append((themes, logits,
                          [(1 - share) * p + share * float(q) for p, q in zip(real_themes, view[:count], strict=True)],
                          [(1 - share) * a + share * float(b) for a, b in zip(real_logits, view[count:], strict=True)]))
        return Scored(self.examples, self.probabilities, self.logits, parts, self.groups, self.fallback_parts)

    def arrays(self, fallback: bool = False) -> Parts:
        """The out-of-fold outputs as arrays, for ``decisions.py``."""
        width = len(TAGGED)
        rows = self.fallback_parts if fallback else self.parts

        def stack(i: int, size: int) -> np.ndarray:
            return np.array([p[i] if p[i] is not None else [0.0] * size for p in rows]).reshape(-1, size)

        gold_t, gold_s = gold_arrays([e.themes for e in self.examples], [e.sentiment for e in self.examples])
        return Parts(stack(0, width), stack(1, len(SENTIMENTS)), stack(2, width), stack(3, len(SENTIMENTS)),
                     np.array(self.groups), gold_t, gold_s, TAGGED)


def tuned_folds() -> dict[str, np.ndarray]:
    """The fine-tuned view's out-of-fold outputs by the SHA-1 of each real item's text
    (empty when they, or the adapter they go with, are missing)."""
    from voice.analysis.tuned import ADAPTER_PATH, FOLDS_PATH

    if not (FOLDS_PATH.exists() and ADAPTER_PATH.exists()):
        return {}
    with np.load(FOLDS_PATH) as stored:
        rows = np.hstack([stored["themes"], stored["sentiment"]]).astype(float)
        return dict(zip(stored["keys"].tolist(), rows, strict=True))


def source_folds(examples: Sequence[Example], folds: int = FOLDS) -> dict[str, int]:
    """Each real source document to one of ``folds`` groups, balanced by size
    (largest first, into the smallest group), ties broken by a stable hash."""
    sizes = Counter(e.source for e in examples if e.real)
    order = sorted(sizes, key=lambda s: (-sizes[s], hashlib.sha1(s.encode()).hexdigest()))
    load = [0] * folds
    assignment = {}
    for source in order:
        group = min(range(folds), key=lambda g: (load[g], g))
        assignment[source] = group
        load[group] += sizes[source]
    return assignment


def _predict(model: LinearModel, example: Example, design: Design) -> tuple[dict[str, float], dict[str, float]]:
    embedding = example.embedding if design.encoder else None
    second = example.second if design.encoder else None
    prediction = model.predict(_features(example, design), embedding=embedding, second=second)
    logits = {s: float(np.log(max(p, 1e-12))) for s, p in prediction.sentiment_probabilities.items()}
    return prediction.theme_probabilities, logits


def _score(scored: Scored, model: LinearModel, examples: Sequence[Example], design: Design,
           group: int = 0) -> None:
    for example in examples:
        probabilities, logits = _predict(model, example, design)
        scored.examples.append(example)
        scored.probabilities.append(probabilities)
        scored.logits.append(logits)
        features, embedding = _features(example, design), example.embedding if design.encoder else None
        scored.parts.append(model.parts(features, embedding, example.second if design.encoder else None))
        scored.fallback_parts.append(model.parts(features, embedding))
        scored.groups.append(group)


def cross_validate(written: Sequence[Example], real: Sequence[Example], design: Design,
                   folds: int = FOLDS, log: Callable[[str], None] = print) -> Scored:
    """``_cross_validate``, kept in ``.cache/folds/`` under a key of everything that
    changes it (data, features, training constants, design), so choosing
    decisions and storing the model do not refit the folds."""
    settings = (MIN_COUNT, THEME_C, SENTIMENT_C, SENTIMENT_CLASS_WEIGHT, DENSE_SCALE, REAL_WEIGHT,
                REAL_WEIGHT_SENTIMENT, REAL_HEAD_THEME_C, REAL_HEAD_SENTIMENT_C, SENTIMENT_EXCLUDES,
                REAL_HEAD_ENCODER, "with the fallback heads")
    key = hashlib.sha256(repr((fingerprint(), settings, design, folds, len(written), len(real),
                               [e.text for e in real])).encode()).hexdigest()[:24]
    path = CACHE.parent / "folds" / f"{key}.pkl"
    if path.exists():
        with open(path, "rb") as handle:
            found = pickle.load(handle)  # noqa: S301 (our own cache)
        log(f"  fold predictions from {path.name}")
        return Scored(**{**found, "examples": [Example(**e) for e in found["examples"]]})
    scored = _cross_validate(written, real, design, folds, log)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "wb") as handle:  # plain values: ``python -m`` makes the classes __main__'s
        pickle.dump({**scored.__dict__, "examples": [e.__dict__ for e in scored.examples]}, handle)
    return scored


def _cross_validate(written: Sequence[Example], real: Sequence[Example], design: Design,
                    folds: int = FOLDS, log: Callable[[str], None] = print) -> Scored:
    """Leave-source-out: each group of real documents scored by a model fitted
    on all written text and (if the design uses it) the other groups' real text."""
    neutral = {"theme_threshold": 0.5, "theme_fallback": 0.2, "positive_bias": 0.0}
    scored = Scored([], [], [])
    assignment = source_folds(real, folds)
    if not design.real:  # one model, trained on written text only, scores every real example
        model = LinearModel(fit(written, neutral, design))
        for group in range(folds):  # in the same groups, so that decisions can be cross-fitted
            _score(scored, model, [e for e in real if assignment[e.source] == group], design, group)
        return scored
    for group in range(folds):
        started = time.perf_counter()
        held = [e for e in real if assignment[e.source] == group]
        train = [*written, *(e for e in real if assignment[e.source] != group)]
        _score(scored, LinearModel(fit(train, neutral, design)), held, design, group)
        log(f"  fold {group + 1}/{folds}: {len(held)} real items from "
            f"{len({e.source for e in held})} documents ({time.perf_counter() - started:.0f} s)")
    return scored


# Which decision settings are chosen on the folds (``decisions.py``); each is measured,
# cross-fitted, by ``main`` on the same folds.
POLICIES: Final = (
    Policy("one cut-off and the positive bias (as before)"),
    Policy("+ a cut-off per theme", per_theme=True),
    Policy("+ offsets for mixed and neutral", offsets=True),
    Policy("+ the real-text heads' shares", mixes=True),
    Policy("all three", per_theme=True, offsets=True, mixes=True),
)
DECISION: Final = POLICIES[3]


def choose_settings(scored: Scored, policy: Policy = DECISION) -> dict[str, Any]:
    """The stored model's settings, chosen on every group's out-of-fold predictions (and
    those of the model without the second vector, chosen on its own predictions)."""
    rows = np.arange(len(scored.examples))
    settings = choose(scored.arrays(), rows, policy)
    if REAL_HEAD_ENCODER == SECOND_ENCODER and scored.fallback_parts:
        settings["without_second"] = choose(scored.arrays(fallback=True), rows, policy)
    return settings


def cross_fitted(scored: Scored, policy: Policy = DECISION,
                 fallback: bool = False) -> tuple[list[tuple[str, ...]], list[str]]:
    """Each group decided by settings chosen on the other groups' predictions."""
    themes, sentiments, _ = cross_fit(scored.arrays(fallback), policy)
    return as_labels(themes, sentiments)


def _pooled(scored: Scored, policy: Policy) -> tuple[list[tuple[str, ...]], list[str]]:
    """The old way, for comparison only: settings chosen on the very predictions scored."""
    parts = scored.arrays()
    rows = np.arange(len(scored.examples))
    return as_labels(*decide(parts, rows, choose(parts, rows, policy)))


CANDIDATES: Final = (
    Design("words + lexicons, written text only", real=False, encoder=False, question=False),
    Design("words + lexicons, real and written", encoder=False, question=False),
    Design("+ encoder", question=False),
    FINAL,
)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m voice.analysis.train", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--write", action="store_true", help=f"store the model in {MODEL_PATH.name}")
    parser.add_argument("--compare", action="store_true", help="measure every candidate design")
    parser.add_argument("--folds", type=int, default=FOLDS)
    args = parser.parse_args(argv)
    written = attach_embeddings(load_examples())
    real = attach_second(attach_embeddings(real_examples()))
    print(f"{len(real)} real items from {len({e.source for e in real})} documents; "
          f"{len(written)} written comments from {len(TRAINING_FILES)} files", flush=True)
    designs = CANDIDATES if args.compare else (FINAL,)
    final_metrics: dict[str, Any] = {}
    settings: dict[str, Any] = {}
    for design in designs:
        print(f"\n== {design.name}", flush=True)
        scored = cross_validate(written, real, design, args.folds)
        if design == FINAL:
            scored = scored.with_tuned()
        if design != FINAL:
            print(format_metrics(metrics(scored, *cross_fitted(scored, POLICIES[0]))), flush=True)
            continue
        old = metrics(scored, *_pooled(scored, POLICIES[0]), method="settings chosen on the scored predictions")
        print(f"{'(old way: settings chosen on the scored folds)':<60}" + summary(old["all"]))
        for policy in POLICIES:
            m = metrics(scored, *cross_fitted(scored, policy))
            print(f"{policy.name:<60}" + summary(m["all"]), flush=True)
            if policy == DECISION:
                final_metrics = m
        settings = choose_settings(scored, DECISION)
        if "without_second" in settings:
            alone = metrics(scored, *cross_fitted(scored, DECISION, fallback=True))
            final_metrics["without_second"] = alone["all"]
            print(f"{'without the second vector (MiniLM real-text heads)':<60}" + summary(alone["all"]))
        print(f"\nchosen: {DECISION.name}\n" + format_metrics(final_metrics))
        print(f"settings (chosen on every group): {json.dumps(settings)}", flush=True)
    model = fit([*written, *real], settings)
    if tuned_folds() and TUNED_SHARE:
        from voice.analysis.tuned import ADAPTER_PATH

        model["tuned"] = {"share": TUNED_SHARE,
                          "adapter": hashlib.sha256(ADAPTER_PATH.read_bytes()).hexdigest()[:16]}
    model["fingerprint"] = fingerprint()
    model["trained_on"] = list(TRAINING_FILES)
    model["trained_on_real"] = [p.name for p in real_files()]
    model["comments"] = len(written) + len(real)
    model["metrics"] = {"real_leave_source_out": final_metrics, "decision": DECISION.name}
    print(f"\nfinal model: {len(model['weights'])} sparse features, "
          f"{len(model.get('dense_weights', []))} embedding dimensions, {len(TAGGED)} theme heads")
    if args.write:
        MODEL_PATH.write_text(json.dumps(model, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {MODEL_PATH}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
