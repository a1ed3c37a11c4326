"""The translation template must list every translatable string in the code and templates."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from babel.messages.pofile import read_po

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
