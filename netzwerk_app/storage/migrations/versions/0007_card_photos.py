"""Card photos: the picture of a scanned paper business card, kept with its contact.

``card_photos`` (contact -> image, MIME type, when it was added); the rows go with
their contact (ON DELETE CASCADE). A new table only: existing rows are not touched.

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-30
"""

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "card_photos",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("image", sa.LargeBinary(), nullable=False),
        sa.Column("mime", sa.String(64), nullable=False, server_default="image/jpeg"),
        sa.Column("added_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["contact_id"], ["contacts.id"], ondelete="CASCADE",
            name="fk_card_photos_contact_id_contacts",
        ),
        sa.PrimaryKeyConstraint("id", name="pk_card_photos"),
    )
    op.create_index("ix_card_photos_contact_id", "card_photos", ["contact_id"])


def downgrade() -> None:
    raise RuntimeError("Netzwerk never downgrades a database; restore a backup instead")
