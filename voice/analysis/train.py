"""Train the learned layer (``model.py``) on the labelled sets.

Usage: python -m voice.analysis.train [--write] [--skip-cv]

1. Every comment in ``TRAINING_FILES`` becomes features (``features.extract``).
   Word and cue features seen in fewer than ``MIN_COUNT`` comments are dropped.
2. Leave-one-file-out cross-validation: each file was written and labelled by
   a different person, so fitting on the others and scoring it shows how the
   model does on a stranger's comments. The fold results choose the theme
   threshold, the fallback and the positive bias (the best for accuracy among
   those that keep negative comments called positive within ``MAX_NEG_AS_POS``), and are
   printed beside the lexicon engine's figures on the same files.
3. The final model is fitted on every file; ``--write`` stores it in
   ``data/model.json`` with a fingerprint of the inputs, so a test notices when
   the lexicons or the data change and the model was not retrained.

Needs scikit-learn (a development dependency); tagging does not.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Final

import numpy as np

from voice.analysis.evaluate import load_labelled, score_sentiment, score_themes
from voice.analysis.features import extract
from voice.analysis.model import MODEL_PATH, LinearModel, choose_sentiment, choose_themes
from voice.analysis.normalise import tokenise
from voice.analysis.preamble import split_helper_note
from voice.analysis.taxonomy import OTHER, SENTIMENTS, THEME_KEYS

PACKAGE: Final = Path(__file__).resolve().parent
DATA: Final = PACKAGE / "data"
# Each written and labelled independently. The newest held-back set is never here.
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
# The sources whose behaviour the features depend on.
FINGERPRINTED: Final = (
    "features.py", "normalise.py", "lexicon.py", "themes.py", "sentiment.py", "preamble.py",
    "textblob_bridge.py", "data/theme_lexicon.py", "data/sentiment_lexicon.py",
    "data/calibration.py", "data/first_names.py",
)
MIN_COUNT: Final = 2
THEME_C: Final = 1.0
SENTIMENT_C: Final = 3.0
SENTIMENT_EXCLUDES: Final = ("eng:",)  # the lexicon engine's theme decisions
THRESHOLD_GRID: Final = (0.3, 0.35, 0.4, 0.45, 0.5)
FALLBACK_GRID: Final = (0.1, 0.15, 0.2, 0.25, 0.3)
BIAS_GRID: Final = (0.0, 0.25, 0.5, 0.75, 1.0, 1.5, 2.0)
MAX_NEG_AS_POS: Final = 0.02  # pooled over the folds; the target is 3% on unseen comments
TAGGED: Final = tuple(key for key in THEME_KEYS if key != OTHER)
ROUND: Final = 5


@dataclass(frozen=True)
class Example:
    source: str
    themes: tuple[str, ...]
    sentiment: str
    features: dict[str, float]
    engine_themes: tuple[str, ...]
    engine_sentiment: str


def fingerprint(files: Sequence[str] = TRAINING_FILES) -> str:
    digest = hashlib.sha256()
    for name in (*FINGERPRINTED, *(f"data/{f}" for f in files)):
        digest.update(name.encode())
        digest.update((PACKAGE / name).read_bytes())
    return digest.hexdigest()


def load_examples(files: Sequence[str] = TRAINING_FILES) -> list[Example]:
    examples = []
    for name in files:
        for comment in load_labelled(DATA / name):
            body = split_helper_note(comment.text)
            extracted = extract(tokenise(body), body)
            examples.append(Example(name, comment.themes, comment.sentiment, extracted.features,
                                    extracted.engine_themes, extracted.engine_sentiment))
    return examples


def vocabulary(examples: Sequence[Example]) -> list[str]:
    counts: Counter[str] = Counter()
    for example in examples:
        counts.update(example.features)
    return sorted(name for name, count in counts.items() if count >= MIN_COUNT)


def _matrix(examples: Sequence[Example], names: Sequence[str]) -> Any:
    from scipy.sparse import csr_matrix  # type: ignore[import-untyped]

    index = {name: i for i, name in enumerate(names)}
    rows, cols, values = [], [], []
    for r, example in enumerate(examples):
        for name, value in example.features.items():
            col = index.get(name)
            if col is not None and value:
                rows.append(r)
                cols.append(col)
                values.append(value)
    return csr_matrix((values, (rows, cols)), shape=(len(examples), len(names)))


def fit(examples: Sequence[Example], settings: dict[str, float]) -> dict[str, Any]:
    """Fit every head on ``examples``; the model as stored in ``model.json``."""
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

    names = vocabulary(examples)
    x = _matrix(examples, names)
    weights = np.zeros((len(names), len(TAGGED) + len(SENTIMENTS)))
    intercepts = np.zeros(len(TAGGED) + len(SENTIMENTS))
    for head, key in enumerate(TAGGED):
        y = np.array([key in e.themes for e in examples])
        model = LogisticRegression(C=THEME_C, max_iter=3000).fit(x, y)
        weights[:, head] = model.coef_[0]
        intercepts[head] = model.intercept_[0]
    keep = np.array([not name.startswith(SENTIMENT_EXCLUDES) for name in names])
    model = LogisticRegression(C=SENTIMENT_C, max_iter=5000).fit(
        x[:, np.flatnonzero(keep)], [e.sentiment for e in examples])
    order = [list(model.classes_).index(s) for s in SENTIMENTS]
    weights[np.ix_(np.flatnonzero(keep), np.arange(len(TAGGED), len(TAGGED) + len(SENTIMENTS)))] = \
        model.coef_[order].T
    intercepts[len(TAGGED):] = model.intercept_[order]
    stored = {
        name: [round(float(w), ROUND) for w in row]
        for name, row in zip(names, weights, strict=True)
        if np.abs(row).max() >= 10 ** -ROUND
    }
    return {
        "theme_keys": list(TAGGED),
        "sentiments": list(SENTIMENTS),
        "theme_threshold": settings["theme_threshold"],
        "theme_fallback": settings["theme_fallback"],
        "positive_bias": settings["positive_bias"],
        "intercepts": [round(float(v), ROUND) for v in intercepts],
        "weights": stored,
    }


@dataclass
class Fold:
    source: str
    examples: list[Example]
    probabilities: list[dict[str, float]]
    logits: list[dict[str, float]]


def cross_validate(examples: Sequence[Example], files: Sequence[str]) -> list[Fold]:
    folds = []
    for held in files:
        train = [e for e in examples if e.source != held]
        test = [e for e in examples if e.source == held]
        model = LinearModel(fit(train, {"theme_threshold": 0.5, "theme_fallback": 0.2,
                                        "positive_bias": 0.0}))
        probabilities, logits = [], []
        for example in test:
            prediction = model.predict(example.features)
            probabilities.append(prediction.theme_probabilities)
            logits.append({s: float(np.log(max(p, 1e-12)))
                           for s, p in prediction.sentiment_probabilities.items()})
        folds.append(Fold(held, test, probabilities, logits))
    return folds


def _themes(probabilities: dict[str, float], threshold: float, fallback: float) -> tuple[str, ...]:
    return choose_themes(probabilities, TAGGED, threshold, fallback)


def _sentiment(logits: dict[str, float], bias: float) -> str:
    return choose_sentiment(logits, bias)


def _fold_themes_f1(fold: Fold, threshold: float, fallback: float) -> float:
    predicted = [_themes(p, threshold, fallback) for p in fold.probabilities]
    return score_themes([e.themes for e in fold.examples], predicted)[1]


def choose_settings(folds: Sequence[Fold]) -> dict[str, float]:
    """Theme cut and fallback by mean fold macro-F1; the smallest positive bias
    with the best mean fold accuracy among those that keep pooled
    negative-called-positive within ``MAX_NEG_AS_POS``."""
    best = max(
        ((t, f) for t in THRESHOLD_GRID for f in FALLBACK_GRID),
        key=lambda tf: (round(float(np.mean([_fold_themes_f1(fold, *tf) for fold in folds])), 4),
                        -abs(tf[0] - 0.5)),
    )
    gold = [e.sentiment for fold in folds for e in fold.examples]
    logits = [lg for fold in folds for lg in fold.logits]

    def mean_accuracy(bias: float) -> float:
        return float(np.mean([
            score_sentiment([e.sentiment for e in fold.examples],
                            [_sentiment(lg, bias) for lg in fold.logits]).accuracy
            for fold in folds
        ]))

    allowed = [b for b in BIAS_GRID
               if score_sentiment(gold, [_sentiment(lg, b) for lg in logits]).negative_called_positive
               <= MAX_NEG_AS_POS] or [BIAS_GRID[-1]]
    bias = max(allowed, key=lambda b: (round(mean_accuracy(b), 4), -b))
    return {"theme_threshold": best[0], "theme_fallback": best[1], "positive_bias": bias}


def report(folds: Sequence[Fold], settings: dict[str, float]) -> str:
    lines = [
        "Leave-one-file-out: each file scored by a model fitted on the others",
        f"{'file':<24}{'n':>5}{'themes: engine':>16}{'model':>8}"
        f"{'sentiment: engine':>19}{'model':>8}{'neg->pos':>10}",
    ]
    sums = np.zeros(4)
    for fold in folds:
        gold_themes = [e.themes for e in fold.examples]
        gold_sentiment = [e.sentiment for e in fold.examples]
        engine = [e.engine_sentiment for e in fold.examples]
        engine_f1 = score_themes(gold_themes, [e.engine_themes for e in fold.examples])[1]
        model_f1 = _fold_themes_f1(fold, settings["theme_threshold"], settings["theme_fallback"])
        engine_s = score_sentiment(gold_sentiment, engine).accuracy
        model_score = score_sentiment(
            gold_sentiment, [_sentiment(lg, settings["positive_bias"]) for lg in fold.logits])
        sums += (engine_f1, model_f1, engine_s, model_score.accuracy)
        lines.append(f"{fold.source:<24}{len(fold.examples):>5}{engine_f1:>16.3f}{model_f1:>8.3f}"
                     f"{engine_s:>19.3f}{model_score.accuracy:>8.3f}"
                     f"{model_score.negative_called_positive:>10.1%}")
    mean = sums / max(len(folds), 1)
    lines.append(f"{'mean':<24}{'':>5}{mean[0]:>16.3f}{mean[1]:>8.3f}{mean[2]:>19.3f}{mean[3]:>8.3f}")
    lines.append(f"chosen: {json.dumps(settings)}")
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m voice.analysis.train", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--write", action="store_true", help=f"store the model in {MODEL_PATH.name}")
    parser.add_argument("--skip-cv", action="store_true",
                        help="refit with the stored model's settings, without cross-validation")
    args = parser.parse_args(argv)
    examples = load_examples()
    print(f"{len(examples)} labelled comments from {len(TRAINING_FILES)} files", flush=True)
    if args.skip_cv:
        stored = json.loads(MODEL_PATH.read_text(encoding="utf-8"))
        settings = {key: stored[key] for key in ("theme_threshold", "theme_fallback", "positive_bias")}
        print(f"settings from {MODEL_PATH.name}: {json.dumps(settings)}")
    else:
        folds = cross_validate(examples, TRAINING_FILES)
        settings = choose_settings(folds)
        print(report(folds, settings), flush=True)
    model = fit(examples, settings)
    model["fingerprint"] = fingerprint()
    model["trained_on"] = list(TRAINING_FILES)
    model["comments"] = len(examples)
    print(f"final model: {len(model['weights'])} features, {len(TAGGED)} theme heads, "
          f"{len(SENTIMENTS)} sentiment classes")
    if args.write:
        MODEL_PATH.write_text(json.dumps(model, separators=(",", ":"), sort_keys=False) + "\n",
                              encoding="utf-8")
        print(f"wrote {MODEL_PATH}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
