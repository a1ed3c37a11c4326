"""One safeguarding queue: a status on every flag, and webinar questions flagged like comments.

Revision ID: 0011_safeguarding_queue
Revises: 0009_accounts_mail

A flag's status is None while it is new, then "reviewed", "referred" or
"duplicate". Comments already reviewed become "reviewed". Webinar questions
gain the reasons and review fields that comments have; the reasons of those
already flagged are read again from their text with the word lists.
"""

import sqlalchemy as sa
from alembic import op

revision = "0011_safeguarding_queue"
down_revision = "0009_accounts_mail"
branch_labels = None
depends_on = None


def upgrade():
    with op.batch_alter_table("comment") as batch:
        batch.add_column(sa.Column("safeguarding_status", sa.String(20), nullable=True))
    op.execute("UPDATE comment SET safeguarding_status = 'reviewed' "
               "WHERE safeguarding AND safeguarding_reviewed_at IS NOT NULL")
    with op.batch_alter_table("webinar_question") as batch:
        batch.add_column(sa.Column("safeguarding_reasons", sa.String(200), nullable=False, server_default=""))
        batch.add_column(sa.Column("safeguarding_status", sa.String(20), nullable=True))
        batch.add_column(sa.Column("safeguarding_reviewed_at", sa.DateTime(), nullable=True))
        batch.add_column(sa.Column("safeguarding_reviewed_by_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("safeguarding_note", sa.Text(), nullable=True))
        batch.create_foreign_key("fk_webinar_question_safeguarding_reviewed_by", "user",
                                 ["safeguarding_reviewed_by_id"], ["id"])

    from voice.analysis.safeguarding import screen

    bind = op.get_bind()
    table = sa.table("webinar_question", sa.column("id", sa.Integer), sa.column("text", sa.Text),
                     sa.column("safeguarding", sa.Boolean), sa.column("safeguarding_reasons", sa.String))
    flagged = bind.execute(sa.select(table.c.id, table.c.text).where(table.c.safeguarding.is_(True))).all()
    for question_id, text in flagged:
        reasons = ",".join(screen(text or ""))[:200]
        if reasons:
            bind.execute(table.update().where(table.c.id == question_id).values(safeguarding_reasons=reasons))


def downgrade():
    with op.batch_alter_table("webinar_question") as batch:
        batch.drop_constraint("fk_webinar_question_safeguarding_reviewed_by", type_="foreignkey")
        batch.drop_column("safeguarding_note")
        batch.drop_column("safeguarding_reviewed_by_id")
        batch.drop_column("safeguarding_reviewed_at")
        batch.drop_column("safeguarding_status")
        batch.drop_column("safeguarding_reasons")
    with op.batch_alter_table("comment") as batch:
        batch.drop_column("safeguarding_status")
