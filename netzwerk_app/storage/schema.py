"""Tables, column types and the imperative mapping of the domain dataclasses.

The Alembic revisions build exactly this schema (a test compares them); the
domain classes stay plain dataclasses (one set of entity types).
"""

from __future__ import annotations

import enum
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    Dialect,
    ForeignKey,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import deferred, registry
from sqlalchemy.types import TypeDecorator

from netzwerk_app.domain import model as m
from netzwerk_app.domain.duplicates import DuplicatePair, PairStatus
from netzwerk_app.storage import codecs

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(column_0_label)s",
        "uq": "uq_%(table_name)s_%(column_0_name)s",
        "ck": "ck_%(table_name)s_%(constraint_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)


class UTCDateTime(TypeDecorator[datetime]):
    """Aware datetimes in, aware UTC datetimes out; stored as naive UTC."""

    impl = DateTime
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database; use aware datetimes")
        return value.astimezone(UTC).replace(tzinfo=None)

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        return None if value is None else value.replace(tzinfo=UTC)


class ValueList(TypeDecorator[list[Any]]):
    """A list of frozen value objects (phones, e-mails, ...) as JSON text."""

    impl = Text
    cache_ok = True

    def __init__(self, item_type: type[Any]) -> None:
        super().__init__()
        self.item_type = item_type

    def process_bind_param(self, value: list[Any] | None, dialect: Dialect) -> str:
        return codecs.encode_list(value or [])

    def process_result_value(self, value: str | None, dialect: Dialect) -> list[Any]:
        return codecs.decode_list(self.item_type, value)


class StringList(TypeDecorator[list[str]]):
    impl = Text
    cache_ok = True

    def process_bind_param(self, value: list[str] | None, dialect: Dialect) -> str:
        return codecs.encode_strings(value or [])

    def process_result_value(self, value: str | None, dialect: Dialect) -> list[str]:
        return codecs.decode_strings(value)


class BirthdayType(TypeDecorator[m.Birthday]):
    impl = String(10)
    cache_ok = True

    def process_bind_param(self, value: m.Birthday | None, dialect: Dialect) -> str | None:
        return None if value is None else value.to_iso()

    def process_result_value(self, value: str | None, dialect: Dialect) -> m.Birthday | None:
        return None if not value else m.Birthday.from_iso(value)


class StrEnumType(TypeDecorator[enum.StrEnum]):
    impl = String(32)
    cache_ok = True

    def __init__(self, enum_type: type[enum.StrEnum]) -> None:
        super().__init__()
        self.enum_type = enum_type

    def process_bind_param(self, value: enum.StrEnum | str | None, dialect: Dialect) -> str | None:
        return None if value is None else self.enum_type(value).value

    def process_result_value(self, value: str | None, dialect: Dialect) -> enum.StrEnum | None:
        return None if value is None else self.enum_type(value)


def _text(name: str) -> Column[str]:
    return Column(name, Text, nullable=False, server_default="")


def _contact_ref(name: str, nullable: bool = False) -> Column[int]:
    """A row that belongs to a contact and goes with it (GDPR "forget" leaves nothing)."""
    fk = ForeignKey("contacts.id", ondelete="CASCADE")
    return Column(name, Integer, fk, nullable=nullable, index=True)


contacts = Table(
    "contacts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("uid", String(200), nullable=False, server_default=""),
    _text("formatted_name"),
    _text("given_name"),
    _text("family_name"),
    _text("additional_names"),
    _text("prefix"),
    _text("suffix"),
    _text("nickname"),
    _text("organization"),
    _text("department"),
    _text("title"),
    Column("salutation", StrEnumType(m.Salutation), nullable=False, server_default="none"),
    Column("address_form", StrEnumType(m.AddressForm), nullable=True),
    Column("language", StrEnumType(m.Language), nullable=True),
    Column("phones", ValueList(m.Phone), nullable=False, server_default="[]"),
    Column("emails", ValueList(m.Email), nullable=False, server_default="[]"),
    Column("addresses", ValueList(m.PostalAddress), nullable=False, server_default="[]"),
    Column("urls", ValueList(m.Url), nullable=False, server_default="[]"),
    Column("photo", LargeBinary, nullable=True),
    _text("photo_mime"),
    _text("photo_uri"),
    Column("birthday", BirthdayType, nullable=True),
    _text("note"),
    Column("tags", StringList, nullable=False, server_default="[]"),
    Column("source", StrEnumType(m.Source), nullable=False, server_default="manual"),
    _text("gdpr_note"),
    Column("personally_known", Boolean, nullable=False, server_default="0"),
    Column(
        "linkedin_state", StrEnumType(m.RelationshipState), nullable=False, server_default="none"
    ),
    Column("linkedin_connected_on", Date, nullable=True),
    Column("xing_state", StrEnumType(m.RelationshipState), nullable=False, server_default="none"),
    Column("keep_in_touch_days", Integer, nullable=True),
    Column("extra_properties", ValueList(m.RawProperty), nullable=False, server_default="[]"),
    Column("created_at", UTCDateTime, nullable=True),
    Column("updated_at", UTCDateTime, nullable=True),
    Column("deleted_at", UTCDateTime, nullable=True, index=True),
)

networks = Table(
    "networks",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", Text, nullable=False, unique=True),
    _text("description"),
    _text("website"),
    Column("default_address_form", StrEnumType(m.AddressForm), nullable=True),
    Column("default_language", StrEnumType(m.Language), nullable=True),
)

events = Table(
    "events",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "network_id",
        Integer,
        ForeignKey("networks.id", ondelete="SET NULL"),
        nullable=True,
        index=True,
    ),
    Column("title", Text, nullable=False),
    Column("start", UTCDateTime, nullable=False, index=True),
    Column("end", UTCDateTime, nullable=False),
    _text("place"),
    _text("speaker"),
    _text("topic"),
    _text("notes"),
    _text("kind"),
)

encounters = Table(
    "encounters",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "event_id", Integer, ForeignKey("events.id", ondelete="CASCADE"), nullable=False, index=True
    ),
    _contact_ref("contact_id"),
    _text("pitch"),
    _text("offering"),
    _text("customers"),
    _text("cooperation_idea"),
    Column("talked_business", Boolean, nullable=False, server_default="0"),
    _text("notes"),
    Column("created_at", UTCDateTime, nullable=True),
    UniqueConstraint("event_id", "contact_id"),
)

consistency_notes = Table(
    "consistency_notes",
    metadata,
    Column("id", Integer, primary_key=True),
    _contact_ref("contact_id", nullable=True),
    Column("verdict", StrEnumType(m.Verdict), nullable=False, server_default="unchecked"),
    Column("sources_checked", StringList, nullable=False, server_default="[]"),
    _text("online_text"),
    _text("details"),
    Column("checked_on", Date, nullable=True),
)

followups = Table(
    "followups",
    metadata,
    Column("id", Integer, primary_key=True),
    _contact_ref("contact_id"),
    Column(
        "event_id", Integer, ForeignKey("events.id", ondelete="SET NULL"), nullable=True, index=True
    ),
    Column("kind", StrEnumType(m.FollowUpKind), nullable=False),
    Column("channel", StrEnumType(m.Channel), nullable=False),
    Column("due_at", UTCDateTime, nullable=False, index=True),
    Column("status", StrEnumType(m.FollowUpStatus), nullable=False, server_default="pending"),
    _text("drafted_message"),
    Column("snoozed_until", UTCDateTime, nullable=True),
    Column("done_at", UTCDateTime, nullable=True),
    _text("skip_reason"),
    Column("created_at", UTCDateTime, nullable=True),
)

templates = Table(
    "templates",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", StrEnumType(m.FollowUpKind), nullable=False),
    Column("language", StrEnumType(m.Language), nullable=False),
    Column("address_form", StrEnumType(m.AddressForm), nullable=False),
    Column("channel", StrEnumType(m.Channel), nullable=True),
    _text("subject"),
    Column("body", Text, nullable=False),
    _text("name"),
    Column("builtin", Boolean, nullable=False, server_default="0"),
)

my_card = Table(
    "my_card",
    metadata,
    Column("id", Integer, primary_key=True),
    _text("formatted_name"),
    _text("given_name"),
    _text("family_name"),
    _text("organization"),
    _text("title"),
    Column("phones", ValueList(m.Phone), nullable=False, server_default="[]"),
    Column("emails", ValueList(m.Email), nullable=False, server_default="[]"),
    _text("website"),
    _text("linkedin_url"),
    _text("xing_url"),
    _text("elevator_pitch"),
    _text("one_line_pitch"),
)

referrals = Table(
    "referrals",
    metadata,
    Column("id", Integer, primary_key=True),
    _contact_ref("contact_id"),
    Column("direction", StrEnumType(m.ReferralDirection), nullable=False),
    Column("referred_on", Date, nullable=False),
    _text("description"),
    Column("value_cents", Integer, nullable=True),
    Column("outcome", StrEnumType(m.ReferralOutcome), nullable=False, server_default="open"),
)

one_to_ones = Table(
    "one_to_ones",
    metadata,
    Column("id", Integer, primary_key=True),
    _contact_ref("contact_id"),
    Column("scheduled_at", UTCDateTime, nullable=False),
    _text("place"),
    Column("status", StrEnumType(m.OneToOneStatus), nullable=False, server_default="planned"),
    _text("notes"),
)

merge_log = Table(
    "merge_log",
    metadata,
    Column("id", Integer, primary_key=True),
    _contact_ref("contact_id"),
    Column("before_json", Text, nullable=False),
    Column("incoming_json", Text, nullable=False),
    _text("file_name"),
    Column("created_at", UTCDateTime, nullable=False),
    Column("undone_at", UTCDateTime, nullable=True),
)

duplicate_pairs = Table(
    "duplicate_pairs",
    metadata,
    Column("id", Integer, primary_key=True),
    _contact_ref("contact_id"),
    _contact_ref("other_id"),
    _text("reason"),
    Column("status", StrEnumType(PairStatus), nullable=False, server_default="open"),
    Column("found_at", UTCDateTime, nullable=True),
    Column("decided_at", UTCDateTime, nullable=True),
    UniqueConstraint("contact_id", "other_id"),
)

# The full-text index (contact_search) is a virtual table that SQLAlchemy does not
# model; the migrations create it and storage.search_index reads and writes it.

mapper_registry = registry(metadata=metadata)
_mapped = False


def map_entities() -> None:
    """Map the domain dataclasses onto the tables (once per process)."""
    global _mapped
    if _mapped:
        return
    mapper_registry.map_imperatively(
        m.Contact, contacts, properties={"photo": deferred(contacts.c.photo)}
    )
    mapper_registry.map_imperatively(m.Network, networks)
    mapper_registry.map_imperatively(m.Event, events)
    mapper_registry.map_imperatively(m.Encounter, encounters)
    mapper_registry.map_imperatively(m.ConsistencyNote, consistency_notes)
    mapper_registry.map_imperatively(m.FollowUp, followups)
    mapper_registry.map_imperatively(m.Template, templates)
    mapper_registry.map_imperatively(m.MyCard, my_card)
    mapper_registry.map_imperatively(m.Referral, referrals)
    mapper_registry.map_imperatively(m.OneToOne, one_to_ones)
    mapper_registry.map_imperatively(m.MergeRecord, merge_log)
    mapper_registry.map_imperatively(DuplicatePair, duplicate_pairs)
    _mapped = True


from netzwerk_app.storage import card_photos as card_photos  # noqa: E402  (kept card photos)
from netzwerk_app.storage import sync_tables as sync_tables  # noqa: E402  (the sync's tables)
