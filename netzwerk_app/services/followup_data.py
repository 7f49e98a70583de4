"""What the follow-up engine hands out: queue items, drafts with their checks, quota.

Kept apart from ``services.followups`` (the engine) so that the GUI, the CLI and the
calendar export can share these types without the engine's internals.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from netzwerk_app.domain import followups as rules
from netzwerk_app.domain import model as m
from netzwerk_app.domain.drafts import Draft
from netzwerk_app.domain.lint import Finding
from netzwerk_app.services.templates import shipped_templates
from netzwerk_app.storage.followup_queries import FollowUpQueries


@dataclass(frozen=True)
class DraftView:
    """A draft with everything the writer's screen shows: count, limit, warnings."""

    followup_id: int
    draft: Draft | None  # None: this kind sends nothing (follow, review website)
    findings: tuple[Finding, ...] = ()
    edited: bool = False  # the text is the user's saved version

    @property
    def problems(self) -> list[str]:
        return self.draft.problems() if self.draft else []

    @property
    def ready(self) -> bool:
        return self.draft is not None and self.draft.ready


@dataclass(frozen=True)
class QueueItem:
    followup: m.FollowUp
    contact_name: str
    event_title: str
    network: str
    due: datetime  # the snooze time for a snoozed follow-up
    overdue: bool  # due before today (and not just logged late today)
    draft: DraftView
    profile_url: str | None  # safe to open (https on LinkedIn/XING)
    email: str | None
    personal_note: bool | None  # spend a LinkedIn note on this one? None: not a LinkedIn request
    # No profile on record: the people search on LinkedIn (and on XING) for name and org.
    search_url: str | None = None
    xing_search_url: str | None = None
    # Connect without a note now; the draft is the thank-you sent once connected.
    without_note: bool = False


@dataclass(frozen=True)
class QuotaStatus:
    quota: int | None  # None: no monthly limit (Premium)
    used: int
    remaining: int | None


@dataclass(frozen=True)
class Queue:
    at: datetime
    items: list[QueueItem]
    losing_touch: list[rules.LosingTouch]
    quota: QuotaStatus


@dataclass(frozen=True)
class PlanSummary:
    birthdays: int = 0
    reviews: int = 0
    welcomes: int = 0


def split_email(stored: str) -> tuple[str, str]:
    """E-mail drafts are stored as subject line, blank line, body."""
    subject, _, body = stored.partition("\n\n")
    return subject.strip(), body


@dataclass
class DraftData:
    """What drafting a batch of follow-ups needs, loaded in a few queries."""

    contacts: dict[int, m.Contact]
    encounters: dict[int, tuple[m.Encounter, m.Event, str]]
    at_event: dict[tuple[int, int], tuple[m.Encounter, m.Event, str] | None]
    events: dict[int, tuple[m.Event, str] | None]
    templates: list[m.Template]
    me: m.MyCard | None
    networks: dict[int, m.Network] = field(default_factory=dict)  # by id: their defaults

    @classmethod
    def load(cls, q: FollowUpQueries, followups: Iterable[m.FollowUp]) -> DraftData:
        items = list(followups)
        ids = [f.contact_id for f in items]
        at_event = {
            (f.event_id, f.contact_id): q.encounter_at(f.event_id, f.contact_id)
            for f in items
            if f.event_id is not None
        }
        events = {
            f.event_id: q.event_and_network(f.event_id)
            for f in items
            if f.event_id is not None and at_event.get((f.event_id, f.contact_id)) is None
        }
        latest = q.latest_encounters(ids)
        rows = [*latest.values(), *(r for r in at_event.values() if r)]
        found = [r[1] for r in rows] + [e[0] for e in events.values() if e]
        network_ids = [e.network_id for e in found if e.network_id is not None]
        return cls(
            q.contacts_by_id(ids),
            latest,
            at_event,
            events,
            [*shipped_templates(), *q.user_templates()],
            q.my_card(),
            q.networks_by_id(network_ids),
        )

    def _row(self, f: m.FollowUp) -> tuple[m.Encounter, m.Event, str] | None:
        if f.event_id is not None:
            return self.at_event.get((f.event_id, f.contact_id))
        return self.encounters.get(f.contact_id)

    def encounter_of(self, f: m.FollowUp) -> m.Encounter | None:
        row = self._row(f)
        return row[0] if row else None

    def network_of(self, event: m.Event | None) -> m.Network | None:
        if event is None or event.network_id is None:
            return None
        return self.networks.get(event.network_id)

    def event_of(self, f: m.FollowUp) -> tuple[m.Event | None, str]:
        row = self._row(f)
        if row:
            return row[1], row[2]
        only = self.events.get(f.event_id) if f.event_id is not None else None
        return (only[0], only[1]) if only else (None, "")
