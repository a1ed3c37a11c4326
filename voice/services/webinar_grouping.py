"""How webinar questions are grouped: plain functions over plain values, no database.

The near-duplicate test is ``voice.analysis.group_questions``. Two choices are made
here, on top of it, because they are about how inspectors read the list:

* With sentence embeddings (every stored question has one when the encoder is
  installed), questions are grouped by meaning across all themes
  (``voice.analysis.webinar.group_by_meaning``), which joins rewordings that share
  no words; its threshold was chosen on a labelled set
  (``python -m voice.analysis.webinar_eval``).
* Without them, questions are compared only with questions of the same main theme, at a looser
  threshold than the analysis default. Within one theme the looser threshold joins
  rewordings ("autism assessment" / "ASD assessment" / "autism diagnosis waits");
  across themes it would chain unrelated questions through words like "support"
  or "plan", so themes are kept apart.
* A question that a person has placed (in a group they merged, split, shortlisted
  or answered) stays where it is. Questions the machine placed follow the votes of
  the placed questions they cluster with, so regrouping never undoes a person's work.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Final

import numpy as np

from voice.analysis import THEME_KEYS, group_questions

GROUP_THRESHOLD: Final = 0.45
OTHER: Final = "other"


@dataclass(frozen=True)
class Item:
    """One question as grouping sees it. ``pinned`` means a person has placed it."""

    key: int
    text: str
    themes: tuple[str, ...]
    group: int | None = None
    pinned: bool = False
    embedding: np.ndarray | None = field(default=None, compare=False, repr=False)


@dataclass(frozen=True)
class Placement:
    """Free questions to put together: into ``target`` (a kept group) or a new group."""

    target: int | None
    keys: tuple[int, ...]


def main_theme(themes: Iterable[str]) -> str:
    """The first specific theme in taxonomy order; "other" only when there is no other."""
    present = set(themes)
    return next((key for key in THEME_KEYS if key in present and key != OTHER), OTHER)


def group_theme(theme_lists: Iterable[Iterable[str]]) -> str:
    """The theme most members share; ties go to the taxonomy's order."""
    counts: Counter[str] = Counter()
    for themes in theme_lists:
        counts.update(set(themes) - {OTHER})
    if not counts:
        return OTHER
    order = {key: index for index, key in enumerate(THEME_KEYS)}
    return min(counts, key=lambda key: (-counts[key], order.get(key, len(order))))


def by_meaning(items: Sequence[Item]) -> bool:
    return bool(items) and all(item.embedding is not None for item in items)


def clusters(items: Sequence[Item]) -> list[list[Item]]:
    """Near-duplicate clusters, by meaning when every item has an embedding, else
    each inside one main theme; largest first."""
    if by_meaning(items):
        vectors = np.array([item.embedding for item in items])
        meaning = [[items[i] for i in indices]
                   for indices in group_questions([m.text for m in items], embeddings=vectors)]
        return sorted(meaning, key=lambda c: (-len(c), min(m.key for m in c)))
    by_theme: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        by_theme[main_theme(item.themes)].append(item)
    found: list[list[Item]] = []
    for members in by_theme.values():
        for indices in group_questions([m.text for m in members], threshold=GROUP_THRESHOLD):
            found.append([members[i] for i in indices])
    return sorted(found, key=lambda c: (-len(c), min(m.key for m in c)))


def _ranked(members: Iterable[Item]) -> list[int]:
    """Groups of these members, the one holding most of them first (ties: the oldest)."""
    votes = Counter(m.group for m in members if m.group is not None)
    return sorted(votes, key=lambda group: (-votes[group], group))


def _vote(members: Iterable[Item]) -> int | None:
    ranked = _ranked(members)
    return ranked[0] if ranked else None


def groups_near(new: Item, existing: Sequence[Item]) -> list[int]:
    """Groups holding near-duplicates of a new question, the best first.

    The new question joins the first; the others are groups it links the first with.
    An empty list means it starts a group of its own.
    """
    theme = main_theme(new.themes)
    if by_meaning([new, *existing]):
        candidates = list(existing)
    else:
        candidates = [item for item in existing if main_theme(item.themes) == theme]
    for cluster in clusters([new, *candidates]):
        if any(member is new for member in cluster):
            return _ranked(member for member in cluster if member is not new)
    return []


def best_group(new: Item, existing: Sequence[Item]) -> int | None:
    """The group a new question joins: the one most of its near-duplicates are in."""
    near = groups_near(new, existing)
    return near[0] if near else None


def plan_regroup(items: Sequence[Item]) -> list[Placement]:
    """Where every free question goes when the machine's groups are rebuilt.

    Pinned questions never move. A cluster with pinned questions sends its free
    questions to the kept group most of them are in; a cluster without any becomes
    a new group.
    """
    placements = []
    for cluster in clusters(items):
        free = tuple(sorted(m.key for m in cluster if not m.pinned))
        if free:
            placements.append(Placement(_vote(m for m in cluster if m.pinned), free))
    return placements


def typical_index(texts: Sequence[str], *, individual: Sequence[bool] | None = None) -> int:
    """The member that best stands for a group: the first of its tightest core.

    Questions about one family's own case are passed over unless there is nothing
    else, because the title is read out and printed.
    """
    if not texts:
        raise ValueError("a group has at least one question")
    flags = list(individual) if individual is not None else [False] * len(texts)
    candidates = [i for i in range(len(texts)) if not flags[i]] or list(range(len(texts)))
    core = group_questions([texts[i] for i in candidates])[0]
    return candidates[core[0]]
