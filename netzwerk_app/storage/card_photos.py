"""The photos of paper business cards kept with their contacts (issue 15).

A contact may have several (a card scanned twice, a merged duplicate's card); they
go with the contact (ON DELETE CASCADE), so the GDPR delete leaves none behind.

Part of ``schema.metadata`` (schema.py imports this module), built by revision 0007.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Column, ForeignKey, Integer, LargeBinary, String, Table, insert, select
from sqlalchemy.orm import Session

from netzwerk_app.storage.schema import UTCDateTime, metadata

card_photos = Table(
    "card_photos",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "contact_id",
        Integer,
        ForeignKey("contacts.id", ondelete="CASCADE"),
        nullable=False,
        index=True,
    ),
    Column("image", LargeBinary, nullable=False),
    Column("mime", String(64), nullable=False, server_default="image/jpeg"),
    Column("added_at", UTCDateTime, nullable=True),
)


@dataclass(frozen=True)
class CardPhoto:
    id: int
    contact_id: int
    image: bytes
    mime: str
    added_at: datetime | None


def card_photos_of(session: Session, contact_id: int) -> list[CardPhoto]:
    """The card photos kept with one contact, oldest first."""
    rows = session.execute(
        select(card_photos).where(card_photos.c.contact_id == contact_id).order_by(card_photos.c.id)
    )
    return [
        CardPhoto(row.id, row.contact_id, bytes(row.image), row.mime, row.added_at) for row in rows
    ]


def add_card_photo(
    session: Session, contact_id: int, image: bytes, mime: str, added_at: datetime
) -> bool:
    """Keep ``image`` with the contact; False when the contact has this very photo
    already (the same photo scanned again and merged)."""
    same = select(card_photos.c.id).where(
        card_photos.c.contact_id == contact_id, card_photos.c.image == image
    )
    if session.execute(same).first() is not None:
        return False
    session.execute(
        insert(card_photos).values(
            contact_id=contact_id, image=image, mime=mime or "image/jpeg", added_at=added_at
        )
    )
    return True
