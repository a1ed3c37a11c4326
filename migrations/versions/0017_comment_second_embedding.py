"""Each comment's multilingual-e5-small vector, beside its MiniLM one, so re-tagging never runs either encoder.

Revision ID: 0017_comment_second_embedding
Revises: 0016_you_said
Written by hand.
"""
import sqlalchemy as sa
from alembic import op

revision = "0017_comment_second_embedding"
down_revision = "0016_you_said"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("comment") as batch:
        batch.add_column(sa.Column("second_embedding", sa.LargeBinary(), nullable=True))


def downgrade():
    with op.batch_alter_table("comment") as batch:
        batch.drop_column("second_embedding")
