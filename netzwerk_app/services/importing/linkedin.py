"""Marking the contacts a LinkedIn ``Connections.csv`` shows as connected.

A row is the contact with the same profile URL, else the one with the same e-mail
address, else the ONE contact (not in the trash) with the same full name — folded,
so "Björn Köhler" is "Bjoern Koehler", but never a merely similar one: Michaela
Schmidt's row never marks Michael Schmidt. A name counts only when nothing
contradicts it: a contact at another organisation, or one with another LinkedIn
profile, is someone else (a contact without organisation may match a row with
one). When two contacts have the name, or two rows of the file, the row is marked
on nobody and reported; the user picks the right contact.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date

from netzwerk_app.domain import model as m
from netzwerk_app.domain.duplicates import name_key, organisations_agree
from netzwerk_app.domain.errors import QT_TRANSLATE_NOOP, NetzwerkError
from netzwerk_app.domain.wording import plural
from netzwerk_app.interchange.keys import normalize_email
from netzwerk_app.interchange.linkedin import (
    LinkedInConnection,
    LinkedInExport,
    read_linkedin_connections,
)
from netzwerk_app.services.importing.job import FileJob
from netzwerk_app.services.importing.matching import Entry, profile_key
from netzwerk_app.services.importing.results import (
    ImportFailure,
    LinkedInCandidate,
    LinkedInNewPolicy,
    LinkedInUpdate,
    SkippedCard,
)
from netzwerk_app.storage.followup_queries import FollowUpQueries
from netzwerk_app.storage.repository import Repository

_LINKEDIN = "https://www.linkedin.com/"


def row_name(conn: LinkedInConnection) -> str:
    return " ".join(p for p in (conn.first_name, conn.last_name) if p)


@dataclass
class _Named:
    contact_id: int
    organization: str
    profiles: set[str]  # LinkedIn profile keys the contact has


@dataclass(frozen=True)
class Ambiguous:
    """A row whose name fits more than one contact, or is on several rows."""

    contact_ids: tuple[int, ...]
    rows: int


@dataclass
class NameBook:
    """The stored contacts by folded full name (formatted, and given + family)."""

    by_name: dict[str, list[_Named]] = field(default_factory=dict)
    rows_by_name: Counter[str] = field(default_factory=Counter)
    by_id: dict[int, _Named] = field(default_factory=dict)

    @classmethod
    def load(cls, repo: Repository, export: LinkedInExport) -> NameBook:
        book = cls()
        for cid, formatted, given, family, org, urls in repo.contact_names():
            profiles = {
                key for u in urls if (key := profile_key(u.value)) and key.startswith(_LINKEDIN)
            }
            named = _Named(cid, org, profiles)
            book.by_id[cid] = named
            for key in {name_key(formatted), name_key(f"{given} {family}")}:
                if key:
                    book.by_name.setdefault(key, []).append(named)
        book.rows_by_name.update(
            key for conn in export.connections if (key := name_key(row_name(conn)))
        )
        return book

    def find(self, conn: LinkedInConnection) -> int | Ambiguous | None:
        """The one contact this row's name is; None when it is nobody known."""
        key = name_key(row_name(conn))
        named = self.by_name.get(key, []) if key else []
        if len(named) > 1:
            return Ambiguous(tuple(sorted(n.contact_id for n in named)), 1)
        if not named:
            return None
        (one,) = named
        if self.rows_by_name[key] > 1:
            return Ambiguous((one.contact_id,), self.rows_by_name[key])
        if not organisations_agree(one.organization, conn.company):
            return None
        row_profile = profile_key(conn.url) if conn.url else None
        if row_profile and one.profiles and row_profile not in one.profiles:
            return None  # the contact is another LinkedIn member of that name
        return one.contact_id

    def add_profile(self, contact_id: int, url: str) -> None:
        key = profile_key(url)
        if key and contact_id in self.by_id:
            self.by_id[contact_id].profiles.add(key)


def _ambiguity(found: Ambiguous, name: str) -> str:
    if found.rows > 1:
        return (
            f"{found.rows} connections in this file are called {name}, and so is contact "
            f"#{found.contact_ids[0]}; the connection was marked on nobody and is not "
            "offered as a new contact. Mark it on the contact yourself."
        )
    ids = ", ".join(f"#{i}" for i in found.contact_ids)
    return (
        f"{len(found.contact_ids)} contacts are called {name} ({ids}); the connection "
        "was marked on none of them and is not offered as a new contact. "
        "Mark it on the right one yourself."
    )


@dataclass
class LinkedInMarker:
    """Marks the rows of one export on the contacts of one import job."""

    job: FileJob
    export: LinkedInExport
    _book: NameBook | None = None

    def mark(self, conn: LinkedInConnection) -> bool:
        """Mark the contact ``conn`` is as connected. False when it is nobody known (a
        new connection); True when marked, already marked, or reported as ambiguous."""
        job = self.job
        if conn.unread_date:
            job.warn(
                conn.line,
                row_name(conn),
                f"the connection date “{conn.unread_date}” could not be read; "
                "the date was left empty.",
            )
        entry: Entry | None = None
        key = profile_key(conn.url) if conn.url else None
        if key:
            entry = job.index.by_profile.get(key)
        if entry is None and conn.email:
            entry = job.index.by_email.get(normalize_email(conn.email))
        if entry is not None:
            contact_id = job.id_of(entry)
        else:
            if self._book is None:
                self._book = NameBook.load(job.repo, self.export)
            found = self._book.find(conn)
            if found is None:
                return False
            if isinstance(found, Ambiguous):
                job.warn(conn.line, row_name(conn), _ambiguity(found, row_name(conn)))
                return True
            contact_id = found
        self._set_connected(job.repo.contact(contact_id), conn, key, entry)
        return True

    def _set_connected(
        self, contact: m.Contact, conn: LinkedInConnection, key: str | None, entry: Entry | None
    ) -> None:
        job = self.job
        assert contact.id is not None
        changed = False
        if contact.linkedin_state != m.RelationshipState.CONNECTED:
            contact.linkedin_state, changed = m.RelationshipState.CONNECTED, True
        if conn.connected_on and contact.linkedin_connected_on != conn.connected_on:
            contact.linkedin_connected_on, changed = conn.connected_on, True
        if key and not any(profile_key(u.value) == key for u in contact.urls):
            contact.urls = [*contact.urls, m.Url(conn.url, (), "LinkedIn")]
            changed = True
            if self._book is not None:
                self._book.add_profile(contact.id, conn.url)
        if conn.email and all(
            normalize_email(e.value) != normalize_email(conn.email) for e in contact.emails
        ):
            contact.emails = [*contact.emails, m.Email(conn.email)]
            changed = True
        if not changed:
            job.result.skipped.append(
                SkippedCard(
                    job.file_name,
                    conn.line,
                    contact.display_name,
                    contact.id,
                    contact.display_name,
                    f"Already marked as a LinkedIn connection (#{contact.id}).",
                )
            )
            return
        contact.updated_at = job.now
        if entry is None:  # found by name: the index knows the contact by its UID
            known = job.index.by_uid.get(contact.uid) if contact.uid else None
            if known is not None and known.contact_id == contact.id:
                entry = known
            else:
                entry = Entry(contact.display_name, contact.id)
        job.index.add_contact(entry, contact)
        job.repo.flush()
        job.repo.reindex([contact.id])
        # A request sent without a note kept its personal text: that thank-you is due now.
        FollowUpQueries(job.repo.session).activate_thank_yous(job.now, contact.id)
        job.result.linkedin_updated.append(
            LinkedInUpdate(
                contact.id, contact.display_name, job.file_name, conn.line, conn.connected_on
            )
        )


# --- reading a whole Connections.csv --------------------------------------------------


def read_connections(
    job: FileJob, data: bytes, linkedin_new: LinkedInNewPolicy, step: Callable[[], None]
) -> None:
    """Mark the connections of a LinkedIn export (``LinkedInMarker``);
    the rest are new connections, offered, added or counted by ``linkedin_new``."""
    export = read_linkedin_connections(data)
    if export is None:
        job.result.failed.append(
            ImportFailure.of_file(
                job.file_name,
                NetzwerkError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "“{name}” looks like a LinkedIn export but has no header row."
                    ),
                    name=job.file_name,
                ),
            )
        )
        return
    if export.skipped_date_only:
        nameless = export.skipped_date_only
        job.result.warnings.append(
            f"{job.file_name}: {plural(nameless, 'connection', 'connections')} without a "
            "name (members who left LinkedIn or hid their data) "
            f"{'was' if nameless == 1 else 'were'} left out."
        )
    marker = LinkedInMarker(job, export)
    left_out = 0
    for conn in export.connections:
        step()
        if marker.mark(conn):
            continue
        candidate = candidate_of(job.file_name, conn)
        if linkedin_new == "add":
            job.take(linkedin_contact(candidate, job.today), conn.line)
        elif linkedin_new == "offer":
            job.result.linkedin_new.append(candidate)
        else:
            left_out += 1
    if left_out:
        job.result.warnings.append(
            f"{job.file_name}: {plural(left_out, 'connection matches', 'connections match')} "
            f"no contact and {'was' if left_out == 1 else 'were'} not added."
        )


def candidate_of(file_name: str, conn: LinkedInConnection) -> LinkedInCandidate:
    return LinkedInCandidate(
        file_name,
        conn.line,
        conn.first_name,
        conn.last_name,
        conn.company,
        conn.position,
        conn.email,
        conn.url,
        conn.connected_on,
    )


def linkedin_contact(candidate: LinkedInCandidate, today: date) -> m.Contact:
    """A new contact from a LinkedIn connection: connected, with the date."""
    return m.Contact(
        formatted_name=candidate.name,
        given_name=candidate.first_name,
        family_name=candidate.last_name,
        organization=candidate.company,
        title=candidate.position,
        emails=[m.Email(candidate.email)] if candidate.email else [],
        urls=[m.Url(candidate.url, (), "LinkedIn")] if candidate.url else [],
        source=m.Source.LINKEDIN_EXPORT,
        gdpr_note=f"From the LinkedIn export {candidate.file} on {today.isoformat()}",
        linkedin_state=m.RelationshipState.CONNECTED,
        linkedin_connected_on=candidate.connected_on,
    )
