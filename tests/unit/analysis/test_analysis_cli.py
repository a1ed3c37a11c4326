"""The command-line contracts: tag and evaluate."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from voice.analysis.cli import main, tag_lines

ROOT = Path(__file__).resolve().parents[3]
TUNE = ROOT / "voice" / "analysis" / "data" / "eval_tune.jsonl"


def run_module(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "voice.analysis", *args],
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
    )


def test_tag_writes_one_json_line_per_comment_with_the_contract_fields() -> None:
    lines = [
        json.dumps({"id": "a", "text": "My son Jayden waited two years for CAMHS."}),
        json.dumps({"id": "b", "text": "Lovely school"}),
    ]
    out, err = io.StringIO(), io.StringIO()
    assert tag_lines(lines, out, err) == 0
    records = [json.loads(line) for line in out.getvalue().splitlines()]
    assert [r["id"] for r in records] == ["a", "b"]
    first = records[0]
    assert set(first) == {"id", "themes", "sentiment", "polarity", "redacted", "safeguarding"}
    assert first["themes"] == ["health_services"]
    assert first["sentiment"] == "negative"
    assert first["redacted"] == "My son [name] waited two years for CAMHS."
    assert first["safeguarding"] is False
    assert err.getvalue() == ""


def test_a_bad_line_is_reported_with_its_number_and_the_rest_are_still_tagged() -> None:
    stdin = "\n".join(
        [
            json.dumps({"id": "1", "text": "Transport is late"}),
            "{not json",
            json.dumps({"id": "3"}),
            json.dumps({"id": "4", "text": 42}),
            "",
            json.dumps({"id": "6", "text": "CAMHS are great"}),
        ]
    )
    completed = run_module("tag", "-", stdin=stdin)
    assert completed.returncode == 1
    ids = [json.loads(line)["id"] for line in completed.stdout.splitlines()]
    assert ids == ["1", "6"]
    errors = completed.stderr.splitlines()
    assert errors[0].startswith("line 2: invalid JSON")
    assert errors[1] == 'line 3: missing "text"'
    assert errors[2] == 'line 4: "text" must be a string'
    assert len(errors) == 3


def test_tag_exits_zero_when_every_line_is_good(tmp_path: Path) -> None:
    path = tmp_path / "comments.jsonl"
    path.write_text(json.dumps({"id": "x", "text": "ok"}) + "\n", encoding="utf-8")
    completed = run_module("tag", str(path))
    assert completed.returncode == 0
    assert json.loads(completed.stdout)["id"] == "x"


def test_tag_reports_an_unreadable_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["tag", str(ROOT / "no-such-file.jsonl")]) == 2
    assert "cannot read" in capsys.readouterr().err


def test_evaluate_prints_theme_scores_macro_f1_sentiment_and_the_textblob_baseline() -> None:
    completed = run_module("evaluate", str(TUNE))
    assert completed.returncode == 0, completed.stderr
    report = completed.stdout
    for needle in (
        "precision", "recall", "F1", "ehc_plans", "transport", "theme macro-F1",
        "Sentiment (Voice analysis)", "accuracy:", "negative called positive:",
        "confusion (rows gold, columns predicted)",
        "Sentiment baseline (bare TextBlob polarity",
        "Theme baseline: none",
    ):
        assert needle in report, needle
    assert report.count("accuracy:") == 2
    assert "in-sample" in report  # the tuning set is training data


def test_evaluate_does_not_call_an_unseen_file_in_sample(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    unseen = tmp_path / "unseen.jsonl"
    unseen.write_text(
        json.dumps({"id": "1", "text": "The bus never comes.", "themes": ["transport"],
                    "sentiment": "negative"}) + "\n", encoding="utf-8")
    assert main(["evaluate", str(unseen)]) == 0
    report = capsys.readouterr().out
    assert "Evaluated 1 comments" in report
    assert "in-sample" not in report
