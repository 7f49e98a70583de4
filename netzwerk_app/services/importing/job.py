"""One file's import inside one write transaction: new contacts, merges, skips.

New contacts are written in batches (one INSERT per batch instead of one per card)
and then dropped from the session, so that 100,000 cards do not stay in memory; the
duplicate index keeps only their keys.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from netzwerk_app.domain import model as m
from netzwerk_app.domain.errors import ValidationError
from netzwerk_app.domain.search import search_document
from netzwerk_app.services.contacts import prepare_new
from netzwerk_app.services.importing.matching import DuplicateIndex, Entry, Match
from netzwerk_app.services.importing.merging import EntryKeys, merge_into, snapshot
from netzwerk_app.services.importing.results import (
    DuplicatePolicy,
    ImportedContact,
    ImportFailure,
    ImportResult,
    MergedContact,
    PossibleDuplicate,
    SkippedCard,
)
from netzwerk_app.services.private_data import private_records
from netzwerk_app.storage.duplicate_queries import DuplicateQueries
from netzwerk_app.storage.repository import Repository

BATCH = 500
ENCOUNTER_TEXT = ("pitch", "offering", "customers", "cooperation_idea", "notes")


@dataclass
class _Pending:
    contact: m.Contact
    entry: Entry
    line: int
    netzwerk: dict[str, Any]
    possible: tuple[Match, ...] = ()  # contacts this one may be: listed for review


@dataclass
class FileJob:
    """Takes the cards of one file; ``finish()`` writes what is still pending."""

    repo: Repository
    file_name: str
    policy: DuplicatePolicy
    index: DuplicateIndex
    event_id: int | None
    today: date
    now: datetime  # one moment for every time stamp this file writes
    result: ImportResult = field(default_factory=ImportResult)
    _batch: list[_Pending] = field(default_factory=list)
    _touched: set[int] = field(default_factory=set)
    _met: set[tuple[int, int]] = field(default_factory=set)  # (event, contact) recorded
    _events: dict[tuple[str, datetime], int] | None = None

    @property
    def keys(self) -> EntryKeys:
        return EntryKeys(self.index.phone_region)

    def fail(self, line: int, name: str, reason: str) -> None:
        self.result.failed.append(ImportFailure(self.file_name, line, name, reason))

    def warn(self, line: int, name: str, text: str) -> None:
        where = f"{self.file_name}, line {line}" + (f" ({name})" if name else "")
        self.result.warnings.append(f"{where}: {text}")

    # --- one card ---------------------------------------------------------------------

    def take(self, contact: m.Contact, line: int, netzwerk: dict[str, Any] | None = None) -> None:
        """Import one card: new contact, merge, or skip, by the duplicate policy."""
        name = contact.display_name
        if not name:
            self.fail(line, "", "The card has no name, organisation, e-mail or phone.")
            return
        if not contact.gdpr_note.strip():
            contact.gdpr_note = f"Imported from {self.file_name} on {self.today.isoformat()}"
        keys = self.index.keys_of(contact)
        # Only identifying evidence makes a match; a similar name alone is a possible
        # duplicate: imported as its own contact and recorded for review.
        finding = self.index.find(keys)
        match = finding.same
        if match is not None and self.policy == "skip":
            self._skip(contact, line, match, "")
            return
        if match is not None and self.policy == "merge":
            self._merge(contact, line, match, netzwerk or {})
            return
        if match is not None and contact.uid in self.index.by_uid:
            contact.uid = ""  # keep both: the copy gets its own UID
        try:
            prepare_new(contact, self.now)
        except ValidationError as error:
            self.fail(line, name, str(error))
            return
        entry = Entry(name, pending=contact)
        self.index.add(entry, keys, contact.uid)  # prepare_new may have made it up
        self._batch.append(_Pending(contact, entry, line, netzwerk or {}, finding.possible))
        if len(self._batch) >= BATCH:
            self.flush()

    def _skip(self, contact: m.Contact, line: int, match: Match, extra: str) -> None:
        existing_id = self.id_of(match.entry)
        reason = f"Already there as #{existing_id} {match.entry.name} ({match.reason}){extra}."
        self.result.skipped.append(
            SkippedCard(
                self.file_name, line, contact.display_name, existing_id, match.entry.name, reason
            )
        )

    def id_of(self, entry: Entry) -> int:
        """The contact id of an index entry; a card pending in this file is written first."""
        if entry.contact_id is None:
            self.flush()  # a card from this same file: give it its id now
        assert entry.contact_id is not None
        return entry.contact_id

    def _merge(self, contact: m.Contact, line: int, match: Match, netzwerk: dict[str, Any]) -> None:
        target = self.repo.contact(self.id_of(match.entry), with_photo=True)
        assert target.id is not None
        before, incoming = snapshot(target), snapshot(contact)
        changed = merge_into(target, contact, self.keys)
        made = self._encounters(target.id, netzwerk, known_new=False)
        self.repo.add_all(made)
        encounter_ids = [e.id for e in made if e.id is not None]
        if not changed and not encounter_ids:
            self._skip(contact, line, match, "; the card brings nothing new")
            return
        now = self.now
        if changed:
            target.updated_at = now
        record = self.repo.add(
            m.MergeRecord(
                contact_id=target.id,
                before_json=json.dumps(before, ensure_ascii=False),
                incoming_json=json.dumps(
                    {"contact": incoming, "encounter_ids": encounter_ids}, ensure_ascii=False
                ),
                created_at=now,
                file_name=self.file_name,
            )
        )
        assert record.id is not None
        self.index.add_contact(match.entry, target)
        self._touched.add(target.id)
        self.result.merged.append(
            MergedContact(
                target.id, record.id, contact.display_name, self.file_name, line, match.reason
            )
        )

    # --- encounters: the event imported for, and our own export's history -----------------

    def _encounters(
        self, contact_id: int, netzwerk: dict[str, Any], known_new: bool
    ) -> list[m.Encounter]:
        """New encounters (not yet added) for the chosen event and for those carried in
        our own export's data."""
        made: list[m.Encounter] = []
        if self.event_id is not None:
            enc = self._new_encounter(self.event_id, contact_id, known_new)
            if enc is not None:
                made.append(enc)
        for item in netzwerk.get("encounters", []) if isinstance(netzwerk, dict) else []:
            event_id = self._event_for(item) if isinstance(item, dict) else None
            if event_id is None:
                continue
            enc = self._new_encounter(event_id, contact_id, known_new)
            if enc is None:
                continue
            for name in ENCOUNTER_TEXT:
                setattr(enc, name, str(item.get(name) or ""))
            enc.talked_business = bool(item.get("talked_business"))
            made.append(enc)
        return made

    def _new_encounter(self, event_id: int, contact_id: int, known_new: bool) -> m.Encounter | None:
        if (event_id, contact_id) in self._met:
            return None
        self._met.add((event_id, contact_id))
        if not known_new and self.repo.encounter(event_id, contact_id) is not None:
            return None
        return m.Encounter(event_id=event_id, contact_id=contact_id, created_at=self.now)

    def _event_for(self, item: dict[str, Any]) -> int | None:
        """The event an exported encounter happened at, by title and start; created
        (with its network) when this database does not have it."""
        title = str(item.get("event_title") or "").strip()
        try:
            start = datetime.fromisoformat(str(item.get("event_start")))
            end = datetime.fromisoformat(str(item.get("event_end") or item.get("event_start")))
        except ValueError:
            return None
        if not title or start.tzinfo is None or end.tzinfo is None:
            return None
        if self._events is None:
            self._events = {(e.title, e.start): e.id for e in self.repo.events() if e.id}
        key = (title, start)
        if key not in self._events:
            network_id = None
            network_name = str(item.get("network") or "").strip()
            if network_name:
                network = self.repo.network_by_name(network_name) or self.repo.add(
                    m.Network(name=network_name)
                )
                network_id = network.id
            event = self.repo.add(
                m.Event(
                    network_id=network_id,
                    title=title,
                    start=start,
                    end=max(start, end),
                    place=str(item.get("place") or ""),
                    speaker=str(item.get("speaker") or ""),
                    topic=str(item.get("topic") or ""),
                    kind=str(item.get("event_kind") or ""),
                )
            )
            assert event.id is not None
            self._events[key] = event.id
            self.result.warnings.append(
                f"{self.file_name}: the event “{title}” ({start.date().isoformat()}) "
                "was not in the database and was added."
            )
        return self._events[key]

    # --- writing ---------------------------------------------------------------------

    def flush(self) -> None:
        """Write pending contacts, their encounters and search entries; free memory."""
        batch, self._batch = self._batch, []
        # the new rows without the ORM's unit of work: a third of the import's time
        self.repo.insert_new_contacts([p.contact for p in batch])
        docs = []
        made: list[m.Encounter] = []
        for p in batch:
            cid = p.contact.id
            assert cid is not None
            p.entry.contact_id, p.entry.pending = cid, None
            self.result.imported.append(
                ImportedContact(cid, p.contact.display_name, self.file_name, p.line)
            )
            made += self._encounters(cid, p.netzwerk, known_new=True)
        if made:
            self.repo.add_all(made)
        # a full export's consistency notes and follow-ups, for new contacts only
        notes = [
            record
            for p in batch
            if p.netzwerk and p.contact.id is not None
            for record in private_records(p.netzwerk, p.contact.id, self._event_for)
        ]
        if notes:
            self.repo.add_all(notes)
        for p in batch:
            cid = p.contact.id
            assert cid is not None
            if self.event_id is None and not p.netzwerk.get("encounters"):
                docs.append(search_document(p.contact, []))
            else:
                self._touched.add(cid)  # pitches of its encounters belong in the index
        self.repo.index_documents(docs)
        self._record_possible(batch)
        if self._touched:
            self.repo.reindex(self._touched)
            self._touched.clear()
        self.repo.forget_loaded()

    def _record_possible(self, batch: list[_Pending]) -> None:
        pairs = DuplicateQueries(self.repo.session)
        for p in batch:
            cid = p.entry.contact_id
            assert cid is not None
            for match in p.possible:
                other = match.entry.contact_id  # every pending card got its id above
                if other is None or other == cid:
                    continue
                pairs.record(cid, other, match.reason, self.now)
                self.result.possible_duplicates.append(
                    PossibleDuplicate(
                        cid,
                        p.entry.name,
                        other,
                        match.entry.name,
                        self.file_name,
                        p.line,
                        match.reason,
                    )
                )

    def finish(self) -> ImportResult:
        self.flush()
        return self.result
