"""The safeguarding screen's first pass may let too much through, never too little."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from voice.analysis import safeguarding
from voice.analysis.corpus import load_real
from voice.analysis.normalise import tokenise
from voice.analysis.prefilter import Prefilter, without_lookarounds

DATA = Path(safeguarding.__file__).parent / "data"


def _labelled_texts() -> list[str]:
    texts = [item.text for item in load_real()]
    for path in sorted(DATA.glob("*.jsonl")):
        with path.open(encoding="utf-8") as handle:
            texts += [json.loads(line)["text"] for line in handle if line.strip()]
    return texts


def test_lookarounds_are_removed_and_the_rest_kept() -> None:
    assert without_lookarounds(r"\bheld\b(?! back| up)") == r"\bheld\b"
    assert without_lookarounds(r"(?<![\d+])0\d+(?=\))x") == r"0\d+x"
    assert without_lookarounds(r"a(?!b(?:c|d))\(e\)") == r"a\(e\)"


def test_the_first_pass_never_drops_what_the_patterns_match() -> None:
    texts = _labelled_texts()
    assert len(texts) > 5000
    screened = [safeguarding._NOT_DISCLOSURES.sub(" ", " ".join(tokenise(text))) for text in texts]
    matched = [text for text in screened if safeguarding._QUICK.python_match(text)]
    assert len(matched) > 500  # the sets hold many disclosures and alarming words
    assert [text for text in matched if not safeguarding._QUICK.may_match(text)] == []


def test_the_first_pass_skips_ordinary_comments() -> None:
    quick = Prefilter([r"\bsuicid\w*", r"\bkill (?:him|her)\b(?! for\b)"])
    assert not quick.may_match("the ehcp took a year and the school was kind")
    assert quick.may_match("she said she would kill her")
    # Outside ASCII the exact pattern decides (RE2's \b and \w know only ASCII).
    assert quick.may_match("zoë is suicidal")
    assert not quick.may_match("zoë is happy")


@pytest.mark.parametrize("text", ["I think about suicide", "he is going to kill her tonight"])
def test_screen_still_flags_plain_disclosures(text: str) -> None:
    assert safeguarding.screen(text)
