"""People who arrived by sync (saved on the phone at an event) and were not yet
logged as met anywhere: offered on the Today screen for a recent event ("met at
…?"); recording the encounter plans their follow-ups."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import exists, select

from netzwerk_app.domain import model as m
from netzwerk_app.services.events import EventService
from netzwerk_app.storage.schema import contacts, encounters

RECENT = timedelta(days=14)  # arrivals and events this recent are offered


@dataclass(frozen=True)
class Arrival:
    contact_id: int
    name: str
    organization: str


@dataclass(frozen=True)
class Offer:
    arrivals: list[Arrival]
    events: list[m.Event]  # the most recent first


class ArrivalService:
    def __init__(self, events: EventService) -> None:
        self.events = events
        self.db = events.db

    def offer(self, now: datetime, limit: int = 30) -> Offer:
        """Recent arrivals without an encounter, and the events of the last two weeks."""
        stmt = (
            select(contacts.c.id, contacts.c.formatted_name, contacts.c.organization)
            .where(
                contacts.c.source == m.Source.CARDDAV,
                contacts.c.deleted_at.is_(None),
                contacts.c.created_at >= now - RECENT,
                ~exists().where(encounters.c.contact_id == contacts.c.id),
            )
            .order_by(contacts.c.created_at.desc(), contacts.c.id)
            .limit(limit)
        )
        with self.db.read() as session:
            found = [Arrival(int(i), str(n), str(o or "")) for i, n, o in session.execute(stmt)]
        if not found:
            return Offer([], [])
        recent = [
            s.event
            for s in self.events.list_events()
            if now - RECENT <= s.event.start <= now + timedelta(hours=12)
        ]
        recent.sort(key=lambda e: e.start, reverse=True)
        return Offer(found, recent[:5])

    def met_at(self, event_id: int, contact_ids: list[int]) -> int:
        """Record them as met at the event (which plans their follow-ups)."""
        for contact_id in contact_ids:
            self.events.record_encounter(event_id, contact_id)
        return len(contact_ids)
