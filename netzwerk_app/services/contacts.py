"""Use cases around contacts: create, edit, list, search, trash."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime

from netzwerk_app.domain import fields
from netzwerk_app.domain import model as m
from netzwerk_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from netzwerk_app.domain.links import is_readable_url
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


@dataclass(frozen=True)
class ContactEdit:
    """What ``contact edit`` changes; None leaves a field as it is, the lists add values.

    ``salutation`` is frau/herr/none; ``address_form`` sie/du and ``language`` de/en,
    or "default" for the network's (or the app's) default.
    """

    name: str | None = None
    organization: str | None = None
    title: str | None = None
    salutation: str | None = None
    address_form: str | None = None
    language: str | None = None
    emails: tuple[str, ...] = ()
    phones: tuple[str, ...] = ()
    urls: tuple[str, ...] = ()


_CHOICE_ERRORS = {
    "salutation": QT_TRANSLATE_NOOP("Errors", "“{value}” is not a salutation; use {choices}."),
    "address_form": QT_TRANSLATE_NOOP(
        "Errors", "“{value}” is not a form of address; use {choices}."
    ),
    "language": QT_TRANSLATE_NOOP("Errors", "“{value}” is not a language; use {choices}."),
}
_CHOICE_ERROR = QT_TRANSLATE_NOOP("Errors", "“{value}” is not a valid value; use {choices}.")


def choice(field: str, text: str) -> object:
    """``text`` as a value of the choice field ``field`` ("default" = unset where it may be)."""
    f = fields.BY_NAME[field]
    assert f.choices is not None
    allowed = [c.value for c in f.choices if c.value]
    if fields.nullable(f):
        allowed.append("default")
    value = text.strip().lower()
    if value not in allowed:
        raise ValidationError(
            _CHOICE_ERRORS.get(field, _CHOICE_ERROR),
            value=text,
            choices=", ".join(allowed[:-1]) + " or " + allowed[-1],
        )
    return None if value == "default" else f.choices(value)


def apply_edit(contact: m.Contact, edit: ContactEdit) -> None:
    """Change ``contact`` as ``edit`` says; ValidationError (nothing changed) on a bad value."""
    values: dict[str, object] = {}
    for name in ("salutation", "address_form", "language"):
        text = getattr(edit, name)
        if text is not None:
            values[name] = choice(name, text)
    if edit.name is not None:
        if not edit.name.strip():
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "A name cannot be empty."))
        prefix, given, family = split_full_name(edit.name)
        values.update(
            formatted_name=" ".join(edit.name.split()),
            prefix=prefix,
            given_name=given,
            family_name=family,
            additional_names="",
        )
    if edit.organization is not None:
        values["organization"] = edit.organization.strip()
    if edit.title is not None:
        values["title"] = edit.title.strip()
    for email in edit.emails:
        if email.strip() and ("@" not in email or " " in email.strip()):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "“{email}” is not an e-mail address."),
                email=email.strip(),
            )
    for url in edit.urls:
        if url.strip() and not is_readable_url(url.strip()):
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "“{url}” is not a web address."), url=url.strip()
            )
    for name, value in values.items():
        setattr(contact, name, value)
    contact.emails = [*contact.emails, *(m.Email(e.strip()) for e in edit.emails if e.strip())]
    contact.phones = [*contact.phones, *(m.Phone(p.strip()) for p in edit.phones if p.strip())]
    contact.urls = [*contact.urls, *(m.Url(u.strip()) for u in edit.urls if u.strip())]


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

    def edit(self, contact_id: int, edit: ContactEdit) -> m.Contact:
        """Change some fields of a stored contact (``netzwerk contact edit``)."""
        with self.db.write() as session:
            repo = Repository(session)
            contact = repo.contact(contact_id)
            apply_edit(contact, edit)
            contact.updated_at = self.clock.now()
            repo.flush()
            repo.reindex([contact_id])
            return contact

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
