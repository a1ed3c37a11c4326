"""Throughput of the analysis pipeline beside bare TextBlob sentiment.

Usage: python benchmarks/bench_analysis.py [--n 100000] [--encode 3000] [--seed 0]

Two stages are timed, because a comment meets them at different times:

* the sentence encoders (``encoder.embed``, ``multilingual.embed`` when the
  stored model's real-text heads read multilingual-e5-small, and the fine-tuned
  view ``tuned.vectors`` when the model uses it), batched as the
  background job runs them, on the first ``--encode`` comments: they run once per
  comment, when the comment is first analysed, and the vectors are stored;
* everything else (lexicon features, the model with the stored embedding,
  redaction, both safeguarding screens), on all ``--n`` comments: this is what
  re-tagging costs, interleaved with bare TextBlob on the same texts.

Comments are generated deterministically by cycling through the evaluation
texts and joining pairs of them, so each run measures the same workload and
most texts are unique (caches help only as much as they would on real
comments, which repeat words but rarely whole texts). Both measurements run
in the same process on the same texts, interleaved in blocks of 5,000.

Memory is reported two ways: the process's peak resident set size over the whole run (lexicons, TextBlob and
the bounded caches included), and the tracemalloc peak of Python allocations
during a further untimed pass with warm caches (what each extra comment costs),
measured separately so tracing does not slow the timed runs.
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

import numpy as np  # noqa: E402

from voice.analysis import analyse, multilingual, tuned  # noqa: E402
from voice.analysis.encoder import embed  # noqa: E402
from voice.analysis.pipeline import second_embedding_wanted, tuned_wanted  # noqa: E402
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


def measure(texts: list[str], vectors: np.ndarray, seconds: np.ndarray | None, views: np.ndarray | None = None,
            block: int = 5_000) -> tuple[float, float]:
    """Seconds for bare TextBlob and for the pipeline, interleaved block by block.

    Alternating blocks means both see the same machine load, so the ratio
    stays fair on a shared machine even if other work starts mid-run.
    """
    baseline = pipeline = 0.0
    for start in range(0, len(texts), block):
        chunk = texts[start : start + block]
        t0 = time.perf_counter()
        for text in chunk:
            textblob_polarity(text)
        t1 = time.perf_counter()
        for offset, text in enumerate(chunk):
            row = (start + offset) % len(vectors)
            analyse(text, embedding=vectors[row], second_embedding=None if seconds is None else seconds[row],
                    tuned_output=None if views is None else views[row])
        t2 = time.perf_counter()
        baseline += t1 - t0
        pipeline += t2 - t1
    return baseline, pipeline


def report(label: str, count: int, seconds: float) -> float:
    rate = count / seconds
    print(f"{label:<34} {count:>8} comments in {seconds:8.2f} s = {rate:>9.0f} comments/s")
    return rate


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=100_000, help="number of comments")
    parser.add_argument("--encode", type=int, default=3_000, help="comments to run through the encoder")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    texts = generate(args.n, args.seed)
    started = time.perf_counter()
    vectors = embed(texts[: args.encode])
    report("sentence encoder (batched)", len(vectors), time.perf_counter() - started)
    seconds = None
    if second_embedding_wanted():
        started = time.perf_counter()
        seconds = np.concatenate([multilingual.embed(texts[i: min(i + 64, args.encode)])
                                  for i in range(0, args.encode, 64)])
        report("multilingual-e5-small (batches of 64)", len(seconds), time.perf_counter() - started)
    views = None
    if tuned_wanted():
        tuned.load()  # merging the adapter once, as a worker does at its first comment
        started = time.perf_counter()
        views = tuned.vectors(texts[: args.encode])
        report("fine-tuned MiniLM view (batched)", len(views), time.perf_counter() - started)
    unique = len(set(texts))
    print(f"{len(texts)} comments ({unique} unique), mean {sum(map(len, texts)) / len(texts):.0f}"
          " characters")
    analyse("warm up the lexicons and caches")
    textblob_polarity("warm up TextBlob")
    baseline_seconds, pipeline_seconds = measure(texts, vectors, seconds, views)
    baseline = report("bare TextBlob polarity", len(texts), baseline_seconds)
    pipeline = report("pipeline with a stored embedding", len(texts), pipeline_seconds)
    print(f"pipeline (stored embedding) / TextBlob speed ratio: {pipeline / baseline:.3f}")
    sample = texts[: min(len(texts), 20_000)]
    tracemalloc.start()
    for i, text in enumerate(sample):
        analyse(text, embedding=vectors[i % len(vectors)],
                second_embedding=None if seconds is None else seconds[i % len(seconds)],
                tuned_output=None if views is None else views[i % len(views)])
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak Python allocations during {len(sample)} further pipeline calls (warm caches,"
          f" tracemalloc): {peak / 1e6:.1f} MB; process peak RSS for the whole run: {rss:.0f} MB")
    if "scipy" in sys.modules:
        # NLTK (under TextBlob) imports SciPy whenever it is installed; the development
        # dependencies install it for training (scikit-learn). A production install has none.
        print("note: SciPy was imported by NLTK (installed for training); it accounts for"
              " about 85 MB of the RSS above")
    return 0


if __name__ == "__main__":
    sys.exit(main())
