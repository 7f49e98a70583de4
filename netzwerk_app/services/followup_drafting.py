"""The morning queue and its drafts: what is due, which text, with or without a note.

The base of ``FollowUpService`` (services/followups.py), which adds what the user
does with a follow-up; planning comes from ``services.followup_planning``.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.orm import Session

from netzwerk_app.domain import followups as rules
from netzwerk_app.domain import model as m
from netzwerk_app.domain.addressing import effective_address_form, effective_language
from netzwerk_app.domain.drafts import Draft, context_for, write_draft
from netzwerk_app.domain.errors import QT_TRANSLATE_NOOP, NotFoundError
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
from netzwerk_app.services.followup_planning import FollowUpPlanner
from netzwerk_app.storage.followup_queries import FollowUpQueries

CHANNEL_PLATFORM = {m.Channel.LINKEDIN: m.Platform.LINKEDIN, m.Channel.XING: m.Platform.XING}
_CHANNEL_PLATFORM = CHANNEL_PLATFORM


class FollowUpDrafting(FollowUpPlanner):
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
            plain = self._without_note(due, notes)
            today_start = rules.day_start(rules.local_date(now, self.zone), self.zone)
            items = []
            for f in due:
                contact = context.contacts[f.contact_id]
                event, network = context.event_of(f)
                view = self._draft_view(context, f, now, language, form, without_note=f.id in plain)
                searching = not any(contact.profile_url(p) for p in _CHANNEL_PLATFORM.values())
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
                        profile_url=self._profile_url(contact, f),
                        email=contact.emails[0].value if contact.emails else None,
                        personal_note=notes.get(f.id or 0),
                        search_url=self._search(contact, m.Platform.LINKEDIN, searching),
                        xing_search_url=self._search(contact, m.Platform.XING, searching),
                        without_note=f.id in plain,
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

    def _without_note(self, due: Sequence[m.FollowUp], notes: dict[int, bool]) -> set[int]:
        """Requests to send without a note now (their text follows as a thank-you):
        LinkedIn when the month's notes are spent, XING for Basic members."""
        xing_plain = not self.limits.xing_note_allowed
        return {
            f.id or 0
            for f in due
            if f.kind is m.FollowUpKind.CONNECTION_REQUEST
            and (
                (f.channel is m.Channel.LINKEDIN and notes.get(f.id or 0) is False)
                or (f.channel is m.Channel.XING and xing_plain)
            )
        }

    def _plain_now(self, q: FollowUpQueries, f: m.FollowUp, now: datetime) -> bool:
        """Whether ``f`` goes without a note, decided as the queue at ``now`` shows it."""
        if f.kind is not m.FollowUpKind.CONNECTION_REQUEST or f.channel is m.Channel.EMAIL:
            return False
        if f.channel is m.Channel.XING:
            return not self.limits.xing_note_allowed
        due = [x for x in q.open_followups() if rules.is_due(x, now) or x.id == f.id]
        notes = self._note_suggestions(due, DraftData.load(q, due), self._quota(q, now))
        return (f.id or 0) in self._without_note([f], notes)

    @staticmethod
    def _profile_url(contact: m.Contact, f: m.FollowUp) -> str | None:
        """What "open profile" opens: the request's profile; for the website review the
        contact's own website, else a profile."""
        if f.kind is m.FollowUpKind.REVIEW_WEBSITE:
            for entry in contact.urls:
                if safe := profile_url_to_open(entry.value, contact):
                    return safe
            return None
        platform = _CHANNEL_PLATFORM.get(f.channel)
        url = contact.profile_url(platform) if platform else None
        return profile_url_to_open(url, contact) if url else None

    @staticmethod
    def _search(contact: m.Contact, platform: m.Platform, searching: bool) -> str | None:
        if not searching:
            return None
        return rules.people_search_url(platform, contact.display_name, contact.organization)

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
            q = FollowUpQueries(session)
            data = DraftData.load(q, [f])
            plain = channel in (None, f.channel) and self._plain_now(q, f, now)
            return self._draft_view(data, f, now, language, form, channel, without_note=plain)

    def _draft_view(
        self,
        data: DraftData,
        f: m.FollowUp,
        now: datetime,
        language: m.Language | None,
        form: m.AddressForm | None,
        channel: m.Channel | None = None,
        variant: str = "",
        without_note: bool = False,
    ) -> DraftView:
        contact = data.contacts[f.contact_id]
        event, network = data.event_of(f)
        encounter = data.encounter_of(f)
        default_language = m.Language(self.settings.default_language)
        default_form = m.AddressForm(self.settings.default_address_form)
        context = context_for(  # a language or form asked for now wins over the person's
            contact,
            language or effective_language(contact, data.network_of(event), default_language),
            form or effective_address_form(contact, data.network_of(event), default_form),
            rules.local_date(now, self.zone),
            event,
            rules.local_date(event.start, self.zone) if event else None,
            network,
            encounter,
            data.me,
            chosen=True,
        )
        channel = channel or f.channel
        kind = f.kind
        if without_note and not variant:
            kind, variant = m.FollowUpKind.WELCOME_AND_OFFER_HELP, rules.THANKS_VARIANT
        draft = write_draft(data.templates, kind, channel, context, self.limits, variant)
        if draft is None and variant == rules.THANKS_VARIANT:  # no thank-you template
            draft = write_draft(data.templates, kind, channel, context, self.limits)
        if draft is None and f.kind is m.FollowUpKind.ANSWER_REQUEST:
            draft = write_draft(data.templates, f.kind, channel, context, self.limits, "ask_why")
        if draft is None:
            return DraftView(f.id or 0, None)
        fresh = language is None and form is None and channel == f.channel
        fresh = fresh and (not variant or (variant == rules.THANKS_VARIANT and without_note))
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
            q = FollowUpQueries(session)
            data = DraftData.load(q, [f])
            plain = self._plain_now(q, f, now)
            view = self._draft_view(data, f, now, None, None, without_note=plain)
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
