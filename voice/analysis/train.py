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
   scored by a model that saw any of it. The pooled fold predictions choose
   the theme threshold, the fallback and the positive bias (the best accuracy
   that keeps complaints called positive within ``MAX_NEG_AS_POS``), and give
   the headline figures, stored in the model's ``metrics``.
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
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final

import numpy as np

from voice.analysis.corpus import RealItem, load_real, real_files
from voice.analysis.evaluate import load_labelled, score_sentiment, score_themes
from voice.analysis.features import extract, question_features
from voice.analysis.model import MODEL_PATH, LinearModel, choose_sentiment, choose_themes
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
SENTIMENT_EXCLUDES: Final = ("eng:",)  # the lexicon engine's theme decisions
THRESHOLD_GRID: Final = (0.25, 0.3, 0.35, 0.4, 0.45, 0.5)
FALLBACK_GRID: Final = (0.05, 0.1, 0.15, 0.2, 0.25, 0.3)
BIAS_GRID: Final = (0.0, 0.25, 0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 2.5, 3.0)
MAX_NEG_AS_POS: Final = 0.01  # complaints called praise, pooled over the real folds
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


def cached_embeddings(texts: Sequence[str]) -> np.ndarray:
    from voice.analysis.encoder import DIMENSIONS, embed

    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / "vectors.npz"
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


def fit(examples: Sequence[Example], settings: dict[str, float], design: Design = FINAL) -> dict[str, Any]:
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
        "intercepts": [round(float(v), ROUND) for v in intercepts],
        "weights": stored,
    }
    if dense is not None:
        result["dense_scale"] = DENSE_SCALE
        result["dense_weights"] = [[round(float(w), ROUND) for w in row] for row in weights[len(names):]]
        real = [e for e in examples if e.real]
        if design.real and real:
            result["real_heads"] = real_heads(real)
    return result


def real_heads(real: Sequence[Example]) -> dict[str, Any]:
    """Theme and sentiment heads on the embedding alone, fitted on real text only."""
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

    x = np.array([e.embedding for e in real]) * DENSE_SCALE
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
    return {"scale": DENSE_SCALE, "theme_mix": REAL_THEME_MIX, "sentiment_mix": REAL_SENTIMENT_MIX,
            "weights": [[round(float(w), ROUND) for w in row] for row in weights],
            "intercepts": [round(float(v), ROUND) for v in intercepts]}


@dataclass
class Scored:
    """Out-of-fold probabilities for real examples."""

    examples: list[Example]
    probabilities: list[dict[str, float]]
    logits: list[dict[str, float]]


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
    prediction = model.predict(_features(example, design), embedding=embedding)
    logits = {s: float(np.log(max(p, 1e-12))) for s, p in prediction.sentiment_probabilities.items()}
    return prediction.theme_probabilities, logits


def _score(scored: Scored, model: LinearModel, examples: Sequence[Example], design: Design) -> None:
    for example in examples:
        probabilities, logits = _predict(model, example, design)
        scored.examples.append(example)
        scored.probabilities.append(probabilities)
        scored.logits.append(logits)


def cross_validate(written: Sequence[Example], real: Sequence[Example], design: Design,
                   folds: int = FOLDS, log: Callable[[str], None] = print) -> Scored:
    """Leave-source-out: each group of real documents scored by a model fitted
    on all written text and (if the design uses it) the other groups' real text."""
    neutral = {"theme_threshold": 0.5, "theme_fallback": 0.2, "positive_bias": 0.0}
    scored = Scored([], [], [])
    if not design.real:  # one model, trained on written text only, scores every real example
        _score(scored, LinearModel(fit(written, neutral, design)), real, design)
        return scored
    assignment = source_folds(real, folds)
    for group in range(folds):
        started = time.perf_counter()
        held = [e for e in real if assignment[e.source] == group]
        train = [*written, *(e for e in real if assignment[e.source] != group)]
        _score(scored, LinearModel(fit(train, neutral, design)), held, design)
        log(f"  fold {group + 1}/{folds}: {len(held)} real items from "
            f"{len({e.source for e in held})} documents ({time.perf_counter() - started:.0f} s)")
    return scored


def choose_settings(scored: Scored) -> dict[str, float]:
    """Theme cut and fallback by pooled macro-F1; the smallest positive bias
    with the best accuracy among those keeping complaints called positive
    within ``MAX_NEG_AS_POS``."""
    gold_themes = [e.themes for e in scored.examples]

    def f1(tf: tuple[float, float]) -> float:
        predicted = [choose_themes(p, TAGGED, *tf) for p in scored.probabilities]
        return round(score_themes(gold_themes, predicted)[1], 4)

    best = max(((t, f) for t in THRESHOLD_GRID for f in FALLBACK_GRID), key=lambda tf: (f1(tf), -abs(tf[0] - 0.5)))
    gold = [e.sentiment for e in scored.examples]

    def sentiment(bias: float) -> Any:
        return score_sentiment(gold, [choose_sentiment(lg, bias) for lg in scored.logits])

    allowed = [b for b in BIAS_GRID if sentiment(b).negative_called_positive <= MAX_NEG_AS_POS] or [BIAS_GRID[-1]]
    bias = max(allowed, key=lambda b: (round(sentiment(b).accuracy, 4), -b))
    return {"theme_threshold": best[0], "theme_fallback": best[1], "positive_bias": bias}


def metrics(scored: Scored, settings: dict[str, float]) -> dict[str, Any]:
    """Headline and breakdown figures of out-of-fold predictions."""

    def block(indices: Sequence[int]) -> dict[str, Any]:
        gold_t = [scored.examples[i].themes for i in indices]
        pred_t = [choose_themes(scored.probabilities[i], TAGGED, settings["theme_threshold"],
                                settings["theme_fallback"]) for i in indices]
        per_theme, macro = score_themes(gold_t, pred_t)
        sent = score_sentiment([scored.examples[i].sentiment for i in indices],
                               [choose_sentiment(scored.logits[i], settings["positive_bias"]) for i in indices])
        return {
            "items": len(indices),
            "documents": len({scored.examples[i].source for i in indices}),
            "theme_macro_f1": round(macro, 4),
            "sentiment_accuracy": round(sent.accuracy, 4),
            "negative_called_positive": round(sent.negative_called_positive, 4),
            "negatives": sent.negatives,
            "mixed_right": sent.confusion["mixed"]["mixed"],
            "mixed": sum(sent.confusion["mixed"].values()),
            "themes": {s.key: {"f1": round(s.f1, 4), "support": s.support} for s in per_theme if s.support},
        }

    everything = list(range(len(scored.examples)))
    by_kind: dict[str, list[int]] = defaultdict(list)
    by_voice: dict[str, list[int]] = defaultdict(list)
    for i, example in enumerate(scored.examples):
        by_kind[example.kind].append(i)
        by_voice[example.voice or "unknown"].append(i)
    with_question = [i for i in everything if scored.examples[i].question]
    return {
        "method": f"leave-source-out, {FOLDS} groups of source documents",
        "all": block(everything),
        "by_source_kind": {k: block(v) for k, v in sorted(by_kind.items())},
        "by_voice": {k: block(v) for k, v in sorted(by_voice.items())},
        "with_question": block(with_question) if with_question else None,
    }


def format_metrics(m: dict[str, Any]) -> str:
    def line(name: str, b: dict[str, Any]) -> str:
        return (f"{name:<34}{b['items']:>6}{b['documents']:>6}{b['theme_macro_f1']:>10.3f}"
                f"{b['sentiment_accuracy']:>11.3f}{b['negative_called_positive']:>10.1%}"
                f"{b['mixed_right']:>5}/{b['mixed']:<4}")
    lines = [f"Real text, {m['method']}",
             f"{'':<34}{'items':>6}{'docs':>6}{'theme F1':>10}{'sentiment':>11}{'neg->pos':>10}{'mixed ok':>10}",
             line("all real text", m["all"])]
    lines += [line(f"  source: {k}", b) for k, b in m["by_source_kind"].items()]
    lines += [line(f"  voice: {k}", b) for k, b in m["by_voice"].items()]
    if m.get("with_question"):
        lines.append(line("  items with their question", m["with_question"]))
    lines.append("theme F1 on all real text: " + ", ".join(
        f"{k} {v['f1']:.2f}" for k, v in m["all"]["themes"].items()))
    return "\n".join(lines)


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
    real = attach_embeddings(real_examples())
    print(f"{len(real)} real items from {len({e.source for e in real})} documents; "
          f"{len(written)} written comments from {len(TRAINING_FILES)} files", flush=True)
    designs = CANDIDATES if args.compare else (FINAL,)
    final_metrics: dict[str, Any] = {}
    settings: dict[str, float] = {}
    for design in designs:
        print(f"\n== {design.name}", flush=True)
        scored = cross_validate(written, real, design, args.folds)
        chosen = choose_settings(scored)
        m = metrics(scored, chosen)
        print(format_metrics(m))
        print(f"settings: {json.dumps(chosen)}", flush=True)
        if design == FINAL:
            final_metrics, settings = m, chosen
    model = fit([*written, *real], settings)
    model["fingerprint"] = fingerprint()
    model["trained_on"] = list(TRAINING_FILES)
    model["trained_on_real"] = [p.name for p in real_files()]
    model["comments"] = len(written) + len(real)
    model["metrics"] = {"real_leave_source_out": final_metrics}
    print(f"\nfinal model: {len(model['weights'])} sparse features, "
          f"{len(model.get('dense_weights', []))} embedding dimensions, {len(TAGGED)} theme heads")
    if args.write:
        MODEL_PATH.write_text(json.dumps(model, separators=(",", ":")) + "\n", encoding="utf-8")
        print(f"wrote {MODEL_PATH}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
