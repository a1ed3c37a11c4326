"""Every public start page's first load stays under 100 KB (issue 14), in real Chromium.

Sizes, not times: the bytes Chromium receives for the page and everything it loads,
with an empty cache. benchmarks/bench_page_weight.py prints the same figures beside the
unoptimised baseline, under gunicorn.
"""

from __future__ import annotations

import pytest

from benchmarks.bench_page_weight import LIMIT, first_and_repeat, first_load, public_start_pages
from tests.integration.webinar_fixtures import webinar_inspection  # noqa: F401  (fixture)


@pytest.fixture
def start_pages(live_server, webinar_inspection):  # noqa: F811
    return {name: live_server + path for name, path in public_start_pages(webinar_inspection).items()}


def test_every_public_start_page_loads_in_under_100_kb_with_an_empty_cache(browser, start_pages):
    weights = {name: first_and_repeat(browser, url) for name, url in start_pages.items()}
    heavy = {name: first.transferred for name, (first, _) in weights.items() if first.transferred >= LIMIT}
    assert not heavy, f"over {LIMIT:,} bytes on a first load: {heavy}"
    for name, (first, repeat) in weights.items():
        # The stylesheet and scripts did load (a page with none would pass the budget trivially)...
        assert first.requests >= 4, f"{name}: only {first.requests} requests"
        # ...and a second visit takes them from the cache: only the page itself comes again.
        assert repeat.requests == 1, f"{name}: {repeat.requests} requests on a repeat visit"


def test_every_public_start_page_in_every_language_loads_in_under_100_kb(browser, start_pages):
    """A first visit in each language: the same page, its own words and (for Arabic, Urdu,
    Bengali and Panjabi) the system's own fonts, none downloaded."""
    from config import BaseConfig

    heavy = {}
    for code in BaseConfig.LANGUAGES:
        if code == "en":
            continue  # measured above
        for name, url in start_pages.items():
            weight = first_load(browser, f"{url}{'&' if '?' in url else '?'}lang={code}")
            assert weight.requests >= 4, f"{name} ({code}): only {weight.requests} requests"
            if weight.transferred >= LIMIT:
                heavy[f"{name} ({code})"] = weight.transferred
    assert not heavy, f"over {LIMIT:,} bytes on a first load: {heavy}"
