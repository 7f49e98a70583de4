"""The relationship beyond the first meeting: referrals and one-to-ones with a contact."""

from __future__ import annotations

from netzwerk_app.domain import model as m
from netzwerk_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from netzwerk_app.services.dated import DatedService
from netzwerk_app.storage.repository import Repository


class RelationshipService(DatedService):
    """The clock and zone are for the forms: today's date and the wall clock
    one-to-ones are typed in."""

    def referrals(self, contact_id: int) -> list[m.Referral]:
        with self.db.read() as session:
            return Repository(session).referrals_of(contact_id)

    def add_referral(self, referral: m.Referral) -> m.Referral:
        """Record a lead given to or received from a contact."""
        if referral.value_cents is not None and referral.value_cents < 0:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A referral's value cannot be negative.")
            )
        referral.direction = m.ReferralDirection(referral.direction)
        referral.outcome = m.ReferralOutcome(referral.outcome)
        referral.description = referral.description.strip()
        with self.db.write() as session:
            repo = Repository(session)
            repo.contact(referral.contact_id)
            return repo.add(referral)

    def delete_referral(self, referral_id: int) -> None:
        with self.db.write() as session:
            repo = Repository(session)
            repo.delete(repo.get(m.Referral, referral_id, "referral"))

    def one_to_ones(self, contact_id: int) -> list[m.OneToOne]:
        with self.db.read() as session:
            return Repository(session).one_to_ones_of(contact_id)

    def add_one_to_one(self, meeting: m.OneToOne) -> m.OneToOne:
        """Plan (or log) a one-to-one meeting with a contact."""
        if meeting.scheduled_at.tzinfo is None:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A meeting time needs a time zone."))
        meeting.status = m.OneToOneStatus(meeting.status)
        meeting.place = meeting.place.strip()
        with self.db.write() as session:
            repo = Repository(session)
            repo.contact(meeting.contact_id)
            return repo.add(meeting)

    def delete_one_to_one(self, meeting_id: int) -> None:
        with self.db.write() as session:
            repo = Repository(session)
            repo.delete(repo.get(m.OneToOne, meeting_id, "one-to-one"))
