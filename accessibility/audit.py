"""Audit every page of a running Voice: `python -m accessibility.audit --base-url URL`.

It crawls the public pages from the base URL and from each survey link (given with
--start, or read from the demo inspection in the app's own database when none is
given, with the demo's published "You said, inspectors heard" pages), completes each
survey with the keyboard alone, sends each form empty to see
its errors, presses every other button, and audits every state it reaches with
axe-core (WCAG 2.2 A and AA) and IBM's Equal Access engine (IBM_Accessibility policy)
with JavaScript on and off, the structural page checks,
and a visible-focus sweep. With --sign-in-email and --sign-in-password it also signs
in and audits the staff pages it can reach by links (fetching only: it never submits
a staff form).

It writes report.json and report.html to --out and exits 1 if anything failed.

With --languages (a list such as `ar,ur`, or `all`) it audits the public pages again in
each language: every survey link and the public crawl start with `?lang=CODE`, the
browser remembers the choice, and each page must also carry that language and direction
in `<html lang dir>`. Each language's report goes to --out/CODE/; the staff pages (always
English) are audited once, in the English pass.

Surveys are really completed, so a few clearly labelled answers are added to the
inspection audited: run it against the demo, not a live inspection.
"""

from __future__ import annotations

import argparse
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import urljoin

from accessibility.axe import CHROMIUM_ARGS, CHROMIUM_PATH
from accessibility.crawl import Crawler
from accessibility.report import Report, write_reports

NOT_FOUND_PATH = "/accessibility-audit/page-that-does-not-exist"
# Pages no link reaches: the end of a password reset, and a spent or expired set-password link.
# The pages behind a live link or a half-done sign-in (set a password, the code step, setting up
# two-factor sign-in, recovery codes) are audited by tests/browser/test_accounts_journey.py.
UNLINKED_PUBLIC_PATHS = ("/sign-in/forgot-password", "/sign-in/forgot-password/sent",
                         "/set-password/accessibility-audit-spent-link")


def demo_links(base_url: str) -> tuple[list[str], tuple[str, str] | None]:
    """The demo's survey links, read from the app's database, and its demo staff accounts if any.

    The same links `flask demo` prints. Read only: nothing is written.
    """
    from sqlalchemy import select

    from voice import create_app
    from voice.cli import PUBLIC_START_ENDPOINTS
    from voice.extensions import db
    from voice.models import Inspection

    app = create_app()
    links: list[str] = []
    with app.app_context():
        # The current demo: `flask demo` also keeps an earlier one of the same area to compare with.
        inspection = db.session.scalar(select(Inspection).where(Inspection.is_demo.is_(True))
                                       .order_by(Inspection.notification_date.desc(), Inspection.id.desc()).limit(1))
        if inspection is None:
            return [], None
        with app.test_request_context(base_url=base_url):
            from flask import url_for

            for survey in inspection.surveys:
                endpoint = PUBLIC_START_ENDPOINTS.get(survey.audience)
                if endpoint in app.view_functions:
                    links.append(url_for(endpoint, token=survey.token, _external=True))
    accounts: list[tuple[str, str]] = []
    try:
        from voice.demo.staff import DEMO_COORDINATOR, DEMO_INSPECTOR
    except ImportError:
        pass
    else:
        # The coordinator reaches the set-up pages, the inspector the summaries and the webinar.
        accounts = [(DEMO_COORDINATOR[0], DEMO_COORDINATOR[-1]), (DEMO_INSPECTOR[0], DEMO_INSPECTOR[-1])]
    return links, accounts


def heard_links(base_url: str) -> list[str]:
    """The published "You said, inspectors heard" pages of demo inspections, both versions.

    Nothing links to them from the home page (families reach them by their own link or a
    poster), so the public crawl starts from them. Read only.
    """
    from sqlalchemy import select

    from voice import create_app
    from voice.extensions import db
    from voice.models import Inspection, YouSaidPage

    app = create_app()
    links: list[str] = []
    with app.app_context():
        pages = db.session.scalars(
            select(YouSaidPage).join(Inspection, Inspection.id == YouSaidPage.inspection_id)
            .where(Inspection.is_demo.is_(True), YouSaidPage.status == "published")).all()
        with app.test_request_context(base_url=base_url):
            from flask import url_for

            for page in pages:
                links.append(url_for("heard.page", token=page.token, _external=True))
                links.append(url_for("heard.easy_read", token=page.token, _external=True))
    return links


def sign_in(crawler: Crawler, base_url: str, email: str, password: str, report: Report):
    """A signed-in browser context, or None (with a warning) if that is not possible yet."""
    context = crawler.new_context()
    page = context.new_page()
    response = page.goto(urljoin(base_url, "/sign-in"))
    email_box = page.query_selector("input[type=email], input[name=email]")
    password_box = page.query_selector("input[type=password]")
    if response is None or response.status >= 400 or email_box is None or password_box is None:
        report.warnings.append("no sign-in page at /sign-in yet: staff pages were not audited")
        context.close()
        return None, None
    email_box.fill(email)
    password_box.fill(password)
    with page.expect_navigation():
        page.locator("main form button[type=submit]").first.click()
    if page.url.rstrip("/").endswith("/sign-in") or page.query_selector(".govuk-error-summary"):
        report.warnings.append(f"could not sign in as {email}: staff pages were not audited")
        context.close()
        return None, None
    report.signed_in_as = ", ".join(filter(None, [report.signed_in_as, email]))
    landing = page.url
    page.close()
    return context, landing


def run_audit(
    *, base_url: str, starts: list[str], out: Path | None, browser=None,
    sign_in_email: str | None = None, sign_in_password: str | None = None,
    max_pages: int = 300, explore_buttons: bool = True, more_accounts: list[tuple[str, str]] | None = None,
    public_pages: list[str] | None = None, language: str | None = None, direction: str = "ltr",
) -> Report:
    """Crawl and audit; write the reports to `out` (if given) and return what was found.

    With `language`, the public pages are visited in that language (see --languages).
    """
    report = Report(base_url=base_url, started_at=datetime.now(UTC).isoformat(timespec="seconds"))
    own = None
    if browser is None:
        from playwright.sync_api import sync_playwright

        own = sync_playwright().start()
        browser = own.chromium.launch(executable_path=CHROMIUM_PATH, args=CHROMIUM_ARGS)
    crawler = Crawler(browser, report, base_url=base_url, max_pages=max_pages, language=language,
                      direction=direction)
    if language is not None:
        starts = [with_language(start, language) for start in starts]
    if not explore_buttons:
        crawler.try_other_buttons = lambda *_args, **_kwargs: None  # type: ignore[method-assign]
    try:
        for start in starts:
            crawler.walk_survey(start)
        public = crawler.new_context()
        if language is not None:  # chosen once, then remembered, as for a family
            chooser = public.new_page()
            chooser.goto(with_language(base_url, language))
            chooser.close()
        public_starts = [base_url, urljoin(base_url, NOT_FOUND_PATH),
                         *(urljoin(base_url, path) for path in UNLINKED_PUBLIC_PATHS), *(public_pages or [])]
        if language is not None:
            public_starts = [with_language(url, language) for url in public_starts]
        crawler.crawl_links(public, public_starts)
        public.close()
        accounts = [(sign_in_email, sign_in_password)] if sign_in_email and sign_in_password else []
        for email, password in accounts + list(more_accounts or []):
            # Each role (coordinator, inspector) reaches different staff pages.
            context, landing = sign_in(crawler, base_url, email, password, report)
            if context is not None:
                crawler.crawl_links(context, [landing, base_url], signed_in=True)
                context.close()
    finally:
        crawler.close()
        if own is not None:
            browser.close()
            own.stop()
    report.finished_at = datetime.now(UTC).isoformat(timespec="seconds")
    if out is not None:
        write_reports(report, out)
    return report


def with_language(url: str, code: str) -> str:
    return f"{url}{'&' if '?' in url else '?'}lang={code}"


def language_codes(value: str) -> list[str]:
    """`all`, or a comma-separated list of the app's language codes."""
    from config import BaseConfig

    known = list(BaseConfig.LANGUAGES)
    chosen = known if value == "all" else [code.strip() for code in value.split(",") if code.strip()]
    unknown = [code for code in chosen if code not in known]
    if unknown:
        raise argparse.ArgumentTypeError(f"unknown language(s) {', '.join(unknown)}; known: {', '.join(known)}")
    return chosen


def run_languages(*, base_url: str, starts: list[str], out: Path, languages: list[str],
                  sign_in: tuple[str | None, str | None], more_accounts: list[tuple[str, str]],
                  max_pages: int, public_pages: list[str] | None = None) -> list[tuple[str, Report, float]]:
    """The whole audit once per language, in one browser; each language's report in out/CODE/."""
    from playwright.sync_api import sync_playwright

    from config import BaseConfig

    results = []
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM_PATH, args=CHROMIUM_ARGS)
        try:
            for code in languages:
                began = time.perf_counter()
                english = code == "en"
                report = run_audit(
                    base_url=base_url, starts=starts, out=out / code, browser=browser,
                    sign_in_email=sign_in[0] if english else None,
                    sign_in_password=sign_in[1] if english else None,
                    more_accounts=more_accounts if english else None, max_pages=max_pages,
                    language=code, direction=BaseConfig.LANGUAGES[code][1], public_pages=public_pages,
                )
                seconds = time.perf_counter() - began
                results.append((code, report, seconds))
                print(f"[{code}] {len(report.pages)} page states in {seconds:.0f}s: "
                      f"{'passed' if report.passed else 'FAILED'}", file=sys.stderr)
        finally:
            browser.close()
    return results


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m accessibility.audit", description=__doc__.split("\n\n")[0])
    parser.add_argument("--base-url", default="http://127.0.0.1:5000", help="the running app (default: %(default)s)")
    parser.add_argument("--start", action="append", default=[], metavar="URL",
                        help="a survey link to complete and crawl from (repeatable)")
    parser.add_argument("--no-demo-links", action="store_true",
                        help="without --start, do not read the demo's survey links from the app's database")
    parser.add_argument("--sign-in-email", help="sign in as this user and audit the staff pages")
    parser.add_argument("--sign-in-password", help="the password for --sign-in-email")
    parser.add_argument("--out", type=Path, default=Path("reports/accessibility"),
                        help="folder for report.json and report.html (default: %(default)s)")
    parser.add_argument("--max-pages", type=int, default=300, help="stop after this many page states")
    parser.add_argument("--languages", type=language_codes, metavar="CODES",
                        help="audit the public pages in these languages: `all`, or codes such as ar,ur")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    base_url = args.base_url.rstrip("/") + "/"
    starts = list(args.start)
    email, password = args.sign_in_email, args.sign_in_password
    more: list[tuple[str, str]] = []
    heard: list[str] = []
    if not starts and not args.no_demo_links:
        try:
            starts, accounts = demo_links(base_url)
        except Exception as error:  # noqa: BLE001  (no database here: crawl from the base URL alone)
            print(f"Could not read the demo's links ({error}); crawling from the base URL only.", file=sys.stderr)
            accounts = []
        if accounts and not email:
            (email, password), more = accounts[0], accounts[1:]
        for link in starts:
            print(f"Survey from the demo: {link}", file=sys.stderr)
        try:
            heard = heard_links(base_url)
        except Exception as error:  # noqa: BLE001  (as above: no database, no such pages)
            print(f"Could not read the demo's published pages ({error}).", file=sys.stderr)
    if args.languages:
        results = run_languages(base_url=base_url, starts=starts, out=args.out, languages=args.languages,
                                sign_in=(email, password), more_accounts=more, max_pages=args.max_pages,
                                public_pages=heard)
        for code, report, seconds in results:
            print(f"== {code} ({seconds:.0f}s)\n{report.summary()}")
        print(f"Reports: {args.out}/<language>/report.html and report.json")
        return 0 if all(report.passed for _code, report, _seconds in results) else 1
    report = run_audit(base_url=base_url, starts=starts, out=args.out, sign_in_email=email,
                       sign_in_password=password, max_pages=args.max_pages, more_accounts=more,
                       public_pages=heard)
    print(report.summary())
    print(f"Reports: {args.out / 'report.html'} and {args.out / 'report.json'}")
    return 0 if report.passed else 1


if __name__ == "__main__":
    sys.exit(main())
