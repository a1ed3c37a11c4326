"""Sentiment for SEND comments: TextBlob plus a domain layer.

TextBlob's Pattern lexicon knows "awful" and "brilliant" but reads "we had to
fight for two years to get an EHCP" as 0.0. Families describe a failing
system in neutral words (waiting, years, chasing, nobody rings back), so the
domain lexicon in ``data/sentiment_lexicon.py`` supplies that evidence, and
this module adds the grammar around it:

* negation within three tokens of a cue, inside its clause ("not helpful",
  "never listened"), with fixed phrases that carry their own negation
  ("couldn't be happier", "can't fault", "no complaints");
* intensifiers and downtoners ("really", "extremely", "a bit");
* contrast: the clause after "but"/"however" weighs a little more;
* sarcasm: praise used as an exclamation before criticism ("Oh brilliant,
  another 6 months"), and markers such as "as always", "if you enjoy";
* questions and requests ("Will the results be shared?", "Please can letters
  be in Polish") ask rather than judge, so their weaker cues count for little,
  unless the question is a complaint ("Why do we have to wait 3 years?");
* a negator that turns criticism into praise ("nobody shouts") is not itself
  criticism;
* quotation marks usually dispute an official's words ("he is 'fine'"), but
  not when they report what the young person said ('He wrote "I like it"');
* TextBlob's own polarity for the whole comment, and its word lexicon for
  words the domain lexicon does not know, as weaker evidence.

A comment is "mixed" only when it carries clear praise and clear criticism.

The evidence computed here (``sentiment_parts``) is a set of features for the
learned layer (``features.py``, ``model.py``), which makes the final call in
``pipeline.analyse``; ``score_sentiment`` is the rule-based call on its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Final

from voice.analysis.data import sentiment_lexicon as lex
from voice.analysis.data.calibration import SENTIMENT_BOUNDARIES
from voice.analysis.lexicon import Lexicon, Match, merge
from voice.analysis.normalise import BOUNDARIES, SENTENCE_END, sentence_marks
from voice.analysis.textblob_bridge import pattern_polarity, word_polarity

POS: Final = "pos"
NEG: Final = "neg"

_LEXICON: Final = Lexicon(merge((POS, lex.POSITIVE), (NEG, lex.NEGATIVE)))

NEGATION_WINDOW: Final = 3
AFTER_CONTRAST: Final = 1.25
BEFORE_CONTRAST: Final = 0.85
TEXTBLOB_WHOLE_WEIGHT: Final = 0.4
TEXTBLOB_WORD_WEIGHT: Final = 0.5
TEXTBLOB_WORD_MIN: Final = 0.4

# Decision thresholds, calibrated by ``calibrate.py`` (data/calibration.py).
MIXED_MIN: Final = SENTIMENT_BOUNDARIES["mixed_min"]  # each side must reach this much
MIXED_RATIO: Final = SENTIMENT_BOUNDARIES["mixed_ratio"]  # weaker side's share of stronger
LEAN: Final = SENTIMENT_BOUNDARIES["lean"]  # |net| / (pos + neg + 1) to call pos/neg
MIN_EVIDENCE: Final = SENTIMENT_BOUNDARIES["min_evidence"]  # below this: neutral
SCARE_QUOTES: Final = 0.4  # quoting an official usually means disputing them
QUESTION_DAMPING: Final = 0.2  # weight of a weaker cue inside a question or request
STRONG_CUE: Final = 1.0  # cues at least this strong keep their weight in a question
LITOTES: Final = 0.4  # "not unhelpful" is faint praise
CLAUSE_LEAN: Final = 0.3  # a clause's net cue value to count as praise or criticism


@dataclass(frozen=True, slots=True)
class SentimentResult:
    label: str
    polarity: float
    positive_evidence: float
    negative_evidence: float


@dataclass(slots=True)
class _Cue:
    position: int
    value: float  # > 0 praise, < 0 criticism
    sarcasm_candidate: bool
    phrase: bool = False  # several words: already says what it means


def _clause_weights(tokens: Sequence[str]) -> list[float]:
    """Weight per token: within a sentence, the clause after "but" counts more."""
    weights = [1.0] * len(tokens)
    ends = [i for i, token in enumerate(tokens) if token == SENTENCE_END] + [len(tokens)]
    start = 0
    for end in ends:
        contrast = next((j for j in range(start, end) if tokens[j] in lex.CONTRAST_AFTER), None)
        if contrast is not None and contrast > start:
            for j in range(start, contrast):
                weights[j] = BEFORE_CONTRAST
            for j in range(contrast, end):
                weights[j] = AFTER_CONTRAST
        start = end + 1
    return weights


def _negator_for(tokens: Sequence[str], start: int, claimed: set[int]) -> int | None:
    """Position of a negator scoping over the cue at ``start``, if any."""
    for j in range(start - 1, max(-1, start - 1 - NEGATION_WINDOW), -1):
        token = tokens[j]
        if token in BOUNDARIES or token in lex.CONTRAST_AFTER:
            return None
        if token in lex.NEGATORS and j not in claimed:
            return j
    return None


def _intensity(tokens: Sequence[str], start: int) -> float:
    factor = 1.0
    for j in (start - 1, start - 2):
        if j >= 0 and tokens[j] in lex.INTENSIFIERS:
            factor *= lex.INTENSIFIERS[tokens[j]]
        elif j >= 0 and tokens[j] not in ("a", "an", "the"):
            break
    return factor


def _cue_value(match: Match) -> float:
    value = 0.0
    for label, weight in match.entry.weights:
        value += weight if label == POS else -weight
    return value


def _sarcasm_candidate(tokens: Sequence[str], match: Match) -> bool:
    """Praise word standing alone at the start of a sentence ("Brilliant, ...")."""
    start, end = match.start, match.end
    if tokens[start] not in lex.SARCASM_WORDS:
        return False
    before = tokens[start - 1] if start > 0 else SENTENCE_END
    after = tokens[end + 1] if end + 1 < len(tokens) else SENTENCE_END
    # Only at the start of the comment: a closing "Fantastic." is usually sincere.
    opens = start == 0 or (start <= 2 and before in ("oh", "well", "so", "yeah", "just", "how"))
    return opens and (after in BOUNDARIES or after in ("another", "yet", "more", "so"))


def _collect_cues(tokens: list[str]) -> list[_Cue]:
    matches = _LEXICON.find(tokens)
    covered = {i for match in matches for i in match.positions}
    claimed = {i for match in matches if len(match.positions) > 1 for i in match.positions}
    cues = [
        _Cue(match.start, value, _sarcasm_candidate(tokens, match), len(match.positions) > 1)
        for match in matches
        if (value := _cue_value(match))
    ]
    negated_spans = {
        i for match in matches
        if tokens[match.start] in lex.NEGATORS and _cue_value(match) < 0
        for i in match.positions
    }
    cues = [c for c in cues if not (c.value > 0 and c.position in negated_spans)]
    cues.extend(_textblob_word_cues(tokens, covered))
    used = _apply_modifiers(tokens, cues, claimed)
    load = [
        i for i, token in enumerate(tokens)
        if token in lex.NEGATION_LOAD_WORDS and i not in covered and i not in used
    ]
    cues.extend(_Cue(i, -lex.NEGATION_LOAD, False) for i in load[:3])
    return cues


def _textblob_word_cues(tokens: list[str], covered: set[int]) -> list[_Cue]:
    """TextBlob's word lexicon, for evaluative words the domain lexicon lacks."""
    cues: list[_Cue] = []
    for i, token in enumerate(tokens):
        if i in covered or token in lex.TEXTBLOB_IGNORE or not token.isalpha():
            continue
        polarity = word_polarity(token)
        if abs(polarity) >= TEXTBLOB_WORD_MIN:
            cues.append(_Cue(i, TEXTBLOB_WORD_WEIGHT * polarity, False))
    return cues


def _apply_modifiers(tokens: list[str], cues: list[_Cue], claimed: set[int]) -> set[int]:
    """Intensity, negation and reported speech; returns the negators used.

    "not helpful" flips praise; "not late" softens criticism into mild praise;
    a negated criticism phrase ("don't have anyone to talk to") already means
    what it says.
    """
    used: set[int] = set()
    softened: set[int] = set()
    for cue in cues:
        cue.value *= _intensity(tokens, cue.position)
        negator = _negator_for(tokens, cue.position, claimed)
        if negator is not None:
            used.add(negator)
            if not (cue.value < 0 and cue.phrase):
                if cue.value <= -0.5:
                    softened.add(negator)
                cue.value = -cue.value * (0.8 if cue.value > 0 else LITOTES)
        elif cue.value > 0 and _reported(tokens, cue.position):
            cue.value *= 0.3
    # "nobody shouts": the negator made the criticism into praise, so it is not
    # also criticism in its own right.
    for cue in cues:
        if cue.position in softened and cue.value < 0 and not cue.phrase:
            cue.value = 0.0
    return used


def _reported(tokens: Sequence[str], position: int) -> bool:
    """Is this cue inside an institution's claim ("the school says he is fine")?"""
    for j in range(position - 1, max(-1, position - 7), -1):
        token = tokens[j]
        if token == SENTENCE_END:
            return False
        if token in lex.REPORTED_SPEECH:
            return True
        if token in lex.REPORTING_VERBS and j > 0 and (
            tokens[j - 1] in lex.INSTITUTIONS or (j > 1 and tokens[j - 2] in lex.INSTITUTIONS)
        ):
            return True
    return False


def _apply_sarcasm(tokens: list[str], cues: list[_Cue]) -> None:
    has_criticism = any(c.value < 0 and not c.sarcasm_candidate for c in cues)
    if not has_criticism:
        return
    joined = f" {' '.join(tokens)} "
    marker = any(f" {m} " in joined for m in lex.SARCASM_MARKERS)
    # An opening "Oh great, ..." before criticism sets the tone: a closing
    # "Loved that." is sarcastic too.
    opening = any(c.sarcasm_candidate and c.value > 0 for c in cues)
    for cue in cues:
        if cue.value > 0 and (cue.sarcasm_candidate or marker or opening):
            cue.value = -abs(cue.value) * 0.8


# Whole answers that say nothing either way ("dont know", "n/a", "no comment").
_NON_ANSWERS: Final = frozenset(
    {
        ("i", "do", "not", "know"), ("do", "not", "know"), ("not", "sure"),
        ("i", "am", "not", "sure"), ("no", "comment"), ("nothing",), ("none",), ("no",),
        ("n", "a"), ("na",), ("not", "applicable"), ("nothing", "to", "add"),
        ("nothing", "else"), ("no", "thanks"), ("not", "really"), ("no", "not", "really"),
        ("no", "thank", "you"), ("i", "do", "not", "mind"),
    }
)


_QUOTED_RE: Final = re.compile(
    r"(?:^|(?<=[\s(]))[\"\u201c\u2018'](?P<words>[^\"\u201c\u201d\u2018\u2019'\n]{2,60}?)"
    r"[\"\u201d\u2019'](?=$|[\s.,;:!?)\-])"
)


_WORD_RE: Final = re.compile(r"[a-z]+")


def _scare_quoted(text: str) -> set[str]:
    """Words inside quotation marks: a parent quoting a claim they dispute.

    A quotation that reports what the young person said or wrote ("He wrote
    'I like it here'", "Transcribed: 'I like the taxi'") is their own view, not
    a disputed claim, so it is left out.
    """
    words: set[str] = set()
    for match in _QUOTED_RE.finditer(text):
        if _direct_speech(text[: match.start()]):
            continue
        words.update(_WORD_RE.findall(match.group("words").lower()))
    return words


def _direct_speech(before: str) -> bool:
    """Does the text before a quotation introduce the young person's own words?

    "He says his club is 'the best day'" and "He drew a picture and wrote 'I
    like it'" do; "I was told it was 'being reviewed'" and "School say 'we
    don't see it'" do not: the last verb of saying decides.
    """
    stripped = before.rstrip()
    if not stripped or stripped.endswith((":", "-")):
        return True
    words = _WORD_RE.findall(re.split(r"[.!?]", stripped.lower())[-1])
    for i in range(len(words) - 1, 0, -1):
        if words[i] in lex.SPEECH_VERBS:
            if words[i - 1] in lex.YOUNG_SPEAKERS:
                return True
            if words[i - 1] != "and":
                return False
    return False


def _sentence_spans(tokens: Sequence[str]) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    start = 0
    for i, token in enumerate(tokens):
        if token == SENTENCE_END:
            spans.append((start, i))
            start = i + 1
    if start < len(tokens):
        spans.append((start, len(tokens)))
    return spans


def _damp_questions(tokens: list[str], text: str, cues: list[_Cue]) -> bool:
    """Questions and requests ask rather than judge: weaker cues in them count less.

    "Will the results be shared with parents?" is not a complaint about
    sharing; "Why do we have to wait 3 years?" is, and so is any question
    with a strong cue in it ("Is it normal that nobody replies?"). Returns
    whether the whole comment only asks.
    """
    ends = ["?" in mark for mark in sentence_marks(text)] if "?" in text else []
    inquiring: list[tuple[int, int]] = []
    sentences = 0
    for index, (start, end) in enumerate(_sentence_spans(tokens)):
        words = tokens[start:end]
        if not words:
            continue
        sentences += 1
        question = end < len(tokens) and index < len(ends) and ends[index]
        request = (
            words[0] in lex.REQUEST_OPENERS
            or tuple(words[:3]) in lex.REQUEST_PHRASES
            or tuple(words[:4]) in lex.REQUEST_PHRASES
        )
        complaint = not lex.COMPLAINT_QUESTIONS.isdisjoint(words[:6]) or any(
            tuple(words[:n]) in lex.COMPLAINT_PHRASES for n in (2, 3, 4)
        )
        if (question or request) and not complaint:
            inquiring.append((start, end))
    if not inquiring:
        return False
    for cue in cues:
        if abs(cue.value) < STRONG_CUE and any(
            start <= cue.position < end for start, end in inquiring
        ):
            cue.value *= QUESTION_DAMPING
    return len(inquiring) == sentences


def score_sentiment(tokens: list[str], text: str) -> SentimentResult:
    """Label and polarity for one comment, given its canonical tokens."""
    evidence = sentiment_evidence(tokens, text)
    if evidence is None:
        return SentimentResult("neutral", 0.0, 0.0, 0.0)
    return _decide(*evidence)


@dataclass(frozen=True, slots=True)
class SentimentParts:
    """The evidence behind a sentiment, as features for the learned layer.

    ``praise_clauses`` and ``criticism_clauses`` count the clauses (split at
    sentence ends and at "but", "however"...) whose cues lean each way: a
    mixed comment usually has one of each.
    """

    positive: float
    negative: float
    blob: float
    praise_clauses: int
    criticism_clauses: int
    strongest_praise: float
    strongest_criticism: float


def sentiment_evidence(tokens: list[str], text: str) -> tuple[float, float] | None:
    """Positive and negative evidence; None for a non-answer ("n/a")."""
    parts = sentiment_parts(tokens, text)
    return None if parts is None else (parts.positive, parts.negative)


def _clause_leanings(tokens: Sequence[str], cues: Sequence[_Cue]) -> tuple[int, int]:
    clause_of: list[int] = []
    clause = 0
    for token in tokens:
        if token == SENTENCE_END or token in lex.CONTRAST_AFTER:
            clause += 1
        clause_of.append(clause)
    sums: dict[int, float] = {}
    for cue in cues:
        key = clause_of[cue.position]
        sums[key] = sums.get(key, 0.0) + cue.value
    praise = sum(1 for value in sums.values() if value >= CLAUSE_LEAN)
    criticism = sum(1 for value in sums.values() if value <= -CLAUSE_LEAN)
    return praise, criticism


def sentiment_parts(tokens: list[str], text: str) -> SentimentParts | None:
    """Positive and negative evidence, TextBlob's whole-text polarity (as
    used) and clause leanings; None for a non-answer ("n/a")."""
    if tuple(t for t in tokens if t not in BOUNDARIES) in _NON_ANSWERS:
        return None
    cues = _collect_cues(tokens)
    quoted = _scare_quoted(text) if ('"' in text or "'" in text or "\u201c" in text
                                     or "\u2018" in text) else set()
    for cue in cues:
        if cue.value > 0 and tokens[cue.position] in quoted:
            cue.value = -0.5 * cue.value
    if quoted:
        cues.append(_Cue(0, -SCARE_QUOTES, False))
    _apply_sarcasm(tokens, cues)
    only_asking = _damp_questions(tokens, text, cues)
    weights = _clause_weights(tokens)
    positive = sum(c.value * weights[c.position] for c in cues if c.value > 0)
    negative = -sum(c.value * weights[c.position] for c in cues if c.value < 0)
    blob = pattern_polarity(text) if text.strip() else 0.0
    if only_asking:  # a question is not a verdict, whatever TextBlob makes of "base"
        blob *= QUESTION_DAMPING
    if blob > 0:
        positive += TEXTBLOB_WHOLE_WEIGHT * blob
    else:
        negative -= TEXTBLOB_WHOLE_WEIGHT * blob
    praise, criticism = _clause_leanings(tokens, cues)
    return SentimentParts(
        positive, negative, blob, praise, criticism,
        max((c.value for c in cues if c.value > 0), default=0.0),
        -min((c.value for c in cues if c.value < 0), default=0.0),
    )


def decide_label(
    positive: float,
    negative: float,
    mixed_min: float = MIXED_MIN,
    mixed_ratio: float = MIXED_RATIO,
    lean: float = LEAN,
    min_evidence: float = MIN_EVIDENCE,
) -> tuple[str, float]:
    """Label and polarity from the evidence, given the decision boundaries."""
    net = positive - negative
    polarity = max(-1.0, min(1.0, net / (positive + negative + 1.0)))
    stronger, weaker = max(positive, negative), min(positive, negative)
    if weaker >= mixed_min and weaker >= mixed_ratio * stronger:
        label = "mixed"
    elif stronger < min_evidence:
        label = "neutral"
    elif polarity >= lean:
        label = "positive"
    elif polarity <= -lean:
        label = "negative"
    else:
        label = "mixed" if weaker >= mixed_min else "neutral"
    return label, polarity


def _decide(positive: float, negative: float) -> SentimentResult:
    label, polarity = decide_label(positive, negative)
    return SentimentResult(label, round(polarity, 4), round(positive, 4), round(negative, 4))
