"""Score a safeguarding screen against a labelled set.

Recall is the number that matters: a missed disclosure is the costly error.
The false-alarm rate is the price paid for it (the share of non-disclosures
an inspector is asked to read). Per-category recall shows where the misses
sit; ``category_match`` shows how often the flagged reasons named the labelled
category, which matters less, because any flag gets the comment read.

The screen is a parameter so that another scorer (a learned one, say) can be
measured on the same set and the same terms::

    python -m voice.analysis.safeguarding_eval voice/analysis/data/safeguarding_tune.jsonl
    python -m voice.analysis.safeguarding_eval SET.jsonl --scorer package.module:function
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from voice.analysis.safeguarding import screen

ScreenFn = Callable[[str], Sequence[str]]


def load(path: str | Path) -> list[dict[str, Any]]:
    """Items of a JSON-lines set; blank lines are skipped."""
    with Path(path).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def _rate(hits: int, total: int) -> float:
    return hits / total if total else 0.0


def score(items: Sequence[dict[str, Any]], screen_fn: ScreenFn = screen) -> dict[str, Any]:
    """The same report as ``evaluate``, for items already in memory."""
    misses: list[dict[str, Any]] = []
    false_alarms: list[dict[str, Any]] = []
    per_category: dict[str, dict[str, Any]] = {}
    disclosures = flagged_disclosures = non_disclosures = 0
    for item in items:
        reasons = tuple(screen_fn(item["text"]))
        if not item["disclosure"]:
            non_disclosures += 1
            if reasons:
                false_alarms.append({"id": item["id"], "text": item["text"], "flagged": list(reasons)})
            continue
        disclosures += 1
        category = item.get("category") or "unknown"
        tally = per_category.setdefault(category, {"n": 0, "flagged": 0, "matched": 0})
        tally["n"] += 1
        if reasons:
            flagged_disclosures += 1
            tally["flagged"] += 1
            tally["matched"] += category in reasons
        else:
            misses.append({"id": item["id"], "text": item["text"], "category": category})
    return {
        "items": len(items),
        "disclosures": disclosures,
        "non_disclosures": non_disclosures,
        "recall": _rate(flagged_disclosures, disclosures),
        "false_alarm_rate": _rate(len(false_alarms), non_disclosures),
        "per_category": {
            name: {"n": t["n"], "recall": _rate(t["flagged"], t["n"]),
                   "category_match": _rate(t["matched"], t["n"])}
            for name, t in sorted(per_category.items())
        },
        "misses": misses,
        "false_alarms": false_alarms,
    }


def evaluate(path: str | Path, screen_fn: ScreenFn = screen) -> dict[str, Any]:
    """Recall, false-alarm rate, per-category recall, misses and false alarms."""
    return score(load(path), screen_fn)


def _load_scorer(spec: str) -> ScreenFn:
    module_name, _, attribute = spec.partition(":")
    scorer: ScreenFn = getattr(importlib.import_module(module_name), attribute or "screen")
    return scorer


def report_lines(result: dict[str, Any]) -> list[str]:
    lines = [
        f"items {result['items']}: {result['disclosures']} disclosures, "
        f"{result['non_disclosures']} non-disclosures",
        f"recall {result['recall']:.3f}   false alarms {result['false_alarm_rate']:.3f} "
        f"({len(result['false_alarms'])} of {result['non_disclosures']})",
        "",
        f"{'category':<30} {'n':>4} {'recall':>7} {'match':>7}",
    ]
    for name, row in result["per_category"].items():
        lines.append(f"{name:<30} {row['n']:>4} {row['recall']:>7.3f} {row['category_match']:>7.3f}")
    lines += ["", f"misses ({len(result['misses'])}):"]
    lines += [f"  {m['id']} [{m['category']}] {m['text']}" for m in result["misses"]]
    lines += ["", f"false alarms ({len(result['false_alarms'])}):"]
    lines += [f"  {f['id']} {','.join(f['flagged'])}: {f['text']}" for f in result["false_alarms"]]
    return lines


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m voice.analysis.safeguarding_eval",
                                     description="Score a safeguarding screen on a labelled set.")
    parser.add_argument("path", help="JSON lines: id, text, disclosure, category")
    parser.add_argument("--scorer", default="voice.analysis.safeguarding:screen",
                        help="module:function taking a text and returning flagged categories")
    parser.add_argument("--json", action="store_true", help="print the result as JSON")
    args = parser.parse_args(argv)
    result = evaluate(args.path, _load_scorer(args.scorer))
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print("\n".join(report_lines(result)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
