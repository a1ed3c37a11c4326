"""Calibrate the theme and sentiment decision thresholds on the labelled sets.

Usage: python -m voice.analysis.calibrate [--write]

The lexicons supply evidence; this script only chooses where to cut it:

* a threshold per theme (evidence needed to tag it) and one relative cut-off
  (a further theme is kept only if its evidence is at least that share of the
  strongest theme's), by coordinate ascent on pooled macro-F1;
* the sentiment boundaries (``lean``, ``min_evidence``, ``mixed_min``,
  ``mixed_ratio``) by grid search on accuracy, subject to at most 3% of
  negative comments called positive.

Every candidate is a small grid, and a value moves away from the current one
only for a gain of at least ``MIN_GAIN`` (a guard against fitting noise).
Leave-one-file-out cross-validation fits on three files and scores the fourth,
so the report shows whether the choice generalises. ``--write`` stores the
choice fitted on all files in ``data/calibration.py``.
"""

from __future__ import annotations

import argparse
import itertools
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from voice.analysis.evaluate import load_labelled, score_themes
from voice.analysis.normalise import tokenise
from voice.analysis.preamble import split_helper_note
from voice.analysis.sentiment import decide_label, sentiment_evidence
from voice.analysis.taxonomy import OTHER, THEME_KEYS
from voice.analysis.themes import decide_themes, theme_evidence

DATA = Path(__file__).resolve().parent / "data"
FILES = ("eval_tune.jsonl", "eval_dev.jsonl", "eval_dev2.jsonl", "eval_dev3.jsonl")
OUTPUT = DATA / "calibration.py"

THRESHOLD_GRID = (0.6, 0.7, 0.8, 0.9, 1.0, 1.1, 1.2, 1.4, 1.6, 1.8, 2.0)
RELATIVE_GRID = (0.0, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5)
LEAN_GRID = (0.0, 0.02, 0.035, 0.05, 0.08, 0.1, 0.12, 0.15, 0.18, 0.2, 0.25)
MIN_EVIDENCE_GRID = (0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5)
MIXED_MIN_GRID = (0.35, 0.45, 0.55, 0.65, 0.75, 0.9)
MIXED_RATIO_GRID = (0.05, 0.1, 0.2, 0.3, 0.4, 0.5)
MAX_NEG_AS_POS = 0.03
MIN_GAIN = 0.001

# The engine's decision values before calibration (all themes at 1.0).
TAGGED = tuple(key for key in THEME_KEYS if key != OTHER)
BASE_THRESHOLDS = {key: 1.0 for key in TAGGED}
BASE_RELATIVE = 0.0
BASE_SENTIMENT = {"mixed_min": 0.55, "mixed_ratio": 0.2, "lean": 0.15, "min_evidence": 0.25}


@dataclass(frozen=True)
class Row:
    source: str
    gold_themes: tuple[str, ...]
    gold_sentiment: str
    evidence: dict[str, float]
    place_only: bool
    sentiment: tuple[float, float] | None


def load_rows(files: Sequence[str] = FILES) -> list[Row]:
    rows: list[Row] = []
    for name in files:
        for comment in load_labelled(DATA / name):
            body = split_helper_note(comment.text)
            tokens = tokenise(body)
            evidence, place_only = theme_evidence(tokens)
            rows.append(Row(name, comment.themes, comment.sentiment, evidence, place_only,
                            sentiment_evidence(tokens, body)))
    return rows


def predict_themes(rows: Sequence[Row], thresholds: dict[str, float],
                   relative: float) -> list[tuple[str, ...]]:
    return [decide_themes(r.evidence, r.place_only, thresholds, relative) for r in rows]


def macro_f1(rows: Sequence[Row], thresholds: dict[str, float], relative: float) -> float:
    return score_themes([r.gold_themes for r in rows],
                        predict_themes(rows, thresholds, relative))[1]


def objective(rows: Sequence[Row], thresholds: dict[str, float], relative: float) -> float:
    """Mean of the per-file macro-F1s: each labeller's set counts once, so the
    tuning set the lexicons were written against does not dominate."""
    sources = sorted({r.source for r in rows})
    return sum(macro_f1([r for r in rows if r.source == s], thresholds, relative)
               for s in sources) / len(sources)


def fit_themes(rows: Sequence[Row]) -> tuple[dict[str, float], float]:
    thresholds, relative = dict(BASE_THRESHOLDS), BASE_RELATIVE
    best = objective(rows, thresholds, relative)
    for _ in range(3):
        changed = False
        for key in TAGGED:
            for value in THRESHOLD_GRID:
                trial = {**thresholds, key: value}
                score = objective(rows, trial, relative)
                if score >= best + MIN_GAIN:
                    best, thresholds, changed = score, trial, True
        for value in RELATIVE_GRID:
            score = objective(rows, thresholds, value)
            if score >= best + MIN_GAIN:
                best, relative, changed = score, value, True
        if not changed:
            break
    return thresholds, relative


def sentiment_scores(rows: Sequence[Row], params: dict[str, float]) -> tuple[float, float]:
    """Accuracy and share of negative comments called positive."""
    correct = negatives = neg_pos = 0
    for row in rows:
        label = "neutral" if row.sentiment is None else decide_label(*row.sentiment, **params)[0]
        correct += label == row.gold_sentiment
        if row.gold_sentiment == "negative":
            negatives += 1
            neg_pos += label == "positive"
    return correct / len(rows), neg_pos / negatives if negatives else 0.0


def fit_sentiment(rows: Sequence[Row]) -> dict[str, float]:
    best_params = dict(BASE_SENTIMENT)
    best = sentiment_scores(rows, best_params)[0]
    for lean, minimum, mixed_min, ratio in itertools.product(
        LEAN_GRID, MIN_EVIDENCE_GRID, MIXED_MIN_GRID, MIXED_RATIO_GRID
    ):
        params = {"mixed_min": mixed_min, "mixed_ratio": ratio, "lean": lean,
                  "min_evidence": minimum}
        accuracy, neg_pos = sentiment_scores(rows, params)
        if neg_pos <= MAX_NEG_AS_POS and accuracy >= best + MIN_GAIN:
            best, best_params = accuracy, params
    return best_params


def report(rows: Sequence[Row]) -> tuple[dict[str, float], float, dict[str, float]]:
    thresholds, relative = fit_themes(rows)
    sentiment = fit_sentiment(rows)
    print(f"{'file':<18}{'theme F1':>36}{'sentiment acc (neg->pos)':>48}")
    print(f"{'':<18}{'before':>12}{'in-sample':>12}{'LOFO':>12}"
          f"{'before':>16}{'in-sample':>16}{'LOFO':>16}")
    totals = [0.0] * 6
    for name in FILES:
        test = [r for r in rows if r.source == name]
        train = [r for r in rows if r.source != name]
        fold_thresholds, fold_relative = fit_themes(train)
        fold_sentiment = fit_sentiment(train)
        themes = (macro_f1(test, BASE_THRESHOLDS, BASE_RELATIVE),
                  macro_f1(test, thresholds, relative),
                  macro_f1(test, fold_thresholds, fold_relative))
        sents = (sentiment_scores(test, BASE_SENTIMENT), sentiment_scores(test, sentiment),
                 sentiment_scores(test, fold_sentiment))
        for i, value in enumerate((*themes, *(s[0] for s in sents))):
            totals[i] += value / len(FILES)
        print(f"{name:<18}" + "".join(f"{t:>12.3f}" for t in themes)
              + "".join(f"{a:>9.3f} ({n:4.1%})" for a, n in sents))
        print(f"{'':<18}fold thresholds: "
              + ", ".join(f"{k[:6]}={v}" for k, v in fold_thresholds.items() if v != 1.0)
              + f"; relative={fold_relative}; sentiment={fold_sentiment}")
    print(f"{'mean':<18}" + "".join(f"{t:>12.3f}" for t in totals[:3])
          + "".join(f"{a:>16.3f}" for a in totals[3:]))
    print(f"chosen (all files): thresholds={thresholds} relative={relative}")
    print(f"chosen (all files): sentiment={sentiment}")
    return thresholds, relative, sentiment


def write(thresholds: dict[str, float], relative: float, sentiment: dict[str, float]) -> None:
    lines = [
        '"""Calibrated decision thresholds for themes and sentiment.',
        "",
        "Written by ``python -m voice.analysis.calibrate --write``; do not edit by hand.",
        '"""',
        "",
        "from __future__ import annotations",
        "",
        "from typing import Final",
        "",
        "THEME_THRESHOLDS: Final[dict[str, float]] = {",
        *(f'    "{key}": {value},' for key, value in thresholds.items()),
        "}",
        f"RELATIVE_MIN: Final[float] = {relative}",
        "SENTIMENT_BOUNDARIES: Final[dict[str, float]] = {",
        *(f'    "{key}": {value},' for key, value in sentiment.items()),
        "}",
        "",
    ]
    OUTPUT.write_text("\n".join(lines), encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--write", action="store_true", help="store the all-files choice")
    args = parser.parse_args(argv)
    chosen = report(load_rows())
    if args.write:
        write(*chosen)
        print(f"wrote {OUTPUT}")


if __name__ == "__main__":
    main()
