"""How to address a person, and what kind of event it was.

``contacts`` gets ``salutation`` (frau/herr/none, default none), ``address_form``
(sie/du) and ``language`` (de/en), both NULL = the network's or the app's default;
``networks`` gets ``default_address_form`` and ``default_language`` (NULL = unset);
``events`` gets ``kind`` ('' = not known). Plain ADD COLUMNs: existing rows keep
their data and take the defaults.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-29
"""

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column(
        "contacts", sa.Column("salutation", sa.String(32), nullable=False, server_default="none")
    )
    op.add_column("contacts", sa.Column("address_form", sa.String(32), nullable=True))
    op.add_column("contacts", sa.Column("language", sa.String(32), nullable=True))
    op.add_column("networks", sa.Column("default_address_form", sa.String(32), nullable=True))
    op.add_column("networks", sa.Column("default_language", sa.String(32), nullable=True))
    op.add_column("events", sa.Column("kind", sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    raise RuntimeError("Netzwerk never downgrades a database; restore a backup instead")
