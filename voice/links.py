"""Links we hand out (share page, QR codes, posters) are built from configuration only.

A request's Host header and scheme are whatever the client says they are, so a link
made from them could send families to someone else's site. ``BASE_URL`` comes from
VOICE_BASE_URL, and production refuses to start without an https one.
"""

from __future__ import annotations

from typing import Any

from flask import current_app


def public_url(endpoint: str, **values: Any) -> str:
    """The absolute address of an endpoint under the configured base URL."""
    base = str(current_app.config["BASE_URL"]).rstrip("/")
    # Bound to a placeholder host: only the path is used, so no request is needed either.
    path = current_app.url_map.bind("voice.invalid").build(endpoint, values)
    return base + path
