""""You said, inspectors heard": one page per inspection, and the quotes a coordinator chose.

Revision ID: 0016_you_said
Revises: 0012_export_jobs
Written by hand.
"""
import sqlalchemy as sa
from alembic import op

revision = "0016_you_said"
down_revision = "0014_comment_language"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "you_said_page",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("inspection_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("token", sa.String(length=40), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("intro", sa.Text(), nullable=False),
        sa.Column("themes", sa.JSON(), nullable=False),
        sa.Column("easy_read", sa.JSON(), nullable=False),
        sa.Column("parents_count", sa.Integer(), nullable=False),
        sa.Column("young_people_count", sa.Integer(), nullable=False),
        sa.Column("report_url", sa.String(length=500), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("published_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(["inspection_id"], ["inspection.id"],
                                name=op.f("fk_you_said_page_inspection_id_inspection"), ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_you_said_page")),
        sa.UniqueConstraint("inspection_id", name=op.f("uq_you_said_page_inspection_id")),
        sa.UniqueConstraint("token", name=op.f("uq_you_said_page_token")),
    )
    op.create_table(
        "you_said_quote",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("page_id", sa.Integer(), nullable=False),
        sa.Column("comment_id", sa.Integer(), nullable=True),
        sa.Column("audience", sa.String(length=20), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("chosen_at", sa.DateTime(), nullable=False),
        sa.Column("chosen_by_id", sa.Integer(), nullable=True),
        sa.ForeignKeyConstraint(["page_id"], ["you_said_page.id"],
                                name=op.f("fk_you_said_quote_page_id_you_said_page"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["comment_id"], ["comment.id"],
                                name=op.f("fk_you_said_quote_comment_id_comment"), ondelete="SET NULL"),
        sa.ForeignKeyConstraint(["chosen_by_id"], ["user.id"],
                                name=op.f("fk_you_said_quote_chosen_by_id_user"), ondelete="SET NULL"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_you_said_quote")),
    )
    with op.batch_alter_table("you_said_quote") as batch:
        batch.create_index(batch.f("ix_you_said_quote_page_id"), ["page_id"], unique=False)
        batch.create_index(batch.f("ix_you_said_quote_comment_id"), ["comment_id"], unique=False)


def downgrade():
    with op.batch_alter_table("you_said_quote") as batch:
        batch.drop_index(batch.f("ix_you_said_quote_comment_id"))
        batch.drop_index(batch.f("ix_you_said_quote_page_id"))
    op.drop_table("you_said_quote")
    op.drop_table("you_said_page")
