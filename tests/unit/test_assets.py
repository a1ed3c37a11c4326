"""Static assets: hashed names cached for good, compressed pages, and a stylesheet with
every GOV.UK Frontend component the templates use (and only those)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
STATIC = ROOT / "voice" / "static"
# Widgets from govuk-frontend-wtf, and the component whose styles each one needs.
WIDGET_COMPONENTS = {
    "GovCharacterCount": "character-count", "GovCheckboxesInput": "checkboxes", "GovDateInput": "date-input",
    "GovPasswordInput": "password-input", "GovRadioInput": "radios", "GovSelect": "select",
    "GovSubmitInput": "button", "GovTextArea": "textarea", "GovTextInput": "input",
}


def _components_in_use() -> set[str]:
    used = set()
    for template in (ROOT / "voice" / "templates").rglob("*.html"):
        used |= set(re.findall(r"govuk_frontend_jinja/components/([a-z-]+)/", template.read_text()))
    for module in (ROOT / "voice").rglob("*.py"):
        used |= {WIDGET_COMPONENTS[name] for name in re.findall(r"\b(Gov[A-Za-z]+)\b", module.read_text())
                 if name in WIDGET_COMPONENTS}
    return used


def test_the_stylesheet_compiles_in_every_govuk_component_the_templates_use():
    scss = (ROOT / "assets" / "voice.scss").read_text()
    compiled = set(re.findall(r'@use "govuk-frontend/dist/govuk/components/([a-z-]+)"', scss))
    assert _components_in_use() - compiled == set(), "add these components' @use to assets/voice.scss"
    assert "accordion" not in compiled  # the point: only what is used


@pytest.fixture(scope="module")
def built():
    manifest = STATIC / "dist" / "manifest.json"
    if not manifest.exists():
        pytest.fail("run `node assets/build.mjs` (make setup does) before the tests")
    return manifest




def test_pages_link_hashed_assets_served_as_immutable_and_precompressed(built):
    from voice import create_app

    client = create_app("testing").test_client()
    page = client.get("/privacy", headers={"Accept-Encoding": "gzip"})
    assert page.headers["Content-Encoding"] == "gzip"
    assert page.headers["Cache-Control"] == "no-store"
    assert "Accept-Encoding" in page.headers["Vary"]
    html = client.get("/privacy").get_data(as_text=True)
    links = re.findall(r'(?:href|src)="(/static/[^"]+)"', html)
    assert {Path(link).suffix for link in links} >= {".css", ".js", ".svg"}
    for link in links:
        assert re.search(r"^/static/dist/[0-9a-f]{12}/(css|js|images)/[\w/.-]+$", link), link
        asset = client.get(link, headers={"Accept-Encoding": "br, gzip"})
        assert asset.status_code == 200
        assert asset.headers["Cache-Control"] == "max-age=315360000, public, immutable"
        assert asset.headers["X-Content-Type-Options"] == "nosniff"
        if link.endswith((".css", ".js")):
            assert asset.headers["Content-Encoding"] == "br"
            plain = (STATIC / link.removeprefix("/static/")).stat().st_size
            assert len(asset.data) < plain / (5 if link.endswith(".css") else 1)


def test_the_script_imports_govuk_frontend_by_the_same_hashed_name_the_page_loads(built):
    from voice import create_app

    html = create_app("testing").test_client().get("/privacy").get_data(as_text=True)
    govuk = re.search(r'src="/static/dist/([0-9a-f]{12}/js/govuk-frontend\.min\.js)"', html)
    voice_js = re.search(r'src="/static/(dist/[0-9a-f]{12}/js/voice\.js)"', html)
    assert govuk and voice_js
    assert f'"../../{govuk.group(1)}"' in (STATIC / voice_js.group(1)).read_text()


def test_the_baseline_configuration_links_the_whole_stylesheet_uncompressed(built, monkeypatch):
    import config
    from voice import create_app

    monkeypatch.setattr(config.BaseConfig, "ASSETS_OPTIMISED", False)  # as VOICE_ASSETS_OPTIMISED=0 does
    client = create_app("testing").test_client()
    page = client.get("/privacy", headers={"Accept-Encoding": "br, gzip"})
    assert "Content-Encoding" not in page.headers
    assert 'href="/static/css/voice-all.css"' in page.get_data(as_text=True)
    slim, whole = (STATIC / "css" / "voice.css").stat().st_size, (STATIC / "css" / "voice-all.css").stat().st_size
    assert slim < whole * 0.85
