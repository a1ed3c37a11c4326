"""Report words for proportions, band by band."""

from __future__ import annotations

import pytest

from voice.analysis import proportion_words


@pytest.mark.parametrize(
    ("count", "total", "words"),
    [
        (0, 10, "none"),
        (0, 0, "none"),
        (10, 10, "all"),
        (1, 1, "all"),
        (99, 100, "almost all"),
        (91, 100, "almost all"),
        (90, 100, "most"),
        (75, 100, "most"),
        (74, 100, "a majority"),
        (56, 100, "a majority"),
        (55, 100, "about half"),
        (50, 100, "about half"),
        (45, 100, "about half"),
        (44, 100, "a minority"),
        (15, 100, "a minority"),
        (14, 100, "a few"),
        (1, 100, "a few"),
        (1, 2, "about half"),
        (2, 3, "a majority"),
        (1, 3, "a minority"),
    ],
)
def test_each_band_has_exact_edges(count: int, total: int, words: str) -> None:
    assert proportion_words(count, total) == words


def test_impossible_counts_are_refused() -> None:
    with pytest.raises(ValueError):
        proportion_words(3, 2)
    with pytest.raises(ValueError):
        proportion_words(-1, 2)
