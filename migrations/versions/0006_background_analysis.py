"""Background analysis: when each comment was analysed, and stored sentence embeddings.

Revision ID: 0006_background_analysis
Revises: 0005_merge

Comments already in the database were tagged inline when they were stored, so
they are not pending and count as analysed at their tagging time.
"""

import sqlalchemy as sa
from alembic import op

revision = "0006_background_analysis"
down_revision = "0005_merge"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("comment") as batch:
        batch.add_column(sa.Column("analysis_pending", sa.Boolean(), nullable=False, server_default=sa.false()))
        batch.add_column(sa.Column("analysed_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("embedding", sa.LargeBinary(), nullable=True))
        batch.create_index("ix_comment_analysis_pending", ["analysis_pending"])
    op.execute("UPDATE comment SET analysed_at = tagged_at")
    with op.batch_alter_table("webinar_question") as batch:
        batch.add_column(sa.Column("embedding", sa.LargeBinary(), nullable=True))


def downgrade():
    with op.batch_alter_table("webinar_question") as batch:
        batch.drop_column("embedding")
    with op.batch_alter_table("comment") as batch:
        batch.drop_index("ix_comment_analysis_pending")
        batch.drop_column("embedding")
        batch.drop_column("analysed_at")
        batch.drop_column("analysis_pending")
