"""Each comment's language: the survey page's, the text's own, and the one it was read as.

Revision ID: 0014_comment_language
Revises: 0012_export_jobs
Written by hand.
"""
import sqlalchemy as sa
from alembic import op

revision = "0014_comment_language"
down_revision = "0012_export_jobs"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("comment") as batch:
        batch.add_column(sa.Column("language", sa.String(length=10), nullable=False, server_default="en"))
        batch.add_column(sa.Column("page_language", sa.String(length=10), nullable=True))
        batch.add_column(sa.Column("detected_language", sa.String(length=10), nullable=True))
        batch.create_index("ix_comment_inspection_language", ["inspection_id", "language"])


def downgrade():
    with op.batch_alter_table("comment") as batch:
        batch.drop_index("ix_comment_inspection_language")
        batch.drop_column("detected_language")
        batch.drop_column("page_language")
        batch.drop_column("language")
