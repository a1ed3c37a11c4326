"""Static assets: content-hashed names cached for good, and compressed responses.

`node assets/build.mjs` writes every stylesheet, script and picture again under
static/dist/<hash of its content>/ (same file name), gzip and brotli copies beside
each, and static/dist/manifest.json. Here:

- `url_for("static", filename="css/voice.css")` becomes the hashed name, so a
  template never names a hash;
- WhiteNoise serves static/ in front of Flask: hashed files as `immutable` with a ten-year max-age,
  the precompressed copy the browser accepts, and anything else for a minute;
- Flask-Compress compresses pages (HTML, JSON, CSV) on the way out.

With `ASSETS_OPTIMISED` off (VOICE_ASSETS_OPTIMISED=0) none of this happens and pages
link the stylesheet with all of GOV.UK Frontend in it: the baseline that
benchmarks/bench_page_weight.py measures in the same run. Without a build (no
manifest) the plain names are used, as before.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from flask import Flask

MANIFEST = Path("dist") / "manifest.json"
# Names written by assets/build.mjs: dist/<12 hex digits of the content's hash>/<path>
HASHED = re.compile(r"/dist/[0-9a-f]{12}/.+")


class AssetNames:
    """Plain static names to hashed ones, from the build's manifest (reread in debug if it changes)."""

    def __init__(self, static_folder: Path, *, watch: bool) -> None:
        self.path = static_folder / MANIFEST
        self.watch = watch
        self.mtime = 0.0
        self.names: dict[str, str] = {}
        self.load()

    def load(self) -> None:
        try:
            mtime = self.path.stat().st_mtime
        except FileNotFoundError:
            self.names = {}
            return
        if mtime != self.mtime:
            self.names = json.loads(self.path.read_text(encoding="utf-8"))
            self.mtime = mtime

    def get(self, filename: str) -> str:
        if self.watch:
            self.load()
        return self.names.get(filename, filename)


def init_assets(app: Flask) -> None:
    static_folder = Path(app.static_folder or Path(app.root_path) / "static")
    if not app.config.get("ASSETS_OPTIMISED", True):
        _link_baseline(app, static_folder)
        return

    names = AssetNames(static_folder, watch=app.debug)

    @app.url_defaults
    def hashed_static_names(endpoint: str, values: dict[str, Any]) -> None:
        if endpoint == "static" and "filename" in values:
            values["filename"] = names.get(values["filename"])

    from flask_compress import Compress
    from whitenoise import WhiteNoise

    def static_headers(headers: Any, path: str, url: str) -> None:
        headers["X-Content-Type-Options"] = "nosniff"
        if url.endswith(".svg"):  # a picture opened on its own runs nothing
            headers["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'"

    app.wsgi_app = WhiteNoise(  # type: ignore[method-assign]
        app.wsgi_app,
        root=str(static_folder),
        prefix=app.static_url_path,
        autorefresh=app.debug,
        max_age=0 if app.debug else 60,
        allow_all_origins=False,
        add_headers_function=static_headers,
        immutable_file_test=lambda path, url: bool(HASHED.search(url)),
    )
    Compress(app)


def _link_baseline(app: Flask, static_folder: Path) -> None:
    if not (static_folder / "css" / "voice-all.css").exists():
        return

    @app.url_defaults
    def whole_stylesheet(endpoint: str, values: dict[str, Any]) -> None:
        if endpoint == "static" and values.get("filename") == "css/voice.css":
            values["filename"] = "css/voice-all.css"
