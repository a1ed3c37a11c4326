"""Redaction removes personal details from real-looking comments and nothing else."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from voice.analysis.redaction import redact
from voice.analysis.redaction_eval import corpus_changes, evaluate, in_part, survivors


@pytest.mark.parametrize(
    "text",
    [
        "my son can't get to school",
        "My daughter masks all day",
        "the nurse phones",
        "The SENCO doesn't listen",
        "Mum typed this for me: I like art",
        "(mum typing) He says the dinner ladies are kind",
        "The SENCO emails me every Friday",
        "my son won\u2019t go in the dining hall",
        "MY DAUGHTER MASKS AT SCHOOL",
        "my sons autism assessment took 3 years",
        "That's called off-rolling.",
        "My daughter's pre-school got funding for her",
        "Will the inspectors read this? Hope so.",
        "my son will be 16 in May",
    ],
)
def test_ordinary_words_after_a_relation_survive(text: str) -> None:
    assert redact(text) == text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("St Mary's", "[school]"),
        ("He goes to St Mary's and loves it", "He goes to [school] and loves it"),
        ("St. Anne's did not support him", "[school] did not support him"),
        ("He\u2019s at St Michael\u2019s now", "He\u2019s at [school] now"),
        ("my son Max has no place", "my son [name] has no place"),
        ("Her TA Grace is kind", "Her TA [name] is kind"),
        ("Max's teacher won't let him", "[name]'s teacher won't let him"),
        ("My son Mark is 7", "My son [name] is 7"),
        ("My twins Max and Grace", "My twins [name] and [name]"),
        ("His teacher Miss Hughes doesn't care", "His teacher [name] doesn't care"),
        ("Address: 22 Victoria Road, B23 6TH", "Address: [address]"),
    ],
)
def test_personal_details_go_and_the_words_around_them_stay(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chinedu Okafor from the SEN team rang", "[name] from the SEN team rang"),
        ("Xu Jing's mother asked for help", "[name]'s mother asked for help"),
        ("Oana Munteanu here. We need help", "[name] here. We need help"),
        ("I am mother of Malgorzata and she is 7", "I am mother of [name] and she is 7"),
        ("my name is Sergiu and im 13", "my name is [name] and im 13"),
        ("Tomasz Wozniak rang the council", "[name] rang the council"),
        ("LIN CHEN IS MY DAUGHTER", "[name] IS MY DAUGHTER"),
        ("KAREN PRICE, 07700 900111, PLEASE CALL", "[name], [phone], PLEASE CALL"),
        ("amy green 07700 900222 ring me back", "[name] [phone] ring me back"),
        ("Ifeoma's keyworker Blessing left", "[name]'s keyworker [name] left"),
        ("Trevor from the SEN team never replied", "[name] from the SEN team never replied"),
        ("the woman at the council Sheila said no", "the woman at the council [name] said no"),
        ("a nurse called Precious came", "a nurse called [name] came"),
        ("Joy is 14 and out of school", "[name] is 14 and out of school"),
        ("NOAH IS 5", "[name] IS 5"),
        ("Revd. Paul Oduya wrote to us", "[name] wrote to us"),
        ("Councillor Mary Stokes never replied", "[name] never replied"),
        ("Mr and Mrs Haddad asked me", "[name] asked me"),
        ("DR AISLING O'BRIEN SAW HIM", "[name] SAW HIM"),
        ("Mrs T. Okoye is his teacher", "[name] is his teacher"),
        ("his TA miss poppy is kind", "his TA [name] is kind"),
    ],
)
def test_names_without_a_listed_cue_are_found(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We live at 4 Heron Mews, Hull HU3 2AB now", "We live at [address] now"),
        ("Flat 5, 17 Dale Street, Preston PR1 3XX", "[address]"),
        ("Flat 8, Ashby Court, London SE1 7PB", "[address]"),
        ("She went to Sunnyside Children's Centre", "She went to [school]"),
        ("Pond Lane Primary said no", "[school] said no"),
        ("our named school is Fairview but it is full", "our named school is [school] but it is full"),
    ],
)
def test_whole_addresses_and_named_settings_are_found(text: str, expected: str) -> None:
    assert redact(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "we moved to Rochdale in the spring",
        "The family came from Romania and Poland",
        "the Parent Carer Forum coordinator rang",
        "SENDIASS and CAMHS and the Local Offer",
        "Hope is all we have left",
        "Will anyone read this?",
        "we have had precious little help",
        "It was a blessing that she came",
        "Mark my words, grace and patience ran out",
        "I miss the old school",
        "Bill from the council was helpful",
        "Tuition is 5 hours a week",
        "WHY DOES NOBODY LISTEN TO PARENTS",
        "The Children's Centre closed in May",
        "my son can't cope and won't go",
    ],
)
def test_places_services_and_everyday_words_survive(text: str) -> None:
    assert redact(text) == text


def test_streets_and_towns_named_after_saints_are_left_alone() -> None:
    assert redact("We drive to St Albans on Mondays") == "We drive to St Albans on Mondays"


def _write(path: Path, rows: list[dict[str, object]]) -> str:
    path.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    return str(path)


_TINY = [
    {"id": "rd-001", "text": "my son Max can't sleep",
     "pii": [{"span": "Max", "kind": "name"}], "keep": ["can't"]},
    {"id": "rd-002", "text": "He goes to St Mary's now",
     "pii": [{"span": "St Mary's", "kind": "school"}], "keep": ["now"]},
    {"id": "rd-003", "text": "Ring 07700 900123 on Monday",
     "pii": [{"span": "07700 900123", "kind": "phone"}], "keep": ["Monday"]},
    {"id": "rd-201", "text": "the nurse phones", "pii": [], "keep": ["phones"]},
]


def test_the_evaluation_scores_recall_and_preservation_separately(tmp_path: Path) -> None:
    path = _write(tmp_path / "tiny.jsonl", _TINY)

    result = evaluate(path, part="dev")

    assert result["comments"] == 3
    assert (result["pii_spans"], result["keep_words"]) == (3, 3)
    assert result["recall"] == 1.0
    assert result["preservation"] == 1.0
    assert result["recall_by_kind"] == {"name": 1.0, "phone": 1.0, "school": 1.0}
    assert result["failures"] == []


def test_a_partly_redacted_span_is_a_miss_and_an_eaten_word_is_a_change(tmp_path: Path) -> None:
    path = _write(tmp_path / "tiny.jsonl", _TINY)
    old_habits = {
        "my son Max can't sleep": "my son [name] [name] sleep",
        "He goes to St Mary's now": "He goes to St [name]'s now",
        "Ring 07700 900123 on Monday": "Ring [phone] on Monday",
        "the nurse phones": "the nurse [name]",
    }

    result = evaluate(path, redactor=old_habits.__getitem__)

    assert result["recall"] == pytest.approx(2 / 3)
    assert result["recall_by_kind"]["school"] == 0.0
    assert result["preservation"] == pytest.approx(2 / 4)
    problems = {(f["id"], f["problem"], f.get("span") or f.get("word")) for f in result["failures"]}
    assert problems == {
        ("rd-001", "changed", "can't"),
        ("rd-002", "missed", "St Mary's"),
        ("rd-201", "changed", "phones"),
    }


def test_the_held_back_part_starts_after_rd_200() -> None:
    assert in_part("rd-200", "dev") and not in_part("rd-200", "held")
    assert in_part("rd-201", "held") and not in_part("rd-201", "dev")


def test_survivors_marks_only_the_characters_a_placeholder_replaced() -> None:
    kept = survivors("my son Max is", "my son [name] is")
    assert "".join(c for c, k in zip("my son Max is", kept, strict=True) if k) == "my son  is"


def test_corpus_changes_counts_ordinary_words_but_not_listed_names(tmp_path: Path) -> None:
    path = _write(tmp_path / "eval_tiny.jsonl", [
        {"text": "Mum typed this. Jayden likes it."},
        {"text": "Mrs Okafor rang."},
    ])

    def careless(text: str) -> str:
        return text.replace("typed", "[name]").replace("Jayden", "[name]").replace(
            "Mrs Okafor", "[name]")

    result = corpus_changes([path], redactor=careless)

    assert result["texts"] == 2
    assert result["changed"] == 3
    assert result["changed_lower_case"] == 1
    assert dict(result["top"]) == {"typed": 1, "Mrs": 1, "Okafor": 1}
    assert corpus_changes([path])["changed"] == 2
