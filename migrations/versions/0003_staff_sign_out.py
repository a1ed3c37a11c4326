"""staff sessions: user.signed_out_at, so signing out ends every copy of a session

Revision ID: 0003_staff
Revises: 0001_initial
Create Date: 2026-11-22 22:00:00

Written by hand.
"""
from alembic import op
import sqlalchemy as sa


revision = "0003_staff"
down_revision = "0001_initial"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("user", schema=None) as batch_op:
        batch_op.add_column(sa.Column("signed_out_at", sa.DateTime(), nullable=True))


def downgrade():
    with op.batch_alter_table("user", schema=None) as batch_op:
        batch_op.drop_column("signed_out_at")
