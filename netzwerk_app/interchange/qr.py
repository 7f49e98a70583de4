"""QR codes that carry a business card: the compact vCard, the code, PNG and SVG.

The payload is a vCard 3.0 written by the same writer as the export (UTF-8, CRLF,
no photo, no CHARSET parameter, no PRODID or X-NETZWERK lines), holding only the
fields the user ticked. Error correction M: survives a scratched badge or a
glare spot, yet keeps the code small enough for a phone to read off a screen.
Reading codes lives in ``qr_decode`` (images) and ``qr_payload`` (their text).
"""

from __future__ import annotations

import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from netzwerk_app.domain import model as m
from netzwerk_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from netzwerk_app.infra.atomic import write_atomic
from netzwerk_app.interchange.vcard_write import write_vcard

QrField = Literal["name", "organization", "title", "phone", "email", "website", "linkedin", "xing"]
ALL_FIELDS: tuple[QrField, ...] = (
    "name",
    "organization",
    "title",
    "phone",
    "email",
    "website",
    "linkedin",
    "xing",
)
FIELD_NAMES: dict[QrField, str] = {
    "name": "name",
    "organization": "organisation",
    "title": "job title",
    "phone": "phone",
    "email": "e-mail",
    "website": "website",
    "linkedin": "LinkedIn URL",
    "xing": "XING URL",
}
# Above this version a phone reads the code from a laptop screen only with difficulty.
COMFORTABLE_VERSION = 16
QUIET_ZONE = 4  # modules of white around the code, as the standard asks
MIN_PNG_PIXELS = 1200
MAX_BYTES = 2331  # what version 40 holds in byte mode at error correction M


@dataclass(frozen=True)
class CardData:
    """What a QR card can hold: the user's card or a contact, as plain values."""

    formatted_name: str = ""
    given_name: str = ""
    family_name: str = ""
    organization: str = ""
    title: str = ""
    phones: tuple[m.Phone, ...] = ()
    emails: tuple[m.Email, ...] = ()
    website: str = ""
    linkedin_url: str = ""
    xing_url: str = ""

    @property
    def name(self) -> str:
        given_family = " ".join(p for p in (self.given_name, self.family_name) if p.strip())
        return self.formatted_name.strip() or given_family.strip()

    def has(self, name: QrField) -> bool:
        """Whether the card has a value for the field (only those can be ticked)."""
        values = {
            "name": self.name,
            "organization": self.organization,
            "title": self.title,
            "phone": self.phones,
            "email": self.emails,
            "website": self.website,
            "linkedin": self.linkedin_url,
            "xing": self.xing_url,
        }
        return bool(values[name])

    @classmethod
    def of_my_card(cls, card: m.MyCard) -> CardData:
        return cls(
            card.formatted_name,
            card.given_name,
            card.family_name,
            card.organization,
            card.title,
            tuple(card.phones),
            tuple(card.emails),
            card.website,
            card.linkedin_url,
            card.xing_url,
        )

    @classmethod
    def of_contact(cls, contact: m.Contact) -> CardData:
        linkedin = contact.profile_url(m.Platform.LINKEDIN) or ""
        xing = contact.profile_url(m.Platform.XING) or ""
        website = next((u.value for u in contact.urls if u.value not in (linkedin, xing)), "")
        return cls(
            contact.display_name,
            contact.given_name,
            contact.family_name,
            contact.organization,
            contact.title,
            tuple(contact.phones),
            tuple(contact.emails),
            website,
            linkedin,
            xing,
        )


@dataclass(frozen=True)
class QrCode:
    """An encoded code: what it holds, its version and the modules (True = dark)."""

    payload: str
    version: int
    modules: tuple[tuple[bool, ...], ...]
    fields: tuple[QrField, ...] = ()
    warning: str = ""  # a plain sentence when the code is hard to read
    drop_hint: QrField | None = None  # the field whose removal helps most

    @property
    def size(self) -> int:
        return len(self.modules)

    def png(self, min_pixels: int = MIN_PNG_PIXELS, quiet_zone: int = QUIET_ZONE) -> bytes:
        """A black-on-white PNG at least ``min_pixels`` wide, whole pixels per module."""
        from PIL import Image

        total = self.size + 2 * quiet_zone
        scale = -(-min_pixels // total)  # ceiling: never below the minimum
        small = Image.new("1", (total, total), 1)
        pixels = small.load()
        assert pixels is not None
        for y, row in enumerate(self.modules):
            for x, dark in enumerate(row):
                if dark:
                    pixels[x + quiet_zone, y + quiet_zone] = 0
        big = small.resize((total * scale, total * scale), Image.Resampling.NEAREST)
        out = io.BytesIO()
        big.save(out, format="PNG", optimize=True)
        return out.getvalue()

    def dark_runs(self) -> Iterator[tuple[int, int, int]]:
        """Each horizontal run of dark modules as (row, first column, column after it)."""
        for y, row in enumerate(self.modules):
            x = 0
            while x < len(row):
                if not row[x]:
                    x += 1
                    continue
                start = x
                while x < len(row) and row[x]:
                    x += 1
                yield y, start, x

    def svg(self, quiet_zone: int = QUIET_ZONE) -> str:
        """A scalable SVG with a white background (codes on dark slides stay readable)."""
        total = self.size + 2 * quiet_zone
        runs = [
            f"M{start + quiet_zone} {y + quiet_zone}h{end - start}v1h{start - end}z"
            for y, start, end in self.dark_runs()
        ]
        return (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {total} {total}" '
            f'width="{total * 10}" height="{total * 10}" shape-rendering="crispEdges">\n'
            f'<rect width="{total}" height="{total}" fill="#fff"/>\n'
            f'<path fill="#000" d="{"".join(runs)}"/>\n</svg>\n'
        )


def card_payload(card: CardData, fields: Iterable[QrField]) -> str:
    """The compact vCard 3.0 text with only the chosen fields."""
    chosen = set(fields)
    urls = [
        m.Url(value)
        for key, value in (
            ("website", card.website),
            ("linkedin", card.linkedin_url),
            ("xing", card.xing_url),
        )
        if key in chosen and value.strip()
    ]
    contact = m.Contact(
        formatted_name=card.name if "name" in chosen else "",
        given_name=card.given_name if "name" in chosen else "",
        family_name=card.family_name if "name" in chosen else "",
        organization=card.organization if "organization" in chosen else "",
        title=card.title if "title" in chosen else "",
        phones=list(card.phones) if "phone" in chosen else [],
        emails=list(card.emails) if "email" in chosen else [],
        urls=urls,
    )
    if not contact.display_name and not urls:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Tick at least one field that has a value.")
        )
    if not contact.formatted_name:
        # FN is required in 3.0; without a ticked name the first value stands in.
        contact.formatted_name = contact.display_name or urls[0].value
    return write_vcard(contact, "3.0", include_photo=False, compact=True)


def encode(payload: str) -> QrCode:
    """The QR code (error correction M, smallest version that fits) for ``payload``."""
    # qrcode (and the PIL it pulls in) loads when a code is made, not with the window.
    import qrcode
    import qrcode.constants
    from qrcode.exceptions import DataOverflowError

    data = payload.encode("utf-8")
    builder = qrcode.QRCode(error_correction=qrcode.constants.ERROR_CORRECT_M, border=0)
    builder.add_data(data)
    try:
        if len(data) > MAX_BYTES:
            raise DataOverflowError
        builder.make(fit=True)
    except (DataOverflowError, ValueError) as error:  # qrcode says "version 41" at times
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "That is too much text for one QR code; leave out some fields."
            )
        ) from error
    matrix = builder.get_matrix()
    return QrCode(payload, int(builder.version), tuple(tuple(bool(c) for c in r) for r in matrix))


def encode_card(card: CardData, fields: Iterable[QrField]) -> QrCode:
    """The card's code; above version 16 with a warning that names the field to drop."""
    chosen = tuple(f for f in ALL_FIELDS if f in set(fields) and card.has(f))
    code = encode(card_payload(card, chosen))
    if code.version <= COMFORTABLE_VERSION:
        return QrCode(code.payload, code.version, code.modules, chosen)
    hint, best = _field_to_drop(card, chosen)
    without = f"; without the {FIELD_NAMES[hint]} it would be version {best}" if hint else ""
    warning = (
        f"This code is version {code.version}: a phone reads it from a screen only with "
        f"difficulty{without}."
    )
    return QrCode(code.payload, code.version, code.modules, chosen, warning, hint)


def encode_url(url: str) -> QrCode:
    """The variant that holds only a profile URL (shorter, so it reads even from afar)."""
    if not url.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "There is no profile URL to put into the code.")
        )
    return encode(url.strip())


def _field_to_drop(card: CardData, chosen: tuple[QrField, ...]) -> tuple[QrField | None, int]:
    """The ticked field (never the name) whose removal gives the smallest version."""
    best: tuple[QrField | None, int] = (None, 41)
    for candidate in chosen:
        if candidate == "name":
            continue
        rest = tuple(f for f in chosen if f != candidate)
        try:
            version = encode(card_payload(card, rest)).version
        except ValidationError:
            continue
        if version < best[1]:
            best = (candidate, version)
    return best


ExportFormat = Literal["png", "svg"]


def export_format(path: Path) -> ExportFormat:
    suffix = path.suffix.lower()
    if suffix == ".png":
        return "png"
    if suffix == ".svg":
        return "svg"
    raise ValidationError(
        QT_TRANSLATE_NOOP("Errors", "“{name}”: choose a file name ending in .png or .svg."),
        name=path.name,
    )


def write_code(code: QrCode, path: Path) -> Path:
    """Save as PNG or SVG (told by the suffix); the file is the old or the whole new one."""
    data = code.png() if export_format(path) == "png" else code.svg().encode("utf-8")
    target = Path(path)
    write_atomic(target, data)
    return target
