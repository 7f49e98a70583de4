"""The follow-up engine: plan, queue, draft, and act — the next-morning habit.

Planning (after an encounter, an acceptance, and the daily round) lives in
``services.followup_planning.FollowUpPlanner``; this class adds the morning queue,
the drafts and what the user does with them (mark sent, snooze, skip).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime

from sqlalchemy.orm import Session

from netzwerk_app.domain import followups as rules
from netzwerk_app.domain import model as m
from netzwerk_app.domain.drafts import Draft, context_for, write_draft
from netzwerk_app.domain.errors import QT_TRANSLATE_NOOP, NotFoundError, ValidationError
from netzwerk_app.domain.links import profile_url_to_open
from netzwerk_app.domain.lint import Finding, lint
from netzwerk_app.services.followup_data import (
    DraftData,
    DraftView,
    Queue,
    QueueItem,
    QuotaStatus,
    split_email,
)
from netzwerk_app.services.followup_planning import (
    APPROACH_KINDS,
    WELCOME_WINDOW_DAYS,
    FollowUpPlanner,
)
from netzwerk_app.storage.followup_queries import FollowUpQueries
from netzwerk_app.storage.repository import Repository

__all__ = ["WELCOME_WINDOW_DAYS", "FollowUpService"]

_MESSAGE_KINDS = frozenset(m.FollowUpKind) - {
    m.FollowUpKind.FOLLOW_INSTEAD,
    m.FollowUpKind.REVIEW_WEBSITE,
}
_CHANNEL_PLATFORM = {m.Channel.LINKEDIN: m.Platform.LINKEDIN, m.Channel.XING: m.Platform.XING}


class FollowUpService(FollowUpPlanner):
    """Planning (inherited), the queue, drafts and actions on follow-ups."""

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
            if platform and f.kind in APPROACH_KINDS:
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
