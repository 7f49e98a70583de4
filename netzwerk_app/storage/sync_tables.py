"""The CardDAV sync's own tables: accounts, each contact's link to its server card
(href, ETag and the last-synced card as the base of the three-way merge) and the
conflicts kept for review. The password is never stored here (the OS keyring has it).

Part of ``schema.metadata`` (schema.py imports this module), built by revision 0006.
"""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Integer, String, Table, Text, UniqueConstraint

from netzwerk_app.storage.schema import UTCDateTime, metadata

sync_accounts = Table(
    "sync_accounts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("url", Text, nullable=False),  # what the user typed (server root or book)
    Column("username", String(200), nullable=False),
    Column("book_url", Text, nullable=False),  # the chosen address book, absolute
    Column("book_name", Text, nullable=False, server_default=""),
    Column("sync_token", Text, nullable=False, server_default=""),  # "" = full sync next
    Column("last_sync_at", UTCDateTime, nullable=True),
    Column("last_result", Text, nullable=False, server_default=""),  # JSON of the counts
    Column("created_at", UTCDateTime, nullable=True),
)

# One row per card on the server that a contact is linked to. ``contact_id`` has no
# foreign key: a contact deleted for good leaves its link behind, and the next sync
# deletes the card on the server and then the link. ``uid`` guards against a reused id.
sync_links = Table(
    "sync_links",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "account_id",
        Integer,
        ForeignKey("sync_accounts.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("contact_id", Integer, nullable=False, index=True),
    Column("uid", String(200), nullable=False, server_default=""),
    Column("href", Text, nullable=False),  # path on the server, e.g. /alice/book/x.vcf
    Column("etag", Text, nullable=False, server_default=""),  # "" = upload not confirmed
    Column("base", Text, nullable=False, server_default=""),  # normalised last-synced card
    Column("server_only", Text, nullable=False, server_default=""),  # server lines kept
    UniqueConstraint("account_id", "href"),
)

sync_conflicts = Table(
    "sync_conflicts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "account_id",
        Integer,
        ForeignKey("sync_accounts.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column(
        "contact_id",
        Integer,
        ForeignKey("contacts.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("field", String(64), nullable=False),
    Column("server_value", Text, nullable=False, server_default=""),
    Column("local_value", Text, nullable=False, server_default=""),
    Column("created_at", UTCDateTime, nullable=True),
    Column("resolved_at", UTCDateTime, nullable=True),
)
