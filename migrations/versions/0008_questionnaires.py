"""Questionnaires as data: each survey names its questionnaire, practitioners' role, and
age bands that do not overlap.

Revision ID: 0008_questionnaires
Revises: 0007_childrens_services_contact
Written by hand.

The old age bands overlapped ("5 to 11", "11 to 16"). The new ones are 0-4, 5-10,
11-15, 16-18 and 19-25. Old answers move as follows (AGE_BAND_MOVES):

* early_years (0 to 4)  -> age_0_4: the same band;
* primary (5 to 11)     -> age_5_10: primary school ends in the year a child turns 11;
* secondary (11 to 16)  -> age_11_15: secondary school starts in the year a child turns 11;
* post_16 (16 to 25) stays post_16: it spans two new bands, and guessing would put
  words in families' mouths. The schema keeps it as a retired code, shown as
  "16 to 25 (answered before the age bands changed)" and never offered again.

Every place an age answer lives moves together: responses, their answer rows, drafts
in progress and webinar questions. Downgrade moves them back (age_16_18 and age_19_25
become post_16; nothing else was ever stored under the new codes before this).
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0008_questionnaires"
down_revision = "0007_childrens_services_contact"
branch_labels = None
depends_on = None

AGE_BAND_MOVES = {"early_years": "age_0_4", "primary": "age_5_10", "secondary": "age_11_15"}
AGE_BAND_BACK = {"age_0_4": "early_years", "age_5_10": "primary", "age_11_15": "secondary",
                 "age_16_18": "post_16", "age_19_25": "post_16"}


def _move_age_bands(moves: dict[str, str]) -> None:
    bind = op.get_bind()
    for old, new in moves.items():
        bind.execute(sa.text("UPDATE response SET age_phase = :new WHERE age_phase = :old"), {"old": old, "new": new})
        bind.execute(sa.text("UPDATE answer SET value = :new WHERE question = 'age_phase' AND value = :old"),
                     {"old": old, "new": new})
        bind.execute(sa.text("UPDATE webinar_question SET age_phase = :new WHERE age_phase = :old"),
                     {"old": old, "new": new})
    drafts = bind.execute(sa.text("SELECT id, answers FROM draft")).fetchall()
    for draft_id, raw in drafts:
        answers = json.loads(raw) if isinstance(raw, str) else (raw or {})
        if isinstance(answers, dict) and answers.get("age_phase") in moves:
            answers["age_phase"] = moves[answers["age_phase"]]
            update = sa.text("UPDATE draft SET answers = :answers WHERE id = :id").bindparams(
                sa.bindparam("answers", type_=sa.JSON()))
            bind.execute(update, {"answers": answers, "id": draft_id})


def upgrade():
    with op.batch_alter_table("survey") as batch:
        batch.add_column(sa.Column("questionnaire", sa.String(length=40), nullable=True))
    with op.batch_alter_table("response") as batch:
        batch.add_column(sa.Column("role", sa.String(length=30), nullable=True))
    _move_age_bands(AGE_BAND_MOVES)


def downgrade():
    _move_age_bands(AGE_BAND_BACK)
    if op.get_bind().dialect.name == "sqlite":
        # Not batch mode: SQLite would copy the tables, and dropping the old survey and
        # response tables cascades to drafts and answers. SQLite 3.35+ drops a plain column.
        op.execute("ALTER TABLE response DROP COLUMN role")
        op.execute("ALTER TABLE survey DROP COLUMN questionnaire")
        return
    op.drop_column("response", "role")
    op.drop_column("survey", "questionnaire")
