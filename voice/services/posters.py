"""QR codes (segno) and printable A4 posters (WeasyPrint) for an inspection's links.

The QR code is an SVG with presentation attributes only (no style attributes), so it
passes the strict Content-Security-Policy when served as its own image. The poster is
rendered offline: WeasyPrint may read data: URIs and nothing else.
"""

from __future__ import annotations

import base64
import io
from pathlib import Path

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


# Posters are drawn on the server, whose fonts (DejaVu in CI) have no Bengali or Gurmukhi
# and no Nastaliq. Noto for each script comes from npm (`make` installs it); each poster
# embeds only its own language's script, at the two weights it uses.
POSTER_FONTS: dict[str, tuple[str, str, str]] = {
    # language: (family, @fontsource package, subset)
    "ar": ("Noto Sans Arabic", "noto-sans-arabic", "arabic"),
    "ur": ("Noto Nastaliq Urdu", "noto-nastaliq-urdu", "arabic"),
    "bn": ("Noto Sans Bengali", "noto-sans-bengali", "bengali"),
    "pa": ("Noto Sans Gurmukhi", "noto-sans-gurmukhi", "gurmukhi"),
}


def poster_fonts(*, language: str, font_dir: Path) -> tuple[str, str | None]:
    """@font-face rules (data: URIs, as the poster may fetch nothing) and the family to put
    first for this language; ("", None) for a Latin-script language or a missing package."""
    found = POSTER_FONTS.get(language)
    if found is None:
        return "", None
    family, package, subset = found
    rules = []
    for weight in (400, 700):
        path = font_dir / package / "files" / f"{package}-{subset}-{weight}-normal.woff"
        if not path.exists():
            return "", None
        encoded = base64.b64encode(path.read_bytes()).decode("ascii")
        rules.append(f'@font-face {{ font-family: "{family}"; font-weight: {weight}; '
                     f'src: url(data:font/woff;base64,{encoded}) format("woff"); }}')
    return "\n".join(rules), family
