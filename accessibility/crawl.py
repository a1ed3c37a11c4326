"""The crawler behind the audit: follow links, walk each survey by keyboard, try every button.

Three ways to reach a page:
- **Links** from any page already seen (same site only; never sign-out, downloads or
  exports). Signed-in pages are only ever fetched, never submitted.
- **Survey walks**: from each survey's start page, answer every question with the
  keyboard and press the main button, until a page has nothing left to send.
- **Side paths**, tried in a copy of the walk's browser session so the walk is not
  disturbed: each form sent empty (its error state) and each other button (save and
  come back, the standard version, bigger text...). A side path that leads to new
  question pages is walked in turn.

Every state is audited with axe-core and IBM's Equal Access engine, with JavaScript on and off, with the structural
page checks, and (once per address) by tabbing through every focusable element.
"""

from __future__ import annotations

import re
import time
from collections import Counter, deque
from urllib.parse import urldefrag, urljoin, urlsplit

from playwright.sync_api import TimeoutError as PlaywrightTimeout

from accessibility.axe import axe_violations
from accessibility.ibm import ibm_check
from accessibility.keyboard import KeyboardProblem, fill_by_keyboard, focus_sweep, press_by_keyboard
from accessibility.page_checks import check_page
from accessibility.report import Journey, PageAudit, Report

SKIP_PATH_WORDS = ("sign-out", "signout", "logout", "log-out", "delete", "export", "download")
SKIP_SUFFIXES = (".csv", ".xlsx", ".pdf", ".zip", ".png", ".jpg", ".svg", ".json", ".txt", ".ics")
SUBMIT_BUTTONS = "button[type=submit], button:not([type]), input[type=submit]"
PRIMARY_BUTTON_JS = """(main) => {
    for (const form of main.querySelectorAll('form')) {
        if ((form.getAttribute('method') || 'get').toLowerCase() !== 'post') continue;
        const buttons = [...form.querySelectorAll('button[type=submit], button:not([type]), input[type=submit]')];
        const primary = buttons.find(b => !b.matches('.govuk-button--secondary, .govuk-button--warning'));
        if (primary) { primary.dataset.auditPrimary = '1'; form.dataset.auditPrimaryForm = '1'; return true; }
    }
    return false;
}"""
HAS_VISIBLE_FIELDS_JS = """(form) => [...form.querySelectorAll('input, textarea, select')].some(el =>
    !['hidden', 'submit', 'button'].includes((el.getAttribute('type') || '').toLowerCase()))"""
MAX_WALK_STEPS = 30
RATE_LIMIT_WAIT = 65
# Pages that differ only by a number or a reference (comment 41, comment 42...) share a
# template: a couple of each is enough.
PER_PATTERN = 2
_NUMBER = re.compile(r"/\d+(?=/|$)")
_REFERENCE = re.compile(r"/[A-Z0-9]{4}-[A-Z0-9]{4}(?=/|$)")
_SCRIPT = re.compile(r"<script\b[^>]*>.*?</script>", re.S | re.I)


def path_pattern(path: str) -> str:
    return _REFERENCE.sub("/{reference}", _NUMBER.sub("/{n}", path))


class NoScriptAxe:
    """axe on a page as a browser with JavaScript off rendered it, in one reused tab.

    axe needs JavaScript, so it cannot run where JavaScript is off. Instead the HTML the
    server sent is served again at the same address with every script removed and
    blocked (styles and images load as usual), and only axe runs there.
    """

    def __init__(self, context) -> None:
        self.html = ""
        self.page = context.new_page()
        self.page.route("**/*", self._route)

    def _route(self, route) -> None:
        kind = route.request.resource_type
        if kind == "document":
            route.fulfill(status=200, content_type="text/html; charset=utf-8", body=self.html)
        elif kind == "script":
            route.abort()
        else:
            route.fallback()

    def violations(self, url: str, html: str) -> list[dict]:
        self.html = _SCRIPT.sub("", html)
        self.page.goto(url)
        return axe_violations(self.page)

    def ibm(self, *, staff: bool) -> tuple[list[dict], list[dict]]:
        """The IBM engine on the page `violations` last loaded (run that first)."""
        return ibm_check(self.page, staff=staff)


REFLOW_WIDTH = 320  # CSS pixels: 1280 wide at 400% zoom (WCAG 1.4.10 Reflow)


def reflow_problems(page) -> list[str]:
    """Whether the page fits 320 CSS pixels without scrolling sideways."""
    size = page.viewport_size or {"width": 1280, "height": 720}
    page.set_viewport_size({"width": REFLOW_WIDTH, "height": size["height"]})
    try:
        width = page.evaluate("document.documentElement.scrollWidth")
    finally:
        page.set_viewport_size(size)
    if width > REFLOW_WIDTH:
        return [f"{width} CSS pixels wide at a {REFLOW_WIDTH}-pixel viewport: it scrolls sideways at 400% zoom"]
    return []


def expected_404(url: str) -> bool:
    """The audit visits addresses that do not exist on purpose: the not-found page, a spent set-password link."""
    return "/accessibility-audit/" in url or "/set-password/accessibility-audit" in url


class Crawler:
    def __init__(self, browser, report: Report, *, base_url: str, max_pages: int = 300,
                 per_pattern: int = PER_PATTERN, language: str | None = None,
                 direction: str = "ltr") -> None:
        self.browser = browser
        # With a language, every public page must say it in <html lang dir> (issue 12).
        self.language = language
        self.direction = direction
        self.report = report
        self.base_url = base_url.rstrip("/") + "/"
        self.origin = urlsplit(self.base_url).netloc
        self.max_pages = max_pages
        self.audited: set[str] = set()
        self.focus_checked: set[str] = set()
        self.explored: set[tuple[str, str]] = set()
        self.links: deque[str] = deque()
        self.patterns: Counter[str] = Counter()
        self.per_pattern = per_pattern
        self.skipped = 0
        self.axe_context = self.new_context()
        self.no_script = NoScriptAxe(self.axe_context)

    def close(self) -> None:
        self.axe_context.close()

    def new_context(self, **options):
        return self.browser.new_context(**options)

    # Auditing one state

    def audit(self, page, html: str, *, state: str, status: int, signed_in: bool = False) -> None:
        key = f"{self._path(page.url)}|{state}"
        if key in self.audited or len(self.report.pages) >= self.max_pages:
            return
        self.audited.add(key)
        entry = PageAudit(url=page.url, state=state, status=status, signed_in=signed_in, title=page.title())
        entry.violations_js = axe_violations(page)
        entry.ibm_js, set_aside_js = ibm_check(page, staff=signed_in)
        entry.violations_no_js = self.no_script.violations(page.url, html)
        entry.ibm_no_js, set_aside_no_js = self.no_script.ibm(staff=signed_in)
        entry.ibm_set_aside = [r["ruleId"] for r in set_aside_js + set_aside_no_js]
        entry.structure = check_page(html) + self.language_problems(page, signed_in=signed_in)
        path = self._path(page.url)
        if path not in self.focus_checked:
            self.focus_checked.add(path)
            entry.focus_stops, entry.focus = focus_sweep(page)
            entry.reflow = reflow_problems(page)
        self.report.pages.append(entry)
        if status >= 500:
            self.report.warnings.append(f"{page.url} answered {status}")
        self.collect_links(page)

    def language_problems(self, page, *, signed_in: bool) -> list[str]:
        """A public page in the language asked for says so; a staff page is always English."""
        if self.language is None:
            return []
        found = tuple(page.evaluate("[document.documentElement.lang, document.documentElement.dir]"))
        # Staff pages (signed in, or the sign-in pages: body.voice-staff) are English only.
        staff = signed_in or page.evaluate("document.body.classList.contains('voice-staff')")
        expected = ("en", "ltr") if staff else (self.language, self.direction)
        return [] if found == expected else [f"<html lang dir> is {found}, expected {expected}"]

    # Links

    def _path(self, url: str) -> str:
        return urlsplit(url).path

    def _followable(self, url: str) -> bool:
        parts = urlsplit(url)
        path = parts.path.lower()
        return (parts.scheme in ("http", "https") and parts.netloc == self.origin
                and not path.startswith("/static/") and not path.endswith(SKIP_SUFFIXES)
                and not any(word in path for word in SKIP_PATH_WORDS))

    def collect_links(self, page) -> None:
        hrefs = page.eval_on_selector_all(
            "a[href]:not([download])", "links => links.map(a => a.getAttribute('href'))")
        for href in hrefs:
            url = urldefrag(urljoin(page.url, href)).url.split("?")[0]
            if self._followable(url):
                self.links.append(url)

    def crawl_links(self, context, starts: list[str], *, signed_in: bool = False) -> None:
        """Visit every linked page once. Public forms are sent empty to see their error states."""
        self.links.extend(starts)
        visited: set[str] = set()
        page = context.new_page()
        while self.links and len(self.report.pages) < self.max_pages:
            url = self.links.popleft()
            path = self._path(url)
            if path in visited or f"{path}|page" in self.audited and not signed_in:
                continue
            visited.add(path)
            self.patterns[path_pattern(path)] += 1
            if self.patterns[path_pattern(path)] > self.per_pattern:
                self.skipped += 1
                continue
            try:
                response = page.goto(url)
            except Exception as error:  # noqa: BLE001  (a download, a timeout: note it and carry on)
                self.report.warnings.append(f"could not open {url}: {str(error).splitlines()[0]}")
                continue
            if response is None or "html" not in response.headers.get("content-type", ""):
                continue
            if response.status == 404 and not expected_404(url):
                self.report.warnings.append(f"broken link: {url} is not found")
            self.audit(page, response.text(), state="page", status=response.status, signed_in=signed_in)
            self.collect_links(page)  # again: signed in, a page seen before may link further
            if not signed_in:
                self.try_error_state(context, page.url)
        page.close()
        if self.skipped:
            self.report.warnings.append(
                f"{self.skipped} linked pages were not audited: they share an address pattern with "
                f"{self.per_pattern} pages that were (for example, one comment among many)")
            self.skipped = 0

    # Forms

    def _clone(self, context):
        return self.new_context(storage_state=context.storage_state())

    def _submit(self, page, button) -> object | None:
        """Click a submit button; the final response, or a reload if script took the click."""
        try:
            with page.expect_request(lambda r: r.is_navigation_request() and r.frame == page.main_frame,
                                     timeout=1500) as started:
                button.click()
        except PlaywrightTimeout:
            return page.reload()
        page.wait_for_load_state()
        request = started.value
        while request.redirected_to is not None:
            request = request.redirected_to
        return request.response()

    def _wait_if_limited(self, response) -> bool:
        if response is not None and response.status == 429:
            self.report.warnings.append(f"rate limited at {response.url}: waited {RATE_LIMIT_WAIT}s")
            time.sleep(RATE_LIMIT_WAIT)
            return True
        return False

    def try_error_state(self, context, url: str) -> None:
        """Send the page's main form empty, in a copy of the session, and audit any errors shown."""
        key = (self._path(url), "error state")
        if key in self.explored:
            return
        self.explored.add(key)
        clone = self._clone(context)
        try:
            page = clone.new_page()
            page.goto(url)
            main = page.query_selector("main") or page.query_selector("body")
            if main is None or not main.evaluate(PRIMARY_BUTTON_JS):
                return
            form = page.query_selector("form[data-audit-primary-form]")
            if form is None or not form.evaluate(HAS_VISIBLE_FIELDS_JS):
                return
            for _attempt in range(2):
                response = self._submit(page, page.query_selector("[data-audit-primary]"))
                if not self._wait_if_limited(response):
                    break
                page.goto(url)
                main = page.query_selector("main")
                main.evaluate(PRIMARY_BUTTON_JS)
            if response is not None and page.query_selector(".govuk-error-summary"):
                self.audit(page, response.text(), state="error state", status=response.status)
        finally:
            clone.close()

    def try_other_buttons(self, context, url: str) -> None:
        """Press each button other than the main one, in a copy of the session."""
        probe = context.new_page()
        try:
            probe.goto(url)
            main = probe.query_selector("main")
            if main is not None:
                main.evaluate(PRIMARY_BUTTON_JS)
            buttons = [
                (b.evaluate("b => b.closest('form') ? (b.closest('form').getAttribute('action') || '') : ''"),
                 b.inner_text().strip(), b.get_attribute("name") or "")
                for b in probe.query_selector_all(SUBMIT_BUTTONS)
                if b.get_attribute("data-audit-primary") is None and b.is_visible()
            ]
        finally:
            probe.close()
        for action, label, name in buttons:
            key = (self._path(urljoin(url, action or url)), label)
            if key in self.explored:
                continue
            self.explored.add(key)
            clone = self._clone(context)
            try:
                page = clone.new_page()
                page.goto(url)
                button = page.query_selector(f'{SUBMIT_BUTTONS.split(",")[0]}[name="{name}"]') if name else None
                button = button or page.get_by_role("button", name=label).first
                response = self._submit(page, button)
                if response is None:
                    continue
                same = self._path(page.url) == self._path(url)
                new = f"{self._path(page.url)}|page" not in self.audited
                self.audit(page, response.text(), state=f"after pressing '{label}'" if same else "page",
                           status=response.status)
                if new and not same:
                    self.walk(clone, page, via=f"'{label}' on {self._path(url)}", start=url)
            finally:
                clone.close()

    # Walking a survey

    def walk_survey(self, start: str) -> None:
        context = self.new_context()
        try:
            page = context.new_page()
            response = page.goto(start)
            self.audit(page, response.text(), state="page", status=response.status)
            self.walk(context, page, start=start)
        finally:
            context.close()

    def walk(self, context, page, *, start: str, via: str = "") -> None:
        """Answer each page with the keyboard alone until there is nothing left to send."""
        journey = Journey(start=start, via=via, pages=[self._path(page.url)])
        self.report.journeys.append(journey)
        for _step in range(MAX_WALK_STEPS):
            main = page.query_selector("main")
            if main is None or not main.evaluate(PRIMARY_BUTTON_JS):
                journey.completed = True
                return
            self.try_error_state(context, page.url)
            self.try_other_buttons(context, page.url)
            main.evaluate(PRIMARY_BUTTON_JS)
            form = page.query_selector("form[data-audit-primary-form]")
            before = self._path(page.url)
            try:
                fill_by_keyboard(page, form)
                response = press_by_keyboard(page, page.query_selector("[data-audit-primary]"),
                                             what="the main button")
            except KeyboardProblem as problem:
                journey.problem = f"on {before}: {problem}"
                return
            if self._wait_if_limited(response):
                page.goto(self.base_url.rstrip("/") + before)
                continue
            if page.query_selector(".govuk-error-summary"):
                journey.problem = f"on {before}: the answers typed by keyboard were refused"
                return
            journey.pages.append(self._path(page.url))
            self.audit(page, response.text(), state="page", status=response.status)
        journey.problem = f"still going after {MAX_WALK_STEPS} pages"
