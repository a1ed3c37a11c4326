"""The inspector's summary of one inspection, aggregated by the database.

Counts (responses, closed-question distributions, themes and their sentiment)
are GROUP BY queries, so their cost grows with the index scans, not with
Python loops over every comment. Only the words need the comments themselves
(key phrases and representative quotes): for those, voice.analysis.summarise
reads a bounded sample per theme (the most recent THEME_SAMPLE comments) plus
a bounded background sample it contrasts them with. The page therefore costs
about the same for 20,000 responses as for 1,000.

Summaries use the effective tags: CommentTheme rows with removed = false and
Comment.sentiment (a person's decision when there is one).
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any, Final

from sqlalchemy import ColumnElement, Select, and_, case, distinct, func, or_, select

from voice.analysis import SENTIMENTS, THEME_KEYS, TaggedComment, proportion_words, summarise
from voice.extensions import db
from voice.models import Answer, Comment, CommentTheme, Draft, Response, Survey
from voice.questionnaires.catalogue import STATEMENT_KEYS
from voice.services.working_days import to_uk, uk_midnight_utc

SECTION_AUDIENCES: Final = ("parent_carer", "young_person", "practitioner")
CHILD_FILTERS: Final = ("age_phase", "setting", "ehc_plan")
# helped_by values that mean "nobody helped": the young person answered on their own.
UNHELPED: Final = ("own",)
THEME_SAMPLE: Final = 80
BACKGROUND_SAMPLE: Final = 80
MAX_DAYS: Final = 62
OTHER_LANGUAGE_LIMIT: Final = 500


@dataclass(frozen=True)
class Filters:
    """What the inspector has narrowed the summary to. None means "any"."""

    audience: str | None = None
    age_phase: str | None = None
    setting: str | None = None
    ehc_plan: str | None = None

    @property
    def child(self) -> dict[str, str]:
        return {name: value for name in CHILD_FILTERS if (value := getattr(self, name))}

    @property
    def active(self) -> bool:
        return bool(self.audience or self.child)

    @property
    def audiences(self) -> tuple[str, ...]:
        return (self.audience,) if self.audience else SECTION_AUDIENCES

    def as_args(self) -> dict[str, Any]:
        """Query-string arguments that reproduce these filters (for links)."""
        return {k: v for k, v in dataclasses.asdict(self).items() if v}


@dataclass(frozen=True)
class DayCount:
    day: date | None  # None: responses before the days shown
    counts: dict[str, int]
    total: int


@dataclass(frozen=True)
class Headline:
    by_audience: dict[str, int]
    total: int
    by_day: list[DayCount]
    # Per audience: drafts still open plus submitted responses (every survey started).
    started: dict[str, int]
    completion: dict[str, float | None]
    helped: int  # young people's responses given with help
    # Per audience, before filters: the responses that completion is worked out from.
    submitted: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class Distribution:
    question: str
    # audience -> answer code -> responses
    counts: dict[str, dict[str, int]]


@dataclass(frozen=True)
class Quote:
    text: str  # redacted
    helped: bool


@dataclass(frozen=True)
class ThemeResult:
    key: str
    respondents: int
    share: float
    words: str
    comments: int
    sentiment: dict[str, int]
    helped: int  # respondents who raised it with help
    key_phrases: list[str] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)


@dataclass(frozen=True)
class AudienceSummary:
    audience: str
    respondents: int
    helped: int
    commenters: int
    themes: list[ThemeResult]


@dataclass(frozen=True)
class SafeguardingCounts:
    flagged: int
    unreviewed: int


@dataclass(frozen=True)
class OtherLanguageComment:
    id: int
    audience: str
    language: str
    text: str  # redacted
    helped: bool
    themes: tuple[str, ...] = ()  # from the multilingual model, when it is installed


@dataclass(frozen=True)
class OtherLanguageQuestion:
    audience: str
    question: str
    comments: list[OtherLanguageComment]


@dataclass(frozen=True)
class Languages:
    """Comments by the language they were written in, and those not in English to read in full.

    ``counts`` covers every analysed comment (English too), so the totals add up to the
    comments the summary stands on. ``flagged`` non-English comments are in the
    safeguarding queue and not listed here; ``pending`` ones have not been read yet.
    ``listed`` stops at OTHER_LANGUAGE_LIMIT comments; ``more`` says how many were left off.
    """

    counts: dict[str, int]
    questions: list[OtherLanguageQuestion]
    flagged: int
    pending: int
    more: int

    @property
    def other(self) -> int:
        return sum(n for code, n in self.counts.items() if code != "en")


@dataclass(frozen=True)
class InspectionSummary:
    filters: Filters
    headline: Headline
    safeguarding: SafeguardingCounts
    questions: list[Distribution]  # closed questions, each by audience
    sections: list[AudienceSummary]  # themes, one audience apart from another
    languages: Languages | None = None


# --- shared conditions -------------------------------------------------------------


def helped_condition() -> ColumnElement[bool]:
    """A response given with help: someone helped, or someone else wrote the words."""
    return or_(
        and_(Response.helped_by.is_not(None), Response.helped_by.not_in(UNHELPED)),
        Response.helper_wrote.is_(True),
    )


def response_conditions(inspection_id: int, filters: Filters) -> list[ColumnElement[bool]]:
    conditions = [Response.inspection_id == inspection_id]
    if filters.audience:
        conditions.append(Response.audience == filters.audience)
    for name, value in filters.child.items():
        conditions.append(getattr(Response, name) == value)
    return conditions


def comment_conditions(inspection_id: int, filters: Filters) -> list[ColumnElement[bool]]:
    """Conditions on Comment (joined to Response) for the filters."""
    conditions = [Comment.inspection_id == inspection_id, Comment.audience.in_(filters.audiences)]
    for name, value in filters.child.items():
        conditions.append(getattr(Response, name) == value)
    return conditions


def _respondent() -> ColumnElement[Any]:
    # A comment without a response stands for its own respondent.
    return func.coalesce(Comment.response_id, -Comment.id)


# --- headline numbers --------------------------------------------------------------


def _by_day(inspection_id: int, filters: Filters) -> list[DayCount]:
    conditions = response_conditions(inspection_id, filters)
    first, last = db.session.execute(
        select(func.min(Response.submitted_at), func.max(Response.submitted_at)).where(*conditions)
    ).one()
    if first is None or last is None:
        return []
    end_day = to_uk(last).date()
    start_day = max(to_uk(first).date(), end_day - timedelta(days=MAX_DAYS - 1))
    days = [start_day + timedelta(days=n) for n in range((end_day - start_day).days + 1)]
    edges = [uk_midnight_utc(day) for day in days] + [uk_midnight_utc(end_day + timedelta(days=1))]
    submitted = Response.submitted_at
    columns = [func.sum(case((submitted < edges[0], 1), else_=0))]
    columns += [
        func.sum(case((and_(submitted >= edges[n], submitted < edges[n + 1]), 1), else_=0))
        for n in range(len(days))
    ]
    rows = db.session.execute(
        select(Response.audience, *columns).where(*conditions).group_by(Response.audience)
    ).all()
    per_bucket: list[dict[str, int]] = [{} for _ in range(len(days) + 1)]
    for audience, *counts in rows:
        for n, count in enumerate(counts):
            if count:
                per_bucket[n][audience] = int(count)
    result = [DayCount(None, per_bucket[0], sum(per_bucket[0].values()))] if per_bucket[0] else []
    result += [DayCount(day, per_bucket[n + 1], sum(per_bucket[n + 1].values())) for n, day in enumerate(days)]
    return result


def headline(*, inspection_id: int, filters: Filters) -> Headline:
    conditions = response_conditions(inspection_id, filters)
    rows = db.session.execute(
        select(Response.audience, func.count(), func.sum(case((helped_condition(), 1), else_=0)))
        .where(*conditions).group_by(Response.audience)
    ).all()
    by_audience = {audience: int(count) for audience, count, _ in rows}
    helped = sum(int(n or 0) for audience, _, n in rows if audience == "young_person")
    # Drafts hold their answers as JSON, so completion is per audience, before child filters.
    drafts = dict(db.session.execute(
        select(Survey.audience, func.count(Draft.id)).join(Draft, Draft.survey_id == Survey.id)
        .where(Survey.inspection_id == inspection_id).group_by(Survey.audience)
    ).all())
    submitted = dict(db.session.execute(
        select(Response.audience, func.count()).where(Response.inspection_id == inspection_id)
        .group_by(Response.audience)
    ).all())
    started: dict[str, int] = {}
    completion: dict[str, float | None] = {}
    for audience in filters.audiences:
        started[audience] = int(drafts.get(audience, 0)) + int(submitted.get(audience, 0))
        completion[audience] = submitted.get(audience, 0) / started[audience] if started[audience] else None
    return Headline(
        by_audience=by_audience, total=sum(by_audience.values()), by_day=_by_day(inspection_id, filters),
        started=started, completion=completion, helped=helped,
        submitted={audience: int(submitted.get(audience, 0)) for audience in filters.audiences},
    )


# --- closed questions --------------------------------------------------------------


def inspection_questionnaires(inspection_id: int) -> tuple[str, ...]:
    """The questionnaire each of the inspection's surveys runs (its own choice, else its audience's)."""
    from voice.questionnaires import DEFAULT_FOR_AUDIENCE

    rows = db.session.execute(
        select(Survey.audience, Survey.questionnaire).where(Survey.inspection_id == inspection_id)
        .order_by(Survey.id)
    ).all()
    return tuple(key or DEFAULT_FOR_AUDIENCE[audience] for audience, key in rows if audience in DEFAULT_FOR_AUDIENCE)


def closed_question_keys(inspection_id: int) -> tuple[str, ...]:
    from voice.questionnaires.catalogue import closed_questions

    keys = inspection_questionnaires(inspection_id)
    return tuple(q.key for q in closed_questions(keys)) if keys else STATEMENT_KEYS


def distributions(
    *, inspection_id: int, filters: Filters, questions: tuple[str, ...] | None = None
) -> list[Distribution]:
    questions = questions if questions is not None else closed_question_keys(inspection_id)
    rows = db.session.execute(
        select(Response.audience, Answer.question, Answer.value, func.count())
        .join(Response, Answer.response_id == Response.id)
        .where(*response_conditions(inspection_id, filters), Answer.question.in_(questions))
        .group_by(Response.audience, Answer.question, Answer.value)
    ).all()
    found: dict[str, dict[str, dict[str, int]]] = {q: {} for q in questions}
    for audience, question, value, count in rows:
        found[question].setdefault(audience, {})[value] = int(count)
    return [Distribution(question, found[question]) for question in questions]


# --- themes ------------------------------------------------------------------------


def _theme_counts(inspection_id: int, filters: Filters) -> dict[str, dict[str, dict[str, Any]]]:
    """audience -> theme -> respondents, comments, sentiment split, helped respondents."""
    respondent = _respondent()
    sentiment_columns = [func.sum(case((Comment.sentiment == s, 1), else_=0)) for s in SENTIMENTS]
    stmt = (
        select(
            Comment.audience, CommentTheme.theme, func.count(distinct(respondent)), func.count(),
            func.count(distinct(case((helped_condition(), respondent)))), *sentiment_columns,
        )
        .join(Comment, CommentTheme.comment_id == Comment.id)
        .outerjoin(Response, Comment.response_id == Response.id)
        .where(*comment_conditions(inspection_id, filters), CommentTheme.removed.is_(False))
        .group_by(Comment.audience, CommentTheme.theme)
    )
    result: dict[str, dict[str, dict[str, Any]]] = {}
    for audience, theme, respondents, comments, helped, *split in db.session.execute(stmt).all():
        result.setdefault(audience, {})[theme] = {
            "respondents": int(respondents), "comments": int(comments), "helped": int(helped or 0),
            "sentiment": {s: int(n or 0) for s, n in zip(SENTIMENTS, split, strict=True)},
        }
    return result


def _commenters(inspection_id: int, filters: Filters) -> dict[str, int]:
    stmt = (
        select(Comment.audience, func.count(distinct(_respondent())))
        .outerjoin(Response, Comment.response_id == Response.id)
        .where(*comment_conditions(inspection_id, filters)).group_by(Comment.audience)
    )
    return {audience: int(n) for audience, n in db.session.execute(stmt).all()}


def _sample_columns() -> tuple[Any, ...]:
    return (Comment.id, Comment.redacted, Comment.sentiment, Comment.polarity, Comment.response_id,
            case((helped_condition(), True), else_=False))


def _theme_samples(inspection_id: int, filters: Filters, audience: str) -> dict[str, list[Any]]:
    """The THEME_SAMPLE most recent comments of each theme, in one windowed query.

    Comments flagged for safeguarding are counted but never sampled: a possible
    disclosure is not a quote for a brief.
    """
    audience_filters = dataclasses.replace(filters, audience=audience)
    rank = func.row_number().over(partition_by=CommentTheme.theme, order_by=Comment.id.desc())
    inner = (
        select(CommentTheme.theme.label("theme"), *_sample_columns(), rank.label("rank"))
        .join(Comment, CommentTheme.comment_id == Comment.id)
        .outerjoin(Response, Comment.response_id == Response.id)
        .where(*comment_conditions(inspection_id, audience_filters), CommentTheme.removed.is_(False),
               Comment.safeguarding.is_(False))
        .subquery()
    )
    samples: dict[str, list[Any]] = {}
    for row in db.session.execute(select(inner).where(inner.c.rank <= THEME_SAMPLE)).all():
        samples.setdefault(row[0], []).append(row[1:7])
    return samples


def _background(inspection_id: int, filters: Filters, audience: str) -> list[Any]:
    audience_filters = dataclasses.replace(filters, audience=audience)
    stmt: Select[Any] = (
        select(*_sample_columns()).outerjoin(Response, Comment.response_id == Response.id)
        .where(*comment_conditions(inspection_id, audience_filters))
        .order_by(Comment.id.desc()).limit(BACKGROUND_SAMPLE)
    )
    return list(db.session.execute(stmt).all())


def _tagged(row: Any, themes: tuple[str, ...]) -> TaggedComment:
    comment_id, redacted, sentiment, polarity, response_id, _helped = row
    return TaggedComment(
        id=str(comment_id), text=redacted, redacted=redacted, themes=themes, sentiment=sentiment,
        polarity=float(polarity or 0.0), respondent_id=None if response_id is None else str(response_id),
    )


def _words_for(theme: str, sample: list[Any], background: list[Any]) -> tuple[list[str], list[Quote]]:
    """Key phrases and quotes for one theme, from its sample set against the background."""
    in_theme = {row[0] for row in sample}
    comments = [_tagged(row, (theme,)) for row in sample]
    comments += [_tagged(row, ()) for row in background if row[0] not in in_theme]
    result = summarise(comments, total_respondents=len(comments))
    if not result.themes:
        return [], []
    helped_text = {row[1].strip(): bool(row[5]) for row in sample}
    theme_summary = result.themes[0]
    quotes = [Quote(text, helped_text.get(text, False)) for text in theme_summary.quotes]
    return theme_summary.key_phrases, quotes


def _themes_for(
    counts: dict[str, dict[str, Any]], respondents: int, samples: dict[str, list[Any]], background: list[Any],
) -> list[ThemeResult]:
    results = []
    for key in THEME_KEYS:
        if key not in counts:
            continue
        numbers = counts[key]
        total = max(respondents, numbers["respondents"])
        phrases, quotes = _words_for(key, samples.get(key, []), background)
        results.append(ThemeResult(
            key=key, respondents=numbers["respondents"], share=numbers["respondents"] / total if total else 0.0,
            words=proportion_words(numbers["respondents"], total), comments=numbers["comments"],
            sentiment=numbers["sentiment"], helped=numbers["helped"], key_phrases=phrases, quotes=quotes,
        ))
    order = {key: n for n, key in enumerate(THEME_KEYS)}
    results.sort(key=lambda t: (-t.respondents, order[t.key]))
    return results


def safeguarding_counts(*, inspection_id: int) -> SafeguardingCounts:
    """Flags from every channel, counted by the queue itself so the two always agree."""
    from voice.services import safeguarding_queue

    counts = safeguarding_queue.counts(inspection_id=inspection_id)
    return SafeguardingCounts(counts.flagged, counts.unreviewed)


# --- comments in other languages ---------------------------------------------------


def languages(*, inspection_id: int, filters: Filters, limit: int = OTHER_LANGUAGE_LIMIT) -> Languages:
    """Counts by language, and every comment not in English (redacted) grouped by question,
    so none is left out because the English model could not tag it."""
    conditions = comment_conditions(inspection_id, filters)
    counts = {code: int(n) for code, n in db.session.execute(
        select(Comment.language, func.count()).outerjoin(Response, Comment.response_id == Response.id)
        .where(*conditions, Comment.analysis_pending.is_(False)).group_by(Comment.language)
    ).all()}
    other = [*conditions, Comment.language != "en"]
    flagged, pending = (int(n or 0) for n in db.session.execute(
        select(func.sum(case((and_(Comment.safeguarding.is_(True), Comment.analysis_pending.is_(False)), 1),
                             else_=0)),
               func.sum(case((Comment.analysis_pending.is_(True), 1), else_=0)))
        .outerjoin(Response, Comment.response_id == Response.id).where(*other)
    ).one())
    rows = db.session.execute(
        select(Comment.id, Comment.audience, Comment.question, Comment.language, Comment.redacted,
               case((helped_condition(), True), else_=False))
        .outerjoin(Response, Comment.response_id == Response.id)
        .where(*other, Comment.safeguarding.is_(False), Comment.analysis_pending.is_(False))
        .order_by(Comment.audience, Comment.question, Comment.language, Comment.id).limit(limit + 1)
    ).all()
    more = 0
    if len(rows) > limit:
        listable = sum(counts.get(code, 0) for code in counts if code != "en") - flagged
        rows, more = rows[:limit], max(listable - limit, 0)
    themes: dict[int, list[str]] = {}
    if rows:
        for comment_id, theme in db.session.execute(
            select(CommentTheme.comment_id, CommentTheme.theme)
            .where(CommentTheme.comment_id.in_([row[0] for row in rows]), CommentTheme.removed.is_(False))
            .order_by(CommentTheme.id)
        ).all():
            themes.setdefault(int(comment_id), []).append(theme)
    grouped: dict[tuple[str, str], list[OtherLanguageComment]] = {}
    for comment_id, audience, question, language, redacted, helped in rows:
        grouped.setdefault((audience, question), []).append(OtherLanguageComment(
            int(comment_id), audience, language, redacted, bool(helped), tuple(themes.get(int(comment_id), ()))))
    questions = [OtherLanguageQuestion(audience, question, comments)
                 for (audience, question), comments in grouped.items()]
    return Languages(counts=counts, questions=questions, flagged=flagged, pending=pending, more=more)


def build_summary(*, inspection_id: int, filters: Filters) -> InspectionSummary:
    """Everything the summary page and the PDF brief show, for the filters given."""
    top = headline(inspection_id=inspection_id, filters=filters)
    closed = distributions(inspection_id=inspection_id, filters=filters)
    theme_counts = _theme_counts(inspection_id, filters)
    commenters = _commenters(inspection_id, filters)
    sections = []
    for audience in filters.audiences:
        respondents = top.by_audience.get(audience, 0)
        counts = theme_counts.get(audience, {})
        samples = _theme_samples(inspection_id, filters, audience) if counts else {}
        background = _background(inspection_id, filters, audience) if counts else []
        sections.append(AudienceSummary(
            audience=audience, respondents=respondents,
            helped=top.helped if audience == "young_person" else 0,
            commenters=commenters.get(audience, 0),
            themes=_themes_for(counts, respondents, samples, background),
        ))
    return InspectionSummary(
        filters=filters, headline=top, safeguarding=safeguarding_counts(inspection_id=inspection_id),
        questions=closed, sections=sections, languages=languages(inspection_id=inspection_id, filters=filters),
    )
