"""Planning follow-ups: after an encounter, an accepted request, and the daily round.

Planning is idempotent: every follow-up has a key (contact, kind, channel, event,
and the year for birthdays; see ``domain.followups.followup_key``) and a planned
follow-up whose key exists in any status is not stored again. Encounters are
planned from ``EventService.record_encounter`` in its own transaction (the one
place), acceptances from ``on_connection_accepted``, the rest by ``plan_due``.
``FollowUpService`` (services/followups.py) adds the queue, drafts and actions.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta, tzinfo

from sqlalchemy.orm import Session

from netzwerk_app.domain import followups as rules
from netzwerk_app.domain import model as m
from netzwerk_app.domain.drafts import ChannelLimits
from netzwerk_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from netzwerk_app.infra.clock import Clock, SystemClock
from netzwerk_app.infra.settings import Settings
from netzwerk_app.infra.timezone import local_zone
from netzwerk_app.services.followup_data import PlanSummary
from netzwerk_app.services.templates import TemplateService
from netzwerk_app.storage.db import Database
from netzwerk_app.storage.followup_queries import FollowUpQueries
from netzwerk_app.storage.repository import Repository

# An acceptance older than this (a first import of years of LinkedIn connections)
# only updates the state; a "welcome" months later would be odd.
WELCOME_WINDOW_DAYS = 14
APPROACH_KINDS = (m.FollowUpKind.CONNECTION_REQUEST, m.FollowUpKind.FOLLOW_INSTEAD)


class FollowUpPlanner:
    """Configuration and planning; the base of ``FollowUpService``."""

    def __init__(
        self,
        db: Database,
        settings: Settings | None = None,
        zone: tzinfo | None = None,
        clock: Clock | None = None,
    ) -> None:
        self.db = db
        self.settings = settings or Settings()
        self.zone = zone or local_zone(self.settings.time_zone)
        self.clock: Clock = clock or SystemClock()
        self.templates = TemplateService(db)

    # --- configuration ---------------------------------------------------------------

    @property
    def planning(self) -> rules.PlanningRules:
        return rules.PlanningRules(
            self.zone, self.settings.followup_clock, self.settings.skip_weekends
        )

    @property
    def limits(self) -> ChannelLimits:
        s = self.settings
        return ChannelLimits(
            linkedin_note=300 if s.linkedin_account == "premium" else s.linkedin_note_limit,
            xing_note_allowed=s.xing_account == "premium",
            xing_note=s.xing_note_limit,
            message=s.message_limit,
        )

    def _now(self, now: datetime | None) -> datetime:
        value = now or self.clock.now()
        if value.tzinfo is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A time without a time zone cannot be used here.")
            )
        return value

    # --- planning --------------------------------------------------------------------

    def plan_for_encounter(
        self, session: Session, encounter: m.Encounter, now: datetime | None = None
    ) -> list[m.FollowUp]:
        """Plan the requests for someone just met; runs inside the caller's transaction."""
        repo = Repository(session)
        contact = repo.contact(encounter.contact_id)
        event = repo.get(m.Event, encounter.event_id, "event")
        planned = rules.plan_after_encounter(
            contact, encounter, event, self._now(now), self.planning
        )
        return self._store(session, planned, self._now(now))

    def _store(
        self, session: Session, planned: Sequence[rules.PlannedFollowUp], now: datetime
    ) -> list[m.FollowUp]:
        """Add what is not there yet; the one place that enforces "never twice"."""
        if not planned:
            return []
        existing = FollowUpQueries(session).of_contacts([p.contact_id for p in planned])
        by_key = {rules.key_of(f, self.zone): f for f in existing}
        added: list[m.FollowUp] = []
        for item in planned:
            same = by_key.get(rules.key_of(item, self.zone))
            if same is not None:
                # More was captured (or removed) since: switch "follow" <-> "connect".
                if same.status in rules.OPEN_STATUSES and same.kind in APPROACH_KINDS:
                    same.kind = item.kind
                continue
            if item.kind in APPROACH_KINDS and any(
                f.contact_id == item.contact_id
                and f.kind in APPROACH_KINDS
                and (f.status in rules.OPEN_STATUSES or f.event_id == item.event_id)
                for f in existing
            ):
                # One request per person: met again before the first one went out,
                # or this event's request already went out by another channel.
                continue
            followup = item.to_entity(now)
            session.add(followup)
            existing.append(followup)
            by_key[rules.key_of(followup, self.zone)] = followup
            added.append(followup)
        session.flush()
        return added

    def on_connection_accepted(
        self,
        contact_id: int,
        accepted_on: date,
        platform: m.Platform = m.Platform.LINKEDIN,
        now: datetime | None = None,
    ) -> m.FollowUp | None:
        """A request was accepted (by hand or a LinkedIn import): connected, then welcome.

        Open requests on that platform are closed as done. The welcome follow-up is
        planned two days later, unless the acceptance is older than two weeks.
        """
        now = self._now(now)
        channel = m.Channel.LINKEDIN if platform is m.Platform.LINKEDIN else m.Channel.XING
        with self.db.write() as session:
            contact = Repository(session).contact(contact_id)
            if platform is m.Platform.LINKEDIN:
                contact.linkedin_state = m.RelationshipState.CONNECTED
                contact.linkedin_connected_on = accepted_on
            else:
                contact.xing_state = m.RelationshipState.CONNECTED
            contact.updated_at = now
            for f in FollowUpQueries(session).of_contacts([contact_id]):
                if (
                    f.channel == channel
                    and f.kind in APPROACH_KINDS
                    and f.status in rules.OPEN_STATUSES
                ):
                    rules.mark_done(f, now)
            # A request sent without a note kept its text: that thank-you is due now.
            if FollowUpQueries(session).activate_thank_yous(now, contact_id):
                return None
            if (rules.local_date(now, self.zone) - accepted_on).days > WELCOME_WINDOW_DAYS:
                return None
            welcome = rules.plan_welcome(contact_id, accepted_on, now, self.planning, channel)
            added = self._store(session, [welcome], now)
            return added[0] if added else None

    def plan_due(self, now: datetime | None = None) -> PlanSummary:
        """The daily planning: birthdays today, online-presence checks, recent acceptances."""
        now = self._now(now)
        with self.db.write() as session:
            q = FollowUpQueries(session)
            birthdays = [
                p
                for c in q.birthday_contacts()
                if (p := rules.plan_birthday(c, now, self.planning))
            ]
            since = now - timedelta(days=rules.NEW_CONTACT_DAYS)
            q.activate_thank_yous(now)
            met = q.newly_met_without_note(since)
            approached = q.with_open_approach([c.id for c, _ in met if c.id is not None])
            reviews = [
                p
                for c, logged in met
                if (p := rules.plan_review_website(c, False, logged, now, c.id in approached))
            ]
            added = self._store(session, [*birthdays, *reviews], now)
        welcomes = self._welcome_recent_connections(now)
        kinds = [f.kind for f in added]
        return PlanSummary(
            kinds.count(m.FollowUpKind.BIRTHDAY_GREETING),
            kinds.count(m.FollowUpKind.REVIEW_WEBSITE),
            welcomes,
        )

    def _welcome_recent_connections(self, now: datetime) -> int:
        """Connections set by an import that did not call ``on_connection_accepted``."""
        cutoff = rules.local_date(now, self.zone) - timedelta(days=WELCOME_WINDOW_DAYS)
        with self.db.write() as session:
            # Only the recent connections are loaded, not every contact (start-up speed).
            recent = FollowUpQueries(session).connected_on_linkedin_since(cutoff)
            planned = [
                rules.plan_welcome(contact_id, on, now, self.planning) for contact_id, on in recent
            ]
            return len(self._store(session, planned, now))

    def losing_touch(self, now: datetime | None = None) -> list[rules.LosingTouch]:
        """People whose keep-in-touch interval ran out, longest overdue first."""
        now = self._now(now)
        with self.db.read() as session:
            q = FollowUpQueries(session)
            people = q.keep_in_touch_contacts()
            seen = q.interactions([c.id for c in people if c.id is not None])
        result = []
        for contact in people:
            moments = [
                x if isinstance(x, datetime) else rules.day_start(x, self.zone)
                for x in seen.get(contact.id or 0, [])
            ]
            late = rules.losing_touch(contact, rules.latest(moments), now)
            if late is not None:
                result.append(late)
        return sorted(result, key=lambda x: x.due_since)
