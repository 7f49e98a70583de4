"""Merges made by an import are logged so that each one can be undone.

``merge_log`` keeps the contact as it was before the merge and the card that was
merged in, as JSON; a GDPR "forget" deletes the rows with the contact (CASCADE),
because both hold personal data.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-02
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "merge_log",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("before_json", sa.Text(), nullable=False),
        sa.Column("incoming_json", sa.Text(), nullable=False),
        sa.Column("file_name", sa.Text(), nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("undone_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_merge_log"),
        sa.ForeignKeyConstraint(["contact_id"], ["contacts.id"], ondelete="CASCADE",
                                name="fk_merge_log_contact_id_contacts"),
    )
    op.create_index("ix_merge_log_contact_id", "merge_log", ["contact_id"])


def downgrade() -> None:
    raise RuntimeError("Netzwerk never downgrades a database; restore a backup instead")
