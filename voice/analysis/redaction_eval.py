"""Measure redaction: personal details removed, everything else unchanged.

Redaction has two ways to fail, and a single accuracy figure hides both: it
can leave a personal detail in place, or it can eat an ordinary word ("my son
[name] get to school" for "my son can't get to school"). This module scores
each separately against ``data/redaction_eval.jsonl``, a labelled set written
for the purpose, and counts ordinary words changed across the project corpora
(``data/eval_*.jsonl``), so a regression such as "Mum [name] this" for "Mum
typed this" shows up even though nobody labelled those comments.

How a redacted text is lined up with its original
    Every placeholder (``[name]``, ``[school]``...) is turned into one
    character that never occurs in comments, then the two texts are aligned
    character by character (``difflib``). A character of the original
    *survives* when the alignment keeps it unchanged; everything a
    placeholder replaced does not.

Personal-detail recall
    A labelled span is *found* when none of its letters or digits survive at
    that place, so "St [name]'s" for "St Mary's" is a miss (the "St" and "s"
    still show) and so is a phone number with its last digits left. Spans are
    located in the order listed, each after the previous one.

Ordinary-word preservation
    Each "keep" word is located in order, as a whole word outside the labelled
    spans; it is *preserved* when every character of it survives.

The development part is ``rd-001``..``rd-200``; later ids are held back and
should be scored only to report a final figure.
"""

from __future__ import annotations

import argparse
import difflib
import glob
import json
import os
import re
import sys
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Final

from voice.analysis.data.given_names import ALL_NAMES
from voice.analysis.redaction import redact

DATA_DIR: Final = os.path.join(os.path.dirname(__file__), "data")
EVAL_PATH: Final = os.path.join(DATA_DIR, "redaction_eval.jsonl")
DEV_LAST_ID: Final = 200
KINDS: Final = ("name", "email", "phone", "address", "school", "nhs_number")

_PLACEHOLDER_RE: Final = re.compile(r"\[(?:name|email|phone|address|nhs-number|school)\]")
_GAP: Final = "\x00"
_TOKEN_RE: Final = re.compile(r"\[[a-z-]+\]|[A-Za-z][A-Za-z'\u2019-]*|\d+")


@dataclass
class _Tally:
    found: int = 0
    total: int = 0

    @property
    def share(self) -> float:
        return self.found / self.total if self.total else 1.0


@dataclass
class _Scores:
    recall: _Tally = field(default_factory=_Tally)
    kept: _Tally = field(default_factory=_Tally)
    by_kind: dict[str, _Tally] = field(default_factory=lambda: {k: _Tally() for k in KINDS})
    failures: list[dict[str, Any]] = field(default_factory=list)


def survivors(original: str, redacted: str) -> list[bool]:
    """For each character of ``original``, whether it is still there, unchanged."""
    flat = _PLACEHOLDER_RE.sub(_GAP, redacted)
    kept = [False] * len(original)
    matcher = difflib.SequenceMatcher(None, original, flat, autojunk=False)
    for block in matcher.get_matching_blocks():
        for offset in range(block.size):
            kept[block.a + offset] = True
    return kept


def _locate(text: str, needle: str, start: int, *, avoid: Sequence[tuple[int, int]] = ()) -> int:
    """Index of ``needle`` at or after ``start`` (else anywhere), or -1.

    With ``avoid`` given, ``needle`` must be a whole word outside those spans.
    """
    if not avoid and needle in text:
        index = text.find(needle, start)
        return index if index >= 0 else text.find(needle)
    # A whole word; a possessive "'s" after it still counts ("the LA's lawyer" keeps "LA").
    pattern = re.compile(rf"(?<![\w'\u2019]){re.escape(needle)}(?!\w)(?!['\u2019](?!s\b)\w)")
    starts = [m.start() for m in pattern.finditer(text)
              if not any(s < m.end() and m.start() < e for s, e in avoid)]
    later = [i for i in starts if i >= start]
    return (later or starts or [-1])[0]


def _span_found(kept: list[bool], text: str, start: int, end: int) -> bool:
    return not any(kept[i] for i in range(start, end) if text[i].isalnum())


def _keep_positions(item: dict[str, Any]) -> list[tuple[int, int]]:
    """Where the item's keep words stand as whole words."""
    text: str = item["text"]
    return [(m.start(), m.end()) for word in item.get("keep", [])
            for m in re.finditer(rf"(?<![\w'\u2019]){re.escape(word)}(?!\w)", text)]


def located(item: dict[str, Any]) -> list[tuple[int, int, str]]:
    """Where each labelled span stands, with its kind, in the order listed."""
    text: str = item["text"]
    spans: list[tuple[int, int, str]] = []
    cursor = 0
    keep = _keep_positions(item)
    for pii in item.get("pii", []):
        # A whole word that is not one of the keep words ("Mark" the name, not "Mark my
        # words"), else wherever the span's text stands.
        start = _locate(text, pii["span"], cursor, avoid=keep or [(0, 0)])
        if start < 0:
            start = _locate(text, pii["span"], cursor)
        if start < 0:
            raise ValueError(f"{item['id']}: span {pii['span']!r} is not in the text")
        cursor = start + len(pii["span"])
        spans.append((start, cursor, pii["kind"]))
    return spans


def _score_pii(item: dict[str, Any], kept: list[bool], scores: _Scores) -> list[tuple[int, int]]:
    text: str = item["text"]
    spans: list[tuple[int, int]] = []
    for (start, end, _kind), pii in zip(located(item), item.get("pii", []), strict=True):
        spans.append((start, end))
        found = _span_found(kept, text, start, end)
        for tally in (scores.recall, scores.by_kind[pii["kind"]]):
            tally.total += 1
            tally.found += found
        if not found:
            scores.failures.append({"id": item["id"], "problem": "missed", "kind": pii["kind"],
                                    "span": pii["span"], "redacted": item["redacted"]})
    return spans


def _score_keep(
    item: dict[str, Any], kept: list[bool], pii_spans: list[tuple[int, int]], scores: _Scores
) -> None:
    text: str = item["text"]
    cursor = 0
    for word in item.get("keep", []):
        start = _locate(text, word, cursor, avoid=pii_spans or [(0, 0)])
        if start < 0:  # part of a longer word ("TA" in "TAs"): the characters must still survive
            start = next((m.start() for m in re.finditer(re.escape(word), text)
                          if not any(s < m.end() and m.start() < e for s, e in pii_spans)), -1)
        if start < 0:
            raise ValueError(f"{item['id']}: keep word {word!r} is not in the text")
        cursor = start + len(word)
        scores.kept.total += 1
        if all(kept[start:cursor]):
            scores.kept.found += 1
        else:
            scores.failures.append({"id": item["id"], "problem": "changed", "word": word,
                                    "redacted": item["redacted"]})


def load(path: str = EVAL_PATH) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def in_part(item_id: str, part: str) -> bool:
    """Whether an ``rd-NNN`` id belongs to ``part`` ("dev", "held" or "all")."""
    if part == "all":
        return True
    number = int(item_id.rsplit("-", 1)[1])
    return (number <= DEV_LAST_ID) == (part == "dev")


def evaluate(
    path: str = EVAL_PATH,
    *,
    part: str = "all",
    redactor: Callable[[str], str] = redact,
) -> dict[str, Any]:
    """Recall of labelled personal details and preservation of "keep" words."""
    scores = _Scores()
    items = [item for item in load(path) if in_part(item["id"], part)]
    for item in items:
        item["redacted"] = redactor(item["text"])
        kept = survivors(item["text"], item["redacted"])
        pii_spans = _score_pii(item, kept, scores)
        _score_keep(item, kept, pii_spans, scores)
    return {
        "part": part,
        "comments": len(items),
        "pii_spans": scores.recall.total,
        "recall": scores.recall.share,
        "keep_words": scores.kept.total,
        "preservation": scores.kept.share,
        "recall_by_kind": {k: t.share for k, t in scores.by_kind.items() if t.total},
        "spans_by_kind": {k: t.total for k, t in scores.by_kind.items() if t.total},
        "failures": scores.failures,
    }


def _is_listed_name(token: str) -> bool:
    bare = re.sub(r"['\u2019]s?$", "", token)
    return token[:1].isupper() and bare.lower() in ALL_NAMES


def changed_tokens(original: str, redacted: str) -> list[str]:
    """Tokens of ``original`` that redaction replaced or removed."""
    before = _TOKEN_RE.findall(original)
    after = _TOKEN_RE.findall(redacted)
    matcher = difflib.SequenceMatcher(None, before, after, autojunk=False)
    changed: list[str] = []
    for op, i1, i2, _j1, _j2 in matcher.get_opcodes():
        if op != "equal":
            changed.extend(before[i1:i2])
    return changed


def corpus_changes(
    paths: Iterable[str] | None = None,
    *,
    redactor: Callable[[str], str] = redact,
    top: int = 25,
) -> dict[str, Any]:
    """Count tokens redaction changed in unlabelled comments, names aside.

    Capitalised words from the first-name list are expected to go; anything
    else changed is either an unlisted name (a surname, a title) or an
    ordinary word lost. Lower-case changes are nearly always the latter, so
    they get their own count.
    """
    paths = sorted(glob.glob(os.path.join(DATA_DIR, "eval_*.jsonl"))) if paths is None else paths
    counts: Counter[str] = Counter()
    texts = 0
    for path in paths:
        for item in load(path):
            texts += 1
            redacted = redactor(item["text"])
            if redacted != item["text"]:
                counts.update(t for t in changed_tokens(item["text"], redacted)
                              if not _is_listed_name(t))
    lower = Counter({w: n for w, n in counts.items() if w[:1].islower()})
    return {
        "texts": texts,
        "changed": sum(counts.values()),
        "changed_lower_case": sum(lower.values()),
        "top": counts.most_common(top),
        "top_lower_case": lower.most_common(top),
    }


def _print_scores(result: dict[str, Any], *, limit: int) -> None:
    print(f"{result['part']} part: {result['comments']} comments")
    print(f"  personal-detail recall   {result['recall']:.3f} ({result['pii_spans']} spans)")
    print(f"  ordinary-word preserved  {result['preservation']:.3f} ({result['keep_words']} words)")
    for kind, share in result["recall_by_kind"].items():
        print(f"    {kind:<11} {share:.3f} of {result['spans_by_kind'][kind]}")
    failures = result["failures"]
    print(f"  failures: {len(failures)}")
    for failure in failures[:limit]:
        what = failure.get("span") or failure.get("word")
        print(f"    {failure['id']} {failure['problem']} {what!r}: {failure['redacted']}")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--path", default=EVAL_PATH)
    parser.add_argument("--part", choices=("dev", "held", "all"), default="dev",
                        help="score the held-back part only once, to report a final figure")
    parser.add_argument("--no-corpus", action="store_true", help="skip the corpus count")
    parser.add_argument("--limit", type=int, default=100, help="failures to list")
    args = parser.parse_args(argv)
    _print_scores(evaluate(args.path, part=args.part), limit=args.limit)
    if not args.no_corpus:
        corpus = corpus_changes()
        print(f"corpora: {corpus['texts']} texts; tokens changed that are not listed names: "
              f"{corpus['changed']} (lower-case: {corpus['changed_lower_case']})")
        print("  top: " + ", ".join(f"{w} {n}" for w, n in corpus["top"]))
        print("  top lower-case: " + ", ".join(f"{w} {n}" for w, n in corpus["top_lower_case"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
