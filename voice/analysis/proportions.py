"""Proportions in the words inspection reports use.

Bands, for ``count`` out of ``total`` (share = count / total):

==============  =======================================
words           share
==============  =======================================
"all"           100%
"almost all"    more than 90% and less than 100%
"most"          75% to 90%
"a majority"    more than 55% and less than 75%
"about half"    45% to 55%
"a minority"    15% to less than 45%
"a few"         more than 0% and less than 15%
"none"          0%
==============  =======================================

These follow the scale Ofsted reports have long used (almost all: over 90%;
most: 75-90%; a majority: 50-74%; a minority: 15-49%; a few: under 15%),
with "about half" carved out of the middle so that 48% and 52% read the same.
Comparisons use whole numbers, so band edges are exact.
"""

from __future__ import annotations


def proportion_words(count: int, total: int) -> str:
    """Words for ``count`` out of ``total``; "none" when ``total`` is 0."""
    if count < 0 or total < 0:
        raise ValueError("count and total must not be negative")
    if count > total:
        raise ValueError(f"count ({count}) is more than total ({total})")
    if count == 0:
        return "none"
    if count == total:
        return "all"
    per_cent = 100 * count
    if per_cent > 90 * total:
        return "almost all"
    if per_cent >= 75 * total:
        return "most"
    if per_cent > 55 * total:
        return "a majority"
    if per_cent >= 45 * total:
        return "about half"
    if per_cent >= 15 * total:
        return "a minority"
    return "a few"
