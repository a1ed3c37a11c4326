"""Figures of out-of-fold decisions on real text, whole and by source, voice and theme.

``train.py`` prints these and stores them in the model; ``evaluate`` shows them.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from voice.analysis.evaluate import score_sentiment, score_themes

if TYPE_CHECKING:
    from voice.analysis.train import Scored


def metrics(scored: Scored, themes: Sequence[tuple[str, ...]], sentiments: Sequence[str],
            method: str = "") -> dict[str, Any]:
    """Headline and breakdown figures of out-of-fold decisions."""

    def block(indices: Sequence[int]) -> dict[str, Any]:
        per_theme, macro = score_themes([scored.examples[i].themes for i in indices], [themes[i] for i in indices])
        sent = score_sentiment([scored.examples[i].sentiment for i in indices], [sentiments[i] for i in indices])
        return {
            "items": len(indices),
            "documents": len({scored.examples[i].source for i in indices}),
            "theme_macro_f1": round(macro, 4),
            "sentiment_accuracy": round(sent.accuracy, 4),
            "negative_called_positive": round(sent.negative_called_positive, 4),
            "negatives": sent.negatives,
            "mixed_right": sent.confusion["mixed"]["mixed"],
            "mixed": sum(sent.confusion["mixed"].values()),
            "themes": {s.key: {"f1": round(s.f1, 4), "support": s.support} for s in per_theme if s.support},
        }

    everything = list(range(len(scored.examples)))
    by_kind: dict[str, list[int]] = defaultdict(list)
    by_voice: dict[str, list[int]] = defaultdict(list)
    for i, example in enumerate(scored.examples):
        by_kind[example.kind].append(i)
        by_voice[example.voice or "unknown"].append(i)
    with_question = [i for i in everything if scored.examples[i].question]
    return {
        "method": method or (f"leave-source-out, {len(set(scored.groups))} groups of source documents; "
                             "each group's decision settings chosen on the other groups' predictions"),
        "all": block(everything),
        "by_source_kind": {k: block(v) for k, v in sorted(by_kind.items())},
        "by_voice": {k: block(v) for k, v in sorted(by_voice.items())},
        "with_question": block(with_question) if with_question else None,
    }


def summary(b: dict[str, Any]) -> str:
    return (f"theme {b['theme_macro_f1']:.3f}  sentiment {b['sentiment_accuracy']:.3f}  "
            f"neg->pos {b['negative_called_positive']:.1%}  mixed {b['mixed_right']}/{b['mixed']}")


def format_metrics(m: dict[str, Any]) -> str:
    def line(name: str, b: dict[str, Any]) -> str:
        return (f"{name:<34}{b['items']:>6}{b['documents']:>6}{b['theme_macro_f1']:>10.3f}"
                f"{b['sentiment_accuracy']:>11.3f}{b['negative_called_positive']:>10.1%}"
                f"{b['mixed_right']:>5}/{b['mixed']:<4}")
    lines = [f"Real text, {m['method']}",
             f"{'':<34}{'items':>6}{'docs':>6}{'theme F1':>10}{'sentiment':>11}{'neg->pos':>10}{'mixed ok':>10}",
             line("all real text", m["all"])]
    lines += [line(f"  source: {k}", b) for k, b in m["by_source_kind"].items()]
    lines += [line(f"  voice: {k}", b) for k, b in m["by_voice"].items()]
    if m.get("with_question"):
        lines.append(line("  items with their question", m["with_question"]))
    if m.get("without_second"):  # the same folds with VOICE_SECOND_ENCODER=off
        lines.append(line("all, second encoder off", m["without_second"]))
    lines.append("theme F1 on all real text: " + ", ".join(
        f"{k} {v['f1']:.2f}" for k, v in m["all"]["themes"].items()))
    return "\n".join(lines)
