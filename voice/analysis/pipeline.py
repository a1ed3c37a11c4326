"""One call that runs every analysis step on one comment."""

from __future__ import annotations

from dataclasses import dataclass

from voice.analysis.features import extract
from voice.analysis.model import load_model
from voice.analysis.normalise import tokenise
from voice.analysis.preamble import split_helper_note
from voice.analysis.redaction import redact
from voice.analysis.safeguarding import screen_tokens


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
    """Themes and sentiment come from the learned layer (``model.py``) over the
    lexicons' evidence (``features.py``); redaction and safeguarding are rules."""
    tokens = tokenise(text)
    # "Helped by mum." says who wrote the answer, not what it is about.
    body = split_helper_note(text)
    body_tokens = tokens if body is text else tokenise(body)
    extracted = extract(body_tokens, body)
    prediction = load_model().predict(extracted.features, extracted.engine_polarity)
    sentiment, polarity = prediction.sentiment, prediction.polarity
    if extracted.non_answer:  # "n/a", "no comment"
        sentiment, polarity = "neutral", 0.0
    reasons = screen_tokens(tokens)
    return Analysis(
        themes=prediction.themes,
        sentiment=sentiment,
        polarity=polarity,
        redacted=redact(text),
        safeguarding=bool(reasons),
        safeguarding_reasons=reasons,
    )
