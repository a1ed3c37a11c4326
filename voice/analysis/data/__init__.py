"""Word lists and the evaluation sets, written for this project.

* ``eval_tune.jsonl``: the tuning set the lexicons were first written against.
* ``eval_dev.jsonl``: the first independently written held-back set. It has
  been scored once as a held-back set and is now development data: errors on
  it may be studied, but rules must be general (see the tests in
  ``tests/unit/analysis/test_analysis_generalisation.py``), not its sentences.
* ``eval_dev2.jsonl``: the second held-back set (was ``eval_holdout_v2.jsonl``),
  scored once as held back and now development data, like ``eval_dev.jsonl``.
* ``eval_dev3.jsonl``: the third held-back set (was ``eval_holdout_v3.jsonl``),
  scored once as held back and now development data.
* ``eval_holdout_v4.jsonl``: the fourth held-back set, scored once and now
  training data.
* ``eval_train_a.jsonl`` ... ``eval_train_z.jsonl``: 26 training sets of 300,
  each written and labelled by a separate writer who never saw the tagger.
* ``eval_holdout_v5.jsonl``: the newest held-back set (400), scored once after
  all tuning (see ``EVALUATION_NOTES.md``). It is never in ``train.TRAINING_FILES``.
* ``model.json``: the learned layer, written by ``python -m voice.analysis.train --write``.
* ``calibration.py``: the lexicon engine's decision thresholds, written by ``calibrate.py``.
"""
