"""Score the analysis against human labels, beside a bare TextBlob baseline.

Input is JSON Lines with ``id``, ``text``, ``themes`` (list of keys) and
``sentiment``. Figures reported:

* per theme: precision, recall, F1 and support (number of gold labels);
* macro-F1: the mean F1 over the themes that occur in the gold labels
  (a theme nobody labelled has no defined recall, so it is listed but left
  out of the mean);
* sentiment accuracy, a confusion matrix (rows gold, columns predicted), and
  the share of gold-negative comments called positive, the costliest error
  for inspectors;
* the same sentiment figures for TextBlob's default polarity thresholded at
  +/-0.1. TextBlob has no theme model, so there is no theme baseline.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from voice.analysis.pipeline import analyse_many
from voice.analysis.taxonomy import SENTIMENTS, THEME_KEYS
from voice.analysis.textblob_bridge import textblob_polarity

BASELINE_THRESHOLD = 0.1


@dataclass(frozen=True)
class LabelledComment:
    id: str
    text: str
    themes: tuple[str, ...]
    sentiment: str
    voice: str | None = None


@dataclass(frozen=True)
class ThemeScore:
    key: str
    precision: float
    recall: float
    f1: float
    support: int


@dataclass(frozen=True)
class SentimentScore:
    accuracy: float
    confusion: dict[str, dict[str, int]]
    negative_called_positive: float
    negatives: int


@dataclass(frozen=True)
class Evaluation:
    count: int
    themes: tuple[ThemeScore, ...]
    macro_f1: float
    sentiment: SentimentScore
    baseline_sentiment: SentimentScore


def load_labelled(path: str | Path) -> list[LabelledComment]:
    comments: list[LabelledComment] = []
    with open(path, encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                comments.append(
                    LabelledComment(
                        id=str(row["id"]),
                        text=str(row["text"]),
                        themes=tuple(row["themes"]),
                        sentiment=str(row["sentiment"]),
                        voice=row.get("voice"),
                    )
                )
            except (ValueError, KeyError, TypeError) as error:
                raise ValueError(f"line {number}: not a labelled comment ({error})") from error
    return comments


def baseline_label(polarity: float) -> str:
    if polarity > BASELINE_THRESHOLD:
        return "positive"
    if polarity < -BASELINE_THRESHOLD:
        return "negative"
    return "neutral"


def _ratio(numerator: int, denominator: int) -> float:
    return numerator / denominator if denominator else 0.0


def score_themes(
    gold: Sequence[Iterable[str]], predicted: Sequence[Iterable[str]]
) -> tuple[tuple[ThemeScore, ...], float]:
    scores: list[ThemeScore] = []
    for key in THEME_KEYS:
        tp = fp = fn = 0
        for gold_set, predicted_set in zip(gold, predicted, strict=True):
            in_gold, in_predicted = key in set(gold_set), key in set(predicted_set)
            tp += in_gold and in_predicted
            fp += in_predicted and not in_gold
            fn += in_gold and not in_predicted
        precision, recall = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
        f1 = _ratio(2 * tp, 2 * tp + fp + fn)
        scores.append(ThemeScore(key, precision, recall, f1, tp + fn))
    present = [s.f1 for s in scores if s.support]
    return tuple(scores), sum(present) / len(present) if present else 0.0


def score_sentiment(gold: Sequence[str], predicted: Sequence[str]) -> SentimentScore:
    confusion = {g: {p: 0 for p in SENTIMENTS} for g in SENTIMENTS}
    for g, p in zip(gold, predicted, strict=True):
        confusion[g][p] += 1
    correct = sum(confusion[s][s] for s in SENTIMENTS)
    negatives = sum(confusion["negative"].values())
    return SentimentScore(
        accuracy=_ratio(correct, len(gold)),
        confusion=confusion,
        negative_called_positive=_ratio(confusion["negative"]["positive"], negatives),
        negatives=negatives,
    )


def evaluate(comments: Sequence[LabelledComment]) -> Evaluation:
    analyses = analyse_many([c.text for c in comments])
    themes, macro = score_themes([c.themes for c in comments], [a.themes for a in analyses])
    gold_sentiment = [c.sentiment for c in comments]
    return Evaluation(
        count=len(comments),
        themes=themes,
        macro_f1=macro,
        sentiment=score_sentiment(gold_sentiment, [a.sentiment for a in analyses]),
        baseline_sentiment=score_sentiment(
            gold_sentiment, [baseline_label(textblob_polarity(c.text)) for c in comments]
        ),
    )


def _format_sentiment(title: str, score: SentimentScore) -> list[str]:
    lines = [
        title,
        f"  accuracy: {score.accuracy:.3f}",
        f"  negative called positive: {score.negative_called_positive:.1%}"
        f" (of {score.negatives} negative)",
        "  confusion (rows gold, columns predicted):",
        "    " + " " * 10 + "".join(f"{p:>10}" for p in SENTIMENTS),
    ]
    for gold in SENTIMENTS:
        row = "".join(f"{score.confusion[gold][p]:>10}" for p in SENTIMENTS)
        lines.append(f"    {gold:<10}{row}")
    return lines


def format_report(evaluation: Evaluation, *, source: str = "") -> str:
    lines = [f"Evaluated {evaluation.count} comments" + (f" from {source}" if source else "")]
    lines.append("")
    lines.append(f"{'theme':<28}{'precision':>10}{'recall':>10}{'F1':>8}{'support':>9}")
    for s in evaluation.themes:
        f1 = f"{s.f1:.3f}" if s.support else "  n/a"
        lines.append(f"{s.key:<28}{s.precision:>10.3f}{s.recall:>10.3f}{f1:>8}{s.support:>9}")
    lines.append(f"theme macro-F1 (themes with support): {evaluation.macro_f1:.3f}")
    lines.append("")
    lines.extend(_format_sentiment("Sentiment (Voice analysis)", evaluation.sentiment))
    lines.append("")
    lines.extend(
        _format_sentiment(
            f"Sentiment baseline (bare TextBlob polarity, >{BASELINE_THRESHOLD} positive, "
            f"<-{BASELINE_THRESHOLD} negative, else neutral)",
            evaluation.baseline_sentiment,
        )
    )
    lines.append("Theme baseline: none (TextBlob has no theme model).")
    return "\n".join(lines)
