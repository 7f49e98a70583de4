"""Export contacts: vCard 3.0 (what phones and QR readers take), 4.0, or CSV.

One contact, a selection, the people met at an event, or everyone not in the trash.
An export is for passing people on, so by default it carries only the card: what
the user knows about the person (encounters, the source note, relationship states,
every ``X-NETZWERK-*`` line and the CSV's private columns) goes out only with
``include_private`` — a full export whose ``X-NETZWERK-DATA`` (encounters,
consistency notes, follow-ups: services.private_data) our own import reads back. Files are written atomically: the target is either untouched or the complete
new file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from netzwerk_app.domain import model as m
from netzwerk_app.domain.errors import (
    QT_TRANSLATE_NOOP,
    NotFoundError,
    ValidationError,
)
from netzwerk_app.infra.atomic import atomic_open
from netzwerk_app.interchange.csv_io import write_contacts_csv
from netzwerk_app.interchange.vcard import write_vcard
from netzwerk_app.services.importing.results import CancelCheck, ProgressCallback
from netzwerk_app.services.private_data import private_data
from netzwerk_app.storage.db import Database
from netzwerk_app.storage.repository import Repository

ExportFormat = Literal["vcard3", "vcard4", "csv"]
EXPORT_FORMATS: tuple[ExportFormat, ...] = ("vcard3", "vcard4", "csv")
CHUNK = 500  # contacts loaded (with photos) at a time


@dataclass(frozen=True)
class ExportResult:
    path: Path
    format: ExportFormat
    count: int
    cancelled: bool = False


class _ExportCancelled(Exception):
    pass


class ExportService:
    def __init__(self, db: Database) -> None:
        self.db = db

    def selection(
        self, contact_ids: Sequence[int] | None = None, event_id: int | None = None
    ) -> list[int]:
        """The ids to export, sorted by name: the given contacts plus the people met at
        ``event_id``; with neither, every contact not in the trash."""
        with self.db.read() as session:
            repo = Repository(session)
            if not contact_ids and event_id is None:
                return [c.id for c in repo.contacts() if c.id is not None]
            wanted: set[int] = set()
            for cid in contact_ids or []:
                repo.contact(cid)  # NotFoundError for an unknown id
                wanted.add(cid)
            if event_id is not None:
                repo.get(m.Event, event_id, "event")
                wanted |= {c.id for _, c in repo.encounters_at(event_id) if c.id is not None}
                # people met there but since moved to the trash stay out
                trashed = {c.id for c in repo.contacts(only_deleted=True)}
                wanted -= trashed - set(contact_ids or [])
            rows = repo.contacts(include_deleted=True, ids=sorted(wanted))
            return [c.id for c in rows if c.id is not None]

    def export(
        self,
        path: Path,
        format: ExportFormat = "vcard3",
        contact_ids: Sequence[int] | None = None,
        event_id: int | None = None,
        include_photos: bool = True,
        on_progress: ProgressCallback | None = None,
        should_cancel: CancelCheck | None = None,
        include_private: bool = False,
    ) -> ExportResult:
        """Write the selected contacts to ``path`` (see ``selection``): only their cards,
        or with ``include_private`` also the private fields (a full export)."""
        if format not in EXPORT_FORMATS:
            raise ValidationError(
                QT_TRANSLATE_NOOP("Errors", "Unknown export format “{format}”."), format=format
            )
        ids = self.selection(contact_ids, event_id)
        if not ids:
            raise NotFoundError(QT_TRANSLATE_NOOP("Errors", "There are no contacts to export."))
        try:
            if format == "csv":
                count = self._csv(path, ids, include_private)
            else:
                version: Any = "4.0" if format == "vcard4" else "3.0"
                count = self._vcards(
                    path, ids, version, include_photos, include_private, on_progress, should_cancel
                )
        except _ExportCancelled:
            return ExportResult(path, format, 0, cancelled=True)
        if on_progress is not None:
            on_progress(count, count)
        return ExportResult(path, format, count)

    def _vcards(
        self,
        path: Path,
        ids: list[int],
        version: Any,
        include_photos: bool,
        include_private: bool,
        on_progress: ProgressCallback | None,
        should_cancel: CancelCheck | None,
    ) -> int:
        done = 0
        with atomic_open(path) as out, self.db.read() as session:
            repo = Repository(session)
            networks = {n.id: n.name for n in repo.networks() if n.id is not None}
            for start in range(0, len(ids), CHUNK):
                if should_cancel is not None and should_cancel():
                    raise _ExportCancelled
                chunk = ids[start : start + CHUNK]
                by_id = {
                    c.id: c
                    for c in repo.contacts(
                        include_deleted=True, ids=chunk, with_photo=include_photos
                    )
                }
                met = repo.encounters_of_many(chunk) if include_private else {}
                notes, due = (
                    repo.notes_and_followups_of_many(chunk) if include_private else ({}, {})
                )
                for cid in chunk:
                    data = None
                    if include_private:
                        events = {ev.id: ev for _, ev in met.get(cid, []) if ev.id is not None}
                        for f in due.get(cid, []):
                            if f.event_id is not None and f.event_id not in events:
                                events[f.event_id] = repo.get(m.Event, f.event_id, "event")
                        data = (
                            private_data(
                                met.get(cid, []),
                                notes.get(cid, []),
                                due.get(cid, []),
                                events,
                                networks,
                            )
                            or None
                        )
                    out.write(
                        write_vcard(
                            by_id[cid], version, include_photos, data, private=include_private
                        )
                    )
                done += len(chunk)
                session.expunge_all()  # photos of the chunk can go
                if on_progress is not None:
                    on_progress(done, len(ids))
        return done

    def _csv(self, path: Path, ids: list[int], include_private: bool) -> int:
        with self.db.read() as session:
            rows = Repository(session).contacts(include_deleted=True, ids=ids)
        with atomic_open(path, "wb") as out:
            out.write(write_contacts_csv(rows, private=include_private))
        return len(rows)
