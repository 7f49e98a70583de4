"""GDPR: everything about one person out, or one person gone without a trace."""

from __future__ import annotations

import base64
import enum
import json
import logging
from dataclasses import asdict
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from netzwerk_app.domain import model as m
from netzwerk_app.infra.atomic import write_atomic
from netzwerk_app.infra.clock import Clock, SystemClock
from netzwerk_app.storage import search_index
from netzwerk_app.storage.card_photos import CardPhoto, card_photos_of
from netzwerk_app.storage.db import Database
from netzwerk_app.storage.repository import Repository

TRASH_KEEP = timedelta(days=30)

log = logging.getLogger("netzwerk.services.privacy")


def _jsonable(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, dict):
        return {k: _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_jsonable(v) for v in value]
    return value


def _record(entity: Any) -> dict[str, Any]:
    result: dict[str, Any] = _jsonable(asdict(entity))
    return result


def contact_record(contact: m.Contact) -> dict[str, Any]:
    """One contact as plain JSON data, every field (the photo as base64).

    The one shape of a contact for scripts: ``export-person`` and ``show --json``.
    """
    return _record(contact)


def _card_photo_name(contact_id: int, number: int, photo: CardPhoto) -> str:
    ext = {"image/png": "png", "image/webp": "webp"}.get(photo.mime, "jpg")
    return f"person-{contact_id}-card-{number}.{ext}"


class PrivacyService:
    def __init__(self, db: Database, clock: Clock | None = None) -> None:
        self.db = db
        self.clock: Clock = clock or SystemClock()

    def person_record(self, contact_id: int) -> dict[str, Any]:
        """Everything the database holds about one person, as plain JSON data."""
        with self.db.read() as session:
            repo = Repository(session)
            contact = repo.contact(contact_id, with_photo=True)
            return {
                "format": "netzwerk-person-export/1",
                "contact": contact_record(contact),
                "encounters": [
                    {**_record(enc), "event": _record(ev)}
                    for enc, ev in repo.encounters_of(contact_id)
                ],
                "followups": [_record(f) for f in repo.followups_of(contact_id)],
                "consistency_notes": [_record(n) for n in repo.consistency_notes_of(contact_id)],
                "referrals": [_record(r) for r in repo.referrals_of(contact_id)],
                "one_to_ones": [_record(o) for o in repo.one_to_ones_of(contact_id)],
                # The photos of paper business cards, written beside the JSON.
                "card_photos": [
                    {
                        "file": _card_photo_name(contact_id, number, photo),
                        "mime": photo.mime,
                        "added_at": _jsonable(photo.added_at),
                    }
                    for number, photo in enumerate(card_photos_of(session, contact_id), 1)
                ],
            }

    def export_person(self, contact_id: int, out_dir: Path) -> list[Path]:
        """Write ``person-<id>.json`` and ``person-<id>.vcf`` (and the photo, and the
        photos of their business cards: ``person-<id>-card-1.jpg``, ...) into ``out_dir``."""
        record = self.person_record(contact_id)  # raises NotFoundError first
        from netzwerk_app.interchange.vcard import write_vcards

        contact = self.get_contact(contact_id)
        written: list[Path] = []
        json_path = out_dir / f"person-{contact_id}.json"
        write_atomic(json_path, json.dumps(record, ensure_ascii=False, indent=2).encode("utf-8"))
        written.append(json_path)
        vcf_path = out_dir / f"person-{contact_id}.vcf"
        write_atomic(vcf_path, write_vcards([contact]).encode("utf-8"))
        written.append(vcf_path)
        if contact.photo:
            ext = {"image/png": "png", "image/gif": "gif"}.get(contact.photo_mime, "jpg")
            photo_path = out_dir / f"person-{contact_id}-photo.{ext}"
            write_atomic(photo_path, contact.photo)
            written.append(photo_path)
        with self.db.read() as session:
            cards = card_photos_of(session, contact_id)
        for number, card in enumerate(cards, 1):
            card_path = out_dir / _card_photo_name(contact_id, number, card)
            write_atomic(card_path, card.image)
            written.append(card_path)
        return written

    def get_contact(self, contact_id: int) -> Any:
        with self.db.read() as session:
            return Repository(session).contact(contact_id, with_photo=True)

    def forget(self, contact_id: int) -> str:
        """Delete one person completely and scrub the file; returns the name that was deleted."""
        return self.forget_many([contact_id])[0]

    def forget_many(self, contact_ids: list[int]) -> list[str]:
        """GDPR delete for several people in one transaction, then one scrub of the file."""
        names = []
        with self.db.write() as session:
            repo = Repository(session)
            for contact_id in contact_ids:
                contact = repo.contact(contact_id)
                names.append(contact.display_name)
                # Children (card photos too) go by ON DELETE CASCADE; the FTS row and
                # its index entries by hand.
                repo.delete(contact)
            search_index.remove_documents(repo.raw(), contact_ids)
            search_index.optimize(repo.raw())
        self.scrub()
        log.info("%d contacts forgotten", len(contact_ids))
        return names

    def purge_trash(self, older_than: timedelta = TRASH_KEEP) -> int:
        """Erase what has been in the trash longer than ``older_than`` (30 days)."""
        with self.db.read() as session:
            expired = Repository(session).trashed_before(self.clock.now() - older_than)
        if expired:
            self.forget_many(expired)
        return len(expired)

    def scrub(self) -> None:
        """Rewrite the file so that no freed page keeps old bytes (VACUUM + WAL truncate)."""
        with self.db.raw() as conn:
            conn.execute("VACUUM")
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
