"""Exports: every coded comment as CSV and XLSX, and the PDF brief. Redacted unless the role allows more."""

from __future__ import annotations

import csv
import io
import re
import zlib

from sqlalchemy import select

from tests.integration.staff_fixtures import *  # noqa: F403  (fixtures: coded, inspector, coordinator)


def _csv(client, coded):
    response = client.get(f"/inspections/{coded['id']}/export/comments.csv")
    assert response.status_code == 200
    assert response.mimetype == "text/csv"
    assert "attachment" in response.headers["Content-Disposition"]
    return list(csv.DictReader(io.StringIO(response.data.decode("utf-8-sig"))))


def _audit(app, action="export"):
    from voice.extensions import db
    from voice.models import AuditEvent

    with app.app_context():
        return [e.detail for e in db.session.scalars(select(AuditEvent).where(AuditEvent.action == action))]


def test_the_csv_has_every_coded_comment_redacted(app, inspector, coded):
    rows = _csv(inspector, coded)
    assert len(rows) == len(coded["comments"])
    first = next(r for r in rows if r["comment_id"] == str(coded["comments"][0]))
    assert first["redacted_text"].startswith("We waited two years")
    assert first["themes"] == "ehc_plans" and first["sentiment"] == "negative"
    assert "original_text" not in first
    assert all("Jane Smith" not in value for row in rows for value in row.values())
    assert _audit(app) == ["csv redacted"]


def test_the_csv_shows_corrections_beside_the_machines_tags(app, inspector, coded):
    from voice.extensions import db
    from voice.models import User
    from voice.services import corrections

    with app.app_context():
        user = db.session.scalar(select(User))
        corrections.correct(inspection_id=coded["id"], comment_id=coded["comments"][1], user=user,
                            themes=["ehc_plans", "transport"], sentiment="mixed")
    row = next(r for r in _csv(inspector, coded) if r["comment_id"] == str(coded["comments"][1]))
    assert row["themes"] == "ehc_plans; transport"
    assert row["machine_themes"] == "ehc_plans; education_support"
    assert row["removed_themes"] == "education_support"
    assert (row["sentiment"], row["machine_sentiment"], row["human_sentiment"]) == ("mixed", "negative", "mixed")


def test_cells_that_look_like_formulas_are_made_plain_text(inspector, coded):
    rows = _csv(inspector, coded)
    formula = next(r for r in rows if "HYPERLINK" in r["redacted_text"])
    assert formula["redacted_text"].startswith("'=HYPERLINK")


def test_a_coordinator_export_adds_the_original_text(app, coordinator, coded):
    rows = _csv(coordinator, coded)
    first = next(r for r in rows if r["comment_id"] == str(coded["comments"][0]))
    assert first["original_text"].endswith("Jane Smith 07700 900123")
    assert _audit(app) == ["csv with original text"]


def test_the_spreadsheet_has_the_same_rows_and_no_formulas(app, inspector, coded):
    from openpyxl import load_workbook

    response = inspector.get(f"/inspections/{coded['id']}/export/comments.xlsx")
    assert response.status_code == 200
    assert response.mimetype == "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    sheet = load_workbook(io.BytesIO(response.data)).active
    rows = list(sheet.iter_rows(values_only=True))
    header, body = rows[0], rows[1:]
    assert len(body) == len(coded["comments"]) and "original_text" not in header
    text = header.index("redacted_text")
    assert any(row[text].startswith("'=HYPERLINK") for row in body)
    assert not any(cell.data_type == "f" for row in sheet.iter_rows() for cell in row)
    assert _audit(app) == ["xlsx redacted"]


def test_the_pdf_brief_has_a_title_and_real_headings(app, inspector, coded):
    response = inspector.get(f"/inspections/{coded['id']}/export/brief.pdf")
    assert response.status_code == 200
    assert response.mimetype == "application/pdf"
    assert response.data.startswith(b"%PDF")
    pdf = _inflate(response.data)
    assert b"/StructTreeRoot" in pdf  # a tagged PDF
    assert b"/H1" in pdf and b"/H2" in pdf and b"/DisplayDocTitle true" in pdf and b"/Lang (en)" in pdf
    assert re.search(rb"/Title \((?:\\.|[^)])*Brief", pdf) or b"/Title <" in pdf
    assert _audit(app) == ["pdf brief redacted"]


def test_the_brief_names_the_document_and_keeps_the_redacted_text(app, inspector, coded):
    from flask import render_template
    from flask_login import login_user

    from voice.extensions import db
    from voice.inspect import presenters
    from voice.models import Inspection, User
    from voice.services.summary import Filters, build_summary

    with app.test_request_context():
        login_user(db.session.scalar(select(User)))
        inspection = db.session.get(Inspection, coded["id"])
        result = build_summary(inspection_id=coded["id"], filters=Filters())
        html = render_template("inspect/brief.html", inspection=inspection,
                               **presenters.summary_context(result, inspection=inspection, can_view_original=False))
    assert "<title>Brief: East Sussex</title>" in html
    assert "<h1>Brief: East Sussex</h1>" in html and "<h2>" in html
    assert "We waited two years" in html and "Jane Smith" not in html


def _inflate(pdf: bytes) -> bytes:
    """The PDF with its compressed streams opened, so its structure can be searched."""
    parts = [pdf]
    # Up to "endstream" with the end of line left in: a stream whose compressed bytes end in
    # "\r" would otherwise lose that byte to the pattern. The decompressor stops at the end
    # of the zlib data and leaves the end of line unused.
    for stream in re.finditer(rb"stream\r?\n(.*?)endstream", pdf, re.S):
        try:
            parts.append(zlib.decompressobj().decompress(stream.group(1)))
        except zlib.error:
            continue
    return b"\n".join(parts)


def test_exports_need_a_session(client, coded):
    for path in ("comments.csv", "comments.xlsx", "brief.pdf"):
        response = client.get(f"/inspections/{coded['id']}/export/{path}")
        assert response.status_code == 302 and "/sign-in" in response.headers["Location"]
