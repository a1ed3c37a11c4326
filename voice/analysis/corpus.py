"""The labelled real-text corpus: families' and inspectors' own published words.

``data/real/*.jsonl`` holds short verbatim quotations from public documents
about SEND services in England (inspection reports, parliamentary evidence,
ombudsman decisions, Healthwatch and forum reports, charities' reports with
young people's words, parents' posts), each with its source, and labels made
by the rules in ``data/real/LABELLING.md``. ``data/real/README.md`` lists the
sources and how the labels were checked.

Real text is the yardstick: headline figures are leave-source-out, so no
document is ever scored by a model that saw any of it.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Final

from voice.analysis.taxonomy import SENTIMENTS, THEME_KEYS

REAL_DIR: Final = Path(__file__).resolve().parent / "data" / "real"
REAL_GLOB: Final = "real_*.jsonl"


@dataclass(frozen=True)
class RealItem:
    id: str
    text: str
    themes: tuple[str, ...]
    sentiment: str
    source_id: str
    source_kind: str
    source_url: str
    voice: str
    question: str | None = None


class CorpusError(ValueError):
    pass


def real_files() -> list[Path]:
    return sorted(REAL_DIR.glob(REAL_GLOB))


def _item(row: dict[str, object], where: str) -> RealItem:
    try:
        themes = tuple(str(t) for t in row["themes"])  # type: ignore[attr-defined]
        sentiment = str(row["sentiment"])
        text = str(row["text"]).strip()
        item = RealItem(
            id=str(row["id"]), text=text, themes=themes, sentiment=sentiment,
            source_id=str(row["source_id"]), source_kind=str(row.get("source_kind") or "other"),
            source_url=str(row.get("source_url") or ""), voice=str(row.get("voice") or "report"),
            question=(str(row["question"]).strip() or None) if row.get("question") else None,
        )
    except (KeyError, TypeError) as error:
        raise CorpusError(f"{where}: missing or wrong field ({error})") from error
    unknown = [t for t in themes if t not in THEME_KEYS]
    if unknown or not themes:
        raise CorpusError(f"{where}: themes must be taxonomy keys, got {list(themes)}")
    if sentiment not in SENTIMENTS:
        raise CorpusError(f"{where}: unknown sentiment {sentiment!r}")
    if not text:
        raise CorpusError(f"{where}: empty text")
    return item


def load_real(paths: Iterable[Path] | None = None) -> list[RealItem]:
    """Every labelled real item, once: a text quoted by two documents is kept
    from the first file in name order."""
    items: list[RealItem] = []
    seen: set[str] = set()
    for path in paths if paths is not None else real_files():
        with open(path, encoding="utf-8") as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                try:
                    row = json.loads(line)
                except ValueError as error:
                    raise CorpusError(f"{path.name} line {number}: invalid JSON") from error
                item = _item(row, f"{path.name} line {number}")
                key = " ".join(item.text.lower().split())
                if key in seen:
                    continue
                seen.add(key)
                items.append(item)
    return items
