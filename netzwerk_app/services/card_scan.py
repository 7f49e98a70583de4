"""Paper business cards: a stack of photos read into fields, then stored one by one.

Reading goes photo -> cards found and their text recognised (``interchange.card_ocr``,
in ONE warm child process for the whole stack) -> fields (``interchange.card_parse``,
with the user's phone region) -> the user reviews -> ``add`` stores each card through
the import path (the same duplicate rules as a vCard file or a QR code), records it
as met at the event and keeps the card's photo with the contact (a setting).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy.orm import Session

from netzwerk_app.domain import model as m
from netzwerk_app.domain.card_reading import CardReading
from netzwerk_app.domain.errors import QT_TRANSLATE_NOOP, NetzwerkError, ValidationError
from netzwerk_app.infra.clock import local_today
from netzwerk_app.infra.settings import Settings
from netzwerk_app.services.events import EventService
from netzwerk_app.services.importing.matching import IndexCarry
from netzwerk_app.services.importing.results import DuplicatePolicy, ImportResult
from netzwerk_app.services.importing.service import ImportService
from netzwerk_app.storage.card_photos import add_card_photo, card_photos_of
from netzwerk_app.storage.db import Database
from netzwerk_app.storage.repository import Repository

if TYPE_CHECKING:  # the reader's module is imported when a stack is read, not at start
    from netzwerk_app.interchange.card_ocr import CardReader

log = logging.getLogger("netzwerk.services.card_scan")

IMAGE_SUFFIXES = (".jpg", ".jpeg", ".png", ".webp", ".heic", ".heif", ".tif", ".tiff", ".bmp")
NOT_PARSED = QT_TRANSLATE_NOOP(
    "Errors", "The text on the card in “{name}” could not be sorted into fields."
)
EMPTY_CARD = QT_TRANSLATE_NOOP(
    "Errors", "The card has no name, organisation, e-mail or phone to store."
)

# How a card went into the contacts (``CardAddResult.outcome``).
ADDED, MERGED, SKIPPED, KEPT_BOTH = "added", "merged", "skipped", "kept_both"


def expand_stack(paths: Iterable[Path]) -> list[Path]:
    """The photos of a stack: files as given, and the image files of each folder
    (sorted by name, not recursive); other files in a folder are left out."""
    photos: list[Path] = []
    for path in paths:
        if path.is_dir():
            try:
                inside = sorted(path.iterdir(), key=lambda p: p.name)
            except OSError:
                photos.append(path)  # its read will say why in one sentence
                continue
            photos += [p for p in inside if p.suffix.lower() in IMAGE_SUFFIXES and p.is_file()]
        else:
            photos.append(path)
    return photos


@dataclass
class ScannedPhoto:
    """One photo of the stack: the cards found on it, or why it could not be read."""

    path: Path
    readings: list[CardReading] = field(default_factory=list)
    error: str = ""  # one plain English sentence; empty when the photo was read
    # The same sentence as template and values (domain.errors) for the GUI to translate.
    error_template: str = ""
    error_params: dict[str, object] = field(default_factory=dict)

    @classmethod
    def failed(cls, path: Path, problem: NetzwerkError) -> ScannedPhoto:
        return cls(path, [], str(problem), problem.template or str(problem), problem.params)


@dataclass
class CardAddResult:
    """What ``add`` did with one card."""

    contact_id: int
    outcome: str  # "added" | "merged" | "skipped" (already known) | "kept_both"
    met: bool  # recorded as met at the event (follow-ups planned)
    name: str = ""  # the contact's name as stored (the known one's when skipped)
    reason: str = ""  # why it counts as a known contact, plain English ("" when new)
    photo_kept: bool = False
    merge_id: int | None = None  # a merge: ``ImportService.undo_merge`` undoes it


@dataclass(frozen=True)
class KnownContact:
    """The stored contact a card is the same person as, and why."""

    contact_id: int
    name: str
    reason: str


class CardScanService:
    def __init__(
        self, importer: ImportService, events: EventService, db: Database, settings: Settings
    ) -> None:
        self.importer, self.events, self.db, self.settings = importer, events, db, settings
        # One duplicate index for the cards of a stack: reading the keys of every stored
        # contact for each card cost 1.5 s a look-up with 10,000 contacts.
        self._carry = IndexCarry(importer.phone_region)

    # --- reading ----------------------------------------------------------------------

    @staticmethod
    def warm_up() -> None:
        """Start the text recogniser now (its models load in about a second) so that
        the first photo of a stack is read without that wait."""
        from netzwerk_app.interchange.card_ocr import prestart

        prestart()

    @staticmethod
    def cool_down() -> None:
        """End a recogniser started by ``warm_up`` that no stack used."""
        from netzwerk_app.interchange.card_ocr import discard_spare

        discard_spare()

    def scan(
        self,
        paths: Sequence[Path],
        on_photo: Callable[[ScannedPhoto], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[ScannedPhoto]:
        """Read every photo (folders expanded) with one warm reader; a photo that fails
        keeps its sentence and the rest go on. Nothing is stored."""
        from netzwerk_app.interchange.card_ocr import CardReader

        photos = expand_stack(paths)
        scanned: list[ScannedPhoto] = []
        with CardReader() as reader:
            for path in photos:
                if cancelled is not None and cancelled():
                    break
                photo = self._scan_one(reader, path)
                scanned.append(photo)
                if on_photo is not None:
                    on_photo(photo)
        return scanned

    def _scan_one(self, reader: CardReader, path: Path) -> ScannedPhoto:
        from netzwerk_app.interchange.card_image import CardScanError
        from netzwerk_app.interchange.card_parse import parse_card
        from netzwerk_app.interchange.pictures import read_picture_file

        try:
            raws = reader.read(read_picture_file(path, CardScanError), path.name)
        except NetzwerkError as problem:
            return ScannedPhoto.failed(path, problem)
        try:
            readings = [parse_card(raw, self.settings.phone_region) for raw in raws]
        except Exception:  # a parser bug on one card must not cost the stack
            log.exception("parsing the card in %s failed", path.name)
            return ScannedPhoto.failed(path, ValidationError(NOT_PARSED, name=path.name))
        for reading in readings:
            reading.file = reading.file or path.name
        return ScannedPhoto(path, readings)

    # --- storing ----------------------------------------------------------------------

    def known(self, reading: CardReading) -> KnownContact | None:
        """The stored contact this card is (the import's duplicate rules), if any."""
        with self.db.read() as session:
            index = self._carry.current(Repository(session))
        finding = index.find(index.keys_of(reading.to_contact()))
        if finding.same is None or finding.same.entry.contact_id is None:
            return None
        entry = finding.same.entry
        assert entry.contact_id is not None
        return KnownContact(entry.contact_id, entry.name, finding.same.reason)

    def add(
        self,
        reading: CardReading,
        event_id: int | None = None,
        on_duplicate: DuplicatePolicy = "skip",
        keep_photo: bool | None = None,
        today: date | None = None,
    ) -> CardAddResult:
        """Store one reviewed card (a known person by ``on_duplicate``), record it as met
        at ``event_id`` with its follow-ups, and keep the card's photo with the contact
        (``keep_photo``; None: the setting)."""
        if reading.is_empty:
            raise ValidationError(EMPTY_CARD)
        if event_id is not None:
            self.events.event(event_id)  # an unknown event stops before anything is stored
        day = today or local_today(self.importer.clock, self.importer.zone)
        contact = reading.to_contact()
        contact.source = m.Source.CARD_SCAN
        file = reading.file or "card"
        contact.gdpr_note = f"Read from a business card photo ({file}) on {day.isoformat()}"
        known = self.known(reading) if on_duplicate == "keep-both" else None
        keep = self.settings.keep_card_photos if keep_photo is None else keep_photo
        outcome: list[CardAddResult] = []

        def photo_and_encounter(session: Session, result: ImportResult) -> None:
            # One transaction with the contact: a card is never half stored.
            added = _outcome(result, known)
            # The photo belongs to the contact the card's data went into (a merge too);
            # a card skipped as known is not taken, nor its photo, unless merging was asked.
            if keep and reading.image and (added.outcome != SKIPPED or on_duplicate == "merge"):
                added.photo_kept = add_card_photo(
                    session,
                    added.contact_id,
                    reading.image,
                    reading.image_mime,
                    self.importer.clock.now(),
                )
            if event_id is not None:
                self.events.record_encounter_in(session, event_id, added.contact_id)
                added.met = True
            outcome.append(added)

        self.importer.import_contacts(
            [contact],
            f"business card ({file})",
            on_duplicate,
            day,
            self._carry,
            then=photo_and_encounter,
        )
        return outcome[0]

    def card_photos(self, contact_id: int) -> list[tuple[bytes, str]]:
        """The card photos kept with a contact as (image, MIME type), oldest first."""
        with self.db.read() as session:
            return [(p.image, p.mime) for p in card_photos_of(session, contact_id)]


def _outcome(result: ImportResult, known: KnownContact | None) -> CardAddResult:
    if result.failed:
        failure = result.failed[0]
        raise failure.problem or ValidationError(failure.reason)
    if result.merged:
        merged = result.merged[0]
        return CardAddResult(
            merged.contact_id, MERGED, False, merged.name, merged.reason, merge_id=merged.merge_id
        )
    if result.skipped:
        skipped = result.skipped[0]
        return CardAddResult(
            skipped.existing_id, SKIPPED, False, skipped.existing_name, skipped.reason
        )
    new = result.imported[0]
    if known is not None:
        return CardAddResult(new.contact_id, KEPT_BOTH, False, new.name, known.reason)
    return CardAddResult(new.contact_id, ADDED, False, new.name)
