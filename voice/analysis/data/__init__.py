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
* ``eval_holdout_v4.jsonl`` (when present): the newest held-back set. Do not
  tune on it; evaluate on it once, after tuning is finished.
* ``calibration.py``: decision thresholds written by ``calibrate.py``.
"""
