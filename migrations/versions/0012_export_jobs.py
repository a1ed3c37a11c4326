"""Comment exports built in the background, with their progress and the finished file.

Revision ID: 0012_export_jobs
Revises: 0011_safeguarding_queue
Written by hand.
"""
import sqlalchemy as sa
from alembic import op

revision = "0012_export_jobs"
down_revision = "0011_safeguarding_queue"
branch_labels = None
depends_on = None


def upgrade():
    op.create_table(
        "export_job",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("inspection_id", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Integer(), nullable=False),
        sa.Column("format", sa.String(length=4), nullable=False),
        sa.Column("filters", sa.String(length=300), nullable=False),
        sa.Column("include_original", sa.Boolean(), nullable=False),
        sa.Column("status", sa.String(length=10), nullable=False),
        sa.Column("rows_done", sa.Integer(), nullable=False),
        sa.Column("rows_total", sa.Integer(), nullable=True),
        sa.Column("attempts", sa.Integer(), nullable=False),
        sa.Column("error", sa.String(length=300), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("started_at", sa.DateTime(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("finished_at", sa.DateTime(), nullable=True),
        sa.Column("expires_at", sa.DateTime(), nullable=True),
        sa.Column("size_bytes", sa.Integer(), nullable=True),
        sa.Column("data", sa.LargeBinary(), nullable=True),
        sa.ForeignKeyConstraint(["inspection_id"], ["inspection.id"],
                                name=op.f("fk_export_job_inspection_id_inspection"), ondelete="CASCADE"),
        sa.ForeignKeyConstraint(["user_id"], ["user.id"], name=op.f("fk_export_job_user_id_user"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_export_job")),
    )
    with op.batch_alter_table("export_job") as batch:
        batch.create_index(batch.f("ix_export_job_inspection_id"), ["inspection_id"], unique=False)
        batch.create_index(batch.f("ix_export_job_user_id"), ["user_id"], unique=False)
        batch.create_index(batch.f("ix_export_job_status"), ["status"], unique=False)


def downgrade():
    with op.batch_alter_table("export_job") as batch:
        batch.drop_index(batch.f("ix_export_job_status"))
        batch.drop_index(batch.f("ix_export_job_user_id"))
        batch.drop_index(batch.f("ix_export_job_inspection_id"))
    op.drop_table("export_job")
