"""Queries of the duplicate review: stored pairs, decisions, and moving a merged
contact's records.

Kept beside ``Repository`` (same session, same habits), like ``followup_queries``.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, aliased

from netzwerk_app.domain import model as m
from netzwerk_app.domain.duplicates import DuplicatePair, PairStatus
from netzwerk_app.storage.card_photos import card_photos
from netzwerk_app.storage.schema import (
    consistency_notes,
    contacts,
    duplicate_pairs,
    encounters,
    followups,
    map_entities,
    one_to_ones,
    referrals,
)

map_entities()

# A merged contact's own records that move to the contact kept (encounters are
# handled one by one: a person is met at an event only once).
CHILD_TABLES: dict[str, Any] = {
    "followup_ids": followups,
    "referral_ids": referrals,
    "one_to_one_ids": one_to_ones,
    "consistency_note_ids": consistency_notes,
    "card_photo_ids": card_photos,  # the merged contact's business-card photos
}


def ordered(a: int, b: int) -> tuple[int, int]:
    return (a, b) if a < b else (b, a)


class DuplicateQueries:
    def __init__(self, session: Session) -> None:
        self.session = session

    def pair(self, a: int, b: int) -> DuplicatePair | None:
        low, high = ordered(a, b)
        stmt = select(DuplicatePair).where(
            duplicate_pairs.c.contact_id == low, duplicate_pairs.c.other_id == high
        )
        return self.session.scalars(stmt).first()

    def record(self, a: int, b: int, reason: str, now: datetime) -> DuplicatePair:
        """Remember a possible duplicate; a pair already known keeps its status."""
        known = self.pair(a, b)
        if known is not None:
            return known
        low, high = ordered(a, b)
        pair = DuplicatePair(low, high, reason, PairStatus.OPEN, now)
        self.session.add(pair)
        self.session.flush()
        return pair

    def decide(self, a: int, b: int, status: PairStatus, reason: str, now: datetime) -> None:
        pair = self.record(a, b, reason, now)
        pair.status, pair.decided_at = status, now
        self.session.flush()

    def pairs(self, status: PairStatus | None = None) -> list[DuplicatePair]:
        """Stored pairs whose two contacts are both out of the trash."""
        one, two = aliased(contacts), aliased(contacts)
        stmt = (
            select(DuplicatePair)
            .join(one, one.c.id == duplicate_pairs.c.contact_id)
            .join(two, two.c.id == duplicate_pairs.c.other_id)
            .where(one.c.deleted_at.is_(None), two.c.deleted_at.is_(None))
            .order_by(duplicate_pairs.c.id)
        )
        if status is not None:
            stmt = stmt.where(duplicate_pairs.c.status == status.value)
        return list(self.session.scalars(stmt))

    def open_count(self) -> int:
        one, two = aliased(contacts), aliased(contacts)
        stmt = (
            select(func.count())
            .select_from(duplicate_pairs)
            .join(one, one.c.id == duplicate_pairs.c.contact_id)
            .join(two, two.c.id == duplicate_pairs.c.other_id)
            .where(
                duplicate_pairs.c.status == PairStatus.OPEN.value,
                one.c.deleted_at.is_(None),
                two.c.deleted_at.is_(None),
            )
        )
        return int(self.session.scalar(stmt) or 0)

    def child_ids(self, contact_id: int) -> dict[str, list[int]]:
        """Ids of the follow-ups, referrals, 1-2-1s, consistency notes and card photos."""
        return {
            name: [
                int(i)
                for i in self.session.scalars(
                    select(table.c.id).where(table.c.contact_id == contact_id)
                )
            ]
            for name, table in CHILD_TABLES.items()
        }

    def move_children(
        self, ids: Mapping[str, Sequence[int]], to_contact: int, from_contact: int | None = None
    ) -> None:
        """Give these records to ``to_contact`` (only those still of ``from_contact``)."""
        self.session.flush()
        for name, table in CHILD_TABLES.items():
            chosen = list(ids.get(name, ()))
            if not chosen:
                continue
            stmt = update(table).where(table.c.id.in_(chosen))
            if from_contact is not None:
                stmt = stmt.where(table.c.contact_id == from_contact)
            self.session.execute(stmt.values(contact_id=to_contact))
        self.session.expire_all()

    def encounters_of(self, contact_id: int) -> list[m.Encounter]:
        stmt = select(m.Encounter).where(encounters.c.contact_id == contact_id)
        return list(self.session.scalars(stmt.order_by(encounters.c.id)))
