"""What a photographed paper business card gave: the recognised lines, then fields.

The pipeline (issue 15):
``interchange.card_ocr`` finds the cards in a photo and recognises their text in a
child process (``RawCard``); ``interchange.card_parse`` turns the lines into fields
(``CardReading``); ``services.card_scan`` lets the user review them and stores them
through the import path (same duplicate rules as a vCard file).

Pure data: no Qt, no database, no OCR library.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from netzwerk_app.domain import model as m

# Below this a field is marked for the user to check in the review form.
LOW_CONFIDENCE = 0.80

# Phone kinds on a card, as vCard TYPE values (the contact page's own types).
LANDLINE: tuple[str, ...] = ("work", "voice")
MOBILE: tuple[str, ...] = ("cell",)
FAX: tuple[str, ...] = ("fax",)


@dataclass(frozen=True)
class OcrLine:
    """One line of text as the recogniser saw it, in the card image's pixels."""

    text: str
    left: float
    top: float
    right: float
    bottom: float
    confidence: float  # 0..1, the recogniser's own score

    @property
    def height(self) -> float:
        """The line's height: a stand-in for its font size."""
        return self.bottom - self.top


@dataclass
class RawCard:
    """One card (one side) cut out of a photo, with the text read from it."""

    lines: list[OcrLine]
    width: int  # the card image's size in pixels
    height: int
    qr_texts: list[str] = field(default_factory=list)  # the text of any QR code on it
    image: bytes = b""  # the card, upright and cut out, for the review form and keeping
    image_mime: str = "image/jpeg"
    rotated: int = 0  # degrees the picture was turned before reading (0, 90, 180, 270)
    file: str = ""  # the photo's file name


@dataclass
class ReadPhone:
    value: str  # international format, e.g. "+49 89 1234567"
    types: tuple[str, ...] = LANDLINE


@dataclass
class ReadAddress:
    street: str = ""
    postal_code: str = ""
    locality: str = ""
    country: str = ""


# Names of the reading's fields (keys of ``CardReading.field_confidence``; list
# fields are keyed "phones", "emails", "urls", "addresses").
FIELD_NAMES = (
    "formatted_name",
    "prefix",
    "given_name",
    "family_name",
    "title",
    "organization",
    "emails",
    "phones",
    "urls",
    "addresses",
)


@dataclass
class CardReading:
    """The fields read from one card, before the user has reviewed them."""

    file: str = ""
    formatted_name: str = ""
    prefix: str = ""  # "Dr.", "Prof. Dr."
    given_name: str = ""
    family_name: str = ""  # with its particle: "von Bülow", "van der Berg"
    title: str = ""  # job title: "Geschäftsführerin", "Head of Sales"
    organization: str = ""
    emails: list[str] = field(default_factory=list)
    phones: list[ReadPhone] = field(default_factory=list)
    urls: list[str] = field(default_factory=list)  # website, LinkedIn and XING profiles
    addresses: list[ReadAddress] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)  # the raw recognised text, top to bottom
    confidence: float = 0.0  # the whole card, 0..1
    field_confidence: dict[str, float] = field(default_factory=dict)
    from_qr: set[str] = field(default_factory=set)  # fields taken from a printed QR code
    image: bytes = b""
    image_mime: str = "image/jpeg"

    def is_low(self, name: str) -> bool:
        """Whether the review form should mark ``name`` for checking (an empty field
        is not: a "?" beside nothing only makes the user look twice)."""
        if name in self.from_qr or not getattr(self, name, None):
            return False
        return self.field_confidence.get(name, 1.0) < LOW_CONFIDENCE

    @property
    def is_empty(self) -> bool:
        return not (
            self.formatted_name
            or self.organization
            or self.emails
            or self.phones
            or self.urls
        )

    def to_contact(self) -> m.Contact:
        """A new contact with these fields (the card photo is kept separately)."""
        formatted = self.formatted_name or " ".join(
            p for p in (self.prefix, self.given_name, self.family_name) if p
        )
        return m.Contact(
            formatted_name=formatted or self.organization,
            prefix=self.prefix,
            given_name=self.given_name,
            family_name=self.family_name,
            title=self.title,
            organization=self.organization,
            phones=[m.Phone(p.value, tuple(p.types)) for p in self.phones],
            emails=[m.Email(e, ("work",)) for e in self.emails],
            urls=[m.Url(u) for u in self.urls],
            addresses=[
                m.PostalAddress(
                    street=a.street,
                    postal_code=a.postal_code,
                    locality=a.locality,
                    country=a.country,
                    types=("work",),
                )
                for a in self.addresses
            ],
            source=m.Source.CARD_SCAN,
        )

    def to_json(self) -> dict[str, Any]:
        """The CLI's ``scan --json`` object for this card (issue 15's field names)."""
        return {
            "file": self.file,
            "formatted_name": self.formatted_name,
            "prefix": self.prefix,
            "given_name": self.given_name,
            "family_name": self.family_name,
            "title": self.title,
            "organization": self.organization,
            "emails": list(self.emails),
            "phones": [{"value": p.value, "types": list(p.types)} for p in self.phones],
            "urls": list(self.urls),
            "addresses": [
                {
                    "street": a.street,
                    "postal_code": a.postal_code,
                    "locality": a.locality,
                    "country": a.country,
                }
                for a in self.addresses
            ],
            "lines": list(self.lines),
            "confidence": round(self.confidence, 3),
        }
