"""QR codes (segno) and printable A4 posters (WeasyPrint) for an inspection's links.

The QR code is an SVG with presentation attributes only (no style attributes), so it
passes the strict Content-Security-Policy when served as its own image. The poster is
rendered offline: WeasyPrint may read data: URIs and nothing else.
"""

from __future__ import annotations

import base64
import io

import segno
from weasyprint import HTML, URLFetcher

INK = "#0b0c0c"


def qr_svg(*, url: str, title: str, scale: int = 8) -> bytes:
    """An SVG QR code for the link. Error correction "M" survives a smudged printout."""
    code = segno.make(url, error="m", micro=False)
    buffer = io.BytesIO()
    code.save(buffer, kind="svg", scale=scale, border=4, xmldecl=False, title=title,
              svgclass="voice-qr", lineclass=None, dark=INK, light="#ffffff")
    return buffer.getvalue()


def qr_data_uri(*, url: str, title: str) -> str:
    encoded = base64.b64encode(qr_svg(url=url, title=title, scale=10)).decode("ascii")
    return "data:image/svg+xml;base64," + encoded


def poster_pdf(*, html: str) -> bytes:
    """A tagged PDF from the poster's HTML; nothing is fetched from the network or the disk."""
    fetcher = URLFetcher(allowed_protocols=["data"])
    document = HTML(string=html, url_fetcher=fetcher, base_url="data:,")
    return document.write_pdf(pdf_tags=True) or b""
