"""Evidence exports: every coded comment as CSV or XLSX, and a PDF brief of the summary.

Exports carry the redacted text. The original text is added only when the caller
says the user may see it (access.can_view_original). Cells that a spreadsheet
would run as a formula (starting with = + - @, or a tab or carriage return)
get a leading apostrophe, so opening an export cannot run anything.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable, Iterator
from typing import Any, Final

from sqlalchemy import ColumnElement, func, select

from voice.extensions import db
from voice.models import Comment, CommentTheme, Response, User
from voice.services import audit
from voice.services.summary import Filters, comment_conditions

BATCH: Final = 1000
FORMULA_STARTS: Final = ("=", "+", "-", "@", "\t", "\r")
COLUMNS: Final = (
    "comment_id", "response_reference", "audience", "question", "submitted_at", "age_phase", "setting",
    "ehc_plan", "helped_by", "helper_wrote", "role", "themes", "machine_themes", "removed_themes", "sentiment",
    "machine_sentiment", "human_sentiment", "safeguarding", "safeguarding_reviewed_at", "redacted_text",
    # The language the comment was read as, the survey page's, and the text's own (see Comment).
    "language", "page_language", "detected_language",
)
ORIGINAL_COLUMN: Final = "original_text"
# In the redacted column while the background analysis has not yet run (never the original words).
NOT_YET_ANALYSED: Final = "(not yet analysed)"
BRIEF_CSS: Final = """
@page { size: A4; margin: 18mm 16mm; @bottom-right { content: counter(page) " / " counter(pages); font-size: 9pt; } }
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10pt; line-height: 1.4; color: #0b0c0c; }
h1 { font-size: 20pt; margin: 0 0 6pt; }
h2 { font-size: 15pt; margin: 18pt 0 6pt; border-bottom: 1pt solid #b1b4b6; padding-bottom: 3pt; }
h3 { font-size: 12pt; margin: 12pt 0 4pt; }
h2, h3 { page-break-after: avoid; }
table { border-collapse: collapse; margin: 4pt 0 10pt; width: 100%; }
caption { text-align: left; font-weight: bold; margin-bottom: 3pt; }
th, td { border-bottom: 0.5pt solid #b1b4b6; padding: 2pt 4pt; text-align: left; vertical-align: top; }
td.number, th.number { text-align: right; }
blockquote { margin: 4pt 0 4pt 8pt; padding-left: 8pt; border-left: 3pt solid #b1b4b6; }
.meta { color: #505a5f; }
"""


def safe_cell(value: Any) -> Any:
    """A value safe to put in a spreadsheet cell: formulas become plain text."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if hasattr(value, "isoformat"):
        return value.isoformat(sep=" ", timespec="seconds")
    return str(value)


def _themes(comment_ids: list[int]) -> dict[int, tuple[list[str], list[str], list[str]]]:
    """comment id -> (effective themes, machine themes, themes a person removed)."""
    found: dict[int, tuple[list[str], list[str], list[str]]] = {cid: ([], [], []) for cid in comment_ids}
    rows = db.session.execute(
        select(CommentTheme.comment_id, CommentTheme.theme, CommentTheme.origin, CommentTheme.removed)
        .where(CommentTheme.comment_id.in_(comment_ids)).order_by(CommentTheme.id)
    ).all()
    for comment_id, theme, origin, removed in rows:
        effective, machine, taken_off = found[comment_id]
        (taken_off if removed else effective).append(theme)
        if origin == "machine":
            machine.append(theme)
    return found


def _conditions(inspection_id: int, filters: Filters | None) -> list[ColumnElement[bool]]:
    """Every comment of the inspection, or only those the summary's filters pick out."""
    if filters is None or not filters.active:
        return [Comment.inspection_id == inspection_id]
    return comment_conditions(inspection_id, filters)


def count_rows(*, inspection_id: int, filters: Filters | None = None) -> int:
    """How many comments an export will hold (its rows, less the header)."""
    return db.session.scalar(
        select(func.count(Comment.id)).select_from(Comment)
        .outerjoin(Response, Comment.response_id == Response.id)
        .where(*_conditions(inspection_id, filters))
    ) or 0


def comment_rows(
    *, inspection_id: int, include_original: bool, filters: Filters | None = None,
    on_batch: Callable[[int], None] | None = None,
) -> Iterator[list[Any]]:
    """The header, then one row per comment, read in batches by id.

    After each batch, ``on_batch`` (if given) is told how many rows have been read so far.
    """
    yield [*COLUMNS, ORIGINAL_COLUMN] if include_original else list(COLUMNS)
    conditions = _conditions(inspection_id, filters)
    last_id = 0
    done = 0
    while True:
        rows = db.session.execute(
            select(Comment, Response.reference, Response.submitted_at, Response.age_phase, Response.setting,
                   Response.ehc_plan, Response.helped_by, Response.helper_wrote, Response.role)
            .outerjoin(Response, Comment.response_id == Response.id)
            .where(*conditions, Comment.id > last_id)
            .order_by(Comment.id).limit(BATCH)
        ).all()
        if not rows:
            return
        themes = _themes([found[0].id for found in rows])
        for comment, reference, submitted, age, setting, ehc, helped_by, helper_wrote, role in rows:
            effective, machine, removed = themes[comment.id]
            cells: list[object] = [
                comment.id, reference, comment.audience, comment.question, submitted or comment.created_at,
                age, setting, ehc, helped_by, helper_wrote, role, "; ".join(effective), "; ".join(machine),
                "; ".join(removed), comment.sentiment, comment.machine_sentiment, comment.human_sentiment,
                comment.safeguarding, comment.safeguarding_reviewed_at,
                comment.redacted if not comment.analysis_pending else NOT_YET_ANALYSED,
                comment.language, comment.page_language, comment.detected_language,
            ]
            if include_original:
                cells.append(comment.text)
            yield cells
        last_id = rows[-1][0].id
        done += len(rows)
        for found in rows:  # keep memory flat; leave the rest of the session (the user) alone
            db.session.expunge(found[0])
        if on_batch is not None:
            on_batch(done)


def write_csv(rows: Iterable[list[Any]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    for row in rows:
        writer.writerow([safe_cell(_text(value)) for value in row])
    # A byte-order mark so spreadsheet programs read the file as UTF-8.
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def write_xlsx(rows: Iterable[list[Any]]) -> bytes:
    from openpyxl import Workbook

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Comments")
    for row in rows:
        sheet.append([safe_cell(_text(value)) if not isinstance(value, int | float) or isinstance(value, bool)
                      else value for value in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


WRITERS: Final[dict[str, Callable[[Iterable[list[Any]]], bytes]]] = {"csv": write_csv, "xlsx": write_xlsx}


def audit_export(kind: str, *, inspection_id: int, user: User, include_original: bool, how: str = "") -> None:
    """One audit record per file handed to a user: the format, whether it held original text, and how."""
    detail = kind + (" with original text" if include_original else " redacted") + (f", {how}" if how else "")
    audit.record("export", user=user, inspection_id=inspection_id, detail=detail)


def comments_csv(*, inspection_id: int, user: User, include_original: bool) -> bytes:
    audit_export("csv", inspection_id=inspection_id, user=user, include_original=include_original)
    return write_csv(comment_rows(inspection_id=inspection_id, include_original=include_original))


def comments_xlsx(*, inspection_id: int, user: User, include_original: bool) -> bytes:
    audit_export("xlsx", inspection_id=inspection_id, user=user, include_original=include_original)
    return write_xlsx(comment_rows(inspection_id=inspection_id, include_original=include_original))


def _no_fetch(url: str, *args: Any, **kwargs: Any) -> dict[str, Any]:
    raise ValueError(f"the PDF brief does not load external resources ({url})")


def brief_pdf(*, html: str, inspection_id: int, user: User) -> bytes:
    """The summary brief as a tagged PDF; the HTML's <title> becomes the document title."""
    from weasyprint import CSS, HTML

    audit.record("export", user=user, inspection_id=inspection_id, detail="pdf brief redacted")
    document = HTML(string=html, url_fetcher=_no_fetch)
    # PDF/UA-1: tagged structure (real headings, tables), the language, and the title shown as the name.
    return document.write_pdf(stylesheets=[CSS(string=BRIEF_CSS)], pdf_variant="pdf/ua-1") or b""
