"""The follow-up engine: plan, queue, draft, and act — the next-morning habit.

Planning (after an encounter, an acceptance, and the daily round) lives in
``services.followup_planning.FollowUpPlanner``; this class adds the morning queue,
the drafts and what the user does with them (mark sent, snooze, skip).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from netzwerk_app.domain import followups as rules
from netzwerk_app.domain import model as m
from netzwerk_app.domain.drafts import DraftNotReadyError
from netzwerk_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from netzwerk_app.services.followup_data import DraftData, DraftView
from netzwerk_app.services.followup_drafting import CHANNEL_PLATFORM as _CHANNEL_PLATFORM
from netzwerk_app.services.followup_drafting import FollowUpDrafting
from netzwerk_app.services.followup_planning import APPROACH_KINDS, WELCOME_WINDOW_DAYS
from netzwerk_app.storage.followup_queries import FollowUpQueries
from netzwerk_app.storage.repository import Repository

__all__ = ["WELCOME_WINDOW_DAYS", "FollowUpService", "Undo"]

_MESSAGE_KINDS = frozenset(m.FollowUpKind) - {
    m.FollowUpKind.FOLLOW_INSTEAD,
    m.FollowUpKind.REVIEW_WEBSITE,
}


@dataclass(frozen=True)
class Undo:
    """A follow-up and its contact as they were before done / snooze / skip."""

    followup_id: int
    status: m.FollowUpStatus
    drafted_message: str
    snoozed_until: datetime | None
    done_at: datetime | None
    skip_reason: str
    linkedin_state: m.RelationshipState
    xing_state: m.RelationshipState
    known_ids: frozenset[int]  # the contact's follow-ups then (a kept thank-you is new)


class FollowUpService(FollowUpDrafting):
    """Planning and drafts (inherited) and what the user does: ready, done, snooze, skip."""

    def mark_ready(
        self, followup_id: int, body: str, subject: str = "", now: datetime | None = None
    ) -> DraftView:
        """Save a draft as ready to send; refused when over the limit or with holes."""
        view = self.check_draft(followup_id, body, subject, now)
        if view.draft is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "This follow-up has no message to send.")
            )
        blockers = view.draft.problem_notes()
        if blockers:
            raise DraftNotReadyError(blockers)
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
        with_note: bool | None = None,
    ) -> m.FollowUp:
        """Done (sent, followed, greeted) at ``at``; a sent request moves the contact on.

        The text sent is kept with the follow-up (the history, and the LinkedIn
        quota counts requests sent with a note). A request sent without a note
        (``with_note=False``, or None when the queue says so: the month's LinkedIn
        notes are spent, or a XING Basic account) keeps its text as a thank-you that
        falls due once the contact is marked connected.
        """
        at = at or self._now(now)
        with self.db.write() as session:
            q = FollowUpQueries(session)
            f = self._get(session, followup_id)
            plain = self._plain_now(q, f, at) if with_note is None else not with_note
            if f.kind in _MESSAGE_KINDS and not f.drafted_message.strip():
                data = DraftData.load(q, [f])
                view = self._draft_view(data, f, at, None, None, without_note=plain)
                if view.draft is not None:
                    d = view.draft
                    mail = d.mode == "email" and d.subject
                    f.drafted_message = f"{d.subject}\n\n{d.body}" if mail else d.body
            rules.mark_done(f, at)
            if f.kind is m.FollowUpKind.CONNECTION_REQUEST and plain:
                if f.channel is not m.Channel.EMAIL and f.drafted_message.strip():
                    self._keep_thank_you(session, f, at)
                f.drafted_message = ""
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

    def _keep_thank_you(self, session: Session, f: m.FollowUp, at: datetime) -> None:
        """The request's personal text, kept (WAITING) until the contact is connected."""
        existing = [
            x
            for x in FollowUpQueries(session).of_contacts([f.contact_id])
            if x.kind is m.FollowUpKind.WELCOME_AND_OFFER_HELP and x.channel is f.channel
        ]
        waiting = [x for x in existing if x.status is m.FollowUpStatus.WAITING]
        if waiting:
            waiting[0].drafted_message = f.drafted_message
            return
        if existing:
            return  # welcomed before: no second thank-you
        session.add(
            m.FollowUp(
                contact_id=f.contact_id,
                kind=m.FollowUpKind.WELCOME_AND_OFFER_HELP,
                channel=f.channel,
                due_at=at,
                status=m.FollowUpStatus.WAITING,
                drafted_message=f.drafted_message,
                created_at=at,
            )
        )
        session.flush()

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

    def skip(self, followup_id: int, reason: str = "") -> m.FollowUp:
        with self.db.write() as session:
            f = self._get(session, followup_id)
            rules.mark_skipped(f, reason)
            return f

    @staticmethod
    def _set_state(contact: m.Contact, platform: m.Platform, state: m.RelationshipState) -> None:
        if platform is m.Platform.LINKEDIN:
            contact.linkedin_state = state
        else:
            contact.xing_state = state

    # --- a pasted profile, and undo --------------------------------------------------

    def set_profile(self, followup_id: int, text: str) -> m.FollowUp:
        """A pasted LinkedIn or XING profile URL: stored on the contact; the request
        (found by people search, or by e-mail) becomes a request on that network."""
        platform, url = rules.pasted_profile(text)
        channel = m.Channel.LINKEDIN if platform is m.Platform.LINKEDIN else m.Channel.XING
        with self.db.write() as session:
            f = self._get(session, followup_id)
            contact = Repository(session).contact(f.contact_id)
            if contact.profile_url(platform) != url:
                label = "LinkedIn" if platform is m.Platform.LINKEDIN else "XING"
                others = [u for u in contact.urls if u.value != contact.profile_url(platform)]
                contact.urls = [*others, m.Url(url, (), label)]
                contact.updated_at = self._now(None)
            if f.kind in APPROACH_KINDS and f.status in rules.OPEN_STATUSES:
                f.channel = channel
                if f.drafted_message.strip() and "\n\n" in f.drafted_message:
                    f.drafted_message = ""  # an e-mail's subject does not belong in a note
            session.flush()
            Repository(session).reindex([f.contact_id])
            return f

    def snapshot(self, followup_id: int) -> Undo:
        """What ``restore`` needs to take back the next done, snooze or skip."""
        with self.db.read() as session:
            f = self._get(session, followup_id)
            contact = Repository(session).contact(f.contact_id)
            known = FollowUpQueries(session).of_contacts([f.contact_id])
            return Undo(
                followup_id,
                f.status,
                f.drafted_message,
                f.snoozed_until,
                f.done_at,
                f.skip_reason,
                contact.linkedin_state,
                contact.xing_state,
                frozenset(x.id for x in known if x.id is not None),
            )

    def restore(self, undo: Undo) -> m.FollowUp:
        """Undo: the follow-up and its contact's state back as they were."""
        with self.db.write() as session:
            f = self._get(session, undo.followup_id)
            f.status, f.drafted_message = undo.status, undo.drafted_message
            f.snoozed_until, f.done_at, f.skip_reason = (
                undo.snoozed_until,
                undo.done_at,
                undo.skip_reason,
            )
            contact = Repository(session).contact(f.contact_id)
            contact.linkedin_state, contact.xing_state = undo.linkedin_state, undo.xing_state
            for x in FollowUpQueries(session).of_contacts([f.contact_id]):
                if x.id not in undo.known_ids and x.status is m.FollowUpStatus.WAITING:
                    session.delete(x)
            return f
