"""The fine-tunings of ``train_tuned --folds`` may run in several processes: each
group's outputs wait until all are there, then join in group order."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from voice.analysis import train, train_tuned


def _part(folder: Path, group: int, recipe: str | None = None) -> None:
    np.savez(folder / f"group.{group}.npz", keys=np.array([f"{group}-a", f"{group}-b"]),
             themes=np.full((2, 11), group, dtype=np.float32), sentiment=np.full((2, 4), -group, dtype=np.float32),
             recipe=np.array(recipe or train_tuned.recipe()))


def test_the_groups_join_only_when_all_are_there_and_in_group_order(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "tuned_folds.npz"
    monkeypatch.setattr(train_tuned, "PARTS", tmp_path)
    monkeypatch.setattr(train_tuned, "FOLDS_PATH", out)
    for group in reversed(range(1, train.FOLDS)):
        _part(tmp_path, group)
    assert not train_tuned.join()
    assert not out.exists()
    _part(tmp_path, 0)
    assert train_tuned.join()
    with np.load(out) as joined:
        assert joined["keys"].tolist() == [f"{g}-{x}" for g in range(train.FOLDS) for x in "ab"]
        assert joined["themes"][:, 0].tolist() == [g for g in range(train.FOLDS) for _ in "ab"]
        assert joined["sentiment"].shape == (2 * train.FOLDS, 4)
        assert joined["sentiment"][-1, 0] == -(train.FOLDS - 1)
    assert not list(tmp_path.glob("group.*.npz"))


def test_outputs_of_another_recipe_are_never_joined(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "tuned_folds.npz"
    monkeypatch.setattr(train_tuned, "PARTS", tmp_path)
    monkeypatch.setattr(train_tuned, "FOLDS_PATH", out)
    for group in range(train.FOLDS):
        _part(tmp_path, group, "another-recipe" if group in (2, 5) else None)
    with pytest.raises(train_tuned.StaleParts, match=r"groups 2, 5 .*--folds --groups 2,5"):
        train_tuned.join()
    assert not out.exists()
    assert len(list(tmp_path.glob("group.*.npz"))) == train.FOLDS  # nothing thrown away
    _part(tmp_path, 2)
    _part(tmp_path, 5)
    assert train_tuned.join()
    assert out.exists()


def test_the_recipe_names_every_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    stored = train_tuned.recipe()
    monkeypatch.setattr(train_tuned, "WRITTEN_SENTIMENT", 0.0)
    assert train_tuned.recipe() != stored


@pytest.mark.parametrize("argv", [["--folds", "--groups", "8"], ["--folds", "--groups", "0,x"],
                                  ["--folds", "--groups", ","], ["--groups", "0"]])
def test_groups_outside_the_folds_are_refused_before_any_training(
        argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as stopped:
        train_tuned.main(argv)
    assert stopped.value.code == 2
    assert "--groups takes group numbers 0 to 7" in capsys.readouterr().err
