"""The running order as a PDF. WeasyPrint is used only here, so swapping it touches one file."""

from __future__ import annotations

from pathlib import Path

from flask import render_template

_CSS = Path(__file__).with_name("running_order.css")


def running_order_pdf(*, inspection, times: dict[str, str], items: list[dict]) -> bytes:
    from weasyprint import CSS, HTML  # imported late: it is slow to load and only needed here

    html = render_template("webinar/inspect/running_order_pdf.html", inspection=inspection,
                           times=times, items=items)
    # PDF/UA-1: a tagged PDF (headings, lists and reading order for screen readers), with the
    # document's language and its <title> shown as its name.
    return HTML(string=html).write_pdf(stylesheets=[CSS(string=_CSS.read_text(encoding="utf-8"))],
                                       pdf_variant="pdf/ua-1") or b""
