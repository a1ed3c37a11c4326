"""axe-core in Chromium: the one place that knows how we launch and audit."""

from __future__ import annotations

import re

CHROMIUM_PATH = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"]


def axe_violations(page) -> list[dict]:
    """Violations of the WCAG 2.2 A and AA rules on the page as it is now."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page, options={
        "runOnly": {"type": "tag", "values": WCAG_TAGS},
        "resultTypes": ["violations"],
    })
    return list(results.response.get("violations", []))


def format_violations(violations: list[dict]) -> str:
    lines = []
    for violation in violations:
        lines.append(f"- {violation['id']} ({violation.get('impact')}): {violation['help']}")
        for node in violation.get("nodes", [])[:5]:
            lines.append(f"    {', '.join(map(str, node.get('target', [])))}: {node.get('failureSummary', '')[:200]}")
    return "\n".join(lines)


_SCRIPT = re.compile(r"<script\b[^>]*>.*?</script>", re.S | re.I)


def strip_scripts(html: str) -> str:
    return _SCRIPT.sub("", html)


def axe_violations_without_js(audit_context, url: str, html: str) -> list[dict]:
    """Audit a page as a browser with JavaScript off rendered it.

    axe itself needs JavaScript, so it cannot run inside a context that has it turned
    off. Instead we take the DOM that context rendered, strip every script, and serve
    it at the same URL (so styles and images load) to a page whose own scripts never
    run; only axe runs there.
    """
    page = audit_context.new_page()
    try:
        page.route("**/*.js", lambda route: route.abort())
        page.route(url, lambda route: route.fulfill(
            status=200, content_type="text/html; charset=utf-8", body=_SCRIPT.sub("", html)))
        page.goto(url)
        return axe_violations(page)
    finally:
        page.close()
