"""Connection requests from strangers: log one, get a suggested reply, answer or ignore."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from netzwerk_app.domain import followups as rules
from netzwerk_app.domain import model as m
from netzwerk_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from netzwerk_app.domain.strangers import IGNORE_NOTE, StrangerReply, suggest_reply
from netzwerk_app.services.contacts import new_contact, prepare_new
from netzwerk_app.services.followup_data import DraftView
from netzwerk_app.services.followups import FollowUpService
from netzwerk_app.storage.repository import Repository

_CHANNEL = {m.Platform.LINKEDIN: m.Channel.LINKEDIN, m.Platform.XING: m.Channel.XING}


@dataclass(frozen=True)
class StrangerRequestView:
    contact: m.Contact
    followup: m.FollowUp
    suggestion: StrangerReply
    replies: dict[StrangerReply, DraftView | None]  # None for "ignore": nothing is sent
    ignore_note: str


class StrangerService:
    def __init__(self, followups: FollowUpService) -> None:
        self.followups = followups
        self.db = followups.db

    def log_request(
        self,
        name: str,
        platform: m.Platform = m.Platform.LINKEDIN,
        message: str = "",
        profile_url: str = "",
        now: datetime | None = None,
    ) -> StrangerRequestView:
        """Record a request from someone not met in person and suggest how to answer.

        The person becomes a contact (so the request can be found and forgotten like
        any other personal data) with an "answer request" follow-up due at once.
        """
        now = self.followups._now(now)
        contact = new_contact(name, urls=[profile_url] if profile_url.strip() else [])
        day = rules.local_date(now, self.followups.zone).isoformat()
        contact.gdpr_note = f"Connection request on {platform.value} on {day}; not met in person"
        contact.note = message.strip()
        suggestion = suggest_reply(message)
        with self.db.write() as session:
            repo = Repository(session)
            repo.add(prepare_new(contact, now))
            assert contact.id is not None
            repo.reindex([contact.id])
            followup = repo.add(
                m.FollowUp(
                    contact_id=contact.id,
                    kind=m.FollowUpKind.ANSWER_REQUEST,
                    channel=_CHANNEL[platform],
                    due_at=now,
                    created_at=now,
                )
            )
        assert followup.id is not None
        replies = {reply: self.reply_draft(followup.id, reply, now) for reply in StrangerReply}
        language = self.followups.settings.default_language
        return StrangerRequestView(
            contact, followup, suggestion, replies, IGNORE_NOTE.get(language, IGNORE_NOTE["en"])
        )

    def reply_draft(
        self, followup_id: int, reply: StrangerReply, now: datetime | None = None
    ) -> DraftView | None:
        """The drafted answer for one way of replying; None for "ignore"."""
        if reply is StrangerReply.IGNORE:
            return None
        fs = self.followups
        with self.db.read() as session:
            from netzwerk_app.services.followup_data import DraftData
            from netzwerk_app.storage.followup_queries import FollowUpQueries

            f = fs._get(session, followup_id)
            data = DraftData.load(FollowUpQueries(session), [f])
            return fs._draft_view(data, f, fs._now(now), None, None, variant=reply.value)

    def answer(
        self, followup_id: int, reply: StrangerReply, now: datetime | None = None
    ) -> m.FollowUp:
        """Close the request: replied (ask why / offer to follow) or ignored."""
        now = self.followups._now(now)
        with self.db.write() as session:
            f = self.followups._get(session, followup_id)
            if f.kind is not m.FollowUpKind.ANSWER_REQUEST:
                raise ValidationError(
                    QT_TRANSLATE_NOOP("Errors", "This follow-up is not a request from a stranger.")
                )
            if reply is StrangerReply.IGNORE:
                contact = Repository(session).contact(f.contact_id)
                if f.channel is m.Channel.LINKEDIN:
                    contact.linkedin_state = m.RelationshipState.IGNORED
                elif f.channel is m.Channel.XING:
                    contact.xing_state = m.RelationshipState.IGNORED
                rules.mark_skipped(f, "Ignored; the sender is not notified.")
            else:
                rules.mark_done(f, now)
            return f
