"""Possible duplicates for the user to review: list them, keep two apart, merge two.

The list joins the pairs recorded at import with those found over the stored
contacts by the same rules (``domain.duplicates``), so that people who came in
before, or were kept both on purpose, are found too; a pair the user kept apart is
never listed again. A merge goes through the import's merge machinery and is
undone the same way (``netzwerk undo-merge``).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from netzwerk_app.domain import model as m
from netzwerk_app.domain.duplicates import PairStatus
from netzwerk_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from netzwerk_app.infra.clock import Clock, SystemClock
from netzwerk_app.services.importing.job import ENCOUNTER_TEXT
from netzwerk_app.services.importing.matching import DuplicateIndex, stored_keys
from netzwerk_app.services.importing.merging import EntryKeys, merge_into, snapshot
from netzwerk_app.storage import search_index
from netzwerk_app.storage.db import Database
from netzwerk_app.storage.duplicate_queries import DuplicateQueries, ordered
from netzwerk_app.storage.repository import Repository


@dataclass(frozen=True)
class PairView:
    """Two contacts that may be one person, side by side, with the reason."""

    first: m.Contact
    second: m.Contact
    reason: str

    def to_json(self) -> dict[str, Any]:
        def side(c: m.Contact) -> dict[str, Any]:
            return {
                "id": c.id,
                "name": c.display_name,
                "organization": c.organization,
                "emails": [e.value for e in c.emails],
                "phones": [p.value for p in c.phones],
            }

        return {"first": side(self.first), "second": side(self.second), "reason": self.reason}


@dataclass(frozen=True)
class ContactMerge:
    """``other`` merged into ``contact_id``; ``merge_id`` undoes it."""

    contact_id: int
    name: str
    other_id: int
    other_name: str
    merge_id: int


class DuplicateReviewService:
    def __init__(self, db: Database, phone_region: str = "DE", clock: Clock | None = None) -> None:
        self.db = db
        self.phone_region = phone_region or "DE"
        self.clock: Clock = clock or SystemClock()

    def open_count(self) -> int:
        """Possible duplicates recorded at import and not decided yet (cheap)."""
        with self.db.read() as session:
            return DuplicateQueries(session).open_count()

    def pairs(self) -> list[PairView]:
        """Every pair to review: recorded ones and those found over the stored
        contacts, minus those kept apart; lower ids first."""
        with self.db.read() as session:
            repo, queries = Repository(session), DuplicateQueries(session)
            found: dict[tuple[int, int], str] = {}
            for pair in queries.pairs(PairStatus.OPEN):
                found[(pair.contact_id, pair.other_id)] = pair.reason
            for key, reason in self._scan(repo).items():
                found.setdefault(key, reason)
            for pair in queries.pairs(PairStatus.KEPT_APART):
                found.pop((pair.contact_id, pair.other_id), None)
            ids = sorted({i for key in found for i in key})
            people = {c.id: c for c in repo.contacts(ids=ids)}
            return [
                PairView(people[a], people[b], reason)
                for (a, b), reason in sorted(found.items())
                if a in people and b in people
            ]

    def _scan(self, repo: Repository) -> dict[tuple[int, int], str]:
        index = DuplicateIndex(self.phone_region)
        found: dict[tuple[int, int], str] = {}
        for entry, keys in stored_keys(repo, index):
            cid = entry.contact_id
            assert cid is not None
            finding = index.find(keys)
            matches = [finding.same] if finding.same is not None else list(finding.possible)
            for match in matches:
                other = match.entry.contact_id
                if other is not None and other != cid:
                    found.setdefault(ordered(cid, other), match.reason)
            index.add(entry, keys)
        return found

    def keep_apart(self, first_id: int, second_id: int) -> None:
        """Remember that these two are different people: never listed again."""
        if first_id == second_id:
            raise ValidationError(QT_TRANSLATE_NOOP("Errors", "Choose two different contacts."))
        with self.db.write() as session:
            repo = Repository(session)
            repo.contact(first_id)
            repo.contact(second_id)
            DuplicateQueries(session).decide(
                first_id, second_id, PairStatus.KEPT_APART, "kept apart", self.clock.now()
            )

    def merge(self, keep_id: int, other_id: int) -> ContactMerge:
        """Merge the contact ``other_id`` into ``keep_id``: every value is kept (see
        ``services.importing.merging``), encounters, follow-ups, referrals, 1-2-1s and
        consistency notes move over, and ``other_id`` is removed. Undone by
        ``ImportService.undo_merge`` with the returned ``merge_id``."""
        if keep_id == other_id:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "A contact cannot be merged with itself.")
            )
        now = self.clock.now()
        with self.db.write() as session:
            repo, queries = Repository(session), DuplicateQueries(session)
            keep = repo.contact(keep_id, with_photo=True)
            other = repo.contact(other_id, with_photo=True)
            for c in (keep, other):
                if c.deleted_at is not None:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP(
                            "Errors", "#{number} {name} is in the trash; restore it first."
                        ),
                        number=c.id,
                        name=c.display_name,
                    )
            before, incoming = snapshot(keep), snapshot(other)
            other_name = other.display_name
            merge_into(keep, other, EntryKeys(self.phone_region))
            keep.updated_at = now
            moved, joined = self._move_encounters(repo, queries, keep_id, other_id)
            children = queries.child_ids(other_id)
            queries.move_children(children, keep_id)
            record = repo.add(
                m.MergeRecord(
                    contact_id=keep_id,
                    before_json=json.dumps(before, ensure_ascii=False),
                    incoming_json=json.dumps(
                        {
                            "contact": incoming,
                            "former_id": other_id,
                            "encounter_ids": moved,
                            "encounters_joined": joined,
                            **children,
                        },
                        ensure_ascii=False,
                    ),
                    created_at=now,
                    file_name=f"contact #{other_id}",
                )
            )
            repo.delete(repo.contact(other_id))
            search_index.remove_documents(repo.raw(), [other_id])
            repo.reindex([keep_id])
            kept = repo.contact(keep_id)
            assert record.id is not None
            return ContactMerge(keep_id, kept.display_name, other_id, other_name, record.id)

    @staticmethod
    def _move_encounters(
        repo: Repository, queries: DuplicateQueries, keep_id: int, other_id: int
    ) -> tuple[list[int], list[dict[str, Any]]]:
        """Move the other's encounters; one at an event both were met at is joined
        into the kept contact's encounter (its text appended), remembered for undo."""
        moved: list[int] = []
        joined: list[dict[str, Any]] = []
        for enc in queries.encounters_of(other_id):
            mine = repo.encounter(enc.event_id, keep_id)
            if mine is None:
                enc.contact_id = keep_id
                assert enc.id is not None
                moved.append(enc.id)
                continue
            joined.append(
                {
                    "encounter_id": mine.id,
                    "before": {n: getattr(mine, n) for n in ENCOUNTER_TEXT}
                    | {"talked_business": mine.talked_business},
                    "other": {n: getattr(enc, n) for n in ENCOUNTER_TEXT}
                    | {"talked_business": enc.talked_business, "event_id": enc.event_id},
                }
            )
            for name in ENCOUNTER_TEXT:
                theirs = getattr(enc, name).strip()
                if theirs and theirs not in getattr(mine, name):
                    text = getattr(mine, name).rstrip()
                    setattr(mine, name, f"{text}\n{theirs}" if text else theirs)
            mine.talked_business = mine.talked_business or enc.talked_business
        repo.flush()
        return moved, joined
