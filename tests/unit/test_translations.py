"""The translation template must list every translatable string in the code and templates."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parents[2]
POT = ROOT / "voice" / "translations" / "messages.pot"


def _ids(path: Path) -> set[str]:
    with path.open("rb") as handle:
        catalogue = read_po(handle)
    return {str(message.id) for message in catalogue if message.id}


def test_messages_pot_is_current(tmp_path):
    fresh = tmp_path / "messages.pot"
    subprocess.run(
        [str(Path(sys.executable).parent / "pybabel"), "-q", "extract", "-F", "babel.cfg",
         "-k", "_l", "-k", "lazy_gettext", "-o", str(fresh), "--no-location", "--sort-output",
         "--omit-header", "."],
        # The questionnaire extractor (babel.cfg) is imported from this checkout.
        cwd=ROOT, check=True, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    missing = _ids(fresh) - _ids(POT)
    stale = _ids(POT) - _ids(fresh)
    assert not missing and not stale, (
        f"messages.pot is out of date (run `make translations`): {len(missing)} new, {len(stale)} removed; "
        f"e.g. {sorted(missing)[:3] or sorted(stale)[:3]}"
    )


def test_no_catalogue_has_an_empty_translation():
    empty = []
    for po in sorted((ROOT / "voice" / "translations").glob("*/LC_MESSAGES/messages.po")):
        with po.open("rb") as handle:
            catalogue = read_po(handle)
        empty += [f"{po.parent.parent.name}: {m.id!r}" for m in catalogue if m.id and not m.string]
    assert not empty, "untranslated strings: " + "; ".join(empty[:10])


# --- Shipped languages (issue 12): every public string translated, nothing fuzzy, nothing broken ---

PUBLIC_CFG = ROOT / "babel-public.cfg"
PLACEHOLDER = re.compile(r"%\([a-z_]+\)[sd]|%[sd]|\{[a-z_]+\}")
TAG = re.compile(r"</?[a-zA-Z][a-zA-Z0-9]*")


def _shipped() -> list[str]:
    from config import BaseConfig

    return [code for code in BaseConfig.LANGUAGES if code != "en"]


@pytest.fixture(scope="module")
def public_pot(tmp_path_factory) -> Catalog:
    """The public pages' strings, extracted now, so a new public string fails until it is translated."""
    pot = tmp_path_factory.mktemp("pot") / "public.pot"
    subprocess.run(
        [str(Path(sys.executable).parent / "pybabel"), "-q", "extract", "-F", str(PUBLIC_CFG),
         "-k", "_l", "-k", "lazy_gettext", "-o", str(pot), "--no-location", "--omit-header", "."],
        cwd=ROOT, check=True, env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    with pot.open("rb") as handle:
        return read_po(handle)


def _strings(value) -> list[str]:
    return list(value) if isinstance(value, (tuple, list)) else [value or ""]


def catalogue_problems(template: Catalog, catalogue: Catalog) -> list[str]:
    """What is wrong with one language against the public template."""
    problems = []
    for message in template:
        if not message.id:
            continue
        found = catalogue.get(message.id)
        key = message.id[0] if isinstance(message.id, tuple) else message.id
        if found is None:
            problems.append(f"missing: {key!r}")
            continue
        if found.fuzzy:
            problems.append(f"fuzzy: {key!r}")
        translations = _strings(found.string)
        if not all(text.strip() for text in translations):
            problems.append(f"empty: {key!r}")
            continue
        source = "".join(_strings(message.id))
        for text in translations:
            if sorted(set(PLACEHOLDER.findall(text))) != sorted(set(PLACEHOLDER.findall(source))):
                problems.append(f"placeholders differ: {key!r} -> {text!r}")
            if sorted(TAG.findall(text)) != sorted(TAG.findall(source if not isinstance(message.id, tuple)
                                                            else message.id[0])):
                problems.append(f"HTML tags differ: {key!r} -> {text!r}")
    return problems


def test_the_public_extraction_config_covers_the_public_templates():
    config = PUBLIC_CFG.read_text()
    for needed in ("voice/templates/layout.html", "voice/templates/survey/", "voice/templates/young_people/",
                   "voice/templates/errors/", "voice/templates/admin/poster_", "questionnaires/**.yaml"):
        assert needed in config


@pytest.mark.parametrize("code", _shipped())
def test_a_shipped_language_translates_every_public_string(public_pot, code):
    po = ROOT / "voice" / "translations" / code / "LC_MESSAGES" / "messages.po"
    assert po.exists(), f"{code}: no catalogue at {po.relative_to(ROOT)}"
    with po.open("rb") as handle:
        catalogue = read_po(handle, locale=code)
    problems = catalogue_problems(public_pot, catalogue)
    assert not problems, f"{code}: {len(problems)} problem(s): " + "; ".join(problems[:8])


def test_the_completeness_check_catches_missing_fuzzy_and_broken_strings():
    template = Catalog()
    template.add("Hello %(name)s", flags=["python-format"])
    template.add("Read <a href=\"x\">this</a>")
    template.add("Gone")
    template.add("Guess")
    catalogue = Catalog(locale="pl")
    catalogue.add("Hello %(name)s", "Cześć %(imie)s")
    catalogue.add("Read <a href=\"x\">this</a>", "Przeczytaj to")
    catalogue.add("Guess", "Zgadnij", flags=["fuzzy"])
    problems = catalogue_problems(template, catalogue)
    assert any(p.startswith("placeholders differ: 'Hello") for p in problems)
    assert any(p.startswith("HTML tags differ: 'Read") for p in problems)
    assert "missing: 'Gone'" in problems and "fuzzy: 'Guess'" in problems


def test_every_shipped_language_records_how_it_was_made_and_its_review():
    import yaml

    records = yaml.safe_load((ROOT / "voice" / "translations" / "catalogues.yaml").read_text(encoding="utf-8"))
    assert set(records) == set(_shipped())
    for code, record in records.items():
        assert record["made"], code
        assert isinstance(record["reviewed"], bool), code
        if record["reviewed"]:
            assert record["reviewer"] and record["reviewed_on"], f"{code}: a review names who and when"


def test_compiled_catalogues_leave_out_fuzzy_entries(tmp_path):
    from babel.messages.mofile import read_mo

    from voice.catalogues import compile_catalogues

    target = tmp_path / "pl" / "LC_MESSAGES"
    target.mkdir(parents=True)
    catalogue = Catalog(locale="pl")
    catalogue.add("Yes", "Tak")
    catalogue.add("No", "Nie", flags=["fuzzy"])
    with (target / "messages.po").open("wb") as handle:
        write_po(handle, catalogue)
    assert compile_catalogues(root=tmp_path) == [target / "messages.mo"]
    with (target / "messages.mo").open("rb") as handle:
        compiled = read_mo(handle)
    assert compiled.get("Yes").string == "Tak" and compiled.get("No") is None
    assert compile_catalogues(root=tmp_path) == []  # nothing stale the second time
