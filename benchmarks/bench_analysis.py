"""Throughput of the full analysis pipeline beside bare TextBlob sentiment.

Usage: python benchmarks/bench_analysis.py [--n 100000] [--seed 0]

Comments are generated deterministically by cycling through the evaluation
texts and joining pairs of them, so each run measures the same workload and
most texts are unique (caches help only as much as they would on real
comments, which repeat words but rarely whole texts). Both measurements run
in the same process on the same texts. Peak memory is the tracemalloc peak of
Python allocations during the pipeline run (measured in a separate pass so
tracing does not slow the timed runs), plus the process's peak RSS.
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from voice.analysis import analyse  # noqa: E402
from voice.analysis.textblob_bridge import textblob_polarity  # noqa: E402

DATA = ROOT / "voice" / "analysis" / "data" / "eval_tune.jsonl"


def load_texts() -> list[str]:
    with open(DATA, encoding="utf-8") as handle:
        return [json.loads(line)["text"] for line in handle if line.strip()]


def generate(n: int, seed: int = 0) -> list[str]:
    """``n`` comments: each eval text alone, then pairs joined in a fixed order."""
    base = load_texts()
    size = len(base)
    texts: list[str] = []
    step = 0
    while len(texts) < n:
        i = (seed + step) % size
        if step < size:
            texts.append(base[i])
        else:
            j = (i * 7 + step // size) % size
            texts.append(f"{base[i]} {base[j]}")
        step += 1
    return texts


def timed(label: str, func: object, texts: list[str]) -> float:
    assert callable(func)
    start = time.perf_counter()
    for text in texts:
        func(text)
    elapsed = time.perf_counter() - start
    rate = len(texts) / elapsed
    print(f"{label:<34} {len(texts):>8} comments in {elapsed:8.2f} s = {rate:>9.0f} comments/s")
    return rate


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="number of comments")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    texts = generate(args.n, args.seed)
    unique = len(set(texts))
    print(f"{len(texts)} comments ({unique} unique), mean {sum(map(len, texts)) / len(texts):.0f}"
          " characters")
    analyse("warm up the lexicons and caches")
    textblob_polarity("warm up TextBlob")
    baseline = timed("bare TextBlob polarity", textblob_polarity, texts)
    pipeline = timed("full pipeline (voice.analysis)", analyse, texts)
    print(f"pipeline / TextBlob speed ratio: {pipeline / baseline:.2f}"
          " (target at least 0.25)")
    sample = texts[: min(len(texts), 20_000)]
    tracemalloc.start()
    for text in sample:
        analyse(text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak traced Python memory over {len(sample)} pipeline calls: {peak / 1e6:.1f} MB;"
          f" process peak RSS: {rss:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
