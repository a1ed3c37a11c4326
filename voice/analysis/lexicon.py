"""A small phrase matcher shared by the theme and sentiment lexicons.

Lexicons are written as readable patterns over canonical tokens (see
``normalise.py``)::

    "wait* list*"                  prefix matches ("waiting lists")
    "nobody|no_one listen*"        alternatives at one position
    "the? plan"                    an optional token
    "# week*"                      any number
    "wait* ... autis*"             a gap of up to ``GAP`` tokens in one sentence
    "no _? support"                "_" is any one word (not a full stop or comma)

Alternatives are single words: "a|b c" means "a c" or "b c", never "a" alone,
so a two-word alternative needs a pattern of its own.

Every pattern carries weights for one or more labels. When a longer match
contains a shorter one (same tokens, proper superset), only the longer one
counts, so "school nurse" is read as health rather than as "school" plus
"nurse", and "bus to school" does not count as a comment about school. A word
that a "_" stood for is not claimed: in "nobody at CAMHS replied" the pattern
"nobody _? _? replied" is about communication and "CAMHS" still counts.

The index is keyed by the first element of each pattern, and the set of keys
each token satisfies is cached, so matching costs a few dictionary probes
per token.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import product
from typing import Final

from voice.analysis.normalise import BOUNDARIES, SENTENCE_END, register_vocabulary

GAP: Final = 8
_GAP_MARK: Final = "..."
_DIGIT_KEY: Final = "#"
_ANY_KEY: Final = "_"
ANY: Final = frozenset({_ANY_KEY})

Element = frozenset[str]


@dataclass(frozen=True, slots=True)
class Entry:
    pattern: str
    elements: tuple[Element | None, ...]  # None marks a gap
    weights: tuple[tuple[str, float], ...]
    specificity: int
    claims: bool  # contiguous or all-zero: claims its tokens from shorter cues
    second: Element | None  # the next element, when it must match the next token
    wildcards: tuple[int, ...]  # indexes into the match positions filled by "_"


@dataclass(frozen=True, slots=True)
class Match:
    entry: Entry
    positions: tuple[int, ...]

    @property
    def start(self) -> int:
        return self.positions[0]

    @property
    def end(self) -> int:
        return self.positions[-1]

    @property
    def core(self) -> frozenset[int]:
        """Positions of the words the pattern names (not those "_" stood for)."""
        wildcards = self.entry.wildcards
        if not wildcards:
            return frozenset(self.positions)
        return frozenset(p for i, p in enumerate(self.positions) if i not in wildcards)


_STEMS: set[str] = set()


@lru_cache(maxsize=131072)
def token_keys(token: str) -> frozenset[str]:
    """Every pattern key this token satisfies: itself, its stems, "#"."""
    keys = {token}
    if token.isdigit():
        keys.add(_DIGIT_KEY)
    for length in range(2, len(token) + 1):
        prefix = token[:length]
        if prefix in _STEMS:
            keys.add(prefix + "*")
    return frozenset(keys)


def _expand_optional(pattern: str) -> list[list[str]]:
    parts = pattern.split()
    choices: list[list[str | None]] = []
    for part in parts:
        if part.endswith("?") and part != "?":
            choices.append([part[:-1], None])
        else:
            choices.append([part])
    variants: list[list[str]] = []
    for combo in product(*choices):
        tokens = [c for c in combo if c is not None]
        if tokens and tokens[0] != _GAP_MARK and tokens[-1] != _GAP_MARK:
            variants.append(tokens)
    return variants


def _element(part: str) -> Element | None:
    if part == _GAP_MARK:
        return None
    if part == _ANY_KEY:
        return ANY
    alternatives = set()
    for alternative in part.split("|"):
        if alternative.endswith("*"):
            _STEMS.add(alternative[:-1])
        alternatives.add(alternative)
    return frozenset(alternatives)


class Lexicon:
    """Compiled patterns for one purpose (themes, or sentiment)."""

    def __init__(self, patterns: Mapping[str, Mapping[str, float]]) -> None:
        self._index: dict[str, list[Entry]] = {}
        vocabulary: set[str] = set()
        stems: set[str] = set()
        for pattern, weights in patterns.items():
            for tokens in _expand_optional(pattern):
                elements = tuple(_element(token) for token in tokens)
                entry = Entry(
                    pattern,
                    elements,
                    tuple(weights.items()),
                    _specificity(elements),
                    None not in elements or not any(weights.values()),
                    _fixed_second(elements),
                    tuple(i for i, e in enumerate(x for x in elements if x is not None)
                          if e is ANY),
                )
                first = elements[0]
                assert first is not None and first is not ANY, pattern
                for key in first:
                    self._index.setdefault(key, []).append(entry)
                for element in elements:
                    for key in element or ():
                        if key.endswith("*"):
                            stems.add(key[:-1])
                        elif key not in (_ANY_KEY, _DIGIT_KEY):
                            vocabulary.add(key)
        token_keys.cache_clear()
        register_vocabulary(vocabulary, stems)

    def find(self, tokens: Sequence[str]) -> list[Match]:
        """All matches, after dropping any contained in a longer match."""
        found: list[Match] = []
        keys = [token_keys(token) for token in tokens]
        last = len(keys) - 1
        for i, token_key_set in enumerate(keys):
            following = keys[i + 1] if i < last else frozenset()
            for key in token_key_set:
                for entry in self._index.get(key, ()):
                    # Cheap rejection before the full match: most candidates
                    # fail on the very next token.
                    if entry.second is not None and entry.second.isdisjoint(following):
                        continue
                    positions = _match_from(entry.elements, keys, tokens, i)
                    if positions is not None:
                        found.append(Match(entry, positions))
        return _drop_contained(found)


def _match_from(
    elements: tuple[Element | None, ...],
    keys: Sequence[frozenset[str]],
    tokens: Sequence[str],
    start: int,
) -> tuple[int, ...] | None:
    positions = [start]
    pos = start + 1
    index = 1
    count = len(elements)
    while index < count:
        element = elements[index]
        if element is None:
            target = elements[index + 1]
            assert target is not None
            limit = min(len(tokens), pos + GAP + 1)
            j = pos
            while j < limit and tokens[j] != SENTENCE_END:
                if not target.isdisjoint(keys[j]):
                    break
                j += 1
            else:
                return None
            positions.append(j)
            pos = j + 1
            index += 2
            continue
        if pos >= len(tokens):
            return None
        if element is ANY:
            if tokens[pos] in BOUNDARIES:
                return None
        elif element.isdisjoint(keys[pos]):
            return None
        positions.append(pos)
        pos += 1
        index += 1
    return tuple(positions)


def _drop_contained(matches: list[Match]) -> list[Match]:
    if len(matches) < 2:
        return matches
    matches.sort(key=lambda m: (-len(m.positions), -m.entry.specificity))
    kept: list[Match] = []
    claimed: list[frozenset[int]] = []
    for match in matches:
        # Words a "_" stood for are neither claimed nor needed: "nobody at CAMHS
        # replied" is about communication and still about CAMHS.
        core = match.core
        if any(core <= other for other in claimed):
            continue
        kept.append(match)
        # A gapped pattern is a co-occurrence cue: it claims its tokens only
        # when it is a block (all weights zero).
        if match.entry.claims:
            claimed.append(core)
    kept.sort(key=lambda m: m.start)
    return kept


def _fixed_second(elements: tuple[Element | None, ...]) -> Element | None:
    if len(elements) < 2 or elements[1] is None or elements[1] is ANY:
        return None
    return elements[1]


def _specificity(elements: tuple[Element | None, ...]) -> int:
    """Exact words beat stems, and fewer alternatives beat more."""
    score = 0
    for element in elements:
        if element is None:
            continue
        literal = max(len(key.rstrip("*")) for key in element)
        score += (100 if not any(key.endswith("*") for key in element) else 50) + literal
        score -= len(element)
    return score


def merge(*tables: tuple[str, Mapping[str, float]]) -> dict[str, dict[str, float]]:
    """Combine per-label pattern tables into pattern -> {label: weight}."""
    merged: dict[str, dict[str, float]] = {}
    for label, table in tables:
        for pattern, weight in table.items():
            merged.setdefault(pattern, {})[label] = weight
    return merged
