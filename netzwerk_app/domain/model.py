"""The networking world as plain Python: contacts, networks, events, encounters, ...

These dataclasses are the one set of entity types of the app. ``storage.orm`` maps
them imperatively onto tables, so nothing here knows about SQLAlchemy or Qt.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime

from netzwerk_app.domain.addressing import EventKind as EventKind
from netzwerk_app.domain.addressing import Salutation as Salutation


class Source(enum.StrEnum):
    """How a contact entered the app."""

    EVENT_CAPTURE = "event_capture"
    VCARD_FILE = "vcard_file"
    QR_CODE = "qr_code"
    LINKEDIN_EXPORT = "linkedin_export"
    MANUAL = "manual"
    CARDDAV = "carddav"  # arrived by CardDAV sync (saved on the phone)
    CARD_SCAN = "card_scan"  # read from a photographed paper business card


class RelationshipState(enum.StrEnum):
    """Where the user stands with a contact on one platform."""

    NONE = "none"
    REQUEST_DRAFTED = "request_drafted"
    SENT = "sent"
    CONNECTED = "connected"
    FOLLOWING = "following"
    IGNORED = "ignored"


class Platform(enum.StrEnum):
    LINKEDIN = "linkedin"
    XING = "xing"


class Verdict(enum.StrEnum):
    CONSISTENT = "consistent"
    MISMATCH = "mismatch"
    UNCHECKED = "unchecked"


class FollowUpKind(enum.StrEnum):
    CONNECTION_REQUEST = "connection_request"
    FOLLOW_INSTEAD = "follow_instead"
    WELCOME_AND_OFFER_HELP = "welcome_and_offer_help"
    BIRTHDAY_GREETING = "birthday_greeting"
    COFFEE = "coffee"
    REVIEW_WEBSITE = "review_website"
    # Answering a connection request from someone the user has not met.
    ANSWER_REQUEST = "answer_request"


class Channel(enum.StrEnum):
    LINKEDIN = "linkedin"
    XING = "xing"
    EMAIL = "email"
    PHONE = "phone"


class FollowUpStatus(enum.StrEnum):
    PENDING = "pending"
    SNOOZED = "snoozed"
    DONE = "done"
    SKIPPED = "skipped"
    # A thank-you kept until the request (sent without a note) is accepted.
    WAITING = "waiting"


class Language(enum.StrEnum):
    DE = "de"
    EN = "en"


class AddressForm(enum.StrEnum):
    SIE = "sie"
    DU = "du"


class ReferralDirection(enum.StrEnum):
    GIVEN = "given"
    RECEIVED = "received"


class ReferralOutcome(enum.StrEnum):
    OPEN = "open"
    WON = "won"
    LOST = "lost"


class OneToOneStatus(enum.StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"


# --- value objects kept inside a contact ------------------------------------------


@dataclass(frozen=True)
class Phone:
    value: str
    types: tuple[str, ...] = ()
    label: str = ""  # a custom label such as Apple's X-ABLabel


@dataclass(frozen=True)
class Email:
    value: str
    types: tuple[str, ...] = ()
    label: str = ""


@dataclass(frozen=True)
class Url:
    value: str
    types: tuple[str, ...] = ()
    label: str = ""


@dataclass(frozen=True)
class PostalAddress:
    street: str = ""
    locality: str = ""
    region: str = ""
    postal_code: str = ""
    country: str = ""
    po_box: str = ""
    extended: str = ""
    types: tuple[str, ...] = ()
    label: str = ""

    def is_empty(self) -> bool:
        parts = (self.street, self.locality, self.region, self.postal_code, self.country)
        return not any(p.strip() for p in (*parts, self.po_box, self.extended))


@dataclass(frozen=True)
class Birthday:
    """A birthday; many cards know only day and month (vCard ``--MMDD``)."""

    month: int
    day: int
    year: int | None = None

    def __post_init__(self) -> None:
        # 29 February is valid without a year; validate against a leap year then.
        date(self.year if self.year is not None else 2000, self.month, self.day)

    def to_iso(self) -> str:
        if self.year is None:
            return f"--{self.month:02d}-{self.day:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"

    @classmethod
    def from_iso(cls, text: str) -> Birthday:
        text = text.strip()
        if text.startswith("--"):
            month, day = text[2:].replace("-", "")[:2], text[2:].replace("-", "")[2:4]
            return cls(int(month), int(day))
        digits = text[:10].replace("-", "")
        return cls(int(digits[4:6]), int(digits[6:8]), int(digits[0:4]))


@dataclass(frozen=True)
class RawProperty:
    """A vCard property the app does not model, kept verbatim for export."""

    name: str
    value: str
    params: tuple[tuple[str, tuple[str, ...]], ...] = ()
    group: str = ""


# --- entities -------------------------------------------------------------------


@dataclass(eq=False)
class Contact:
    formatted_name: str = ""
    given_name: str = ""
    family_name: str = ""
    additional_names: str = ""
    prefix: str = ""
    suffix: str = ""
    nickname: str = ""
    organization: str = ""
    department: str = ""
    title: str = ""
    salutation: Salutation = Salutation.NONE
    address_form: AddressForm | None = None  # None: the network's or the app's default
    language: Language | None = None  # None: the network's or the app's default
    phones: list[Phone] = field(default_factory=list)
    emails: list[Email] = field(default_factory=list)
    addresses: list[PostalAddress] = field(default_factory=list)
    urls: list[Url] = field(default_factory=list)
    photo: bytes | None = None
    photo_mime: str = ""
    photo_uri: str = ""
    birthday: Birthday | None = None
    note: str = ""
    tags: list[str] = field(default_factory=list)
    source: Source = Source.MANUAL
    gdpr_note: str = ""
    personally_known: bool = False
    linkedin_state: RelationshipState = RelationshipState.NONE
    linkedin_connected_on: date | None = None
    xing_state: RelationshipState = RelationshipState.NONE
    keep_in_touch_days: int | None = None
    uid: str = ""
    extra_properties: list[RawProperty] = field(default_factory=list)
    created_at: datetime | None = None
    updated_at: datetime | None = None
    deleted_at: datetime | None = None  # in the trash since then
    id: int | None = None

    @property
    def display_name(self) -> str:
        """The name to show: FN, else one derived from the card's other data."""
        return self.formatted_name or derive_formatted_name(self)

    def profile_url(self, platform: Platform) -> str | None:
        host = {Platform.LINKEDIN: "linkedin.com/", Platform.XING: "xing.com/"}[platform]
        for url in self.urls:
            if host in url.value.lower():
                return url.value
        return None

    def relationship_state(self, platform: Platform) -> RelationshipState:
        return self.linkedin_state if platform is Platform.LINKEDIN else self.xing_state


def derive_formatted_name(contact: Contact) -> str:
    """FN for cards that lack one: from N, then organisation, e-mail or phone."""
    parts = [contact.prefix, contact.given_name, contact.additional_names]
    parts += [contact.family_name, contact.suffix]
    name = " ".join(p.strip() for p in parts if p and p.strip())
    if name:
        return name
    if contact.nickname.strip():
        return contact.nickname.strip()
    if contact.organization.strip():
        return contact.organization.strip()
    if contact.emails:
        return contact.emails[0].value
    if contact.phones:
        return contact.phones[0].value
    return ""


@dataclass(eq=False)
class Network:
    name: str
    description: str = ""
    website: str = ""
    default_address_form: AddressForm | None = None  # set by the user, never guessed
    default_language: Language | None = None
    id: int | None = None


@dataclass(eq=False)
class Event:
    network_id: int | None
    title: str
    start: datetime
    end: datetime
    place: str = ""
    speaker: str = ""
    topic: str = ""
    notes: str = ""
    kind: str = ""  # an EventKind value; "" = not known
    id: int | None = None


@dataclass(eq=False)
class Encounter:
    event_id: int
    contact_id: int
    pitch: str = ""
    offering: str = ""
    customers: str = ""
    cooperation_idea: str = ""
    talked_business: bool = False
    notes: str = ""
    created_at: datetime | None = None
    id: int | None = None

    def had_real_conversation(self) -> bool:
        """True when anything beyond a name was captured."""
        texts = (self.pitch, self.offering, self.customers, self.cooperation_idea, self.notes)
        return self.talked_business or any(t.strip() for t in texts)


@dataclass(eq=False)
class ConsistencyNote:
    """Does the spoken pitch match website / LinkedIn / XING? ``contact_id`` None = the user."""

    contact_id: int | None
    verdict: Verdict = Verdict.UNCHECKED
    sources_checked: list[str] = field(default_factory=list)
    online_text: str = ""
    details: str = ""
    checked_on: date | None = None
    id: int | None = None


@dataclass(eq=False)
class FollowUp:
    contact_id: int
    kind: FollowUpKind
    channel: Channel
    due_at: datetime
    status: FollowUpStatus = FollowUpStatus.PENDING
    event_id: int | None = None
    drafted_message: str = ""
    snoozed_until: datetime | None = None
    done_at: datetime | None = None
    skip_reason: str = ""
    created_at: datetime | None = None
    id: int | None = None


@dataclass(eq=False)
class Template:
    kind: FollowUpKind
    language: Language
    address_form: AddressForm
    body: str
    channel: Channel | None = None
    subject: str = ""
    name: str = ""
    builtin: bool = False
    id: int | None = None


@dataclass(eq=False)
class MyCard:
    """The user's own profile, shown as QR code and used in drafted messages."""

    formatted_name: str = ""
    given_name: str = ""
    family_name: str = ""
    organization: str = ""
    title: str = ""
    phones: list[Phone] = field(default_factory=list)
    emails: list[Email] = field(default_factory=list)
    website: str = ""
    linkedin_url: str = ""
    xing_url: str = ""
    elevator_pitch: str = ""
    one_line_pitch: str = ""
    id: int | None = None


@dataclass(eq=False)
class Referral:
    contact_id: int
    direction: ReferralDirection
    referred_on: date
    description: str = ""
    value_cents: int | None = None
    outcome: ReferralOutcome = ReferralOutcome.OPEN
    id: int | None = None


@dataclass(eq=False)
class OneToOne:
    contact_id: int
    scheduled_at: datetime
    place: str = ""
    status: OneToOneStatus = OneToOneStatus.PLANNED
    notes: str = ""
    id: int | None = None


@dataclass(eq=False)
class MergeRecord:
    """One merge of an imported card into an existing contact, kept so it can be undone.

    ``before_json`` is the contact as it was, ``incoming_json`` the card that was
    merged in (both as written by ``services.importing.merging.snapshot``).
    """

    contact_id: int
    before_json: str
    incoming_json: str
    created_at: datetime
    file_name: str = ""
    undone_at: datetime | None = None
    id: int | None = None
