"""Join the staff and webinar branches into one line of history.

Revision ID: 0005_merge
Revises: 0003_staff, 0004_webinar
"""

revision = "0005_merge"
down_revision = ("0003_staff", "0004_webinar")
branch_labels = None
depends_on = None


def upgrade():
    pass


def downgrade():
    pass
