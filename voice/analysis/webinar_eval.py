"""How well near-duplicate webinar questions are grouped, on a labelled set.

Usage: python -m voice.analysis.webinar_eval [FILE]

``data/webinar_groups_eval.jsonl`` holds questions written as parents write
them, each with the slug of what it really asks (its gold group), including
near-misses that must stay apart ("EHCP deadlines missed" and "EHCPs not
followed by schools"). The gold groups are split in two halves by a stable
hash: the threshold is chosen on one half and the figures are reported on
the other, so the reported figure is not tuned on its own data.

Figures, for the word method (the old one) and the encoder:
* groups made against gold groups (the count inspectors see);
* purity: the share of questions in a group whose majority is their own gold
  group (high = groups do not mix different asks);
* inverse purity: the share of questions whose gold group's largest part
  they are in (high = rewordings are found together);
* pairwise precision, recall and F1 over pairs of questions.
"""

from __future__ import annotations

import argparse
import hashlib
import json
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Final

import numpy as np

from voice.analysis.webinar import group_by_meaning, group_questions

DATA: Final = Path(__file__).resolve().parent / "data" / "webinar_groups_eval.jsonl"
WORD_GRID: Final = (0.35, 0.45, 0.55, 0.65)
MEANING_GRID: Final = (0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55)
SHARE_GRID: Final = (0.0, 0.1, 0.25, 0.4, 0.55)


@dataclass(frozen=True)
class Score:
    groups: int
    gold_groups: int
    purity: float
    inverse_purity: float
    precision: float
    recall: float
    f1: float


def load(path: Path = DATA) -> tuple[list[str], list[str]]:
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r["text"] for r in rows], [r["group"] for r in rows]


def score(predicted: Sequence[Sequence[int]], gold: Sequence[str]) -> Score:
    label = {}
    for number, group in enumerate(predicted):
        for i in group:
            label[i] = number
    n = len(gold)
    pure = sum(Counter(gold[i] for i in group).most_common(1)[0][1] for group in predicted)
    by_gold: dict[str, list[int]] = {}
    for i, g in enumerate(gold):
        by_gold.setdefault(g, []).append(i)
    inverse = sum(Counter(label[i] for i in members).most_common(1)[0][1] for members in by_gold.values())
    tp = fp = fn = 0
    for i in range(n):
        for j in range(i + 1, n):
            same_gold, same_pred = gold[i] == gold[j], label[i] == label[j]
            tp += same_gold and same_pred
            fp += same_pred and not same_gold
            fn += same_gold and not same_pred
    precision = tp / (tp + fp) if tp + fp else 1.0
    recall = tp / (tp + fn) if tp + fn else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return Score(len(predicted), len(by_gold), pure / n, inverse / n, precision, recall, f1)


def halves(gold: Sequence[str]) -> tuple[list[int], list[int]]:
    tune: list[int] = []
    test: list[int] = []
    for i, g in enumerate(gold):
        (tune if int(hashlib.sha1(g.encode()).hexdigest(), 16) % 2 == 0 else test).append(i)
    return tune, test


def _subset(indices: Sequence[int], texts: Sequence[str], gold: Sequence[str],
            vectors: np.ndarray | None) -> tuple[list[str], list[str], np.ndarray | None]:
    return ([texts[i] for i in indices], [gold[i] for i in indices],
            None if vectors is None else vectors[list(indices)])


def evaluate(path: Path = DATA) -> dict[str, dict[str, object]]:
    from voice.analysis.encoder import embed

    texts, gold = load(path)
    vectors = embed(texts)
    tune, test = halves(gold)
    t_texts, t_gold, t_vec = _subset(tune, texts, gold, vectors)
    h_texts, h_gold, h_vec = _subset(test, texts, gold, vectors)
    assert t_vec is not None and h_vec is not None
    word_t = max(WORD_GRID, key=lambda t: score(group_questions(t_texts, threshold=t), t_gold).f1)
    meaning_t, share = max(((t, w) for t in MEANING_GRID for w in SHARE_GRID), key=lambda tw: score(
        group_by_meaning(t_texts, t_vec, threshold=tw[0], word_share=tw[1]), t_gold).f1)
    return {
        "words": {"threshold": word_t,
                  "held": score(group_questions(h_texts, threshold=word_t), h_gold),
                  "all": score(group_questions(texts, threshold=word_t), gold)},
        "encoder": {"threshold": meaning_t, "word_share": share,
                    "held": score(group_by_meaning(h_texts, h_vec, threshold=meaning_t, word_share=share), h_gold),
                    "all": score(group_by_meaning(texts, vectors, threshold=meaning_t, word_share=share), gold)},
    }


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m voice.analysis.webinar_eval", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("file", nargs="?", default=str(DATA))
    args = parser.parse_args(argv)
    results = evaluate(Path(args.file))
    print(f"{'method':<10}{'part':<7}{'thr':>6}{'groups':>8}{'gold':>6}{'purity':>8}{'inv.pur':>9}"
          f"{'pair P':>8}{'pair R':>8}{'pair F1':>9}")
    for method, found in results.items():
        for part in ("held", "all"):
            s = found[part]
            assert isinstance(s, Score)
            print(f"{method:<10}{part:<7}{found['threshold']:>6}{s.groups:>8}{s.gold_groups:>6}{s.purity:>8.3f}"
                  f"{s.inverse_purity:>9.3f}{s.precision:>8.3f}{s.recall:>8.3f}{s.f1:>9.3f}")
    print(f"encoder word share chosen: {results['encoder']['word_share']}")
    print("held: the half of the gold groups the threshold was not chosen on; all: every question.")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
