"""The authoring linter: every shipped questionnaire passes it, and it fails on bad words and dropped codes."""

from __future__ import annotations

import textwrap

import pytest

from voice.questionnaires import lint

GOOD = """
key: tiny
audience: parent_carer
tagline: "%(area)s SEND inspection"
start:
  heading: "Tell the inspectors about SEND support in %(area)s"
pages:
  - slug: help
    questions:
      - {key: right_help, type: choice, choices: agree, required: true,
         text: "My child gets the right help at the right time."}
  - slug: more
    questions:
      - {key: tell_us, type: text, analyse: true, text: "Is there anything else you want to tell us?"}
"""


def _write(tmp_path, text: str):
    path = tmp_path / "tiny.yaml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def _rules(problems) -> set[str]:
    return {p.rule for p in problems}


def test_every_shipped_questionnaire_passes_in_every_shipped_language(app):
    problems = lint.lint_all(app.config["LANGUAGES"])
    assert problems == [], "\n".join(map(str, problems))


def test_a_good_small_questionnaire_passes(tmp_path):
    assert lint.lint_file(_write(tmp_path, GOOD), lock={}, moves={}) == []


def test_hard_standard_wording_fails_on_reading_age(tmp_path):
    hard = GOOD.replace("My child gets the right help at the right time.",
                        "The multidisciplinary assessment of educational requirements demonstrated considerable "
                        "organisational inconsistency regarding statutory responsibilities.")
    problems = lint.lint_file(_write(tmp_path, hard), lock={}, moves={})
    assert _rules(problems) == {"plain English: reading age too high"}
    assert problems[0].where == "question right_help"


def test_easy_read_wording_fails_on_long_sentences_jargon_and_a_missing_picture(tmp_path):
    easy = GOOD.replace("audience: parent_carer", "audience: young_person\nversions: [easy, standard]").replace(
        'text: "My child gets the right help at the right time."}',
        'text: "I get the right help.", easy: {picture: help, text: "Your SENCO and the EHCP '
        'coordinator make sure that you get the help you need at school and at home and with friends."}}',
    ).replace('text: "Is there anything else you want to tell us?"}',
              'text: "Is there anything else?", easy: {picture: help, text: "Tell us more."}}')
    easy = easy.replace("start:", 'pictures:\n  help: {file: help.svg, alt: "A helping hand."}\nstart:')
    problems = lint.lint_file(_write(tmp_path, easy), lock={}, moves={})
    rules = _rules(problems)
    assert "easy-read: sentence too long" in rules and "easy-read: jargon or acronym" in rules
    # A question with no easy wording (and so no picture) is refused by the schema itself.
    no_picture = easy.replace('easy: {picture: help, text: "Tell us more."}', "")
    problems = lint.lint_file(_write(tmp_path, no_picture), lock={}, moves={})
    assert _rules(problems) == {"structure: does not load"} and "tell_us" in problems[0].detail


def test_a_long_choice_list_fails(tmp_path):
    many = GOOD.replace("choices: agree", "choices: many") + "choice_sets:\n  many:\n" + "".join(
        f"    - {{code: c{n}, text: \"Choice {n}\"}}\n" for n in range(12))
    problems = lint.lint_file(_write(tmp_path, many), lock={}, moves={})
    assert _rules(problems) == {"too many choices"}


def test_duplicate_codes_fail_as_structure(tmp_path):
    twice = GOOD.replace("choices: agree", "choices: twice") + (
        'choice_sets:\n  twice:\n    - {code: \"yes\", text: "Yes"}\n    - {code: \"yes\", text: "Yes again"}\n')
    problems = lint.lint_file(_write(tmp_path, twice), lock={}, moves={})
    assert _rules(problems) == {"structure: does not load"}


def test_dropping_a_code_in_use_fails_unless_a_migration_moves_it(tmp_path):
    path = _write(tmp_path, GOOD)
    lock = {"tiny": {"right_help": ["agree", "no_longer_offered"], "tell_us": []}}
    problems = lint.lint_file(path, lock=lock, moves={})
    assert _rules(problems) == {"stability: code dropped"} and "no_longer_offered" in problems[0].detail
    moved = {"tiny": {"right_help": {"no_longer_offered": "agree, by migration 0099_example"}}}
    assert lint.lint_file(path, lock=lock, moves=moved) == []
    dropped_question = {"tiny": {"right_help": ["agree"], "gone": ["x"]}}
    assert _rules(lint.lint_file(path, lock=dropped_question, moves={})) == {"stability: question dropped"}


def test_a_retired_code_keeps_answers_readable_and_passes(tmp_path):
    retired = GOOD.replace("choices: agree", "choices: mine") + (
        'choice_sets:\n  mine:\n    - {code: \"yes\", text: "Yes"}\n'
        '    - {code: \"old\", text: "Old", retired: true}\n')
    lock = {"tiny": {"right_help": ["old", "yes"], "tell_us": []}}
    assert lint.lint_file(_write(tmp_path, retired), lock=lock, moves={}) == []


def test_an_untranslated_string_fails_in_that_language(tmp_path):
    problems = lint.lint_file(_write(tmp_path, GOOD), language="pl", translate=lambda text: None, lock={}, moves={})
    assert _rules(problems) == {"not translated"}


@pytest.mark.parametrize("text", ["I like my school.", "Tell us more."])
def test_reading_age_of_plain_words_is_low(text):
    assert lint.reading_age(text) < 9
