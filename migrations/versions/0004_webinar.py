"""webinar questions and groups

Revision ID: 0004_webinar
Revises: 0001_initial
Written by hand.
"""
import sqlalchemy as sa
from alembic import op

revision = "0004_webinar"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "webinar_group",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("inspection_id", sa.Integer(), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("theme", sa.String(length=40), nullable=False),
        sa.Column("manual", sa.Boolean(), nullable=False),
        sa.Column("shortlisted", sa.Boolean(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=True),
        sa.Column("answered", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["inspection_id"], ["inspection.id"],
            name=op.f("fk_webinar_group_inspection_id_inspection"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_webinar_group")),
    )
    with op.batch_alter_table("webinar_group", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_webinar_group_inspection_id"), ["inspection_id"], unique=False)

    op.create_table(
        "webinar_question",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("inspection_id", sa.Integer(), nullable=False),
        sa.Column("survey_id", sa.Integer(), nullable=False),
        sa.Column("submission_key", sa.String(length=64), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("redacted", sa.Text(), nullable=False),
        sa.Column("sentiment", sa.String(length=10), nullable=False),
        sa.Column("polarity", sa.Float(), nullable=False),
        sa.Column("individual_case", sa.Boolean(), nullable=False),
        sa.Column("safeguarding", sa.Boolean(), nullable=False),
        sa.Column("asker_role", sa.String(length=20), nullable=True),
        sa.Column("age_phase", sa.String(length=20), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["group_id"], ["webinar_group.id"],
            name=op.f("fk_webinar_question_group_id_webinar_group"), ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["inspection_id"], ["inspection.id"],
            name=op.f("fk_webinar_question_inspection_id_inspection"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["survey_id"], ["survey.id"],
            name=op.f("fk_webinar_question_survey_id_survey"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_webinar_question")),
        sa.UniqueConstraint("submission_key", name=op.f("uq_webinar_question_submission_key")),
    )
    with op.batch_alter_table("webinar_question", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_webinar_question_group_id"), ["group_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_webinar_question_inspection_id"), ["inspection_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_webinar_question_survey_id"), ["survey_id"], unique=False)

    op.create_table(
        "webinar_question_theme",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("question_id", sa.Integer(), nullable=False),
        sa.Column("theme", sa.String(length=40), nullable=False),
        sa.ForeignKeyConstraint(
            ["question_id"], ["webinar_question.id"],
            name=op.f("fk_webinar_question_theme_question_id_webinar_question"), ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_webinar_question_theme")),
        sa.UniqueConstraint("question_id", "theme", name=op.f("uq_webinar_question_theme_question_id")),
    )
    with op.batch_alter_table("webinar_question_theme", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_webinar_question_theme_question_id"), ["question_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_webinar_question_theme_theme"), ["theme"], unique=False)

    op.create_table(
        "webinar_group_change",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("inspection_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=True),
        sa.Column("at", sa.DateTime(), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("group_id", sa.Integer(), nullable=True),
        sa.Column("other_group_ids", sa.String(length=400), nullable=False),
        sa.Column("question_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(
            ["inspection_id"], ["inspection.id"],
            name=op.f("fk_webinar_group_change_inspection_id_inspection"), ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["user.id"],
            name=op.f("fk_webinar_group_change_user_id_user"), ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_webinar_group_change")),
    )
    with op.batch_alter_table("webinar_group_change", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_webinar_group_change_inspection_id"), ["inspection_id"], unique=False)


def downgrade():
    with op.batch_alter_table("webinar_group_change", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_webinar_group_change_inspection_id"))
    op.drop_table("webinar_group_change")
    with op.batch_alter_table("webinar_question_theme", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_webinar_question_theme_theme"))
        batch_op.drop_index(batch_op.f("ix_webinar_question_theme_question_id"))
    op.drop_table("webinar_question_theme")
    with op.batch_alter_table("webinar_question", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_webinar_question_survey_id"))
        batch_op.drop_index(batch_op.f("ix_webinar_question_inspection_id"))
        batch_op.drop_index(batch_op.f("ix_webinar_question_group_id"))
    op.drop_table("webinar_question")
    with op.batch_alter_table("webinar_group", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_webinar_group_inspection_id"))
    op.drop_table("webinar_group")
