"""Train the multilingual heads: themes, sentiment and safeguarding over multilingual-e5-small.

The encoder maps a sentence and its translation to nearby vectors, so heads trained on
the project's English labelled comments can read a comment written in Polish or Urdu
(cross-lingual transfer). Training needs scikit-learn (a dev dependency); tagging reads
the saved weights with NumPy only. ``python -m voice.analysis.train_multilingual``.

Themes and sentiment are trained on the real-text corpus only (families' and reports' own
words): embedding the written training sets too took longer than a shared two-core
machine gave. The comments of every source that the translated sample (``data/translated_sample.jsonl``)
was drawn from are left out of training, so the sample is scored by heads that never saw
any of those documents.
"""

from __future__ import annotations

import glob
import json
import sys
from pathlib import Path
from typing import Any, Final

import numpy as np

from voice.analysis.multilingual import HEADS_PATH, embed
from voice.analysis.taxonomy import SENTIMENTS, THEME_KEYS

DATA: Final = Path(__file__).resolve().parent / "data"
SAMPLE: Final = DATA / "translated_sample.jsonl"


def _jsonl(path: str | Path) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def training_rows() -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    sample = _jsonl(SAMPLE) if SAMPLE.exists() else []
    held_sources = {row["source_id"] for row in sample if row.get("source_id")}
    held_ids = {row["id"] for row in sample}
    labelled = [row for path in sorted(glob.glob(str(DATA / "real" / "real_*.jsonl"))) for row in _jsonl(path)
                if row["source_id"] not in held_sources and row["id"] not in held_ids]
    screened = [row for name in ("safeguarding_train2.jsonl", "safeguarding_train3.jsonl")
                for row in _jsonl(DATA / name) if row["id"] not in held_ids]
    return labelled, screened


def main() -> int:
    from sklearn.linear_model import LogisticRegression  # type: ignore[import-untyped]

    labelled, screened = training_rows()
    x = embed([row["text"] for row in labelled])
    theme_w, theme_b = [], []
    for theme in THEME_KEYS:
        y = np.array([theme in row["themes"] for row in labelled])
        model = LogisticRegression(C=4.0, max_iter=2000, class_weight="balanced").fit(x, y)
        theme_w.append(model.coef_[0])
        theme_b.append(model.intercept_[0])
    sentiment = LogisticRegression(C=4.0, max_iter=2000).fit(x, [row["sentiment"] for row in labelled])
    order = [list(sentiment.classes_).index(s) for s in SENTIMENTS]
    xs = embed([row["text"] for row in screened])
    flag = LogisticRegression(C=4.0, max_iter=2000, class_weight="balanced").fit(
        xs, [bool(row["disclosure"]) for row in screened])
    np.savez_compressed(
        HEADS_PATH, theme_w=np.array(theme_w, dtype=np.float32), theme_b=np.array(theme_b, dtype=np.float32),
        sentiment_w=sentiment.coef_[order].astype(np.float32),
        sentiment_b=sentiment.intercept_[order].astype(np.float32),
        flag_w=flag.coef_[0].astype(np.float32), flag_b=np.float32(flag.intercept_[0]),
    )
    print(f"trained on {len(labelled)} tagged and {len(screened)} screened English comments -> {HEADS_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
