"""Contacts go to a trash first; every contact has a formatted name.

Adds ``contacts.deleted_at`` and makes ``formatted_name`` NOT NULL (empty names
become ''). SQLite can only do the latter by rebuilding the table, which batch
mode does; ``storage.migrate`` switches foreign keys off around it so that the
rebuild does not cascade-delete encounters and follow-ups.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # A plain ADD COLUMN first: pysqlite would autocommit this DDL on its own, which is
    # why storage.migrate emits BEGIN itself (tested by injecting a failure later on).
    op.add_column("contacts", sa.Column("deleted_at", sa.DateTime(), nullable=True))
    op.execute("UPDATE contacts SET formatted_name = '' WHERE formatted_name IS NULL")
    with op.batch_alter_table("contacts", recreate="always") as batch:
        batch.alter_column(
            "formatted_name", existing_type=sa.Text(), nullable=False, server_default=""
        )
        batch.create_index("ix_contacts_deleted_at", ["deleted_at"])


def downgrade() -> None:
    raise RuntimeError("Netzwerk never downgrades a database; restore a backup instead")
