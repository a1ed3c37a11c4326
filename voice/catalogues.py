"""Compile the translation catalogues (.po, kept in the repo) into the .mo files gettext reads.

`make setup` runs this once (a stamp target), and the test suite runs it when a .po is newer
than its .mo, so `pytest` on its own tests the words in the repo. The .mo files are build
output and are not committed.

    python -m voice.catalogues          # compile the stale ones
    python -m voice.catalogues --all    # compile every one
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

TRANSLATIONS = Path(__file__).resolve().parent / "translations"


def po_files(root: Path = TRANSLATIONS) -> list[Path]:
    return sorted(root.glob("*/LC_MESSAGES/messages.po"))


def compile_catalogues(*, root: Path = TRANSLATIONS, stale_only: bool = True) -> list[Path]:
    """Write messages.mo beside each messages.po that changed; return the ones written.

    Fuzzy entries are left out (as msgfmt does): a guess is never shown to a family.
    """
    written = []
    for po in po_files(root):
        mo = po.with_suffix(".mo")
        if stale_only and mo.exists() and mo.stat().st_mtime >= po.stat().st_mtime:
            continue
        with po.open("rb") as handle:
            catalogue = read_po(handle, locale=po.parent.parent.name)
        with mo.open("wb") as handle:
            write_mo(handle, catalogue, use_fuzzy=False)
        written.append(mo)
    return written


def main(argv: list[str]) -> int:
    written = compile_catalogues(stale_only="--all" not in argv)
    print(f"compiled {len(written)} catalogue(s) in {TRANSLATIONS}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
