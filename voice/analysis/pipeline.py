"""One call that runs every analysis step on one comment."""

from __future__ import annotations

from dataclasses import dataclass

from voice.analysis.normalise import tokenise
from voice.analysis.preamble import split_helper_note
from voice.analysis.redaction import redact
from voice.analysis.safeguarding import screen_tokens
from voice.analysis.sentiment import score_sentiment
from voice.analysis.themes import tag_themes


@dataclass(frozen=True)
class Analysis:
    """What the machine made of one comment.

    ``redacted`` is the text to show anyone other than a safeguarding lead.
    ``safeguarding`` means "a person should read this now"; the reasons are
    category names from ``safeguarding.CATEGORIES``.
    """

    themes: tuple[str, ...]
    sentiment: str
    polarity: float
    redacted: str
    safeguarding: bool
    safeguarding_reasons: tuple[str, ...]


def analyse(text: str) -> Analysis:
    tokens = tokenise(text)
    # "Helped by mum." says who wrote the answer, not what it is about.
    body = split_helper_note(text)
    body_tokens = tokens if body is text else tokenise(body)
    sentiment = score_sentiment(body_tokens, body)
    reasons = screen_tokens(tokens)
    return Analysis(
        themes=tag_themes(body_tokens),
        sentiment=sentiment.label,
        polarity=sentiment.polarity,
        redacted=redact(text),
        safeguarding=bool(reasons),
        safeguarding_reasons=reasons,
    )
