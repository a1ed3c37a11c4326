"""A fine-tuned view of all-MiniLM-L6-v2 that reads themes and sentiment itself.

The main heads read MiniLM's vector as it comes (``encoder.py``); this view changes
the encoder. Low-rank adapters on every attention and feed-forward matrix (rank 8),
the layer norms and one linear head (11 theme logits, then 4 sentiment logits) were
fitted to the labelled text, real and written, by ``train_tuned.py`` with PyTorch.
Only what changed ships, in ``data/minilm_tuned.npz`` (about 1.4 MB): at load time
each adapter is merged into a copy of the packaged weights, ``W + scale * B @ A``,
and the NumPy encoder runs as usual. So there is no PyTorch at run time and
nothing downloads.

``outputs(texts)`` gives theme probabilities ``(n, 11)`` in ``train.TAGGED``'s
order and sentiment log-probabilities ``(n, 4)`` in ``SENTIMENTS``' order. The
model mixes them with the real-text heads (``model.py``); their out-of-fold values
for the real corpus, from eight fine-tunings each without one group of source
documents, are stored in ``data/tuned_folds.npz`` so that ``train.py`` measures
and chooses the mix without PyTorch.
"""

from __future__ import annotations

import hashlib
import math
import threading
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Final

import numpy as np

from voice.analysis import encoder

ADAPTER_PATH: Final = Path(__file__).resolve().parent / "data" / "minilm_tuned.npz"
FOLDS_PATH: Final = Path(__file__).resolve().parent / "data" / "tuned_folds.npz"
# The matrices that carry an adapter, by the short names the adapter file uses.
LINEAR: Final = (("q", "attention.self.query"), ("k", "attention.self.key"), ("v", "attention.self.value"),
                  ("o", "attention.output.dense"), ("up", "intermediate.dense"), ("down", "output.dense"))
_NORMS: Final = (("ln1", "attention.output.LayerNorm"), ("ln2", "output.LayerNorm"))
_LAYERS: Final = 6
_HEADS: Final = 12
_LOCK: Final = threading.Lock()


@lru_cache(maxsize=1)
def adapter_digest(path: Path = ADAPTER_PATH) -> str:
    """Names the adapter: stored beside each comment's outputs, and in ``model.json``."""
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16] if path.exists() else ""


def available(path: Path = ADAPTER_PATH) -> bool:
    return path.exists() and encoder.available()


def load_weights(prefix: str = "") -> dict[str, np.ndarray]:
    """The packaged model's tensors whose names start with ``prefix``, by name (read one
    by one, so the word embeddings stay on disk when they are not asked for)."""
    from safetensors import safe_open  # type: ignore[import-untyped]

    with safe_open(str(encoder.model_dir() / "model.safetensors"), framework="np") as stored:
        return {key: stored.get_tensor(key) for key in stored.keys() if key.startswith(prefix)}


def merged_weights(base: dict[str, np.ndarray], adapter: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    """The packaged tensors with each adapter merged in and the fitted layer norms."""
    scale = float(adapter["scale"])
    weights = dict(base)
    weights["embeddings.LayerNorm.weight"] = adapter["ln.weight"]
    weights["embeddings.LayerNorm.bias"] = adapter["ln.bias"]
    for i in range(_LAYERS):
        prefix = f"encoder.layer.{i}."
        for name, key in LINEAR:
            a, b = adapter[f"layers.{i}.{name}.a"], adapter[f"layers.{i}.{name}.b"]
            weights[prefix + key + ".weight"] = (base[prefix + key + ".weight"] + scale * (b @ a)).astype(np.float32)
        for name, key in _NORMS:
            weights[prefix + key + ".weight"] = adapter[f"layers.{i}.{name}.weight"]
            weights[prefix + key + ".bias"] = adapter[f"layers.{i}.{name}.bias"]
    return weights


class _Encoder(encoder.Encoder):
    """The packaged encoder with the merged weights in place of its own, cutting text at
    ``max_tokens`` and returning the mean-pooled vectors as they are: the head was fitted
    on those, not on unit vectors. ``encoder.py`` itself is left as it is, because the
    stored models' fingerprints cover it."""

    def __init__(self, weights: dict[str, np.ndarray], max_tokens: int) -> None:
        # Not ``Encoder.__init__``: the token and position embeddings are the process's
        # MiniLM encoder's own arrays (read-only, about 47 MB), not a second copy.
        from tokenizers import Tokenizer  # type: ignore[import-untyped]

        base = encoder.load_encoder()
        self._word, self._position, self._type = base._word, base._position, base._type
        self._ln_g = weights["embeddings.LayerNorm.weight"]
        self._ln_b = weights["embeddings.LayerNorm.bias"]
        self._layers = [self._layer(weights, i) for i in range(_LAYERS)]
        tokenizer = Tokenizer.from_file(str(encoder.model_dir() / "tokenizer.json"))
        tokenizer.enable_truncation(max_length=max_tokens)
        tokenizer.no_padding()
        self._tokenizer = tokenizer
        self._lock = threading.Lock()

    def _forward(self, batch: list[list[int]]) -> np.ndarray:
        (x,), mask = hidden_states(self, batch)
        pooled: np.ndarray = ((x * mask[:, :, None]).sum(axis=1)
                              / np.maximum(mask.sum(axis=1, keepdims=True), 1e-9)).astype(np.float32)
        return pooled


def hidden_states(model: encoder.Encoder, batch: list[list[int]],
                  layers: Sequence[int] = (_LAYERS,)) -> tuple[list[np.ndarray], np.ndarray]:
    """The vectors for every token of every row ``(B, T, 384)`` after each of ``layers``
    (1 to 6; the last by default), and the mask of real tokens ``(B, T)``, from any
    encoder with MiniLM's arrays: the packaged one (the redaction tagger reads names
    from it) or the fine-tuned view."""
    size, length = len(batch), max(len(ids) for ids in batch)
    ids = np.zeros((size, length), dtype=np.int64)
    mask = np.zeros((size, length), dtype=np.float32)
    for row, tokens in enumerate(batch):
        ids[row, : len(tokens)] = tokens
        mask[row, : len(tokens)] = 1.0
    x = encoder._layer_norm(model._word[ids] + model._position[:length] + model._type, model._ln_g, model._ln_b)
    head = encoder.DIMENSIONS // _HEADS
    blocked = ((1.0 - mask) * np.float32(-1e9))[:, None, None, :]
    kept = []
    for number, layer in enumerate(model._layers, start=1):
        qkv = (x @ layer.qkv_w + layer.qkv_b).reshape(size, length, 3, _HEADS, head).transpose(2, 0, 3, 1, 4)
        scores = (qkv[0] @ qkv[1].transpose(0, 1, 3, 2)) * np.float32(1 / math.sqrt(head)) + blocked
        scores = np.exp(scores - scores.max(axis=-1, keepdims=True))
        scores /= scores.sum(axis=-1, keepdims=True)
        context = (scores @ qkv[2]).transpose(0, 2, 1, 3).reshape(size, length, encoder.DIMENSIONS)
        x = encoder._layer_norm(x + context @ layer.out_w + layer.out_b, layer.ln1_g, layer.ln1_b)
        hidden = encoder._gelu(x @ layer.up_w + layer.up_b)
        x = encoder._layer_norm(x + hidden @ layer.down_w + layer.down_b, layer.ln2_g, layer.ln2_b)
        if number in layers:
            kept.append(x)
        if number == max(layers):
            break
    return kept, mask


class Tuned:
    """The fine-tuned encoder and its head."""

    def __init__(self, path: Path = ADAPTER_PATH) -> None:
        with np.load(path) as stored:
            adapter = {key: stored[key] for key in stored.files}
        self.themes = int(adapter["themes"])
        self._encoder = _Encoder(merged_weights(load_weights("encoder.layer."), adapter), int(adapter["max_tokens"]))
        self._head_w = adapter["head.weight"].T.astype(np.float64)
        self._head_b = adapter["head.bias"].astype(np.float64)

    def outputs(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
        logits = self._encoder.embed(list(texts)).astype(np.float64) @ self._head_w + self._head_b
        themes = 1.0 / (1.0 + np.exp(-logits[:, : self.themes]))
        sentiment = logits[:, self.themes:]
        top = sentiment.max(axis=1, keepdims=True)
        log_probabilities = sentiment - top - np.log(np.exp(sentiment - top).sum(axis=1, keepdims=True))
        return themes, log_probabilities


@lru_cache(maxsize=1)
def load() -> Tuned:
    with _LOCK:
        return Tuned()


def outputs(texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray]:
    return load().outputs(texts)


def vectors(texts: Sequence[str]) -> np.ndarray:
    """One row per text: the theme probabilities, then the sentiment log-probabilities
    (what ``model.LinearModel.parts`` takes as ``tuned``)."""
    themes, sentiment = outputs(texts)
    return np.hstack([themes, sentiment])
