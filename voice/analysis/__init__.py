"""Text analysis for families' and young people's comments.

Flask-free on purpose: the web app, the CLI and the benchmark all call the
same plain functions, and the import linter keeps Flask out. Everything here
takes plain values and returns frozen dataclasses, so results can be stored,
compared and tested without an app context.

TextBlob is used only inside this package (see ``sentiment.py``), so swapping
it touches one module. Importing the package limits BLAS to one thread a process
(``blas.py``).
"""

from __future__ import annotations

from voice.analysis import blas
from voice.analysis.pipeline import Analysis, analyse, analyse_many
from voice.analysis.proportions import proportion_words
from voice.analysis.redaction import redact
from voice.analysis.summary import Summary, TaggedComment, ThemeSummary, summarise
from voice.analysis.taxonomy import SENTIMENTS, THEME_KEYS, THEME_LABELS
from voice.analysis.webinar import group_questions, is_individual_case

blas.limit_threads()  # before any encoder runs in this process: see blas.py

__all__ = [
    "SENTIMENTS",
    "THEME_KEYS",
    "THEME_LABELS",
    "Analysis",
    "Summary",
    "TaggedComment",
    "ThemeSummary",
    "analyse",
    "analyse_many",
    "group_questions",
    "is_individual_case",
    "proportion_words",
    "redact",
    "summarise",
]
