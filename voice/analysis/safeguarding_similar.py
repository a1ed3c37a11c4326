"""A second safeguarding screen beside the word lists: nearest labelled examples.

Disclosures are often written without any of the words the rules look for
("some days I think the kids would be better off without me"). The sentence
encoder places a comment near others that mean the same, so each comment is
compared with a bank of labelled examples, disclosures in many paraphrases
and hard negatives (figures of speech, strong complaints, mentions of
training or policy), in ``data/safeguarding_bank.npz``, built from
``data/safeguarding_tune.jsonl`` by ``python -m voice.analysis.safeguarding_similar --build``.

A comment is flagged when, among its ``NEIGHBOURS`` nearest examples, the
disclosures outweigh the negatives by similarity, and the nearest disclosure
is at least ``FLOOR`` similar. Recall comes first: the rules' flags are always
kept, and this screen only adds.
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Final

import numpy as np

DATA: Final = Path(__file__).resolve().parent / "data"
BANK_PATH: Final = DATA / "safeguarding_bank.npz"
SOURCE: Final = DATA / "safeguarding_tune.jsonl"
NEIGHBOURS: Final = 5
FLOOR: Final = 0.45
LEAN: Final = 0.5  # share of the neighbours' similarity that must be disclosures'


@dataclass(frozen=True)
class Bank:
    vectors: np.ndarray  # (n, 384) unit vectors
    disclosure: np.ndarray  # (n,) bool
    categories: tuple[str, ...]
    floor: float = FLOOR
    lean: float = LEAN


@lru_cache(maxsize=1)
def load_bank(path: Path = BANK_PATH) -> Bank | None:
    if not path.exists():
        return None
    with np.load(path, allow_pickle=False) as data:
        floor = float(data["floor"]) if "floor" in data else FLOOR
        lean = float(data["lean"]) if "lean" in data else LEAN
        return Bank(data["vectors"].astype(np.float32), data["disclosure"].astype(bool),
                    tuple(str(c) for c in data["categories"]), floor, lean)


def similar_category(embedding: np.ndarray, bank: Bank | None = None) -> str | None:
    """The category of the nearest disclosure when the neighbourhood leans to disclosure."""
    bank = bank or load_bank()
    if bank is None or not len(bank.vectors):
        return None
    similarity = bank.vectors @ np.asarray(embedding, dtype=np.float32)
    nearest = np.argsort(-similarity)[:NEIGHBOURS]
    weights = np.clip(similarity[nearest], 0.0, None)
    total = float(weights.sum())
    if total <= 0:
        return None
    disclosed = bank.disclosure[nearest]
    share = float(weights[disclosed].sum()) / total
    if not disclosed.any():
        return None
    best = int(nearest[np.flatnonzero(disclosed)[0]])
    if similarity[best] < bank.floor or share < bank.lean:
        return None
    return bank.categories[best]


def screen_with_embedding(reasons: tuple[str, ...], embedding: np.ndarray) -> tuple[str, ...]:
    """The rules' reasons, plus the nearest disclosure's category when this screen flags."""
    category = similar_category(embedding)
    if category is None or category in reasons:
        return reasons
    return (*reasons, category)


def build(source: Path = SOURCE, out: Path = BANK_PATH, floor: float = FLOOR, lean: float = LEAN) -> int:
    from voice.analysis.encoder import embed

    rows = [json.loads(line) for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    vectors = embed([r["text"] for r in rows])
    np.savez_compressed(
        out, vectors=vectors.astype(np.float16), disclosure=np.array([bool(r["disclosure"]) for r in rows]),
        categories=np.array([r.get("category") or "" for r in rows]), floor=np.float32(floor),
        lean=np.float32(lean),
    )
    load_bank.cache_clear()
    return len(rows)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m voice.analysis.safeguarding_similar")
    parser.add_argument("--build", action="store_true", help=f"rebuild {BANK_PATH.name} from {SOURCE.name}")
    parser.add_argument("--floor", type=float, default=FLOOR)
    parser.add_argument("--lean", type=float, default=LEAN)
    args = parser.parse_args(argv)
    if args.build:
        print(f"{build(floor=args.floor, lean=args.lean)} examples in {BANK_PATH}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
