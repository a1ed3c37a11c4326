"""A learned safeguarding screen beside the word lists: recall first.

The word lists in ``safeguarding.py`` catch the disclosures they were written
for, but families describe harm in words nobody listed ("she's been saving
her tablets", "an older lad picks him up and he comes home with new
trainers"), and they also fire on alarming words that are no current risk to a
child: a resolved past, a managed medical condition, a policy or a training
course, a figure of speech, "missing" lessons, a parent's own exhaustion. This
screen reads the whole comment: a logistic model over its words and word pairs,
which word lists flagged it, which "not a current risk" shape it has
(``safeguarding_context.py``), its sentence embedding (``encoder.py``) and
how much nearer that embedding lies to labelled disclosures than to labelled
non-disclosures (``contrast``: the mean cosine to the nearest few of each, in
the stored bank), trained on every labelled set of disclosures and hard
negatives.

A comment is flagged when the model's probability reaches ``threshold``, or
when the word lists find suicidal thoughts or self-harm (overruled only when
the model is near certain, below ``OVERRULE_BELOW``: a missed risk to life
costs the most); a flag is then lifted only when
the comment has one of the "not a current risk" shapes and nothing that points
to a risk now. The threshold is chosen by leave-one-set-out, recall first
(``train_safeguarding.py``), which also stores each set's figures with a model
and threshold chosen without it. Without the encoder the word lists decide
alone. The category named is the lists' when they have one, else the category
of the nearest labelled disclosure.

Train: ``python -m voice.analysis.train_safeguarding --write`` (needs
scikit-learn). Score: ``python -m voice.analysis.safeguarding_eval SET
--scorer voice.analysis.safeguarding_model:screen_text``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Final

import numpy as np

from voice.analysis.normalise import BOUNDARIES, light_stem, tokenise
from voice.analysis.safeguarding_context import cues, not_current_reason, not_current_risk

PACKAGE: Final = Path(__file__).resolve().parent
DATA: Final = PACKAGE / "data"
MODEL_PATH: Final = DATA / "safeguarding_model.json"
BANK_PATH: Final = DATA / "safeguarding_bank.npz"


def words(text: str) -> dict[str, float]:
    """Word (``w:``) and neighbouring word pair (``b:``) features, lightly stemmed."""
    features: dict[str, float] = {}
    previous: str | None = None
    for token in tokenise(text):
        if token in BOUNDARIES:
            previous = None
            continue
        stem = light_stem(token)
        features["w:" + stem] = 1.0
        if previous is not None:
            features["b:" + previous + "_" + stem] = 1.0
        previous = stem
    return features


def features(text: str, reasons: tuple[str, ...] = ()) -> dict[str, float]:
    """What the model reads: the words, which word lists flagged the text (``r:``), each
    "not a current risk" cue on its own (``k:``) and the whole shape it has (``c:``, both
    from ``safeguarding_context``). The
    lists and the shapes are evidence the model weighs against the embedding, so a
    policy mention that names restraint is not flagged for the word alone."""
    found = words(text)
    for reason in reasons:
        found["r:" + reason] = 1.0
    if reasons:
        found["r:any"] = 1.0
    for cue in cues(text):
        found["k:" + cue] = 1.0
    shape = not_current_reason(text)
    if shape:
        found["c:" + shape] = 1.0
        found["c:any"] = 1.0
    return found


CONTRAST_NEIGHBOURS: Final = 3


def top_mean(similarities: np.ndarray, k: int = CONTRAST_NEIGHBOURS) -> float:
    """The mean of the ``k`` largest similarities (all of them when fewer)."""
    if not len(similarities):
        return 0.0
    k = min(k, len(similarities))
    return float(np.partition(similarities, len(similarities) - k)[-k:].mean())


@dataclass(frozen=True)
class DisclosureModel:
    index: dict[str, int]
    weights: np.ndarray
    dense: np.ndarray
    intercept: float
    threshold: float
    rules_threshold: float
    fingerprint: str
    contrast: np.ndarray = field(default_factory=lambda: np.zeros(0))  # weights of (disclosures, others)

    def probability(self, text: str, embedding: np.ndarray | None, reasons: tuple[str, ...] = ()) -> float:
        z = self.intercept
        for name in features(text, reasons):
            row = self.index.get(name)
            if row is not None:
                z += float(self.weights[row])
        if embedding is not None:
            z += float(np.asarray(embedding, dtype=np.float64) @ self.dense)
            if len(self.contrast):
                z += float(np.asarray(contrast(embedding)) @ self.contrast)
        return float(1.0 / (1.0 + np.exp(-z)))


@lru_cache(maxsize=1)
def load_model(path: Path = MODEL_PATH) -> DisclosureModel | None:
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    names = list(data["weights"])
    return DisclosureModel(
        index={name: i for i, name in enumerate(names)},
        weights=np.array([data["weights"][n] for n in names], dtype=np.float64),
        dense=np.array(data["dense"], dtype=np.float64) * float(data["dense_scale"]),
        intercept=float(data["intercept"]), threshold=float(data["threshold"]),
        rules_threshold=float(data.get("rules_threshold", 0.0)), fingerprint=str(data.get("fingerprint", "")),
        contrast=np.array(data.get("contrast", []), dtype=np.float64) * float(data.get("contrast_scale", 1.0)),
    )


@lru_cache(maxsize=1)
def load_bank(path: Path = BANK_PATH) -> tuple[np.ndarray, tuple[str, ...]] | None:
    """Unit vectors of the labelled disclosures and their categories."""
    if not path.exists():
        return None
    with np.load(path, allow_pickle=False) as data:
        return data["vectors"].astype(np.float32), tuple(str(c) for c in data["categories"])


@lru_cache(maxsize=1)
def load_others(path: Path = BANK_PATH) -> np.ndarray | None:
    """Unit vectors of the labelled sets' non-disclosures (mostly alarming words that are
    no current risk), for ``contrast``."""
    if not path.exists():
        return None
    with np.load(path, allow_pickle=False) as data:
        return data["others"].astype(np.float32) if "others" in data.files else None


def contrast(embedding: np.ndarray) -> tuple[float, float]:
    """Mean cosine to the nearest labelled disclosures, and to the nearest labelled
    non-disclosures (0.0 for a bank that is missing)."""
    bank, others = load_bank(), load_others()
    vector = np.asarray(embedding, dtype=np.float32)
    near = top_mean(bank[0] @ vector) if bank is not None else 0.0
    return near, top_mean(others @ vector) if others is not None else 0.0


def nearest_category(embedding: np.ndarray) -> str:
    bank = load_bank()
    if bank is None or not len(bank[0]):
        return "possible_disclosure"
    vectors, categories = bank
    return categories[int(np.argmax(vectors @ np.asarray(embedding, dtype=np.float32)))]


# Word-list flags the model overrules only when it is near certain: a missed risk to life costs
# the most. Left out of fitting, no listed suicide or self-harm disclosure in 276 scored below 0.23,
# while statistics, training, books and checked-and-ruled-out worries that name suicide or
# self-harm often score below 0.05 (BLIND_SETS_8.md, "second round").
ALWAYS_FLAGGED: Final = frozenset({"suicide_self_harm"})
OVERRULE_BELOW: Final = 0.05


def decide(probability: float, reasons: tuple[str, ...], threshold: float, rules_threshold: float) -> bool:
    if ALWAYS_FLAGGED.intersection(reasons):
        return probability >= min(OVERRULE_BELOW, threshold)
    return probability >= threshold or (bool(reasons) and probability >= rules_threshold)


def screen_with_model(reasons: tuple[str, ...], text: str, embedding: np.ndarray | None) -> tuple[str, ...]:
    """Reasons to read this comment now (empty when none): the word lists'
    categories, or the nearest labelled disclosure's when only the model flags."""
    model = load_model()
    if model is None or embedding is None:
        return reasons
    probability = model.probability(text, embedding, reasons)
    if not decide(probability, reasons, model.threshold, model.rules_threshold):
        return ()
    if not_current_risk(text):  # past and resolved, managed, policy, a figure of speech
        return ()
    return reasons or (nearest_category(embedding),)


def screen_text(text: str) -> tuple[str, ...]:
    """The whole screen for one text, as tagging runs it (word lists, then this model on the
    sentence embedding): ``python -m voice.analysis.safeguarding_eval SET --scorer
    voice.analysis.safeguarding_model:screen_text``."""
    from voice.analysis.encoder import available, embed
    from voice.analysis.safeguarding import screen

    embedding = embed([text])[0] if available() else None
    return screen_with_model(screen(text), text, embedding)
