"""CardDAV sync: accounts, each contact's link to its server card, conflicts.

``sync_accounts`` (server URL, user name, address book, sync token - never the
password), ``sync_links`` (contact -> href, ETag, the last-synced card as the base of
the three-way merge) and ``sync_conflicts`` (a field changed differently on both
sides, kept for review). New tables only: existing rows are not touched.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "sync_accounts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("url", sa.Text(), nullable=False),
        sa.Column("username", sa.String(200), nullable=False),
        sa.Column("book_url", sa.Text(), nullable=False),
        sa.Column("book_name", sa.Text(), nullable=False, server_default=""),
        sa.Column("sync_token", sa.Text(), nullable=False, server_default=""),
        sa.Column("last_sync_at", sa.DateTime(), nullable=True),
        sa.Column("last_result", sa.Text(), nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_sync_accounts"),
    )
    op.create_table(
        "sync_links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("uid", sa.String(200), nullable=False, server_default=""),
        sa.Column("href", sa.Text(), nullable=False),
        sa.Column("etag", sa.Text(), nullable=False, server_default=""),
        sa.Column("base", sa.Text(), nullable=False, server_default=""),
        sa.Column("server_only", sa.Text(), nullable=False, server_default=""),
        sa.ForeignKeyConstraint(
            ["account_id"], ["sync_accounts.id"], ondelete="CASCADE",
            name="fk_sync_links_account_id_sync_accounts",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_sync_links"),
        sa.UniqueConstraint("account_id", "href", name="uq_sync_links_account_id"),
    )
    op.create_index("ix_sync_links_account_id", "sync_links", ["account_id"])
    op.create_index("ix_sync_links_contact_id", "sync_links", ["contact_id"])
    op.create_table(
        "sync_conflicts",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("account_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("field", sa.String(64), nullable=False),
        sa.Column("server_value", sa.Text(), nullable=False, server_default=""),
        sa.Column("local_value", sa.Text(), nullable=False, server_default=""),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.Column("resolved_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["account_id"], ["sync_accounts.id"], ondelete="CASCADE",
            name="fk_sync_conflicts_account_id_sync_accounts",
        ),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contacts.id"], ondelete="CASCADE",
            name="fk_sync_conflicts_contact_id_contacts",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_sync_conflicts"),
    )
    op.create_index("ix_sync_conflicts_account_id", "sync_conflicts", ["account_id"])
    op.create_index("ix_sync_conflicts_contact_id", "sync_conflicts", ["contact_id"])


def downgrade() -> None:
    raise RuntimeError("Netzwerk never downgrades a database; restore a backup instead")
