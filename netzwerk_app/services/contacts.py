"""Use cases around contacts: create, edit, list, search, trash."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime

from netzwerk_app.domain import model as m
from netzwerk_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from netzwerk_app.domain.names import split_full_name
from netzwerk_app.infra.clock import Clock, SystemClock
from netzwerk_app.storage import search_index
from netzwerk_app.storage.db import Database
from netzwerk_app.storage.repository import Repository


@dataclass(frozen=True)
class ContactSummary:
    """One row of the contact list."""

    contact: m.Contact
    last_met: datetime | None


@dataclass
class ContactDetails:
    contact: m.Contact
    encounters: list[tuple[m.Encounter, m.Event]] = field(default_factory=list)
    followups: list[m.FollowUp] = field(default_factory=list)
    consistency_notes: list[m.ConsistencyNote] = field(default_factory=list)
    referrals: list[m.Referral] = field(default_factory=list)
    one_to_ones: list[m.OneToOne] = field(default_factory=list)


def new_contact(
    full_name: str,
    organization: str = "",
    emails: list[str] | None = None,
    phones: list[str] | None = None,
    urls: list[str] | None = None,
    source: m.Source = m.Source.MANUAL,
) -> m.Contact:
    """A contact from what one types into a form or on the command line."""
    if not full_name.strip() and not organization.strip() and not emails and not phones:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "A contact needs at least a name, an organisation, an e-mail or a phone."
            )
        )
    prefix, given, family = split_full_name(full_name)
    return m.Contact(
        formatted_name=" ".join(full_name.split()),
        prefix=prefix,
        given_name=given,
        family_name=family,
        organization=organization.strip(),
        emails=[m.Email(e.strip(), ("work",)) for e in emails or [] if e.strip()],
        phones=[m.Phone(p.strip(), ("work",)) for p in phones or [] if p.strip()],
        urls=[m.Url(u.strip()) for u in urls or [] if u.strip()],
        source=source,
    )


def prepare_new(contact: m.Contact, now: datetime) -> m.Contact:
    """Fill what every stored contact has: a name to show, a UID, time stamps."""
    if not contact.formatted_name.strip():
        contact.formatted_name = m.derive_formatted_name(contact)
    if not contact.formatted_name:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "A contact needs at least a name, an organisation, an e-mail or a phone."
            )
        )
    if not contact.uid:
        contact.uid = str(uuid.uuid4())
    contact.created_at = contact.created_at or now
    contact.updated_at = now
    return contact


class ContactService:
    def __init__(self, db: Database, clock: Clock | None = None) -> None:
        self.db = db
        self.clock: Clock = clock or SystemClock()

    def create(self, contact: m.Contact) -> m.Contact:
        prepare_new(contact, self.clock.now())
        with self.db.write() as session:
            repo = Repository(session)
            repo.add(contact)
            assert contact.id is not None
            repo.reindex([contact.id])
        return contact

    def update(self, contact: m.Contact) -> m.Contact:
        if contact.id is None:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Only a saved contact can be updated.")
            )
        if not contact.formatted_name.strip():
            contact.formatted_name = m.derive_formatted_name(contact)
        contact.updated_at = self.clock.now()
        with self.db.write() as session:
            repo = Repository(session)
            repo.contact(contact.id)  # raises NotFoundError for a forgotten contact
            merged = session.merge(contact)
            repo.reindex([contact.id])
        return merged

    def get(self, contact_id: int, with_photo: bool = False) -> m.Contact:
        with self.db.read() as session:
            return Repository(session).contact(contact_id, with_photo=with_photo)

    def details(self, contact_id: int) -> ContactDetails:
        with self.db.read() as session:
            repo = Repository(session)
            return ContactDetails(
                contact=repo.contact(contact_id, with_photo=True),
                encounters=repo.encounters_of(contact_id),
                followups=repo.followups_of(contact_id),
                consistency_notes=repo.consistency_notes_of(contact_id),
                referrals=repo.referrals_of(contact_id),
                one_to_ones=repo.one_to_ones_of(contact_id),
            )

    def summaries(
        self, sort: str = "name", offset: int = 0, limit: int | None = None, trash: bool = False
    ) -> list[ContactSummary]:
        with self.db.read() as session:
            repo = Repository(session)
            rows = repo.contacts(only_deleted=trash, sort=sort, offset=offset, limit=limit)
            met = repo.last_met([c.id for c in rows if c.id is not None])
        return [ContactSummary(c, met.get(c.id or 0)) for c in rows]

    def name_index(self) -> list[tuple[int, str, str]]:
        """(id, name, organisation) of everyone, for suggestions while typing a name."""
        with self.db.read() as session:
            return Repository(session).name_index()

    def count(self, trash: bool = False) -> int:
        with self.db.read() as session:
            return Repository(session).count_contacts(only_deleted=trash)

    def search(self, text: str, limit: int = 50) -> list[search_index.ContactHit]:
        with self.db.read() as session:
            return search_index.search_contacts(Repository(session).raw(), text, limit)

    def search_summaries(self, text: str, limit: int = 200) -> list[ContactSummary]:
        """Search hits as list rows, best first (for the contact list)."""
        with self.db.read() as session:
            repo = Repository(session)
            hits = search_index.search_contacts(repo.raw(), text, limit)
            ids = [h.id for h in hits]
            by_id = {c.id: c for c in repo.contacts(ids=ids)}
            met = repo.last_met(ids)
        return [ContactSummary(by_id[i], met.get(i)) for i in ids if i in by_id]

    def trash(self, contact_ids: list[int]) -> int:
        """Move contacts to the trash (restorable); ``PrivacyService.forget`` erases."""
        with self.db.write() as session:
            return Repository(session).set_deleted(contact_ids, self.clock.now())

    def add_tag(self, contact_ids: list[int], tag: str) -> int:
        """Bulk action: give every selected contact the tag (once)."""
        tag = tag.strip()
        if not tag:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Type a tag first."))
        with self.db.write() as session:
            repo = Repository(session)
            changed = 0
            for contact in repo.contacts(include_deleted=True, ids=contact_ids):
                if tag not in contact.tags:
                    contact.tags = [*contact.tags, tag]
                    contact.updated_at = self.clock.now()
                    changed += 1
            repo.reindex(contact_ids)
            return changed

    def restore(self, contact_ids: list[int]) -> int:
        with self.db.write() as session:
            return Repository(session).set_deleted(contact_ids, None)
