"""How many bytes does a family's first visit to each public start page cost?

Serves the app twice under gunicorn.conf.py on a throwaway SQLite database: as
configured (slim stylesheet, hashed and precompressed assets, compressed pages) and,
as the baseline in the same run, with VOICE_ASSETS_OPTIMISED=0 (all of GOV.UK Frontend,
nothing compressed, assets revalidated on every visit). Each page is loaded in Chromium
with an empty cache, in a fresh browser context, and the bytes Chromium received over
the network for the page and everything it loaded (headers included, as DevTools'
"transferred") are added up. A second visit in the same context shows what a returning
family downloads.

    .venv/bin/python benchmarks/bench_page_weight.py

Needs `node assets/build.mjs` first, and Debian's chromium.
"""

from __future__ import annotations

import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.serving import gunicorn, open_inspection  # noqa: E402

LIMIT = 100_000  # bytes: the "under 100 KB" for a first load
LANGUAGES = ("en", "ar", "bn", "es", "pa", "pl", "pt", "ro", "tr", "ur")  # config.BaseConfig.LANGUAGES


@dataclass
class Weight:
    transferred: int  # bytes over the network, headers included
    requests: int


def public_start_pages(tokens: dict[str, str]) -> dict[str, str]:
    """Every page a family can arrive on from a link, a poster or a search, by name."""
    return {
        "home": "/",
        "parent survey start": f"/s/{tokens['parent_carer']}/",
        "parent survey resume": f"/s/{tokens['parent_carer']}/resume",
        "young people's easy-read start": f"/y/{tokens['young_person']}/",
        "webinar question page": f"/w/{tokens['webinar']}/",
        "privacy": "/privacy",
        "accessibility statement": "/accessibility",
    }


def load(context, url: str) -> Weight:
    """Navigate a page of this browser context to url and count what came over the network."""
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    sizes: dict[str, int] = {}
    cdp.on("Network.loadingFinished", lambda event: sizes.__setitem__(event["requestId"], event["encodedDataLength"]))
    cdp.send("Network.enable")
    response = page.goto(url, wait_until="networkidle")
    assert response is not None and response.status == 200, f"{url}: {response and response.status}"
    page.close()
    fetched = [size for size in sizes.values() if size > 0]  # 0: served from the browser's cache
    return Weight(sum(fetched), len(fetched))


def first_and_repeat(browser, url: str) -> tuple[Weight, Weight]:
    """The first visit with an empty cache, then a second visit to the same page."""
    context = browser.new_context()
    try:
        return load(context, url), load(context, url)
    finally:
        context.close()


def first_load(browser, url: str) -> Weight:
    """One visit with an empty cache, in a fresh context."""
    context = browser.new_context()
    try:
        return load(context, url)
    finally:
        context.close()


def with_language(path: str, code: str) -> str:
    return f"{path}{'&' if '?' in path else '?'}lang={code}"


def launch(playwright):
    from accessibility.axe import CHROMIUM_ARGS, CHROMIUM_PATH

    return playwright.chromium.launch(executable_path=CHROMIUM_PATH, args=CHROMIUM_ARGS)


def main() -> None:
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        database = f"sqlite:///{Path(tmp) / 'weight.sqlite3'}"
        pages = public_start_pages(open_inspection(database))
        env = {"VOICE_ENV": "development", "DATABASE_URL": database, "WEB_CONCURRENCY": "1"}
        results: dict[str, dict[str, tuple[Weight, Weight]]] = {}
        languages: dict[str, dict[str, Weight]] = {}
        with sync_playwright() as playwright:
            browser = launch(playwright)
            for name, extra in (("baseline", {"VOICE_ASSETS_OPTIMISED": "0"}), ("voice", {})):
                with gunicorn("wsgi:app", env={**env, **extra}) as base:
                    results[name] = {page: first_and_repeat(browser, base + path) for page, path in pages.items()}
                    if name == "voice":
                        languages = {code: {page: first_load(browser, base + with_language(path, code))
                                            for page, path in pages.items()} for code in LANGUAGES}
            browser.close()

    print("First load with an empty cache (bytes transferred, headers included), Chromium, gunicorn.conf.py")
    print("baseline: the same app with VOICE_ASSETS_OPTIMISED=0 (all of GOV.UK Frontend, no compression)\n")
    print(f"{'page':<32} {'baseline':>10} {'voice':>10} {'ratio':>6} {'requests':>8}  {'repeat visit':>12}")
    worst = 0
    for page in pages:
        (before, _), (after, repeat) = results["baseline"][page], results["voice"][page]
        worst = max(worst, after.transferred)
        print(f"{page:<32} {before.transferred:>10,} {after.transferred:>10,} "
              f"{after.transferred / before.transferred:>6.2f} {after.requests:>8}  {repeat.transferred:>12,}")
    print(f"\nheaviest first load: {worst:,} bytes ({'under' if worst < LIMIT else 'OVER'} the {LIMIT:,}-byte budget)")

    print("\nFirst load in each language (bytes transferred; the English column above is the baseline)")
    print(f"{'page':<32} " + " ".join(f"{code:>7}" for code in languages))
    heaviest = 0
    for page in pages:
        row = [languages[code][page].transferred for code in languages]
        heaviest = max(heaviest, *row)
        print(f"{page:<32} " + " ".join(f"{size:>7,}" for size in row))
    print(f"\nheaviest first load in any language: {heaviest:,} bytes "
          f"({'under' if heaviest < LIMIT else 'OVER'} the {LIMIT:,}-byte budget)")


if __name__ == "__main__":
    main()
