"""Queries and writes, one method each; the services never see SQL or sessions' API.

A ``Repository`` lives for one transaction (``Database.read()`` / ``write()``).
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any, TypeVar

from sqlalchemy import func, select, type_coerce, update
from sqlalchemy.orm import Session, undefer

from netzwerk_app.domain import model as m
from netzwerk_app.domain.errors import QT_TRANSLATE_NOOP, NotFoundError
from netzwerk_app.domain.search import SearchDocument, search_document
from netzwerk_app.storage import contact_rows, search_index
from netzwerk_app.storage.schema import (
    UTCDateTime,
    consistency_notes,
    contacts,
    encounters,
    events,
    followups,
    map_entities,
    merge_log,
    networks,
    one_to_ones,
    referrals,
)

map_entities()

E = TypeVar("E")

# German order (storage.db registers de_key): Bärbel next to Barbara, ß as ss.
_CONTACT_SORT = {
    "name": func.de_key(contacts.c.formatted_name),
    "surname": func.de_surname_key(
        contacts.c.family_name, contacts.c.given_name, contacts.c.formatted_name
    ),
    "organization": func.de_key(contacts.c.organization),
    "created": contacts.c.created_at,
}


# One whole sentence per kind of record, so that each can be translated as a whole.
_MISSING = {
    "record": QT_TRANSLATE_NOOP("Errors", "There is no record with the number {number}."),
    "contact": QT_TRANSLATE_NOOP("Errors", "There is no contact with the number {number}."),
    "event": QT_TRANSLATE_NOOP("Errors", "There is no event with the number {number}."),
    "merge": QT_TRANSLATE_NOOP("Errors", "There is no merge with the number {number}."),
    "one-to-one": QT_TRANSLATE_NOOP("Errors", "There is no one-to-one with the number {number}."),
    "referral": QT_TRANSLATE_NOOP("Errors", "There is no referral with the number {number}."),
    "consistency note": QT_TRANSLATE_NOOP(
        "Errors", "There is no consistency note with the number {number}."
    ),
}


class Repository:
    def __init__(self, session: Session) -> None:
        self.session = session

    # --- generic ---------------------------------------------------------------

    def add(self, entity: E) -> E:
        self.session.add(entity)
        self.session.flush()
        return entity

    def add_all(self, entities: Iterable[Any]) -> None:
        self.session.add_all(list(entities))
        self.session.flush()

    def get(self, cls: type[E], entity_id: int, what: str = "record") -> E:
        entity = self.session.get(cls, entity_id)
        if entity is None:
            raise NotFoundError(_MISSING.get(what, _MISSING["record"]), number=entity_id)
        return entity

    def delete(self, entity: Any) -> None:
        self.session.delete(entity)
        self.session.flush()

    def flush(self) -> None:
        self.session.flush()

    def raw(self) -> sqlite3.Connection:
        """The DB-API connection of this transaction (for the FTS index)."""
        conn = self.session.connection().connection.driver_connection
        assert isinstance(conn, sqlite3.Connection)
        return conn

    # --- an import's bulk writes (see contact_rows) ---------------------------------

    def insert_new_contacts(self, new: Sequence[m.Contact]) -> None:
        """Insert contacts in no session yet, in one go, and give each its id."""
        contact_rows.insert_new_contacts(self.session, new)

    def index_documents(self, docs: Iterable[SearchDocument]) -> None:
        """Put these search documents in the index, replacing the contacts' old ones."""
        search_index.replace_documents(self.raw(), docs)

    def contacts_mark(self) -> tuple[Any, ...]:
        """A fingerprint of the contacts that changes with any add, edit or trash."""
        self.session.flush()
        return contact_rows.contacts_mark(self.session)

    def forget_loaded(self) -> None:
        """Drop the objects loaded so far from memory (written ones stay written)."""
        self.session.expunge_all()

    # --- contacts --------------------------------------------------------------

    def contact(self, contact_id: int, with_photo: bool = False) -> m.Contact:
        opts = [undefer(m.Contact.photo)] if with_photo else []  # type: ignore[arg-type]
        contact = self.session.get(m.Contact, contact_id, options=opts)
        if contact is None:
            raise NotFoundError(_MISSING["contact"], number=contact_id)
        return contact

    def contacts(
        self,
        include_deleted: bool = False,
        only_deleted: bool = False,
        sort: str = "name",
        offset: int = 0,
        limit: int | None = None,
        ids: Sequence[int] | None = None,
        with_photo: bool = False,
    ) -> list[m.Contact]:
        stmt = select(m.Contact)
        if with_photo:
            stmt = stmt.options(undefer(m.Contact.photo))  # type: ignore[arg-type]
        if only_deleted:
            stmt = stmt.where(contacts.c.deleted_at.is_not(None))
        elif not include_deleted:
            stmt = stmt.where(contacts.c.deleted_at.is_(None))
        if ids is not None:
            stmt = stmt.where(contacts.c.id.in_(list(ids)))
        stmt = stmt.order_by(_CONTACT_SORT.get(sort, _CONTACT_SORT["name"]), contacts.c.id)
        stmt = stmt.offset(offset)
        if limit is not None:
            stmt = stmt.limit(limit)
        return list(self.session.scalars(stmt))

    def count_contacts(self, include_deleted: bool = False, only_deleted: bool = False) -> int:
        stmt = select(func.count()).select_from(contacts)
        if only_deleted:
            stmt = stmt.where(contacts.c.deleted_at.is_not(None))
        elif not include_deleted:
            stmt = stmt.where(contacts.c.deleted_at.is_(None))
        return int(self.session.scalar(stmt) or 0)

    def set_deleted(self, contact_ids: Sequence[int], when: datetime | None) -> int:
        result = self.session.execute(
            update(contacts).where(contacts.c.id.in_(list(contact_ids))).values(deleted_at=when)
        )
        self.session.expire_all()
        return int(getattr(result, "rowcount", 0) or 0)

    def name_index(self) -> list[tuple[int, str, str]]:
        stmt = select(contacts.c.id, contacts.c.formatted_name, contacts.c.organization).where(
            contacts.c.deleted_at.is_(None)
        )
        return [(int(i), name, org) for i, name, org in self.session.execute(stmt)]

    def contact_creation_times(self, since: datetime) -> list[tuple[int, datetime]]:
        """(id, created_at) of contacts added since ``since`` — columns only, no objects."""
        created = type_coerce(contacts.c.created_at, UTCDateTime)
        stmt = select(contacts.c.id, created).where(
            contacts.c.created_at >= since, contacts.c.deleted_at.is_(None)
        )
        return [(int(i), at) for i, at in self.session.execute(stmt)]

    def first_done_followups(self, contact_ids: Sequence[int]) -> dict[int, datetime]:
        """The earliest completed follow-up of each contact."""
        done = type_coerce(func.min(followups.c.done_at), UTCDateTime)
        stmt = (
            select(followups.c.contact_id, done)
            .where(followups.c.status == m.FollowUpStatus.DONE.value)
            .group_by(followups.c.contact_id)
        )
        wanted = set(contact_ids)
        return {cid: at for cid, at in self.session.execute(stmt) if cid in wanted and at}

    def trashed_before(self, when: datetime) -> list[int]:
        stmt = select(contacts.c.id).where(
            contacts.c.deleted_at.is_not(None), contacts.c.deleted_at < when
        )
        return [int(i) for i in self.session.scalars(stmt)]

    def last_met(self, contact_ids: Sequence[int]) -> dict[int, datetime]:
        stmt = (
            select(encounters.c.contact_id, type_coerce(func.max(events.c.start), UTCDateTime))
            .join(events, events.c.id == encounters.c.event_id)
            .where(encounters.c.contact_id.in_(list(contact_ids)))
            .group_by(encounters.c.contact_id)
        )
        return {contact_id: start for contact_id, start in self.session.execute(stmt)}

    def reindex(self, contact_ids: Iterable[int]) -> None:
        """Rebuild the search documents of these contacts from their current data."""
        ids = sorted(set(contact_ids))
        if not ids:
            return
        self.session.flush()
        by_contact: dict[int, list[m.Encounter]] = {i: [] for i in ids}
        for enc in self.session.scalars(
            select(m.Encounter).where(encounters.c.contact_id.in_(ids))
        ):
            by_contact[enc.contact_id].append(enc)
        docs = [
            search_document(c, by_contact[c.id])
            for c in self.contacts(True, ids=ids)
            if c.id is not None
        ]
        search_index.replace_documents(self.raw(), docs)

    def contact_keys(
        self,
    ) -> list[tuple[int, str, str, str, list[m.Email], list[m.Phone], list[m.Url]]]:
        """id, name, organisation, UID, e-mails, phones and URLs of every contact not in
        the trash: what duplicate detection needs, without loading whole contacts."""
        c = contacts.c
        stmt = select(
            c.id, c.formatted_name, c.organization, c.uid, c.emails, c.phones, c.urls
        ).where(c.deleted_at.is_(None))
        return [tuple(row) for row in self.session.execute(stmt)]

    def contact_names(self) -> list[tuple[int, str, str, str, str, list[m.Url]]]:
        """id, formatted, given and family name, organisation and URLs of every contact
        not in the trash: what matching a LinkedIn connection by name needs."""
        c = contacts.c
        stmt = select(
            c.id, c.formatted_name, c.given_name, c.family_name, c.organization, c.urls
        ).where(c.deleted_at.is_(None))
        return [tuple(row) for row in self.session.execute(stmt)]

    def encounters_of_many(
        self, contact_ids: Sequence[int]
    ) -> dict[int, list[tuple[m.Encounter, m.Event]]]:
        """Encounters with their events for many contacts at once (for exports)."""
        out: dict[int, list[tuple[m.Encounter, m.Event]]] = {i: [] for i in contact_ids}
        stmt = (
            select(m.Encounter, m.Event)
            .join(m.Event, events.c.id == encounters.c.event_id)
            .where(encounters.c.contact_id.in_(list(contact_ids)))
            .order_by(events.c.start)
        )
        for enc, ev in self.session.execute(stmt):
            out.setdefault(enc.contact_id, []).append((enc, ev))
        return out

    def notes_and_followups_of_many(
        self, contact_ids: Sequence[int]
    ) -> tuple[dict[int, list[m.ConsistencyNote]], dict[int, list[m.FollowUp]]]:
        """Consistency notes and follow-ups of many contacts at once (for full exports)."""
        ids = list(contact_ids)
        notes: dict[int, list[m.ConsistencyNote]] = {}
        stmt_n = select(m.ConsistencyNote).where(consistency_notes.c.contact_id.in_(ids))
        for note in self.session.scalars(stmt_n.order_by(consistency_notes.c.id)):
            notes.setdefault(note.contact_id or 0, []).append(note)
        due: dict[int, list[m.FollowUp]] = {}
        stmt_f = select(m.FollowUp).where(followups.c.contact_id.in_(ids))
        for f in self.session.scalars(stmt_f.order_by(followups.c.due_at, followups.c.id)):
            due.setdefault(f.contact_id, []).append(f)
        return notes, due

    # --- merges made by imports --------------------------------------------------

    def merge_record(self, merge_id: int) -> m.MergeRecord:
        return self.get(m.MergeRecord, merge_id, "merge")

    def merges_of(self, contact_id: int) -> list[m.MergeRecord]:
        return self._children(m.MergeRecord, merge_log.c.contact_id, contact_id, merge_log.c.id)

    # --- children of a contact ---------------------------------------------------

    def _children(self, cls: type[E], column: Any, contact_id: int, order: Any) -> list[E]:
        return list(self.session.scalars(select(cls).where(column == contact_id).order_by(order)))

    def encounters_of(self, contact_id: int) -> list[tuple[m.Encounter, m.Event]]:
        stmt = (
            select(m.Encounter, m.Event)
            .join(m.Event, events.c.id == encounters.c.event_id)
            .where(encounters.c.contact_id == contact_id)
            .order_by(events.c.start.desc())
        )
        return [(enc, ev) for enc, ev in self.session.execute(stmt)]

    def followups_of(self, contact_id: int) -> list[m.FollowUp]:
        return self._children(m.FollowUp, followups.c.contact_id, contact_id, followups.c.due_at)

    def consistency_notes_of(self, contact_id: int | None) -> list[m.ConsistencyNote]:
        t = consistency_notes
        column = t.c.contact_id
        stmt = select(m.ConsistencyNote)
        stmt = stmt.where(column.is_(None) if contact_id is None else column == contact_id)
        return list(self.session.scalars(stmt.order_by(t.c.id)))

    def referrals_of(self, contact_id: int) -> list[m.Referral]:
        return self._children(
            m.Referral, referrals.c.contact_id, contact_id, referrals.c.referred_on
        )

    def one_to_ones_of(self, contact_id: int) -> list[m.OneToOne]:
        return self._children(
            m.OneToOne, one_to_ones.c.contact_id, contact_id, one_to_ones.c.scheduled_at
        )

    # --- networks and events -----------------------------------------------------

    def network_by_name(self, name: str) -> m.Network | None:
        stmt = select(m.Network).where(func.lower(networks.c.name) == name.strip().lower())
        return self.session.scalars(stmt).first()

    def networks(self) -> list[m.Network]:
        return list(self.session.scalars(select(m.Network).order_by(func.de_key(networks.c.name))))

    def events(self, network_id: int | None = None) -> list[m.Event]:
        stmt = select(m.Event).order_by(events.c.start.desc())
        if network_id is not None:
            stmt = stmt.where(events.c.network_id == network_id)
        return list(self.session.scalars(stmt))

    def encounter_counts(self) -> dict[int, int]:
        stmt = select(encounters.c.event_id, func.count()).group_by(encounters.c.event_id)
        return {event_id: int(count) for event_id, count in self.session.execute(stmt)}

    def encounters_at(self, event_id: int) -> list[tuple[m.Encounter, m.Contact]]:
        stmt = (
            select(m.Encounter, m.Contact)
            .join(m.Contact, contacts.c.id == encounters.c.contact_id)
            .where(encounters.c.event_id == event_id)
            .order_by(encounters.c.id)
        )
        return [(enc, c) for enc, c in self.session.execute(stmt)]

    def encounter(self, event_id: int, contact_id: int) -> m.Encounter | None:
        stmt = select(m.Encounter).where(
            encounters.c.event_id == event_id, encounters.c.contact_id == contact_id
        )
        return self.session.scalars(stmt).first()

    def followups(self, statuses: Sequence[m.FollowUpStatus] | None = None) -> list[m.FollowUp]:
        stmt = select(m.FollowUp).order_by(followups.c.due_at)
        if statuses is not None:
            stmt = stmt.where(followups.c.status.in_([s.value for s in statuses]))
        return list(self.session.scalars(stmt))

    def my_card(self) -> m.MyCard | None:
        return self.session.scalars(select(m.MyCard)).first()

    def templates(self) -> list[m.Template]:
        return list(self.session.scalars(select(m.Template)))
