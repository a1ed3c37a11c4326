"""The local area's children's services contact, for crisis signposting.

Revision ID: 0007_childrens_services_contact
Revises: 0006_background_analysis
Written by hand.
"""

import sqlalchemy as sa
from alembic import op

revision = "0007_childrens_services_contact"
down_revision = "0006_background_analysis"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("inspection") as batch:
        batch.add_column(sa.Column("childrens_services_contact", sa.String(length=200), nullable=True))


def downgrade():
    with op.batch_alter_table("inspection") as batch:
        batch.drop_column("childrens_services_contact")
