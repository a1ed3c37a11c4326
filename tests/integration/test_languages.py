"""Languages (issue 12): which language a page is in, how it is chosen and remembered, its
direction, and that staff pages stay in English."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from tests.staff_support import create_user, sign_in

RTL = {"ar", "ur"}


def _html_attrs(html: str) -> dict[str, str]:
    tag = re.search(r"<html\b[^>]*>", html).group(0)
    return dict(re.findall(r'(\w+)="([^"]*)"', tag))


class _Switch(HTMLParser):
    """The language switcher's links and current entry, with their attributes."""

    def __init__(self) -> None:
        super().__init__()
        self.inside = 0
        self.items: list[dict[str, str]] = []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "nav" and "voice-language-switch" in (attrs.get("class") or ""):
            self.inside = 1
        elif self.inside and tag == "nav":
            self.inside += 1
        elif self.inside and tag in ("a", "span") and "lang" in attrs:
            self.items.append({"tag": tag, **attrs})

    def handle_endtag(self, tag):
        if self.inside and tag == "nav":
            self.inside -= 1


def _switch(html: str) -> list[dict[str, str]]:
    parser = _Switch()
    parser.feed(html)
    return parser.items


@pytest.fixture
def start_url(make_inspection):
    return f"/s/{make_inspection()['parent_carer']}/"


def test_there_are_ten_languages_with_urdu_and_arabic_right_to_left(app):
    languages = app.config["LANGUAGES"]
    assert len(languages) == 10 and {"ar", "ur"} <= set(languages)
    assert {code for code, (_name, direction) in languages.items() if direction == "rtl"} == RTL


def test_the_switcher_names_each_language_in_its_own_script_with_lang_hreflang_and_dir(app, client, start_url):
    page = client.get(start_url)
    items = _switch(page.text)
    assert [item["lang"] for item in items] == list(app.config["LANGUAGES"])
    for item in items:
        name, direction = app.config["LANGUAGES"][item["lang"]]
        assert item["dir"] == direction
        if item["tag"] == "a":
            assert item["hreflang"] == item["lang"]
            assert item["href"].endswith(f"lang={item['lang']}")
        else:
            assert item["lang"] == "en" and item.get("aria-current") == "true"
    assert "العربية" in page.text and "اردو" in page.text and "Polski" in page.text


@pytest.mark.parametrize("code", ["ar", "pl", "ur", "bn"])
def test_lang_in_the_query_sets_the_page_language_and_direction(app, client, start_url, code):
    page = client.get(f"{start_url}?lang={code}")
    assert page.status_code == 200
    assert _html_attrs(page.text) == {**_html_attrs(page.text), "lang": code,
                                      "dir": "rtl" if code in RTL else "ltr"}
    current = [item for item in _switch(page.text) if item["tag"] == "span"]
    assert [item["lang"] for item in current] == [code]


def test_the_chosen_language_is_remembered_on_the_next_page(client, start_url):
    client.get(f"{start_url}?lang=ar")
    again = client.get(start_url)
    assert _html_attrs(again.text)["lang"] == "ar"
    privacy = client.get("/privacy")
    assert _html_attrs(privacy.text) | {} == {**_html_attrs(privacy.text), "lang": "ar", "dir": "rtl"}


def test_a_translated_page_shows_the_translation(client, start_url):
    page = client.get(f"{start_url}?lang=pl")
    assert "Rozpocznij teraz" in page.text  # "Start now"
    assert ">Start now<" not in page.text


def test_the_browsers_language_picks_the_first_page(client, start_url):
    page = client.get(start_url, headers={"Accept-Language": "ur-PK,ur;q=0.9,en;q=0.5"})
    assert _html_attrs(page.text)["lang"] == "ur" and _html_attrs(page.text)["dir"] == "rtl"


def test_a_browser_language_we_do_not_have_falls_back_to_english(client, start_url):
    page = client.get(start_url, headers={"Accept-Language": "fr-FR,de;q=0.8"})
    assert _html_attrs(page.text)["lang"] == "en"


def test_the_query_beats_the_browser_and_is_remembered_over_it(client, start_url):
    client.get(f"{start_url}?lang=pl", headers={"Accept-Language": "ar"})
    page = client.get(start_url, headers={"Accept-Language": "ar"})
    assert _html_attrs(page.text)["lang"] == "pl"


@pytest.mark.parametrize("code", ["xx", "EN", "../ar", "ar-EG", "", "<script>"])
def test_an_unknown_lang_is_ignored_safely(client, start_url, code):
    page = client.get(start_url, query_string={"lang": code})
    assert page.status_code == 200
    assert _html_attrs(page.text) == {**_html_attrs(page.text), "lang": "en", "dir": "ltr"}
    assert "<script>" not in page.text.split("<body", 1)[0] + "".join(
        item.get("href", "") for item in _switch(page.text))


def test_the_switcher_keeps_the_other_query_arguments(client, start_url):
    page = client.get(f"{start_url}?lang=pl&from=newsletter")
    hrefs = [item["href"] for item in _switch(page.text) if item["tag"] == "a"]
    assert hrefs and all("from=newsletter" in href for href in hrefs)
    assert all(href.count("lang=") == 1 for href in hrefs)


@pytest.mark.parametrize("path", ["/", "/privacy", "/accessibility"])
@pytest.mark.parametrize("code", ["ar", "ur", "pl"])
def test_every_general_public_page_follows_the_language(client, path, code):
    page = client.get(f"{path}?lang={code}")
    assert page.status_code == 200
    attrs = _html_attrs(page.text)
    assert attrs["lang"] == code and attrs["dir"] == ("rtl" if code in RTL else "ltr")


def test_an_error_page_follows_the_remembered_language(client):
    client.get("/?lang=ur")
    missing = client.get("/s/not-a-token/")
    assert missing.status_code == 404
    assert _html_attrs(missing.text)["lang"] == "ur"


@pytest.fixture
def coordinator(app, client):
    from voice.services.areas import load_local_areas

    with app.app_context():
        load_local_areas()
    create_user(app, email="lang-coordinator@example.org", role="coordinator", name="Lang Coordinator")
    assert sign_in(client, "lang-coordinator@example.org").status_code == 302


def test_staff_pages_stay_in_english_without_a_switcher(client, coordinator, make_inspection):
    ids = make_inspection()
    client.get(f"/s/{ids['parent_carer']}/?lang=ar")  # a coordinator checking the Arabic survey
    for path in ("/inspections", f"/admin/inspections/{ids['id']}/share", f"/inspections/{ids['id']}/summary"):
        page = client.get(f"{path}?lang=ar", headers={"Accept-Language": "ar"})
        if page.status_code == 404:
            continue
        assert page.status_code == 200, path
        assert _html_attrs(page.text)["lang"] == "en" and _html_attrs(page.text)["dir"] == "ltr", path
        assert "voice-language-switch" not in page.text, path
    # ... and the public page still remembers the coordinator's Arabic.
    assert _html_attrs(client.get(f"/s/{ids['parent_carer']}/").text)["lang"] == "ar"


def test_the_share_page_lists_each_language_with_its_review_state(app, client, coordinator, make_inspection):
    from voice.i18n import catalogues

    ids = make_inspection()
    page = client.get(f"/admin/inspections/{ids['id']}/share")
    assert page.status_code == 200
    shipped = catalogues(app.config["LANGUAGES"])
    assert len(shipped) == 9
    for catalogue in shipped:
        assert f'lang="{catalogue.code}" dir="{catalogue.direction}">{catalogue.name}<' in page.text
        assert f"/s/{ids['parent_carer']}/?lang={catalogue.code}" in page.text
        assert f"/poster/parent_carer.pdf?lang={catalogue.code}" in page.text
    unreviewed = [c for c in shipped if not c.reviewed]
    assert len(re.findall(r">\s*Not reviewed\s*<", page.text)) == len(unreviewed)
    if unreviewed:
        assert "Ask a fluent speaker" in page.text
        assert "Drafted by an AI model" in page.text


def test_a_poster_prints_in_the_language_asked_for(client, coordinator, make_inspection):
    ids = make_inspection()
    english = client.get(f"/admin/inspections/{ids['id']}/poster/parent_carer.pdf")
    arabic = client.get(f"/admin/inspections/{ids['id']}/poster/parent_carer.pdf?lang=ar")
    assert arabic.status_code == 200 and arabic.data.startswith(b"%PDF")
    assert 'poster-ar.pdf"' in arabic.headers["Content-Disposition"]
    assert arabic.data != english.data
    assert client.get(f"/admin/inspections/{ids['id']}/poster/parent_carer.pdf?lang=xx").status_code == 404


def test_the_poster_html_is_right_to_left_in_urdu(app, make_inspection):
    from flask import render_template
    from flask_babel import force_locale

    with app.test_request_context("/admin/"), force_locale("ur"):
        html = render_template("admin/poster_parent_carer.html", area="East Sussex", link="http://x/s/t/?lang=ur",
                               qr="data:,", closes="", webinar="", inspection=None)
    assert _html_attrs(html)["lang"] == "ur" and _html_attrs(html)["dir"] == "rtl"


def _poster_fonts_installed(app) -> bool:
    from pathlib import Path

    return (Path(app.config["POSTER_FONT_DIR"]) / "noto-sans-bengali" / "files").is_dir()


@pytest.mark.parametrize("code", ["ar", "bn", "pa", "pl", "ur"])
def test_a_poster_in_each_script_embeds_a_font_for_it_and_fits_one_page(app, client, coordinator,
                                                                         make_inspection, code):
    from tests.integration.test_exports import _inflate
    from voice.services.posters import POSTER_FONTS

    if not _poster_fonts_installed(app):
        pytest.fail(f"no Noto fonts in {app.config['POSTER_FONT_DIR']}: run `make setup` (npm ci)")
    ids = make_inspection()
    poster = client.get(f"/admin/inspections/{ids['id']}/poster/parent_carer.pdf?lang={code}")
    assert poster.status_code == 200
    pdf = _inflate(poster.data)
    assert len(re.findall(rb"/Type\s*/Page\b(?!s)", pdf)) == 1
    fonts = set(re.findall(rb"/BaseFont\s*/[A-Z]{6}\+([A-Za-z0-9-]+)", pdf))
    if code in POSTER_FONTS:
        family = POSTER_FONTS[code][0].replace(" ", "").encode()
        assert any(family.lower() in font.replace(b"-", b"").lower() for font in fonts), fonts
    else:
        assert not any(b"Noto" in font for font in fonts), fonts
