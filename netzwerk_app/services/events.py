"""Use cases around networks, events and the people met there (encounters)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, tzinfo
from typing import TYPE_CHECKING

from netzwerk_app.domain import model as m
from netzwerk_app.domain.collation import german_key
from netzwerk_app.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from netzwerk_app.domain.event_rhythm import (
    RECENT_EVENTS,
    Regular,
    next_start,
    regulars,
    usual_interval,
)
from netzwerk_app.domain.search import matches_all_words
from netzwerk_app.domain.wallclock import require_existing
from netzwerk_app.infra.clock import Clock, SystemClock, local_today
from netzwerk_app.infra.timezone import local_zone
from netzwerk_app.services.contacts import new_contact, prepare_new
from netzwerk_app.storage.db import Database
from netzwerk_app.storage.repository import Repository

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from netzwerk_app.services.followups import FollowUpService


@dataclass(frozen=True)
class EventSummary:
    event: m.Event
    network_name: str
    encounter_count: int


@dataclass
class EventDetails:
    event: m.Event
    network: m.Network | None
    encounters: list[tuple[m.Encounter, m.Contact]] = field(default_factory=list)


@dataclass
class RepeatPlan:
    """A network's next event, prefilled from its last one, and its regulars.

    ``regulars`` are in German alphabetical order: the checklist of who came.
    """

    network: m.Network
    last: m.Event
    event: m.Event  # not saved: title, place, kind and duration of the last one
    interval: timedelta
    regulars: list[tuple[m.Contact, Regular]] = field(default_factory=list)


ENCOUNTER_FIELDS = (
    "pitch",
    "offering",
    "customers",
    "cooperation_idea",
    "talked_business",
    "notes",
)


def _check_times(start: datetime, end: datetime) -> None:
    if start.tzinfo is None or end.tzinfo is None:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Event times need a time zone."))
    require_existing(start)  # 02:30 on the night the clocks go forward: refused
    require_existing(end)
    if end < start:
        raise ValidationError(QT_TRANSLATE_NOOP("Errors", "An event cannot end before it starts."))


class EventService:
    def __init__(
        self,
        db: Database,
        followups: FollowUpService | None = None,
        clock: Clock | None = None,
        zone: tzinfo | None = None,
    ) -> None:
        self.db = db
        # Plans the next-morning requests for each encounter (None: no planning).
        self.followups = followups
        self.clock: Clock = clock or (followups.clock if followups else SystemClock())
        # The user's zone: wall-clock times typed for an event are in it.
        self.zone = zone or (followups.zone if followups else local_zone())

    # --- networks --------------------------------------------------------------

    def ensure_network(self, name: str) -> m.Network:
        """The network called ``name`` (case-insensitive), created when new."""
        if not name.strip():
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A network needs a name."))
        with self.db.write() as session:
            repo = Repository(session)
            return repo.network_by_name(name) or repo.add(m.Network(name=name.strip()))

    def networks(self) -> list[m.Network]:
        with self.db.read() as session:
            return Repository(session).networks()

    # --- events ----------------------------------------------------------------

    def create_event(
        self,
        title: str,
        start: datetime,
        end: datetime,
        network_name: str | None = None,
        place: str = "",
        speaker: str = "",
        topic: str = "",
        notes: str = "",
        kind: str = "",
    ) -> m.Event:
        if not title.strip():
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "An event needs a title."))
        _check_times(start, end)
        with self.db.write() as session:
            repo = Repository(session)
            network_id = None
            if network_name and network_name.strip():
                network = repo.network_by_name(network_name) or repo.add(
                    m.Network(name=network_name.strip())
                )
                network_id = network.id
            event = m.Event(
                network_id=network_id,
                title=title.strip(),
                start=start,
                end=end,
                place=place,
                speaker=speaker,
                topic=topic,
                notes=notes,
                kind=kind,
            )
            return repo.add(event)

    def update_event(self, event: m.Event) -> m.Event:
        if event.id is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Only a saved event can be updated."))
        _check_times(event.start, event.end)
        with self.db.write() as session:
            Repository(session).get(m.Event, event.id, "event")
            return session.merge(event)

    def delete_event(self, event_id: int) -> None:
        with self.db.write() as session:
            repo = Repository(session)
            event = repo.get(m.Event, event_id, "event")
            met = [enc.contact_id for enc, _ in repo.encounters_at(event_id)]
            repo.delete(event)
            repo.reindex(met)

    def list_events(self) -> list[EventSummary]:
        with self.db.read() as session:
            repo = Repository(session)
            names = {n.id: n.name for n in repo.networks()}
            counts = repo.encounter_counts()
            return [
                EventSummary(e, names.get(e.network_id, ""), counts.get(e.id or 0, 0))
                for e in repo.events()
            ]

    def search_events(self, text: str, limit: int = 20) -> list[EventSummary]:
        """Events whose title, network, place, speaker, topic or notes match every word."""
        rows = self.list_events()
        hits = [
            r
            for r in rows
            if matches_all_words(
                text,
                r.event.title,
                r.network_name,
                r.event.place,
                r.event.speaker,
                r.event.topic,
                r.event.notes,
            )
        ]
        return hits[:limit]

    def event(self, event_id: int) -> EventDetails:
        with self.db.read() as session:
            repo = Repository(session)
            event = repo.get(m.Event, event_id, "event")
            network = repo.get(m.Network, event.network_id) if event.network_id else None
            return EventDetails(event, network, repo.encounters_at(event_id))

    def repeat_plan(self, network_or_event: str | int) -> RepeatPlan:
        """Repeat last event: the next event of a network (by name, or the network of
        the event with that number) and the people who usually come."""
        with self.db.read() as session:
            repo = Repository(session)
            network = self._network_of(repo, network_or_event)
            assert network.id is not None
            history = repo.events(network.id)  # newest first
            if not history:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "The network {name} has no event to repeat yet."),
                    name=network.name,
                )
            recent = history[:RECENT_EVENTS]
            met = [repo.encounters_at(e.id or 0) for e in recent]
        people = {c.id: c for rows in met for _enc, c in rows if c.id and c.deleted_at is None}
        attendance = [[c.id for _enc, c in rows if c.id in people and c.id] for rows in met]
        found = [(people[r.contact_id], r) for r in regulars(attendance)]
        found.sort(key=lambda pair: german_key(pair[0].display_name))
        last = history[0]
        interval = usual_interval([e.start for e in recent], self.zone)
        start = next_start(last.start, interval, local_today(self.clock, self.zone), self.zone)
        event = m.Event(
            network_id=network.id,
            title=last.title,
            start=start,
            end=start + (last.end - last.start),
            place=last.place,
            kind=last.kind,
        )
        return RepeatPlan(network, last, event, interval, found)

    @staticmethod
    def _network_of(repo: Repository, network_or_event: str | int) -> m.Network:
        text = str(network_or_event).strip().lstrip("#")
        if text.isdigit():
            event = repo.get(m.Event, int(text), "event")
            if event.network_id is None:
                raise ValidationError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "This event belongs to no network, so there is nothing to repeat."
                    )
                )
            return repo.get(m.Network, event.network_id)
        network = repo.network_by_name(text) if text else None
        if network is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "There is no network called {name}."), name=text
            )
        return network

    def record_met(self, event_id: int, contact_ids: Sequence[int]) -> int:
        """Record everyone ticked as met at the event, in one transaction, with the
        follow-ups planned as for anyone captured. Returns how many were new there."""
        now = self.clock.now()
        added = 0
        with self.db.write() as session:
            repo = Repository(session)
            repo.get(m.Event, event_id, "event")
            for contact_id in dict.fromkeys(contact_ids):
                repo.contact(contact_id)
                if repo.encounter(event_id, contact_id) is not None:
                    continue
                encounter = repo.add(
                    m.Encounter(event_id=event_id, contact_id=contact_id, created_at=now)
                )
                added += 1
                if self.followups is not None:
                    self.followups.plan_for_encounter(session, encounter, now)
            repo.reindex(list(contact_ids))
        return added

    # --- encounters ------------------------------------------------------------

    def record_encounter(self, event_id: int, contact_id: int, **fields: object) -> m.Encounter:
        """Log that a contact was met at an event; a second call updates the same record."""
        with self.db.write() as session:
            return self.record_encounter_in(session, event_id, contact_id, **fields)

    def record_encounter_in(
        self, session: Session, event_id: int, contact_id: int, **fields: object
    ) -> m.Encounter:
        """``record_encounter`` inside the caller's transaction (a scanned card: the
        contact, its photo and the encounter are stored together or not at all)."""
        unknown = set(fields) - set(ENCOUNTER_FIELDS)
        if unknown:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Unknown encounter fields: {fields}."),
                fields=", ".join(sorted(unknown)),
            )
        now = self.clock.now()
        repo = Repository(session)
        repo.get(m.Event, event_id, "event")
        repo.contact(contact_id)
        encounter = repo.encounter(event_id, contact_id)
        if encounter is None:
            encounter = repo.add(
                m.Encounter(event_id=event_id, contact_id=contact_id, created_at=now)
            )
        for name, value in fields.items():
            setattr(encounter, name, value)
        repo.reindex([contact_id])
        if self.followups is not None:
            # Same transaction: an encounter never exists without its follow-ups.
            self.followups.plan_for_encounter(session, encounter, now)
        return encounter

    def capture_person(
        self,
        event_id: int,
        name: str,
        pitch: str = "",
        contact_id: int | None = None,
        salutation: m.Salutation | None = None,
        address_form: m.AddressForm | None = None,
    ) -> m.Encounter:
        """Roster capture: a name and a one-line pitch become a contact met at the event.

        With ``contact_id`` a known person is linked instead of creating a second one.
        ``salutation`` and ``address_form`` are stored when given (None: left as they
        are; a new person's Sie/Du then follows the network's default).
        """
        if contact_id is None:
            if not name.strip():
                raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Type a name first."))
            with self.db.read() as session:
                event = Repository(session).get(m.Event, event_id, "event")
            contact = new_contact(name, source=m.Source.EVENT_CAPTURE)
            contact.gdpr_note = f"Met at “{event.title}” on {event.start.date().isoformat()}"
            with self.db.write() as session:
                repo = Repository(session)
                repo.add(prepare_new(contact, self.clock.now()))
                assert contact.id is not None
                contact_id = contact.id
        if salutation is not None or address_form is not None:
            with self.db.write() as session:
                contact = Repository(session).contact(contact_id)
                if salutation is not None:
                    contact.salutation = m.Salutation(salutation)
                if address_form is not None:
                    contact.address_form = m.AddressForm(address_form)
        fields: dict[str, object] = {"pitch": pitch.strip()} if pitch.strip() else {}
        return self.record_encounter(event_id, contact_id, **fields)

    def remove_encounter(self, event_id: int, contact_id: int) -> None:
        with self.db.write() as session:
            repo = Repository(session)
            encounter = repo.encounter(event_id, contact_id)
            if encounter is None:
                raise NotFoundError(
                    QT_TRANSLATE_NOOP("Errors", "That person is not recorded at this event.")
                )
            repo.delete(encounter)
            repo.reindex([contact_id])
