"""The follow-up engine: plan, queue, draft, and act — the next-morning habit.

Planning is idempotent: every follow-up has a key (contact, kind, channel, event,
and the year for birthdays; see ``domain.followups.followup_key``) and a planned
follow-up whose key exists in any status is not stored again. Encounters are
planned from ``EventService.record_encounter`` in its own transaction (the one
place), acceptances from ``on_connection_accepted``, the rest by ``plan_due``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, timedelta, tzinfo

from sqlalchemy.orm import Session

from netzwerk_app.domain import followups as rules
from netzwerk_app.domain import model as m
from netzwerk_app.domain.drafts import ChannelLimits, Draft, context_for, write_draft
from netzwerk_app.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from netzwerk_app.domain.links import profile_url_to_open
from netzwerk_app.domain.lint import Finding, lint
from netzwerk_app.infra.clock import Clock, SystemClock
from netzwerk_app.infra.settings import Settings
from netzwerk_app.infra.timezone import local_zone
from netzwerk_app.services.followup_data import (
    DraftData,
    DraftView,
    PlanSummary,
    Queue,
    QueueItem,
    QuotaStatus,
    split_email,
)
from netzwerk_app.services.templates import TemplateService
from netzwerk_app.storage.db import Database
from netzwerk_app.storage.followup_queries import FollowUpQueries
from netzwerk_app.storage.repository import Repository

# An acceptance older than this (a first import of years of LinkedIn connections)
# only updates the state; a "welcome" months later would be odd.
WELCOME_WINDOW_DAYS = 14
_APPROACH = (m.FollowUpKind.CONNECTION_REQUEST, m.FollowUpKind.FOLLOW_INSTEAD)
_MESSAGE_KINDS = frozenset(m.FollowUpKind) - {
    m.FollowUpKind.FOLLOW_INSTEAD,
    m.FollowUpKind.REVIEW_WEBSITE,
}
_CHANNEL_PLATFORM = {m.Channel.LINKEDIN: m.Platform.LINKEDIN, m.Channel.XING: m.Platform.XING}


class FollowUpService:
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
                if same.status in rules.OPEN_STATUSES and same.kind in _APPROACH:
                    same.kind = item.kind
                continue
            if item.kind in _APPROACH and any(
                f.contact_id == item.contact_id
                and f.channel == item.channel
                and f.kind in _APPROACH
                and f.status in rules.OPEN_STATUSES
                for f in existing
            ):
                continue  # met again before the first request went out: one is enough
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
                if f.channel == channel and f.kind in _APPROACH and f.status in rules.OPEN_STATUSES:
                    rules.mark_done(f, now)
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
            reviews = [
                p
                for c, logged in q.newly_met_without_note(since)
                if (p := rules.plan_review_website(c, False, logged, now))
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

    # --- the queue -------------------------------------------------------------------

    def queue(
        self,
        now: datetime | None = None,
        include_all: bool = False,
        language: m.Language | None = None,
        form: m.AddressForm | None = None,
        plan: bool = True,
    ) -> Queue:
        """Due and overdue follow-ups with their drafts (``include_all``: every open one)."""
        now = self._now(now)
        if plan:
            self.plan_due(now)
        with self.db.read() as session:
            q = FollowUpQueries(session)
            open_ = q.open_followups()
            due = rules.queue_order([f for f in open_ if rules.is_due(f, now)])
            if include_all:
                later = [f for f in open_ if not rules.is_due(f, now)]
                due += sorted(later, key=rules.effective_due)
            quota = self._quota(q, now)
            context = DraftData.load(q, due)
            notes = self._note_suggestions(due, context, quota)
            today_start = rules.day_start(rules.local_date(now, self.zone), self.zone)
            items = []
            for f in due:
                contact = context.contacts[f.contact_id]
                event, network = context.event_of(f)
                view = self._draft_view(context, f, now, language, form)
                items.append(
                    QueueItem(
                        followup=f,
                        contact_name=contact.display_name,
                        event_title=event.title if event else "",
                        network=network,
                        due=rules.effective_due(f),
                        overdue=rules.effective_due(f) < today_start
                        and (f.created_at is None or f.created_at < today_start),
                        draft=view,
                        profile_url=self._profile_url(contact, f.channel),
                        email=contact.emails[0].value if contact.emails else None,
                        personal_note=notes.get(f.id or 0),
                    )
                )
        return Queue(now, items, self.losing_touch(now), quota)

    def _quota(self, q: FollowUpQueries, now: datetime) -> QuotaStatus:
        used = q.notes_sent_since(rules.month_start(now, self.zone))
        if self.settings.linkedin_account == "premium":
            return QuotaStatus(None, used, None)
        quota = self.settings.linkedin_monthly_quota
        return QuotaStatus(quota, used, max(0, quota - used))

    def _note_suggestions(
        self, due: Sequence[m.FollowUp], data: DraftData, quota: QuotaStatus
    ) -> dict[int, bool]:
        linkedin = [
            f
            for f in due
            if f.kind is m.FollowUpKind.CONNECTION_REQUEST and f.channel is m.Channel.LINKEDIN
        ]
        if quota.remaining is None:
            return {f.id or 0: True for f in linkedin}
        candidates = [
            (f.id or 0, rules.conversation_richness(data.encounter_of(f))) for f in linkedin
        ]
        chosen = rules.spend_quota_on(candidates, quota.remaining)
        return {fid: fid in chosen for fid, _ in candidates}

    @staticmethod
    def _profile_url(contact: m.Contact, channel: m.Channel) -> str | None:
        platform = _CHANNEL_PLATFORM.get(channel)
        url = contact.profile_url(platform) if platform else None
        return profile_url_to_open(url, contact) if url else None

    # --- drafts ----------------------------------------------------------------------

    def draft(
        self,
        followup_id: int,
        language: m.Language | None = None,
        form: m.AddressForm | None = None,
        now: datetime | None = None,
        channel: m.Channel | None = None,
    ) -> DraftView:
        """The drafted message: the user's saved text, or a fresh one from the template.

        Asking for another language, address form or channel drafts afresh.
        """
        now = self._now(now)
        with self.db.read() as session:
            f = self._get(session, followup_id)
            data = DraftData.load(FollowUpQueries(session), [f])
            return self._draft_view(data, f, now, language, form, channel)

    def _draft_view(
        self,
        data: DraftData,
        f: m.FollowUp,
        now: datetime,
        language: m.Language | None,
        form: m.AddressForm | None,
        channel: m.Channel | None = None,
        variant: str = "",
    ) -> DraftView:
        contact = data.contacts[f.contact_id]
        event, network = data.event_of(f)
        encounter = data.encounter_of(f)
        context = context_for(
            contact,
            language or m.Language(self.settings.default_language),
            form or m.AddressForm(self.settings.default_address_form),
            rules.local_date(now, self.zone),
            event,
            rules.local_date(event.start, self.zone) if event else None,
            network,
            encounter,
            data.me,
        )
        channel = channel or f.channel
        draft = write_draft(data.templates, f.kind, channel, context, self.limits, variant)
        if draft is None and f.kind is m.FollowUpKind.ANSWER_REQUEST:
            draft = write_draft(data.templates, f.kind, channel, context, self.limits, "ask_why")
        if draft is None:
            return DraftView(f.id or 0, None)
        fresh = language is None and form is None and channel == f.channel and not variant
        edited = bool(f.drafted_message.strip()) and fresh
        if edited:
            if draft.mode == "email":
                draft = draft.with_text(*reversed(split_email(f.drafted_message)))
            else:
                draft = draft.with_text(f.drafted_message)
        return DraftView(f.id or 0, draft, self._findings(draft, f, event, network, edited), edited)

    @staticmethod
    def _findings(
        draft: Draft, f: m.FollowUp, event: m.Event | None, network: str, edited: bool
    ) -> tuple[Finding, ...]:
        return tuple(
            lint(
                draft.body,
                f.kind,
                [event.title if event else "", network],
                draft.own_words,
                draft.template_body,
                untouched_without_hook=(
                    not edited
                    and not draft.hook_used
                    and f.kind is m.FollowUpKind.CONNECTION_REQUEST
                ),
            )
        )

    def check_draft(
        self, followup_id: int, body: str, subject: str = "", now: datetime | None = None
    ) -> DraftView:
        """Count and lint an edited text without saving it (the live counter)."""
        now = self._now(now)
        with self.db.read() as session:
            f = self._get(session, followup_id)
            data = DraftData.load(FollowUpQueries(session), [f])
            view = self._draft_view(data, f, now, None, None)
            if view.draft is None:
                return view
            draft = view.draft.with_text(body, subject if view.draft.mode == "email" else None)
            event, network = data.event_of(f)
            return DraftView(
                view.followup_id, draft, self._findings(draft, f, event, network, True), True
            )

    def save_draft(self, followup_id: int, body: str, subject: str = "") -> None:
        """Keep the user's edited text (work in progress; no checks)."""
        with self.db.write() as session:
            f = self._get(session, followup_id)
            f.drafted_message = f"{subject.strip()}\n\n{body}" if subject.strip() else body

    def mark_ready(
        self, followup_id: int, body: str, subject: str = "", now: datetime | None = None
    ) -> DraftView:
        """Save a draft as ready to send; refused when over the limit or with holes."""
        view = self.check_draft(followup_id, body, subject, now)
        if view.draft is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "This follow-up has no message to send.")
            )
        problems = view.problems
        if problems:
            raise ValidationError(" ".join(problems))
        mail = view.draft.mode == "email"
        self.save_draft(followup_id, body, subject if mail else "")
        with self.db.write() as session:
            f = self._get(session, followup_id)
            platform = _CHANNEL_PLATFORM.get(f.channel)
            if platform and f.kind is m.FollowUpKind.CONNECTION_REQUEST:
                contact = Repository(session).contact(f.contact_id)
                if contact.relationship_state(platform) is m.RelationshipState.NONE:
                    self._set_state(contact, platform, m.RelationshipState.REQUEST_DRAFTED)
        return view

    # --- acting on a follow-up -------------------------------------------------------

    def mark_done(
        self,
        followup_id: int,
        at: datetime | None = None,
        now: datetime | None = None,
        with_note: bool = True,
    ) -> m.FollowUp:
        """Done (sent, followed, greeted) at ``at``; a sent request moves the contact on.

        The text sent is kept with the follow-up (the history, and the LinkedIn
        quota counts requests sent with a note); ``with_note=False`` records a
        request sent without one.
        """
        at = at or self._now(now)
        with self.db.write() as session:
            f = self._get(session, followup_id)
            if f.kind is m.FollowUpKind.CONNECTION_REQUEST and not with_note:
                f.drafted_message = ""
            elif f.kind in _MESSAGE_KINDS and not f.drafted_message.strip():
                data = DraftData.load(FollowUpQueries(session), [f])
                view = self._draft_view(data, f, at, None, None)
                if view.draft is not None:
                    d = view.draft
                    mail = d.mode == "email" and d.subject
                    f.drafted_message = f"{d.subject}\n\n{d.body}" if mail else d.body
            rules.mark_done(f, at)
            platform = _CHANNEL_PLATFORM.get(f.channel)
            if platform and f.kind in _APPROACH:
                contact = Repository(session).contact(f.contact_id)
                state = (
                    m.RelationshipState.SENT
                    if f.kind is m.FollowUpKind.CONNECTION_REQUEST
                    else m.RelationshipState.FOLLOWING
                )
                if contact.relationship_state(platform) is not m.RelationshipState.CONNECTED:
                    self._set_state(contact, platform, state)
            return f

    def snooze(
        self,
        followup_id: int,
        option: rules.SnoozeOption,
        chosen: date | datetime | None = None,
        now: datetime | None = None,
    ) -> m.FollowUp:
        until = rules.snooze_until(option, self._now(now), self.planning, chosen)
        with self.db.write() as session:
            f = self._get(session, followup_id)
            rules.mark_snoozed(f, until)
            return f

    def skip(self, followup_id: int, reason: str) -> m.FollowUp:
        with self.db.write() as session:
            f = self._get(session, followup_id)
            rules.mark_skipped(f, reason)
            return f

    # --- helpers ---------------------------------------------------------------------

    @staticmethod
    def _get(session: Session, followup_id: int) -> m.FollowUp:
        f = FollowUpQueries(session).followup(followup_id)
        if f is None:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("Errors", "There is no follow-up with the number {number}."),
                number=followup_id,
            )
        return f

    @staticmethod
    def _set_state(contact: m.Contact, platform: m.Platform, state: m.RelationshipState) -> None:
        if platform is m.Platform.LINKEDIN:
            contact.linkedin_state = state
        else:
            contact.xing_state = state
