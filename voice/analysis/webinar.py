"""Helpers for the webinar question intake.

Inspectors cannot discuss one family's own case in a public webinar, so
those questions are flagged (the family is signposted to SENDIASS or the
complaints route instead). Many parents send the same question in different
words, so near-duplicates are grouped for the inspector.
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from typing import Final

import numpy as np

from voice.analysis.data.stopwords import STOPWORDS
from voice.analysis.normalise import BOUNDARIES, fold, light_stem, tokenise
from voice.analysis.redaction import NAME, redact
from voice.analysis.taxonomy import OTHER
from voice.analysis.themes import tag_themes

# --- one family's own case ----------------------------------------------------------

_FAMILY: Final = r"(?:my|our|my own|our own)"
_CHILD: Final = (
    r"(?:son|sons|daughter|daughters|child|children|kids?|boy|girl|grandson|granddaughter|"
    r"twins?|stepson|stepdaughter|foster (?:son|daughter|child)|young person|family|"
    r"little one|lad)"
)
_CASE_NOUNS: Final = (
    r"(?:case|tribunal|appeal|complaint|ehcp|ehc plan|plan|application|assessment|"
    r"annual review|review|referral|transport|placement|school place|caseworker|"
    r"social worker|situation|claim|mediation|draft|diagnosis|request|refusal|exclusion)"
)

_STRONG_PERSONAL: Final = re.compile(
    "|".join(
        (
            rf"\b{_FAMILY} {_CHILD}\b",
            rf"\b{_FAMILY} {_CASE_NOUNS}\b",
            r"\b(?:my|our) (?:son|daughter|child)'s\b",
            r"\b(?:look|looking) (?:at|into) (?:our|my|his|her) ",
            r"\b(?:help|advise) (?:us|me) (?:with|on|about|to get)\b",
            r"\b(?:can|could|will|would) (?:you|the inspectors?|ofsted|someone) "
            r"(?:help|contact|ring|call|email|chase|look at|intervene|speak to) (?:us|me|our|my)",
            r"\b(?:he|she) (?:is|was|has been|has|had) (?:been )?(?:waiting|out of school|"
            r"excluded|refused|without)",
            r"\b(?:i|we) (?:have|had|am|are|were) (?:been )?(?:waiting|refused|chasing)",
            # "we were told he can't go back" is about the family; "we were told
            # the wait is 3 years" reports what everyone is told, and is general
            r"\b(?:i|we) (?:have|had|am|are|were|was) (?:been )?told (?:that )?"
            r"(?:he|she|they|we|i|him|her|us|me|my|our|his|their)\b",
            r"\b(?:i|we) (?:applied|asked|requested|complained|appealed)\b",
            r"\b(?:his|her) (?:ehcp|ehc plan|plan|annual review|school|placement|transport)\b",
        )
    )
)
_GENERAL: Final = re.compile(
    "|".join(
        (
            r"\bhow (?:will|do|does|can|are|is|would) (?:you|the inspectors?|inspectors|ofsted|"
            r"the inspection|the council|the local area|leaders)",
            r"\bwhat (?:will|do|does|are|is) (?:you|the inspectors?|inspectors|ofsted|"
            r"the council|the local area|leaders)",
            r"\b(?:will|do|does|are|can) (?:you|the inspectors?|inspectors|ofsted) "
            r"(?:look|check|ask|speak|talk|consider|judge|find|report|visit|see)",
            r"\b(?:parents|families|children|young people|pupils|carers) (?:in|across|who|with)\b",
            r"\b(?:in general|generally|across the area|in this area|in the area|"
            r"in this county|locally|for all)\b",
        )
    )
)
_CASE_REQUEST: Final = re.compile(
    r"\b(?:our|my|his|her) (?:case|tribunal|appeal|complaint)\b|"
    r"\b(?:look|looking) (?:at|into) (?:our|my) |"
    r"\b(?:can|could|will|would) (?:you|someone) (?:help|contact|ring|call|chase|intervene) "
    r"(?:us|me)\b|"
    # "can you look into why our request was refused": the general "can you
    # look" opening does not make a question about the family's own case general
    r"\b(?:look|looking) (?:at|into) (?:why|whether|how|what|when) (?:our|my|his|her) |"
    # "Why won't the school let my son back? Can you ask them?": asking the
    # inspectors to act on someone for this family
    r"\b(?:can|could|will|would) (?:you|someone|the inspectors?) "
    r"(?:ask|tell|make|get|speak to|talk to|contact) (?:them|him|her|the school|the council|"
    r"the academy|the college|the head|the senco)\b"
)


def is_individual_case(text: str) -> bool:
    """True if the question is about one named child or a family's own case.

    "Why has my son's EHCP not been finalised after 40 weeks?" and "Our
    tribunal is next month, can you look at our case?" are individual;
    "How will you check EHCPs are done on time?" is general, even when the
    parent mentions their own child as background ("My son is autistic. How
    will you check that schools support autistic children?").
    """
    folded = " " + fold(text).replace("\u2019", "'") + " "
    score = 0.0
    if _CASE_REQUEST.search(folded):
        score += 2.0
    personal = len(_STRONG_PERSONAL.findall(folded))
    score += min(personal, 3) * 1.0
    if NAME in redact(text):
        score += 1.5
    if _GENERAL.search(folded):
        score -= 1.5
    return score >= 1.0


# --- grouping near-duplicate questions ---------------------------------------------

_SYNONYMS: Final[dict[str, str]] = {
    "done": "complete", "completed": "complete", "complete": "complete", "finished": "complete",
    "issued": "complete", "finalised": "complete", "finalise": "complete", "finalising": "complete",
    "timely": "time", "timescales": "time", "timescale": "time", "deadline": "time",
    "deadlines": "time", "late": "delay", "delays": "delay", "delayed": "delay",
    "waiting": "delay", "wait": "delay", "waits": "delay", "check": "check",
    "checking": "check", "monitor": "check", "monitoring": "check", "inspect": "check",
    "inspecting": "check", "ensure": "check", "ensuring": "check", "make": "check",
    "plans": "ehcp", "plan": "ehcp", "ehc": "ehcp", "ehcps": "ehcp",
    "kids": "child", "children": "child", "pupils": "child", "young": "child",
    "people": "child", "taxis": "transport", "taxi": "transport", "bus": "transport",
    "buses": "transport", "listening": "listen", "listened": "listen", "heard": "listen",
    "views": "listen", "voice": "listen", "info": "information", "website": "information",
}
_QUESTION_WORDS: Final = frozenset(
    {"how", "what", "why", "when", "where", "who", "which", "will", "would", "could", "can",
     "you", "inspectors", "inspector", "inspection", "ofsted", "cqc", "please", "question",
     "area", "local", "council", "are", "is", "do", "does", "sure"}
)


def _signature(text: str) -> frozenset[str]:
    words: set[str] = set()
    for token in tokenise(text):
        if token in BOUNDARIES or token in _QUESTION_WORDS:
            continue
        if token in _SYNONYMS:
            words.add(_SYNONYMS[token])
        elif (len(token) > 2 or token in ("ot", "ta", "ap")) and token not in STOPWORDS:
            words.add(light_stem(token))
    if "on" in tokenise(text) and "time" in words:
        words.add("time")
    return frozenset(words)


def _similarity(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / math.sqrt(len(a) * len(b))


# Chosen on half of data/webinar_groups_eval.jsonl by python -m voice.analysis.webinar_eval.
MEANING_THRESHOLD: Final = 0.35
MEANING_WORD_SHARE: Final = 0.4


def meaning_similarity(texts: Sequence[str], embeddings: np.ndarray,
                       word_share: float = MEANING_WORD_SHARE) -> np.ndarray:
    """Pairwise similarity: the sentence encoder's cosine, blended with the
    content-word overlap (which keeps "EHCP deadlines" apart from "EHCPs not
    followed" when the encoder finds both simply "about EHCPs")."""
    vectors = np.asarray(embeddings, dtype=np.float64)
    cosine = vectors @ vectors.T
    if word_share <= 0:
        return cosine
    signatures = [_signature(text) for text in texts]
    words = np.array([[_similarity(a, b) for b in signatures] for a in signatures])
    blended: np.ndarray = (1 - word_share) * cosine + word_share * words
    return blended


def group_by_meaning(texts: Sequence[str], embeddings: np.ndarray, *, threshold: float = MEANING_THRESHOLD,
                     word_share: float = MEANING_WORD_SHARE) -> list[list[int]]:
    """Near-duplicate groups by average linkage over ``meaning_similarity``.

    Two groups merge while the mean similarity between their members is at
    least ``threshold``, most similar first. Average linkage, unlike joining
    any two questions that are close, does not chain "EHCP deadlines" to
    "annual reviews" through one question that mentions both. Largest group
    first; ties keep the order of first appearance.
    """
    n = len(texts)
    if n == 0:
        return []
    similarity = meaning_similarity(texts, embeddings, word_share)
    sums = similarity.copy()  # sum of pairwise similarities between clusters
    np.fill_diagonal(sums, -np.inf)
    sizes = np.ones(n)
    alive = np.ones(n, dtype=bool)
    members: list[list[int]] = [[i] for i in range(n)]
    while True:
        mean = sums / np.outer(sizes, sizes)
        mean[~alive, :] = -np.inf
        mean[:, ~alive] = -np.inf
        flat = int(np.argmax(mean))
        i, j = divmod(flat, n)
        if mean[i, j] < threshold:
            break
        i, j = min(i, j), max(i, j)
        sums[i, :] += sums[j, :]
        sums[:, i] += sums[:, j]
        sums[i, i] = -np.inf
        sizes[i] += sizes[j]
        alive[j] = False
        sums[j, :] = -np.inf
        sums[:, j] = -np.inf
        members[i].extend(members[j])
        members[j] = []
    groups = [sorted(m) for m, keep in zip(members, alive, strict=True) if keep]
    return sorted(groups, key=lambda g: (-len(g), g[0]))


def group_questions(texts: Sequence[str], *, threshold: float = 0.55,
                    embeddings: np.ndarray | None = None) -> list[list[int]]:
    """Indices of near-duplicate questions, grouped; largest group first.

    Similarity is the cosine between sets of normalised content words (with
    a few synonyms folded: "done"/"finalised"/"issued", "EHC plans"/"EHCPs"),
    and two questions are only grouped when their themes agree. Groups are
    linked transitively. Every question appears in exactly one group, so a
    question with no near-duplicate forms a group of one. Ties in size keep
    the order of first appearance.

    With ``embeddings`` (one sentence vector per text), grouping is by
    meaning instead (``group_by_meaning``), at its own threshold.
    """
    if embeddings is not None and len(texts):
        return group_by_meaning(texts, embeddings)
    signatures = [_signature(text) for text in texts]
    themes = [set(tag_themes(tokenise(text))) - {OTHER} for text in texts]
    parent = list(range(len(texts)))

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    for i in range(len(texts)):
        for j in range(i + 1, len(texts)):
            if themes[i] and themes[j] and not themes[i] & themes[j]:
                continue
            if _similarity(signatures[i], signatures[j]) >= threshold:
                parent[find(j)] = find(i)
    groups: dict[int, list[int]] = {}
    for i in range(len(texts)):
        groups.setdefault(find(i), []).append(i)
    return sorted(groups.values(), key=lambda g: (-len(g), g[0]))
