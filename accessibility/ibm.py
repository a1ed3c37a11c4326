"""IBM's Equal Access engine in Chromium, beside axe-core.

The engine (npm's `accessibility-checker-engine`, installed by `npm ci`) is injected
into the page the same way axe is: its script is evaluated in the page, so the page's
own Content-Security-Policy does not stand in its way, then `ace.Checker` runs with the
IBM_Accessibility policy (IBM's requirements: WCAG 2.2 A and AA and more). Only results
at the "violation" level count, as in IBM's own checker's default failure levels.

Staff pages may carry rules shown to be false positives (FALSE_POSITIVES_STAFF below),
each with its reason. Public pages have none: they must be clean.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

ENGINE = Path(__file__).resolve().parent.parent / "node_modules" / "accessibility-checker-engine" / "ace.js"
POLICIES = ["IBM_Accessibility"]
FAILING_LEVELS = ("violation",)

# Rules the IBM engine reports on staff pages that are not accessibility failures there.
# Each is here because its reason was checked on the page; none applies to public pages.
FALSE_POSITIVES_STAFF: dict[str, str] = {}

# The engine gives each result a value pair; IBM's checker names the pair a level.
_RUN = """async (policies) => {
    const level = ([kind, outcome]) => {
        const potential = outcome === 'POTENTIAL' ? 'potential' : '';
        if (outcome === 'MANUAL') return 'manual';
        if (kind === 'VIOLATION') return potential + 'violation';
        if (kind === 'RECOMMENDATION') return potential + 'recommendation';
        return 'manual';
    };
    const checker = new ace.Checker();
    const report = await checker.check(document, policies);
    return report.results
        .filter(r => r.value && r.value[1] !== 'PASS')
        .map(r => ({ruleId: r.ruleId, reasonId: r.reasonId, level: level(r.value), message: r.message,
                    path: r.path && r.path.dom, snippet: (r.snippet || '').slice(0, 300)}));
}"""


class EngineMissing(RuntimeError):
    """`npm ci` has not been run, so the IBM engine is not in node_modules."""


@cache
def _engine_source() -> str:
    if not ENGINE.exists():
        raise EngineMissing(f"{ENGINE} not found: run `npm ci` to install accessibility-checker-engine")
    return ENGINE.read_text(encoding="utf-8")


def ibm_results(page) -> list[dict]:
    """Every result the IBM engine did not pass on the page as it is now (any level)."""
    if not page.evaluate("typeof window.ace !== 'undefined' && typeof window.ace.Checker === 'function'"):
        # The engine's bundle declares `var ace` at the top level: evaluated as a script
        # (not a function) it becomes a global of the page.
        page.evaluate(_engine_source() + "\n;window.ace = ace; true")
    return list(page.evaluate(_RUN, POLICIES))


def ibm_violations(page, *, staff: bool = False) -> list[dict]:
    """IBM violations on the page, less the staff pages' listed false positives when staff is true."""
    ignored = FALSE_POSITIVES_STAFF if staff else {}
    return [r for r in ibm_results(page) if r["level"] in FAILING_LEVELS and r["ruleId"] not in ignored]


def format_ibm(violations: list[dict]) -> str:
    return "\n".join(
        f"- {v['ruleId']} ({v['reasonId']}): {v['message']}\n    {v.get('path')}: {v.get('snippet', '')[:200]}"
        for v in violations
    )
