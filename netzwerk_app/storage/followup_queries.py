"""Queries of the follow-up engine: open follow-ups, interactions, birthdays, quota.

Kept beside ``Repository`` (same session, same habits) so that the follow-up use
cases do not crowd the general repository.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy import func, select, type_coerce
from sqlalchemy.orm import Session

from netzwerk_app.domain import model as m
from netzwerk_app.storage.schema import (
    UTCDateTime,
    consistency_notes,
    contacts,
    encounters,
    events,
    followups,
    map_entities,
    networks,
    one_to_ones,
    referrals,
)

map_entities()

_OPEN = [m.FollowUpStatus.PENDING.value, m.FollowUpStatus.SNOOZED.value]


class FollowUpQueries:
    def __init__(self, session: Session) -> None:
        self.session = session

    def followup(self, followup_id: int) -> m.FollowUp | None:
        return self.session.get(m.FollowUp, followup_id)

    def of_contacts(self, contact_ids: Sequence[int]) -> list[m.FollowUp]:
        """Every follow-up (any status) of these contacts: the idempotency check needs all."""
        stmt = select(m.FollowUp).where(followups.c.contact_id.in_(list(contact_ids)))
        return list(self.session.scalars(stmt.order_by(followups.c.id)))

    def open_followups(self, include_trashed: bool = False) -> list[m.FollowUp]:
        stmt = (
            select(m.FollowUp)
            .join(contacts, contacts.c.id == followups.c.contact_id)
            .where(followups.c.status.in_(_OPEN))
        )
        if not include_trashed:
            stmt = stmt.where(contacts.c.deleted_at.is_(None))
        return list(self.session.scalars(stmt.order_by(followups.c.due_at, followups.c.id)))

    def contacts_by_id(self, contact_ids: Sequence[int]) -> dict[int, m.Contact]:
        stmt = select(m.Contact).where(contacts.c.id.in_(list(set(contact_ids))))
        return {c.id: c for c in self.session.scalars(stmt) if c.id is not None}

    def latest_encounters(
        self, contact_ids: Sequence[int]
    ) -> dict[int, tuple[m.Encounter, m.Event, str]]:
        """Each contact's most recent encounter with its event and network name."""
        stmt = (
            select(m.Encounter, m.Event, networks.c.name)
            .join(m.Event, events.c.id == encounters.c.event_id)
            .outerjoin(networks, networks.c.id == events.c.network_id)
            .where(encounters.c.contact_id.in_(list(set(contact_ids))))
            .order_by(events.c.start)
        )
        result: dict[int, tuple[m.Encounter, m.Event, str]] = {}
        for enc, ev, network in self.session.execute(stmt):
            result[enc.contact_id] = (enc, ev, network or "")
        return result

    def encounter_at(
        self, event_id: int, contact_id: int
    ) -> tuple[m.Encounter, m.Event, str] | None:
        stmt = (
            select(m.Encounter, m.Event, networks.c.name)
            .join(m.Event, events.c.id == encounters.c.event_id)
            .outerjoin(networks, networks.c.id == events.c.network_id)
            .where(encounters.c.event_id == event_id, encounters.c.contact_id == contact_id)
        )
        row = self.session.execute(stmt).first()
        return None if row is None else (row[0], row[1], row[2] or "")

    def networks_by_id(self, ids: Sequence[int]) -> dict[int, m.Network]:
        """These networks (their Sie/Du and language defaults for the drafts)."""
        if not ids:
            return {}
        stmt = select(m.Network).where(networks.c.id.in_(list(set(ids))))
        return {n.id: n for n in self.session.scalars(stmt) if n.id is not None}

    def event_and_network(self, event_id: int) -> tuple[m.Event, str] | None:
        stmt = (
            select(m.Event, networks.c.name)
            .outerjoin(networks, networks.c.id == events.c.network_id)
            .where(events.c.id == event_id)
        )
        row = self.session.execute(stmt).first()
        return None if row is None else (row[0], row[1] or "")

    def keep_in_touch_contacts(self) -> list[m.Contact]:
        stmt = select(m.Contact).where(
            contacts.c.keep_in_touch_days.is_not(None),
            contacts.c.keep_in_touch_days > 0,
            contacts.c.deleted_at.is_(None),
        )
        return list(self.session.scalars(stmt))

    def connected_on_linkedin_since(self, cutoff: date) -> list[tuple[int, date]]:
        """(contact id, connected on) of LinkedIn connections made since ``cutoff``."""
        stmt = select(contacts.c.id, contacts.c.linkedin_connected_on).where(
            contacts.c.linkedin_state == m.RelationshipState.CONNECTED.value,
            contacts.c.linkedin_connected_on >= cutoff,
            contacts.c.deleted_at.is_(None),
        )
        return [(int(i), on) for i, on in self.session.execute(stmt)]

    def birthday_contacts(self) -> list[m.Contact]:
        """Personally known contacts with a birthday; the rule checks the day."""
        stmt = select(m.Contact).where(
            contacts.c.personally_known.is_(True),
            contacts.c.birthday.is_not(None),
            contacts.c.deleted_at.is_(None),
        )
        return list(self.session.scalars(stmt))

    def newly_met_without_note(self, since: datetime) -> list[tuple[m.Contact, datetime]]:
        """Contacts whose first encounter was logged since ``since``, with that time,
        who have no consistency note yet."""
        noted = select(consistency_notes.c.contact_id).where(
            consistency_notes.c.contact_id.is_not(None)
        )
        first = type_coerce(func.min(encounters.c.created_at), UTCDateTime)
        stmt = (
            select(m.Contact, first)
            .join(encounters, encounters.c.contact_id == contacts.c.id)
            .where(contacts.c.deleted_at.is_(None), contacts.c.id.not_in(noted))
            .group_by(contacts.c.id)
            .having(first >= type_coerce(since, UTCDateTime))
        )
        return [(c, logged) for c, logged in self.session.execute(stmt) if logged is not None]

    def has_consistency_note(self, contact_id: int) -> bool:
        stmt = select(func.count()).where(consistency_notes.c.contact_id == contact_id)
        return bool(self.session.scalar(stmt))

    def interactions(self, contact_ids: Sequence[int]) -> dict[int, list[datetime | date]]:
        """Every interaction that restarts the keep-in-touch clock, per contact.

        Encounters (the event's start), completed follow-ups, one-to-ones held,
        referrals given or received (a date).
        """
        ids = list(set(contact_ids))
        found: dict[int, list[datetime | date]] = defaultdict(list)
        queries = [
            select(encounters.c.contact_id, type_coerce(func.max(events.c.start), UTCDateTime))
            .join(events, events.c.id == encounters.c.event_id)
            .where(encounters.c.contact_id.in_(ids))
            .group_by(encounters.c.contact_id),
            select(followups.c.contact_id, type_coerce(func.max(followups.c.done_at), UTCDateTime))
            .where(
                followups.c.contact_id.in_(ids),
                followups.c.status == m.FollowUpStatus.DONE.value,
            )
            .group_by(followups.c.contact_id),
            select(
                one_to_ones.c.contact_id,
                type_coerce(func.max(one_to_ones.c.scheduled_at), UTCDateTime),
            )
            .where(
                one_to_ones.c.contact_id.in_(ids),
                one_to_ones.c.status == m.OneToOneStatus.HELD.value,
            )
            .group_by(one_to_ones.c.contact_id),
        ]
        for stmt in queries:
            for contact_id, moment in self.session.execute(stmt):
                if moment is not None:
                    found[contact_id].append(moment)
        stmt_ref = (
            select(referrals.c.contact_id, func.max(referrals.c.referred_on))
            .where(referrals.c.contact_id.in_(ids))
            .group_by(referrals.c.contact_id)
        )
        for contact_id, day in self.session.execute(stmt_ref):
            if day is not None:
                found[contact_id].append(date.fromisoformat(str(day)))
        return found

    def notes_sent_since(self, since: datetime) -> int:
        """LinkedIn connection requests marked sent since ``since`` (the monthly quota)."""
        stmt = select(func.count()).where(
            followups.c.kind == m.FollowUpKind.CONNECTION_REQUEST.value,
            followups.c.channel == m.Channel.LINKEDIN.value,
            followups.c.status == m.FollowUpStatus.DONE.value,
            followups.c.done_at >= type_coerce(since, UTCDateTime),
            followups.c.drafted_message != "",
        )
        return int(self.session.scalar(stmt) or 0)

    def with_open_approach(self, contact_ids: Sequence[int]) -> set[int]:
        """Which of these contacts have an open connection request or "follow instead"."""
        kinds = [m.FollowUpKind.CONNECTION_REQUEST.value, m.FollowUpKind.FOLLOW_INSTEAD.value]
        stmt = select(followups.c.contact_id).where(
            followups.c.contact_id.in_(list(contact_ids)),
            followups.c.kind.in_(kinds),
            followups.c.status.in_(_OPEN),
        )
        return {int(i) for i in self.session.scalars(stmt)}

    def activate_thank_yous(self, now: datetime, contact_id: int | None = None) -> int:
        """Waiting thank-yous whose person is now connected on that network become due.

        A request sent without a note keeps its personal text as a thank-you; it is
        due from the moment a ``Connections.csv`` import (or the user) marks the
        contact connected. ``contact_id``: only that contact's.
        """
        stmt = select(m.FollowUp).where(followups.c.status == m.FollowUpStatus.WAITING.value)
        if contact_id is not None:
            stmt = stmt.where(followups.c.contact_id == contact_id)
        waiting = list(self.session.scalars(stmt))
        if not waiting:
            return 0
        people = self.contacts_by_id([f.contact_id for f in waiting])
        count = 0
        for f in waiting:
            contact = people.get(f.contact_id)
            if contact is None or contact.deleted_at is not None:
                continue
            platform = m.Platform.XING if f.channel is m.Channel.XING else m.Platform.LINKEDIN
            if contact.relationship_state(platform) is m.RelationshipState.CONNECTED:
                f.status, f.due_at, count = m.FollowUpStatus.PENDING, now, count + 1
        return count

    def user_templates(self) -> list[m.Template]:
        return list(self.session.scalars(select(m.Template)))

    def my_card(self) -> m.MyCard | None:
        return self.session.scalars(select(m.MyCard)).first()
