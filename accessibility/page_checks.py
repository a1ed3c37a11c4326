"""Structural checks run on every HTML page the test client fetches.

They catch the faults screen reader users meet most: pages that do not parse,
missing or duplicate headings, titles that do not say where you are, duplicate ids
that break label and error wiring, inputs without labels, and a missing language.
"""

from __future__ import annotations

import re
from collections import Counter

import html5lib
from html5lib.html5parser import ParseError

# One word and a colon. Not \w+: combining marks (the Gurmukhi nukta, the Bengali virama) are not \w.
_ERROR_PREFIX = re.compile(r"^[^\s:：]+[:：]\s")

_WS = re.compile(r"\s+")
_LABELLED_BY_ELEMENT = {"button", "select", "textarea"}
_NO_LABEL_NEEDED = {"hidden", "submit", "button", "reset", "image"}


def _text(element) -> str:
    return _WS.sub(" ", "".join(element.itertext())).strip()


def _parse(html: str, problems: list[str]):
    parser = html5lib.HTMLParser(strict=True, namespaceHTMLElements=False)
    try:
        return parser.parse(html)
    except ParseError as error:
        problems.append(f"does not parse as HTML5: {error}")
        return html5lib.parse(html, namespaceHTMLElements=False)


def _check_title(tree, problems: list[str]) -> None:
    h1s = tree.findall(".//h1")
    if len(h1s) != 1:
        problems.append(f"has {len(h1s)} <h1> elements, expected 1")
    title = tree.find(".//title")
    title_text = _text(title) if title is not None else ""
    if not title_text:
        problems.append("has no <title>")
    elif h1s:
        heading = _text(h1s[0])
        bare_title = title_text.removeprefix("Error: ")
        # In another language "Error: " is translated ("خطأ: ", "Błąd: "): one word and a colon.
        translated = _ERROR_PREFIX.sub("", title_text, count=1)
        if not (bare_title.startswith(heading) or translated.startswith(heading)):
            problems.append(f"title {title_text!r} does not start with the h1 {heading!r}")


def _check_labels(tree, ids: set[str], problems: list[str]) -> None:
    labelled = {label.get("for") for label in tree.iter("label") if label.get("for")}
    for element in tree.iter():
        tag = element.tag if isinstance(element.tag, str) else ""
        if tag not in ("input", "select", "textarea"):
            continue
        if tag == "input" and element.get("type", "text") in _NO_LABEL_NEEDED:
            continue
        element_id = element.get("id")
        if element_id in labelled or element.get("aria-label") or element.get("aria-labelledby"):
            continue
        problems.append(f"<{tag} name={element.get('name')!r}> has no label")


def check_page(html: str) -> list[str]:
    """Everything wrong with a page, as sentences; an empty list means it passed."""
    problems: list[str] = []
    tree = _parse(html, problems)
    root = tree if tree.tag == "html" else tree.find(".//html")
    if root is None or not root.get("lang"):
        problems.append("<html> has no lang attribute")
    _check_title(tree, problems)
    ids = [el.get("id") for el in tree.iter() if isinstance(el.tag, str) and el.get("id")]
    duplicates = sorted(i for i, n in Counter(ids).items() if n > 1)
    if duplicates:
        problems.append(f"has duplicate ids: {', '.join(duplicates)}")
    _check_labels(tree, set(ids), problems)
    return problems
