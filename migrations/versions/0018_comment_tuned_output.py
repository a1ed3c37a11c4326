"""Each comment's fine-tuned view outputs and the adapter that made them, so re-tagging
runs no encoder while that adapter is in use.

Revision ID: 0018_comment_tuned_output
Revises: 0017_comment_second_embedding
Written by hand.
"""
import sqlalchemy as sa
from alembic import op

revision = "0018_comment_tuned_output"
down_revision = "0017_comment_second_embedding"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("comment") as batch:
        batch.add_column(sa.Column("tuned_output", sa.LargeBinary(), nullable=True))
        batch.add_column(sa.Column("tuned_adapter", sa.String(length=16), nullable=True))


def downgrade():
    with op.batch_alter_table("comment") as batch:
        batch.drop_column("tuned_adapter")
        batch.drop_column("tuned_output")
