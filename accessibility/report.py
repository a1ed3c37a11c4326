"""What the audit found, and the JSON and HTML reports it writes."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict, dataclass, field
from html import escape
from pathlib import Path

from accessibility.ibm import FALSE_POSITIVES_STAFF
from accessibility.ibm import POLICIES as IBM_POLICIES


@dataclass
class PageAudit:
    """One state of one page: as loaded, after an empty submit (errors), or after a button."""

    url: str
    state: str
    status: int
    signed_in: bool = False
    title: str = ""
    violations_js: list[dict] = field(default_factory=list)
    violations_no_js: list[dict] = field(default_factory=list)
    # IBM Equal Access engine (accessibility/ibm.py), the same two renderings as axe.
    ibm_js: list[dict] = field(default_factory=list)
    ibm_no_js: list[dict] = field(default_factory=list)
    # Staff pages only: the rule of each IBM result set aside as a listed false positive.
    ibm_set_aside: list[str] = field(default_factory=list)
    structure: list[str] = field(default_factory=list)
    focus_stops: int | None = None
    focus: list[str] = field(default_factory=list)
    reflow: list[str] = field(default_factory=list)

    @property
    def problem_count(self) -> int:
        # Staff pages too must fit 320 CSS pixels: their wide data tables scroll sideways
        # inside their own focusable region (.voice-table-scroll), never the whole page.
        return (len(self.violations_js) + len(self.violations_no_js) + len(self.ibm_js) + len(self.ibm_no_js)
                + len(self.structure) + len(self.focus) + len(self.reflow) + (1 if self.status >= 500 else 0))

    def problems(self) -> list[str]:
        """Each problem in a line of words, for the summary."""
        found = [f"axe (JavaScript on): {v.get('id')}: {v.get('help')}" for v in self.violations_js]
        found += [f"axe (JavaScript off): {v.get('id')}: {v.get('help')}" for v in self.violations_no_js]
        found += [f"IBM (JavaScript on): {v.get('ruleId')}: {v.get('message')}" for v in self.ibm_js]
        found += [f"IBM (JavaScript off): {v.get('ruleId')}: {v.get('message')}" for v in self.ibm_no_js]
        found += [f"page check: {p}" for p in self.structure]
        found += [f"focus: {p}" for p in self.focus]
        found += [f"reflow: {p}" for p in self.reflow]
        found += [f"the server answered {self.status}"] if self.status >= 500 else []
        return found


@dataclass
class Journey:
    """A survey completed with the keyboard alone, from its start page to the end."""

    start: str
    via: str = ""
    pages: list[str] = field(default_factory=list)
    completed: bool = False
    problem: str = ""


@dataclass
class Report:
    base_url: str
    started_at: str = ""
    finished_at: str = ""
    pages: list[PageAudit] = field(default_factory=list)
    journeys: list[Journey] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    signed_in_as: str = ""

    @property
    def violations(self) -> int:
        """axe-core's violations, every page and state, JavaScript on and off."""
        return sum(len(p.violations_js) + len(p.violations_no_js) for p in self.pages)

    @property
    def ibm_violations(self) -> int:
        """The IBM Equal Access engine's violations (less the staff pages' listed false positives)."""
        return sum(len(p.ibm_js) + len(p.ibm_no_js) for p in self.pages)

    def engine_figures(self) -> dict[str, dict[str, int]]:
        """Violations by engine, public and staff pages apart: the sweep's headline figures."""
        figures = {}
        for engine, count in (("axe", lambda p: len(p.violations_js) + len(p.violations_no_js)),
                              ("ibm", lambda p: len(p.ibm_js) + len(p.ibm_no_js))):
            figures[engine] = {
                "public": sum(count(p) for p in self.pages if not p.signed_in),
                "staff": sum(count(p) for p in self.pages if p.signed_in),
            }
        return figures

    @property
    def failures(self) -> list[str]:
        found = []
        for page in self.pages:
            if page.problem_count:
                found.append(f"{page.url} ({page.state}): {'; '.join(page.problems())}")
        found += [f"keyboard journey from {j.start}{' via ' + j.via if j.via else ''}: {j.problem}"
                  for j in self.journeys if not j.completed]
        return found

    @property
    def passed(self) -> bool:
        return not self.failures

    def summary(self) -> str:
        figures = self.engine_figures()
        counts = Counter(rule for page in self.pages for rule in page.ibm_set_aside)
        set_aside = ", ".join(f"{rule} {n}" for rule, n in sorted(counts.items()))
        lines = [
            f"Audited {len(self.pages)} page states ({len({p.url for p in self.pages})} addresses) "
            f"at {self.base_url}, with JavaScript on and off.",
            f"axe-core WCAG 2.2 A and AA violations: {self.violations} "
            f"(public pages {figures['axe']['public']}, staff pages {figures['axe']['staff']}).",
            f"IBM Equal Access ({', '.join(IBM_POLICIES)}) violations: {self.ibm_violations} "
            f"(public pages {figures['ibm']['public']}, staff pages {figures['ibm']['staff']}"
            f"; set aside on staff pages as listed false positives: {set_aside or 'none'}).",
            f"Keyboard journeys: {sum(j.completed for j in self.journeys)} of {len(self.journeys)} completed.",
        ]
        lines += [f"FAIL {line}" for line in self.failures]
        lines += [f"warning: {w}" for w in self.warnings]
        lines.append("PASSED: no violations." if self.passed else "FAILED.")
        return "\n".join(lines)


def write_json(report: Report, path: Path) -> None:
    data = asdict(report) | {"violations": report.violations, "ibm_violations": report.ibm_violations,
                             "engines": report.engine_figures(), "passed": report.passed,
                             "failures": report.failures,
                             "ibm_false_positives_staff": {
                                 rule: fp.reason for rule, fp in FALSE_POSITIVES_STAFF.items()}}
    path.write_text(json.dumps(data, indent=2, ensure_ascii=False), encoding="utf-8")


def _violation_items(violations: list[dict], heading: str) -> str:
    if not violations:
        return ""
    items = []
    for violation in violations:
        nodes = "".join(
            f"<li><code>{escape(', '.join(map(str, node.get('target', []))))}</code> "
            f"{escape(node.get('failureSummary', '')[:300])}</li>"
            for node in violation.get("nodes", [])[:10]
        )
        items.append(
            f"<li><strong>{escape(violation.get('id', ''))}</strong> ({escape(str(violation.get('impact')))}): "
            f"{escape(violation.get('help', ''))} <a href=\"{escape(violation.get('helpUrl', ''))}\">rule</a>"
            f"<ul>{nodes}</ul></li>"
        )
    return f"<h4>{escape(heading)}</h4><ul>{''.join(items)}</ul>"


def _ibm_items(violations: list[dict], heading: str) -> str:
    if not violations:
        return ""
    items = "".join(
        f"<li><strong>{escape(v.get('ruleId', ''))}</strong> ({escape(v.get('reasonId', ''))}): "
        f"{escape(v.get('message', ''))}<br><code>{escape(str(v.get('path')))}</code> "
        f"<code>{escape(v.get('snippet', '')[:300])}</code></li>"
        for v in violations
    )
    return f"<h4>{escape(heading)}</h4><ul>{items}</ul>"


def _page_section(page: PageAudit) -> str:
    verdict = "pass" if not page.problem_count else "fail"
    details = (
        _violation_items(page.violations_js, "axe, JavaScript on")
        + _violation_items(page.violations_no_js, "axe, JavaScript off")
        + _ibm_items(page.ibm_js, "IBM Equal Access, JavaScript on")
        + _ibm_items(page.ibm_no_js, "IBM Equal Access, JavaScript off")
        + "".join(f"<p>Page check: {escape(p)}</p>" for p in page.structure)
        + "".join(f"<p>Focus: {escape(p)}</p>" for p in page.focus)
        + "".join(f"<p>Reflow: {escape(p)}</p>" for p in page.reflow)
    )
    stops = "" if page.focus_stops is None else f"; {page.focus_stops} focus stops checked"
    return (
        f"<tr class=\"{verdict}\"><td>{verdict.upper()}</td><td><a href=\"{escape(page.url)}\">"
        f"{escape(page.title or page.url)}</a><br><small>{escape(page.url)}</small></td>"
        f"<td>{escape(page.state)}{' (signed in)' if page.signed_in else ''}</td>"
        f"<td>{page.status}{escape(stops)}</td><td>{details}</td></tr>"
    )


def write_html(report: Report, path: Path) -> None:
    journeys = "".join(
        f"<li>{'Completed' if j.completed else 'FAILED'}: {escape(j.start)}"
        f"{' via ' + escape(j.via) if j.via else ''}, {len(j.pages)} pages"
        f"{': ' + escape(j.problem) if j.problem else ''}</li>"
        for j in report.journeys
    )
    warnings = "".join(f"<li>{escape(w)}</li>" for w in report.warnings)
    rows = "".join(_page_section(page) for page in report.pages)
    set_aside = "".join(f"<li><strong>{escape(rule)}</strong>: {escape(fp.reason)}</li>"
                        for rule, fp in FALSE_POSITIVES_STAFF.items())
    verdict = "No violations found" if report.passed else f"{len(report.failures)} failure(s)"
    path.write_text(f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Accessibility audit: {escape(verdict)}</title>
<style>
body {{ font-family: system-ui, sans-serif; margin: 2rem; line-height: 1.4; color: #0b0c0c; }}
table {{ border-collapse: collapse; width: 100%; }}
td, th {{ border: 1px solid #b1b4b6; padding: .4rem; vertical-align: top; }}
tr.fail td:first-child {{ background: #f4cccc; font-weight: bold; }} tr.pass td:first-child {{ background: #cce2d8; }}
code {{ font-size: .9em; }} pre {{ white-space: pre-wrap; }}
</style></head><body>
<h1>Accessibility audit: {escape(verdict)}</h1>
<p>{escape(report.base_url)}, from {escape(report.started_at)} to {escape(report.finished_at)}.
{' Signed in as ' + escape(report.signed_in_as) + '.' if report.signed_in_as else ''}</p>
<pre>{escape(report.summary())}</pre>
<h2>Keyboard journeys</h2><ul>{journeys or '<li>None</li>'}</ul>
<h2>Warnings</h2><ul>{warnings or '<li>None</li>'}</ul>
<h2>IBM rules set aside on staff pages, where they are false positives</h2><ul>{set_aside or '<li>None</li>'}</ul>
<h2>Pages</h2>
<table><thead><tr><th scope="col">Result</th><th scope="col">Page</th><th scope="col">State</th>
<th scope="col">Status</th><th scope="col">Details</th></tr></thead><tbody>{rows}</tbody></table>
</body></html>
""", encoding="utf-8")


def write_reports(report: Report, folder: Path) -> tuple[Path, Path]:
    folder.mkdir(parents=True, exist_ok=True)
    json_path, html_path = folder / "report.json", folder / "report.html"
    write_json(report, json_path)
    write_html(report, html_path)
    return json_path, html_path
