"""The real-text corpus: well formed, labelled by the taxonomy, and free of reserved sources."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from urllib.parse import urlparse

import pytest

from voice.analysis.corpus import REAL_DIR, CorpusError, load_real, real_files
from voice.analysis.taxonomy import OTHER

RESERVED = Path(__file__).resolve().parents[4] / "shared" / "reserved-sources.txt"


def test_the_corpus_is_large_varied_and_doubly_labelled() -> None:
    items = load_real()
    assert len(items) >= 2000
    assert len({i.source_id for i in items}) >= 500  # leave-source-out needs many documents
    kinds = Counter(i.source_kind for i in items)
    assert len(kinds) >= 8
    voices = Counter(i.voice for i in items)
    assert voices["parent_carer"] >= 500 and voices["young_person"] >= 100
    first = [json.loads(line) for line in (REAL_DIR / "agreement" / "first_labels.jsonl").open()]
    second = [json.loads(line) for line in (REAL_DIR / "agreement" / "second_labels_all.jsonl").open()]
    raw = sum(1 for path in real_files() for line in path.open() if line.strip())
    assert len(first) == len(second) == raw  # two labellings of every item


def test_other_is_never_combined_and_every_item_has_a_source() -> None:
    for item in load_real():
        assert item.themes and (item.themes == (OTHER,) or OTHER not in item.themes), item.id
        assert item.source_url.startswith(("http://", "https://")), item.id


def _normalise(url: str) -> str:
    parsed = urlparse(url if "://" in url else "https://" + url)
    return parsed.netloc.lower().removeprefix("www.") + parsed.path.rstrip("/")


@pytest.mark.skipif(not RESERVED.exists(), reason="shared/reserved-sources.txt is not beside the repository")
def test_no_item_comes_from_a_reserved_source() -> None:
    reserved = set()
    for line in RESERVED.read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            reserved.add(_normalise(line.split(" ")[0].removeprefix("github:")))
    used = {_normalise(i.source_url) for i in load_real()}
    assert not used & reserved
    assert not any("happygeneralist" in u for u in used)


def test_a_bad_line_is_reported_with_its_file_and_line(tmp_path: Path) -> None:
    bad = tmp_path / "real_x.jsonl"
    bad.write_text('{"id": "x-1", "text": "ok", "themes": ["not_a_theme"], "sentiment": "negative", '
                   '"source_id": "s"}\n', encoding="utf-8")
    with pytest.raises(CorpusError, match="real_x.jsonl line 1"):
        load_real([bad])
