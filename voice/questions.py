"""The questions and answer codes. Codes are stable: analysis and exports depend on them.

Young people's survey uses the same codes, so answers compare across audiences.
"""

from __future__ import annotations

from dataclasses import dataclass

from flask_babel import lazy_gettext as _l

AGREE_SCALE = (
    ("strongly_agree", _l("Strongly agree")),
    ("agree", _l("Agree")),
    ("neither", _l("Neither agree nor disagree")),
    ("disagree", _l("Disagree")),
    ("strongly_disagree", _l("Strongly disagree")),
    ("dont_know", _l("Don't know")),
)

AGE_PHASES = (
    ("early_years", _l("0 to 4 (early years)")),
    ("primary", _l("5 to 11 (primary)")),
    ("secondary", _l("11 to 16 (secondary)")),
    ("post_16", _l("16 to 25 (post-16)")),
)

SETTINGS = (
    ("nursery", _l("Nursery, pre-school or childminder")),
    ("mainstream", _l("Mainstream school")),
    ("special", _l("Special school")),
    ("resource_base", _l("Specialist unit or resource base in a mainstream school")),
    ("college", _l("College, training or apprenticeship")),
    ("alternative_provision", _l("Alternative provision")),
    ("not_in_education", _l("Not in education at the moment")),
    ("home_educated", _l("Home educated")),
    ("other", _l("Somewhere else")),
)

EHC_PLAN = (
    ("yes", _l("Yes")),
    ("in_progress", _l("We have asked for one, or it is being assessed")),
    ("no", _l("No")),
    ("dont_know", _l("Don't know")),
)


@dataclass(frozen=True)
class Statement:
    """A closed question framed on one of the 2023 framework's evaluation statements."""

    key: str
    framework_statement: int
    parent_text: object
    short_label: object


STATEMENTS = (
    Statement("needs_identified", 1,
              _l("My child's needs were identified accurately and assessed in good time."),
              _l("Needs identified and assessed in good time")),
    Statement("involved_in_decisions", 2,
              _l("My child and our family are involved in decisions about their support."),
              _l("Involved in decisions")),
    Statement("right_help", 3,
              _l("My child gets the right help at the right time."),
              _l("Right help at the right time")),
    Statement("next_steps", 4,
              _l("My child is being well prepared for their next steps."),
              _l("Prepared for next steps")),
    Statement("valued_included", 5,
              _l("My child is valued, visible and included in our local community."),
              _l("Valued and included")),
)
STATEMENT_KEYS = tuple(s.key for s in STATEMENTS)

FREE_TEXT = (
    ("works_well", _l("What works well for your child or family?")),
    ("could_be_better", _l("What could be better?")),
    ("anything_else", _l("Is there anything else you want the inspectors to know?")),
)
FREE_TEXT_KEYS = tuple(key for key, _ in FREE_TEXT)
CHILD_KEYS = ("age_phase", "setting", "ehc_plan")


def label_for(choices: tuple[tuple[str, object], ...], code: str | None) -> str:
    return str(dict(choices).get(code, "")) if code else ""
