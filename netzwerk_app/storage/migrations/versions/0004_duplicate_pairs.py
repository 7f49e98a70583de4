"""Possible duplicates found at import, and the user's "keep apart" decisions.

``duplicate_pairs`` holds two contacts that may be one person (lower id first),
the reason in plain English, and whether the user kept them apart; both rows go
with either contact (CASCADE), so a GDPR "forget" leaves no trace here.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "duplicate_pairs",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("other_id", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False, server_default=""),
        sa.Column("status", sa.String(32), nullable=False, server_default="open"),
        sa.Column("found_at", sa.DateTime(), nullable=True),
        sa.Column("decided_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_duplicate_pairs"),
        sa.ForeignKeyConstraint(["contact_id"], ["contacts.id"], ondelete="CASCADE",
                                name="fk_duplicate_pairs_contact_id_contacts"),
        sa.ForeignKeyConstraint(["other_id"], ["contacts.id"], ondelete="CASCADE",
                                name="fk_duplicate_pairs_other_id_contacts"),
        sa.UniqueConstraint("contact_id", "other_id", name="uq_duplicate_pairs_contact_id"),
    )
    op.create_index("ix_duplicate_pairs_contact_id", "duplicate_pairs", ["contact_id"])
    op.create_index("ix_duplicate_pairs_other_id", "duplicate_pairs", ["other_id"])


def downgrade() -> None:
    raise RuntimeError("Netzwerk never downgrades a database; restore a backup instead")
