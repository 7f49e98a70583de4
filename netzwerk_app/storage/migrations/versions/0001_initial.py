"""Initial schema: contacts, networks, events, encounters and the rest.

Revision ID: 0001
Revises:
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _t(name):
    return sa.Column(name, sa.Text(), nullable=False, server_default="")


def upgrade() -> None:
    op.create_table(
        "contacts",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("uid", sa.String(200), nullable=False, server_default=""),
        sa.Column("formatted_name", sa.Text(), nullable=True),
        _t("given_name"), _t("family_name"), _t("additional_names"), _t("prefix"),
        _t("suffix"), _t("nickname"), _t("organization"), _t("department"), _t("title"),
        sa.Column("phones", sa.Text(), nullable=False, server_default="[]"),
        sa.Column("emails", sa.Text(), nullable=False, server_default="[]"),
        sa.Column("addresses", sa.Text(), nullable=False, server_default="[]"),
        sa.Column("urls", sa.Text(), nullable=False, server_default="[]"),
        sa.Column("photo", sa.LargeBinary(), nullable=True),
        _t("photo_mime"), _t("photo_uri"),
        sa.Column("birthday", sa.String(10), nullable=True),
        _t("note"),
        sa.Column("tags", sa.Text(), nullable=False, server_default="[]"),
        sa.Column("source", sa.String(32), nullable=False, server_default="manual"),
        _t("gdpr_note"),
        sa.Column("personally_known", sa.Boolean(), nullable=False, server_default="0"),
        sa.Column("linkedin_state", sa.String(32), nullable=False, server_default="none"),
        sa.Column("linkedin_connected_on", sa.Date(), nullable=True),
        sa.Column("xing_state", sa.String(32), nullable=False, server_default="none"),
        sa.Column("keep_in_touch_days", sa.Integer(), nullable=True),
        sa.Column("extra_properties", sa.Text(), nullable=False, server_default="[]"),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.Column("updated_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_contacts"),
    )
    op.create_table(
        "networks",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("name", sa.Text(), nullable=False),
        _t("description"), _t("website"),
        sa.PrimaryKeyConstraint("id", name="pk_networks"),
        sa.UniqueConstraint("name", name="uq_networks_name"),
    )
    op.create_table(
        "events",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("network_id", sa.Integer(), nullable=True),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("start", sa.DateTime(), nullable=False),
        sa.Column("end", sa.DateTime(), nullable=False),
        _t("place"), _t("speaker"), _t("topic"), _t("notes"),
        sa.PrimaryKeyConstraint("id", name="pk_events"),
        sa.ForeignKeyConstraint(["network_id"], ["networks.id"], ondelete="SET NULL",
                                name="fk_events_network_id_networks"),
    )
    op.create_index("ix_events_network_id", "events", ["network_id"])
    op.create_index("ix_events_start", "events", ["start"])
    op.create_table(
        "encounters",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("event_id", sa.Integer(), nullable=False),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        _t("pitch"), _t("offering"), _t("customers"), _t("cooperation_idea"),
        sa.Column("talked_business", sa.Boolean(), nullable=False, server_default="0"),
        _t("notes"),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_encounters"),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], ondelete="CASCADE",
                                name="fk_encounters_event_id_events"),
        sa.ForeignKeyConstraint(["contact_id"], ["contacts.id"], ondelete="CASCADE",
                                name="fk_encounters_contact_id_contacts"),
        sa.UniqueConstraint("event_id", "contact_id", name="uq_encounters_event_id"),
    )
    op.create_index("ix_encounters_event_id", "encounters", ["event_id"])
    op.create_index("ix_encounters_contact_id", "encounters", ["contact_id"])
    op.create_table(
        "consistency_notes",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("verdict", sa.String(32), nullable=False, server_default="unchecked"),
        sa.Column("sources_checked", sa.Text(), nullable=False, server_default="[]"),
        _t("online_text"), _t("details"),
        sa.Column("checked_on", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_consistency_notes"),
        sa.ForeignKeyConstraint(["contact_id"], ["contacts.id"], ondelete="CASCADE",
                                name="fk_consistency_notes_contact_id_contacts"),
    )
    op.create_index("ix_consistency_notes_contact_id", "consistency_notes", ["contact_id"])
    op.create_table(
        "followups",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("event_id", sa.Integer(), nullable=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("channel", sa.String(32), nullable=False),
        sa.Column("due_at", sa.DateTime(), nullable=False),
        sa.Column("status", sa.String(32), nullable=False, server_default="pending"),
        _t("drafted_message"),
        sa.Column("snoozed_until", sa.DateTime(), nullable=True),
        sa.Column("done_at", sa.DateTime(), nullable=True),
        _t("skip_reason"),
        sa.Column("created_at", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("id", name="pk_followups"),
        sa.ForeignKeyConstraint(["contact_id"], ["contacts.id"], ondelete="CASCADE",
                                name="fk_followups_contact_id_contacts"),
        sa.ForeignKeyConstraint(["event_id"], ["events.id"], ondelete="SET NULL",
                                name="fk_followups_event_id_events"),
    )
    op.create_index("ix_followups_contact_id", "followups", ["contact_id"])
    op.create_index("ix_followups_event_id", "followups", ["event_id"])
    op.create_index("ix_followups_due_at", "followups", ["due_at"])
    op.create_table(
        "templates",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("language", sa.String(32), nullable=False),
        sa.Column("address_form", sa.String(32), nullable=False),
        sa.Column("channel", sa.String(32), nullable=True),
        _t("subject"),
        sa.Column("body", sa.Text(), nullable=False),
        _t("name"),
        sa.Column("builtin", sa.Boolean(), nullable=False, server_default="0"),
        sa.PrimaryKeyConstraint("id", name="pk_templates"),
    )
    op.create_table(
        "my_card",
        sa.Column("id", sa.Integer(), primary_key=True),
        _t("formatted_name"), _t("given_name"), _t("family_name"), _t("organization"),
        _t("title"),
        sa.Column("phones", sa.Text(), nullable=False, server_default="[]"),
        sa.Column("emails", sa.Text(), nullable=False, server_default="[]"),
        _t("website"), _t("linkedin_url"), _t("xing_url"), _t("elevator_pitch"),
        _t("one_line_pitch"),
        sa.PrimaryKeyConstraint("id", name="pk_my_card"),
    )
    op.create_table(
        "referrals",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("direction", sa.String(32), nullable=False),
        sa.Column("referred_on", sa.Date(), nullable=False),
        _t("description"),
        sa.Column("value_cents", sa.Integer(), nullable=True),
        sa.Column("outcome", sa.String(32), nullable=False, server_default="open"),
        sa.PrimaryKeyConstraint("id", name="pk_referrals"),
        sa.ForeignKeyConstraint(["contact_id"], ["contacts.id"], ondelete="CASCADE",
                                name="fk_referrals_contact_id_contacts"),
    )
    op.create_index("ix_referrals_contact_id", "referrals", ["contact_id"])
    op.create_table(
        "one_to_ones",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("scheduled_at", sa.DateTime(), nullable=False),
        _t("place"),
        sa.Column("status", sa.String(32), nullable=False, server_default="planned"),
        _t("notes"),
        sa.PrimaryKeyConstraint("id", name="pk_one_to_ones"),
        sa.ForeignKeyConstraint(["contact_id"], ["contacts.id"], ondelete="CASCADE",
                                name="fk_one_to_ones_contact_id_contacts"),
    )
    op.create_index("ix_one_to_ones_contact_id", "one_to_ones", ["contact_id"])
    # Folded text (see domain.text.fold) for ranked, accent-insensitive search.
    # The rowid is the contact id, so updates and deletes find their row at once.
    op.execute(
        "CREATE VIRTUAL TABLE contact_search USING fts5("
        "name, organization, contact_points, notes, pitches, "
        "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    )


def downgrade() -> None:
    raise RuntimeError("Netzwerk never downgrades a database; restore a backup instead")
