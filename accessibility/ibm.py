"""IBM's Equal Access engine in Chromium, beside axe-core.

The engine (npm's `accessibility-checker-engine`, installed by `npm ci`) is injected
into the page the same way axe is: its script is evaluated in the page, so the page's
own Content-Security-Policy does not stand in its way, then `ace.Checker` runs with the
IBM_Accessibility policy (IBM's requirements: WCAG 2.2 A and AA and more). Only results
at the "violation" level count, as in IBM's own checker's default failure levels.

On staff pages a few rules are set aside where they are false positives
(FALSE_POSITIVES_STAFF below), each with its reason and limited to the elements that
reason covers. Public pages have no exceptions: they must be clean.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

ENGINE = Path(__file__).resolve().parent.parent / "node_modules" / "accessibility-checker-engine" / "ace.js"
POLICIES = ["IBM_Accessibility"]
FAILING_LEVELS = ("violation",)



@dataclass(frozen=True)
class FalsePositive:
    """A rule the engine reports where it does not apply; `applies` says exactly where."""

    reason: str
    applies: Callable[[dict], bool]


_ONE_BUTTON_FORM_REASON = (
    "An unnamed form holding nothing but one named button (close a window, shortlist a group, "
    "sign out) is that button's POST and CSRF plumbing. HTML-AAM exposes a <form> as a form "
    "landmark only when it has an accessible name, so these forms add no landmark to tell apart, "
    "and naming each would add a landmark per table row. Every form with fields is named and "
    "still checked.")
# Rules the IBM engine reports on staff pages that are not failures there, each limited to the
# elements its reason covers. Public pages have no exceptions.
FALSE_POSITIVES_STAFF: dict[str, FalsePositive] = {
    "aria_form_label_unique": FalsePositive(_ONE_BUTTON_FORM_REASON, lambda r: r["one_button_form"]),
    "aria_landmark_name_unique": FalsePositive(_ONE_BUTTON_FORM_REASON, lambda r: r["one_button_form"]),
    "element_tabbable_role_valid": FalsePositive(
        "A wide data table's named scroll region (.voice-table-scroll, role=region, tabindex=0) is "
        "focusable so that keyboard users can scroll it sideways at 320 CSS pixels (WCAG 1.4.10 and "
        "2.1.1; axe's scrollable-region-focusable). The engine exempts a focusable region only while "
        "it is scrolling, and at desktop widths the table fits.",
        lambda r: r["scroll_region"]),
}

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
        .map(r => {
            const el = r.path && r.path.dom ? document.evaluate(
                r.path.dom, document, null, XPathResult.FIRST_ORDERED_NODE_TYPE, null).singleNodeValue : null;
            const named = el && el.nodeType === 1 && ['aria-label', 'aria-labelledby', 'title']
                .some(a => (el.getAttribute(a) || '').trim());
            const fields = el && el.localName === 'form' ? [...el.querySelectorAll(
                'input:not([type=hidden]), select, textarea, button')] : [];
            return {ruleId: r.ruleId, reasonId: r.reasonId, level: level(r.value), message: r.message,
                    path: r.path && r.path.dom, snippet: (r.snippet || '').slice(0, 300),
                    one_button_form: Boolean(el && el.localName === 'form' && !named && fields.length === 1
                                             && fields[0].matches('button, input[type=submit]')),
                    scroll_region: Boolean(el && el.nodeType === 1 && named
                                           && el.matches('.voice-table-scroll[role=region][tabindex="0"]'))};
        });
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


def ibm_check(page, *, staff: bool = False) -> tuple[list[dict], list[dict]]:
    """IBM violations on the page, and (on staff pages) those set aside as listed false positives."""
    ignored = FALSE_POSITIVES_STAFF if staff else {}
    violations, set_aside = [], []
    for result in ibm_results(page):
        if result["level"] not in FAILING_LEVELS:
            continue
        rule = ignored.get(result["ruleId"])
        (set_aside if rule is not None and rule.applies(result) else violations).append(result)
    return violations, set_aside


def ibm_violations(page, *, staff: bool = False) -> list[dict]:
    """IBM violations on the page, less the staff pages' listed false positives when staff is true."""
    return ibm_check(page, staff=staff)[0]


def format_ibm(violations: list[dict]) -> str:
    return "\n".join(
        f"- {v['ruleId']} ({v['reasonId']}): {v['message']}\n    {v.get('path')}: {v.get('snippet', '')[:200]}"
        for v in violations
    )


def ibm_violations_without_js(audit_context, url: str, html: str, *, staff: bool = False) -> list[dict]:
    """The IBM engine on a page as a browser with JavaScript off rendered it (see axe.py's twin)."""
    from accessibility.axe import strip_scripts

    page = audit_context.new_page()
    try:
        page.route("**/*.js", lambda route: route.abort())
        page.route(url, lambda route: route.fulfill(
            status=200, content_type="text/html; charset=utf-8", body=strip_scripts(html)))
        page.goto(url)
        return ibm_violations(page, staff=staff)
    finally:
        page.close()
