"""QR codes at the event: show my card or a contact, read other people's codes.

Reading goes picture -> texts (decoded in a child process) -> preview (contacts
found, the text) -> one call adds them through the import path (same duplicate
check as a vCard file) and records each as met at the event, which plans their
follow-ups like any encounter.
"""

from __future__ import annotations

import copy
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

from netzwerk_app.domain import model as m
from netzwerk_app.domain.errors import ValidationError
from netzwerk_app.infra.clock import local_today
from netzwerk_app.interchange import qr
from netzwerk_app.interchange.pictures import read_picture_file
from netzwerk_app.interchange.qr_decode import QrImageError, decode_image_isolated
from netzwerk_app.interchange.qr_payload import NO_CONTACT, Payload, parse_payload
from netzwerk_app.services.contacts import ContactService
from netzwerk_app.services.events import EventService, EventSummary
from netzwerk_app.services.importing.results import DuplicatePolicy, ImportResult
from netzwerk_app.services.importing.service import ImportService
from netzwerk_app.services.my_card import MyCardService


@dataclass
class QrPreview:
    """What the codes in one picture hold, before anything is stored."""

    source: str  # the picture's file name, or "clipboard"
    payloads: list[Payload] = field(default_factory=list)

    @property
    def contacts(self) -> list[m.Contact]:
        return [c for p in self.payloads for c in p.contacts]

    @property
    def text(self) -> str:
        return "\n\n".join(p.text for p in self.payloads)

    @property
    def message(self) -> str:
        """Empty when contacts were found, else one plain sentence."""
        if self.contacts:
            return ""
        return next((p.message for p in self.payloads if p.message), NO_CONTACT)


@dataclass
class QrAddResult:
    result: ImportResult
    event_id: int | None
    met: list[int] = field(default_factory=list)  # contact ids recorded at the event

    @property
    def contact_ids(self) -> list[int]:
        ids = [c.contact_id for c in self.result.imported]
        ids += [c.contact_id for c in self.result.merged]
        ids += [c.existing_id for c in self.result.skipped]
        return list(dict.fromkeys(ids))


def current_event(events: Sequence[EventSummary], now: datetime) -> int | None:
    """The event one is most likely at: running now, else the latest started today,
    else the next one today, else None (the user picks)."""
    today = [e.event for e in events if e.event.start.astimezone(now.tzinfo).date() == now.date()]
    running = [e for e in today if e.start <= now <= e.end]
    started = sorted((e for e in today if e.start <= now), key=lambda e: e.start)
    upcoming = sorted((e for e in today if e.start > now), key=lambda e: e.start)
    for group in (running, started[::-1], upcoming):
        if group and group[0].id is not None:
            return group[0].id
    return None


class QrService:
    def __init__(
        self,
        my_card: MyCardService,
        contacts: ContactService,
        importer: ImportService,
        events: EventService,
    ) -> None:
        self.my_card, self.contacts = my_card, contacts
        self.importer, self.events = importer, events

    # --- showing codes ------------------------------------------------------------------

    def my_card_data(self) -> qr.CardData:
        return qr.CardData.of_my_card(self.my_card.get())

    def contact_data(self, contact_id: int) -> qr.CardData:
        return qr.CardData.of_contact(self.contacts.get(contact_id))

    @staticmethod
    def code(card: qr.CardData, fields: Iterable[qr.QrField], url_only: bool = False) -> qr.QrCode:
        """The card's code with the ticked fields, or only its profile URL."""
        if url_only:
            return qr.encode_url(profile_url(card))
        return qr.encode_card(card, fields)

    def export(
        self,
        card: qr.CardData,
        path: Path,
        fields: Iterable[qr.QrField] = qr.ALL_FIELDS,
        url_only: bool = False,
    ) -> Path:
        """Write the code as PNG (at least 1200 px) or SVG, told by the file name."""
        qr.export_format(path)  # refuse a wrong suffix before any work
        return qr.write_code(self.code(card, fields, url_only), path)

    # --- reading codes ------------------------------------------------------------------

    def read_file(self, path: Path) -> QrPreview:
        return self.read_bytes(read_picture_file(path, QrImageError), path.name)

    def read_bytes(self, data: bytes, source: str) -> QrPreview:
        """Decode every code in the picture (in a child process) and parse its text."""
        texts = decode_image_isolated(data)
        return QrPreview(source, [parse_payload(t) for t in texts])

    def add(
        self,
        preview: QrPreview,
        event_id: int | None,
        on_duplicate: DuplicatePolicy = "skip",
        today: date | None = None,
    ) -> QrAddResult:
        """Store the contacts (duplicates by ``on_duplicate``) and record everyone —
        new or already known — as met at ``event_id``, with their follow-ups."""
        if not preview.contacts:
            raise ValidationError(preview.message)
        if event_id is not None:
            self.events.event(event_id)  # an unknown event stops before anything is stored
        day = today or local_today(self.importer.clock, self.importer.zone)
        contacts = copy.deepcopy(preview.contacts)
        for contact in contacts:
            contact.source = m.Source.QR_CODE
            contact.gdpr_note = f"Read from a QR code ({preview.source}) on {day.isoformat()}"
        result = self.importer.import_contacts(
            contacts, f"QR code ({preview.source})", on_duplicate, day
        )
        added = QrAddResult(result, event_id)
        if event_id is not None:
            for contact_id in added.contact_ids:
                self.events.record_encounter(event_id, contact_id)
                added.met.append(contact_id)
        return added


def profile_url(card: qr.CardData) -> str:
    """The URL the "URL only" variant holds: LinkedIn, else XING, else the website."""
    return card.linkedin_url or card.xing_url or card.website
