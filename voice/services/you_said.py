""""You said, inspectors heard": writing, checking and publishing the page families read.

The page is prefilled from the same numbers the inspectors' summary shows (the themes
most people raised, in the words reports use, and how many took part), then edited by a
coordinator. Quotes are copied from a comment's redacted text only, and only when a
coordinator ticks them: the public page never shows anything a person did not choose.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final

from sqlalchemy import and_, case, distinct, func, select

from voice.analysis import SENTIMENTS, THEME_KEYS, proportion_words
from voice.extensions import db
from voice.models import Comment, CommentTheme, Inspection, Response, User, YouSaidPage, YouSaidQuote
from voice.services import audit
from voice.services.codes import new_token
from voice.services.inspections import survey_state
from voice.services.summary import Filters, comment_conditions, headline

PREFILL_THEMES: Final = 5
MAX_QUOTES: Final = 12
CANDIDATES_PER_THEME: Final = 60
QUOTE_MAX_CHARS: Final = 600
QUOTE_AUDIENCES: Final = ("parent_carer", "young_person")

# The page is written in English by a coordinator; these are its starting words, not interface text.
THEME_WORDS: Final = {
    "identification_assessment": "identifying and assessing children's needs",
    "ehc_plans": "Education, Health and Care plans: how long they take, their quality and reviews",
    "communication_coproduction": "being listened to and involved in decisions",
    "health_services": "health services, such as mental health support and therapies",
    "education_support": "support in school or college",
    "social_care": "social care and short breaks",
    "preparing_adulthood": "preparing for adult life",
    "information_local_offer": "finding information, including the local offer",
    "inclusion_wellbeing": "friendships, activities and feeling included",
    "transport": "transport to school or college",
    "early_years": "support in the early years",
    "other": "other matters",
}
# Easy-read: one short sentence for each theme, in common words (checked by accessibility.easy_read).
EASY_THEME_WORDS: Final = {
    "identification_assessment": "You told them about getting checked for the help you need.",
    "ehc_plans": "You told them about your plan for learning, health and care.",
    "communication_coproduction": "You told them about being listened to.",
    "health_services": "You told them about help with your health.",
    "education_support": "You told them about help at school or college.",
    "social_care": "You told them about breaks and care at home.",
    "preparing_adulthood": "You told them about getting ready for adult life.",
    "information_local_offer": "You told them about finding out what help there is.",
    "inclusion_wellbeing": "You told them about friends and feeling part of things.",
    "transport": "You told them about getting to school or college.",
    "early_years": "You told them about help for young children.",
    "other": "You told them about other things too.",
}
# The easy-read pictures a sentence may have (files in voice/static/images/easy-read/).
EASY_READ_PICTURES: Final = ("listen", "inspectors", "together", "check", "star", "understand", "help",
                             "next_steps", "survey", "write", "thanks")
_PEOPLE: Final = {"parent_carer": "parents and carers", "young_person": "young people"}


class YouSaidError(Exception):
    def __init__(self, code: str) -> None:
        super().__init__(code)
        self.code = code


@dataclass(frozen=True)
class Prefill:
    title: str
    intro: str
    themes: list[dict[str, str]]
    easy_read: list[dict[str, str]]
    parents_count: int
    young_people_count: int


@dataclass(frozen=True)
class Candidate:
    comment_id: int
    audience: str
    text: str
    chosen: bool


# --- when -----------------------------------------------------------------------------


def windows_closed(*, inspection: Inspection, now: datetime) -> bool:
    """Families can only be told what inspectors heard once nobody can still answer."""
    return bool(inspection.surveys) and all(survey_state(s, now=now) == "closed" for s in inspection.surveys)


def last_close(*, inspection: Inspection) -> datetime | None:
    closes = [s.closed_early_at or s.closes_at for s in inspection.surveys]
    return max(closes) if closes else None


# --- reading ----------------------------------------------------------------------------


def page_for(*, inspection_id: int) -> YouSaidPage | None:
    return db.session.scalar(select(YouSaidPage).where(YouSaidPage.inspection_id == inspection_id))


def published_page(*, token: str) -> YouSaidPage | None:
    """The page behind a public link; drafts and unknown tokens are the same: nothing."""
    if not token or len(token) > 40:
        return None
    return db.session.scalar(
        select(YouSaidPage).where(YouSaidPage.token == token, YouSaidPage.status == "published"))


def _theme_respondents(inspection_id: int) -> dict[str, dict[str, dict[str, Any]]]:
    """audience -> theme -> respondents who raised it and the sentiment split of their comments."""
    respondent = func.coalesce(Comment.response_id, -Comment.id)
    split = [func.sum(case((Comment.sentiment == s, 1), else_=0)) for s in SENTIMENTS]
    stmt = (
        select(Comment.audience, CommentTheme.theme, func.count(distinct(respondent)), *split)
        .join(Comment, CommentTheme.comment_id == Comment.id)
        .outerjoin(Response, Comment.response_id == Response.id)
        .where(*comment_conditions(inspection_id, Filters()), CommentTheme.removed.is_(False),
               Comment.audience.in_(QUOTE_AUDIENCES))
        .group_by(Comment.audience, CommentTheme.theme)
    )
    result: dict[str, dict[str, dict[str, Any]]] = {}
    for audience, theme, respondents, *counts in db.session.execute(stmt).all():
        result.setdefault(audience, {})[theme] = {
            "respondents": int(respondents),
            "sentiment": {s: int(n or 0) for s, n in zip(SENTIMENTS, counts, strict=True)},
        }
    return result


def _tone(sentiment: dict[str, int]) -> str:
    total = sum(sentiment.values())
    if not total:
        return ""
    if sentiment.get("negative", 0) * 2 > total:
        return "Most of what they wrote described things that need to get better."
    if sentiment.get("positive", 0) * 2 > total:
        return "Most of what they wrote was positive."
    return "Views on this were mixed."


def theme_paragraph(*, theme: str, by_audience: dict[str, dict[str, Any]], respondents: dict[str, int]) -> str:
    """A paragraph in report words: "Most parents and carers who answered wrote about ..."."""
    sentences: list[str] = []
    for audience in QUOTE_AUDIENCES:
        numbers = by_audience.get(audience)
        total = respondents.get(audience, 0)
        if not numbers or not total:
            continue
        words = proportion_words(min(numbers["respondents"], total), total)
        if not sentences:
            sentences.append(f"{words.capitalize()} of the {_PEOPLE[audience]} who answered wrote about "
                             f"{THEME_WORDS[theme]}.")
            if tone := _tone(numbers["sentiment"]):
                sentences.append(tone)
        else:
            sentences.append(f"{words.capitalize()} of the {_PEOPLE[audience]} who answered did too.")
    return " ".join(sentences)


def prefill(*, inspection: Inspection) -> Prefill:
    """The page's first draft, from the summary's numbers."""
    top = headline(inspection_id=inspection.id, filters=Filters())
    respondents = {a: top.by_audience.get(a, 0) for a in QUOTE_AUDIENCES}
    counts = _theme_respondents(inspection.id)
    shares: dict[str, float] = {}
    for audience, themes in counts.items():
        total = respondents.get(audience, 0)
        for theme, numbers in themes.items():
            if total and theme != "other":
                shares[theme] = max(shares.get(theme, 0.0), numbers["respondents"] / total)
    order = {key: n for n, key in enumerate(THEME_KEYS)}
    chosen = sorted(shares, key=lambda t: (-shares[t], order.get(t, 99)))[:PREFILL_THEMES]
    paragraphs = [{"theme": t, "text": theme_paragraph(
        theme=t, by_audience={a: counts[a][t] for a in QUOTE_AUDIENCES if t in counts.get(a, {})},
        respondents=respondents)} for t in chosen]
    area = inspection.local_area.name
    easy = [
        {"picture": "listen", "text": "You told the inspectors what you think."},
        {"picture": "inspectors", "text": "The inspectors read every answer."},
        *({"picture": "check", "text": EASY_THEME_WORDS[t]} for t in chosen[:3]),
        {"picture": "next_steps", "text": "The inspectors wrote a report about what they found."},
        {"picture": "survey", "text": "You can read the report on the internet."},
        {"picture": "thanks", "text": "Thank you for telling them what you think."},
    ]
    return Prefill(
        title=f"You said, inspectors heard: {area}",
        intro=(f"Thank you to everyone who answered the surveys for the inspection of special educational "
               f"needs and disabilities services in {area}. This page tells you what the inspectors heard."),
        themes=paragraphs, easy_read=easy,
        parents_count=respondents["parent_carer"], young_people_count=respondents["young_person"],
    )


# --- writing ----------------------------------------------------------------------------


def create_page(*, inspection: Inspection, user: User | None, now: datetime) -> YouSaidPage:
    """The page, prefilled. Only once the windows have closed, and only one per inspection."""
    existing = page_for(inspection_id=inspection.id)
    if existing is not None:
        return existing
    if not windows_closed(inspection=inspection, now=now):
        raise YouSaidError("windows_open")
    first = prefill(inspection=inspection)
    page = YouSaidPage(
        inspection_id=inspection.id, status="draft", token=new_token(), title=first.title, intro=first.intro,
        themes=first.themes, easy_read=first.easy_read, parents_count=first.parents_count,
        young_people_count=first.young_people_count, report_url="",
    )
    db.session.add(page)
    db.session.flush()
    audit.record("you_said_created", user=user, inspection_id=inspection.id, detail=f"page {page.id}",
                 commit=False)
    db.session.commit()
    return page


@dataclass(frozen=True)
class PageChange(Prefill):
    """What a coordinator saves: the prefilled parts, as edited, and the report's address."""

    report_url: str


def change_page(*, page: YouSaidPage, change: PageChange, user: User) -> list[str]:
    """Save the coordinator's words; the audit log names the parts that changed."""
    changed = []
    for name in ("title", "intro", "themes", "easy_read", "parents_count", "young_people_count", "report_url"):
        value = getattr(change, name)
        if getattr(page, name) != value:
            setattr(page, name, value)
            changed.append(name)
    if changed:
        audit.record("you_said_changed", user=user, inspection_id=page.inspection_id,
                     detail=", ".join(changed), commit=False)
    db.session.commit()
    return changed


def publish(*, page: YouSaidPage, user: User | None, now: datetime) -> None:
    if not page.report_url:
        raise YouSaidError("no_report_url")
    if not page.themes:
        raise YouSaidError("no_themes")
    page.status = "published"
    page.published_at = now
    audit.record("you_said_published", user=user, inspection_id=page.inspection_id, detail=f"page {page.id}",
                 commit=False)
    db.session.commit()


def unpublish(*, page: YouSaidPage, user: User) -> None:
    page.status = "draft"
    audit.record("you_said_unpublished", user=user, inspection_id=page.inspection_id, detail=f"page {page.id}",
                 commit=False)
    db.session.commit()


# --- quotes -----------------------------------------------------------------------------


def _candidate_query(inspection_id: int, theme: str | None) -> Any:
    """Comments that may be quoted: analysed (so redacted), not flagged, from families, not too long."""
    stmt = (
        select(Comment.id, Comment.audience, Comment.redacted)
        .where(Comment.inspection_id == inspection_id, Comment.audience.in_(QUOTE_AUDIENCES),
               Comment.analysis_pending.is_(False), Comment.safeguarding.is_(False),
               Comment.redacted != "", func.length(Comment.redacted) <= QUOTE_MAX_CHARS)
    )
    if theme:
        stmt = stmt.join(CommentTheme, and_(CommentTheme.comment_id == Comment.id,
                                            CommentTheme.theme == theme, CommentTheme.removed.is_(False)))
    return stmt.order_by(func.length(Comment.redacted), Comment.id)


def candidates(*, page: YouSaidPage, theme: str | None) -> list[Candidate]:
    """Redacted comments to choose from (for one theme), with those already chosen first."""
    chosen = {q.comment_id for q in page.quotes if q.comment_id is not None}
    rows = db.session.execute(_candidate_query(page.inspection_id, theme).limit(CANDIDATES_PER_THEME)).all()
    found = [Candidate(int(i), a, r.strip(), int(i) in chosen) for i, a, r in rows]
    return sorted(found, key=lambda c: not c.chosen)


def set_quotes(*, page: YouSaidPage, shown: list[int], ticked: list[int], user: User | None) -> tuple[int, int]:
    """Among the comments shown, keep the ticked ones as quotes and drop the others.

    Only comments that are still candidates are copied, and what is copied is the redacted
    text as it stands now: a raw comment never reaches the page.
    """
    allowed = {int(i): (a, r) for i, a, r in db.session.execute(
        _candidate_query(page.inspection_id, None).where(Comment.id.in_(shown))).all()}
    wanted = {i for i in ticked if i in allowed}
    existing = {q.comment_id: q for q in page.quotes if q.comment_id is not None}
    dropping = [q for comment_id, q in existing.items() if comment_id in allowed and comment_id not in wanted]
    adding = sorted(wanted - set(existing))
    if len(page.quotes) - len(dropping) + len(adding) > MAX_QUOTES:
        raise YouSaidError("too_many_quotes")
    for quote in dropping:
        page.quotes.remove(quote)
    for comment_id in adding:
        audience, redacted = allowed[comment_id]
        page.quotes.append(YouSaidQuote(comment_id=comment_id, audience=audience, text=redacted.strip(),
                                        chosen_by_id=user.id if user is not None else None))
    added, removed = len(adding), len(dropping)
    if added or removed:
        audit.record("you_said_quotes", user=user, inspection_id=page.inspection_id,
                     detail=f"{added} chosen, {removed} removed", commit=False)
    db.session.commit()
    return added, removed


def remove_quote(*, page: YouSaidPage, quote_id: int, user: User) -> bool:
    quote = next((q for q in page.quotes if q.id == quote_id), None)
    if quote is None:
        return False
    page.quotes.remove(quote)
    audit.record("you_said_quotes", user=user, inspection_id=page.inspection_id, detail="1 removed", commit=False)
    db.session.commit()
    return True
