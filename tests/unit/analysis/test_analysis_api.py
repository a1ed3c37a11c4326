"""The public API the app codes against, and the Flask-free promise."""

from __future__ import annotations

import ast
import dataclasses
import subprocess
import sys
from pathlib import Path

import pytest

import voice.analysis as analysis

ROOT = Path(__file__).resolve().parents[3]
PACKAGE = ROOT / "voice" / "analysis"


def test_theme_keys_are_the_twelve_fixed_keys_in_taxonomy_order() -> None:
    assert analysis.THEME_KEYS == (
        "identification_assessment",
        "ehc_plans",
        "communication_coproduction",
        "health_services",
        "education_support",
        "social_care",
        "preparing_adulthood",
        "information_local_offer",
        "inclusion_wellbeing",
        "transport",
        "early_years",
        "other",
    )


def test_every_theme_key_has_a_short_english_label() -> None:
    assert set(analysis.THEME_LABELS) == set(analysis.THEME_KEYS)
    assert all(0 < len(label) <= 40 for label in analysis.THEME_LABELS.values())


def test_sentiments_are_the_four_labels() -> None:
    assert analysis.SENTIMENTS == ("positive", "negative", "mixed", "neutral")


def test_analyse_returns_a_frozen_analysis_with_every_field() -> None:
    result = analysis.analyse("Mrs Patel says CAMHS have a two year waiting list.")
    assert isinstance(result, analysis.Analysis)
    assert result.themes == ("health_services",)
    assert result.sentiment == "negative"
    assert -1.0 <= result.polarity < 0
    assert "[name]" in result.redacted and "Patel" not in result.redacted
    assert result.safeguarding is False and result.safeguarding_reasons == ()
    with pytest.raises(dataclasses.FrozenInstanceError):
        result.sentiment = "positive"  # type: ignore[misc]


def test_empty_text_is_neutral_and_other() -> None:
    result = analysis.analyse("")
    assert result.themes == ("other",)
    assert result.sentiment == "neutral"
    assert result.redacted == ""


def test_the_package_exports_the_documented_names() -> None:
    for name in (
        "analyse", "redact", "proportion_words", "summarise", "TaggedComment", "Summary",
        "ThemeSummary", "is_individual_case", "group_questions",
    ):
        assert hasattr(analysis, name), name


def test_no_module_in_the_package_imports_flask() -> None:
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                names = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                names = [node.module or ""]
            else:
                continue
            assert not any(n.split(".")[0] == "flask" for n in names), path


def test_importing_the_whole_package_never_loads_flask() -> None:
    # voice/__init__.py is the app factory and may import Flask itself, so the
    # parent package is replaced by a bare namespace: this checks analysis alone.
    code = (
        "import sys, types; "
        f"pkg = types.ModuleType('voice'); pkg.__path__ = [{str(ROOT / 'voice')!r}]; "
        "sys.modules['voice'] = pkg; "
        "import voice.analysis, voice.analysis.cli, voice.analysis.evaluate, "
        "voice.analysis.summary, voice.analysis.webinar, voice.analysis.__main__; "
        "voice.analysis.analyse('My son waited two years for CAMHS'); "
        "assert 'flask' not in sys.modules, 'flask was imported'"
    )
    completed = subprocess.run(
        [sys.executable, "-W", "error", "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    assert completed.returncode == 0, completed.stderr
