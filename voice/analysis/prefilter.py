"""A fast first pass for large sets of patterns: does any of them possibly match?

Python's ``re`` tries every branch of an alternation at every position, so one
pattern made of a few hundred phrases costs about 120 µs on an ordinary comment,
which nearly always matches nothing. RE2 (``google-re2``) runs the same
alternation as an automaton in one pass, in a few microseconds. It has no
lookarounds, so they are dropped: a pattern without its lookarounds matches
everything the original matches and a little more, which is what a first pass
needs. Whatever it lets through is decided by the original Python patterns.

RE2's ``\\w`` and ``\\b`` know only ASCII, where Python's know every alphabet,
so the first pass is used on ASCII text only; other text goes straight to the
Python pattern.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

import re2

_LOOKAROUND_OPENERS: Final = ("(?=", "(?!", "(?<=", "(?<!")


def without_lookarounds(pattern: str) -> str:
    """The pattern with every lookaround group removed (brackets and escapes respected)."""
    out: list[str] = []
    i = 0
    while i < len(pattern):
        if pattern.startswith(_LOOKAROUND_OPENERS, i):
            depth, j = 0, i
            while j < len(pattern):
                char = pattern[j]
                if char == "\\":
                    j += 2
                    continue
                if char == "(":
                    depth += 1
                elif char == ")":
                    depth -= 1
                    if depth == 0:
                        break
                j += 1
            i = j + 1
            continue
        if pattern[i] == "\\":
            out.append(pattern[i:i + 2])
            i += 2
            continue
        out.append(pattern[i])
        i += 1
    return "".join(out)


class Prefilter:
    """``may_match(text)`` is False only when no pattern can match ``text``."""

    def __init__(self, patterns: Iterable[str]) -> None:
        patterns = tuple(patterns)
        self._python = re.compile("|".join(patterns))
        options = re2.Options()
        options.max_mem = 64 << 20  # the automaton for a few hundred phrases needs more than the 8 MB default
        self._fast = re2.compile("|".join(f"(?:{without_lookarounds(p)})" for p in patterns), options)

    def may_match(self, text: str) -> bool:
        if text.isascii():
            return self._fast.search(text) is not None
        return self._python.search(text) is not None

    def python_match(self, text: str) -> bool:
        """The exact answer, for tests that check the first pass never says no wrongly."""
        return self._python.search(text) is not None
