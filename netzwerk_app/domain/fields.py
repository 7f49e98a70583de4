"""Every field of a contact once: its vCard property, CSV column, merge rule, privacy and label.

The vCard reader and writer, the CSV file, merging, the contact page and the CLI's
JSON read this table instead of keeping lists of their own, and a test walks every
field through all of them, so a new field cannot be half-wired.

- ``vcard3`` / ``vcard4``: the property name in vCard 3.0 / 4.0 ("" = not in a card).
  Our own data goes into ``X-NETZWERK-*`` lines (extension properties, which RFC 2426
  and RFC 6350 allow and other readers keep or ignore). The salutation is never
  written as 4.0's ``GENDER``: the user says "Frau"/"Herr", no gender is derived.
  ``simple`` fields are one property holding one value, read and written from this
  table alone; the others (N, ORG, TEL, ADR, PHOTO, ...) have their own code.
- ``merge``: what merging a card into an existing contact does (``Merge``).
- ``private``: what the user knows about the person rather than what their card says;
  it leaves the app only in a full export, a backup or the person's GDPR export,
  never in a card passed on, a QR code or a CSV list for others.
- ``label``: the English label, translated by the GUI in the context "Fields".
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, fields
from datetime import date
from typing import Any

from netzwerk_app.domain import model as m
from netzwerk_app.domain.errors import QT_TRANSLATE_NOOP

MAX_KEEP_IN_TOUCH_DAYS = 36500  # a hundred years; more would overflow date arithmetic


class Kind(enum.StrEnum):
    """What sort of value a field holds (how it is written as text)."""

    TEXT = "text"
    BOOL = "bool"
    INT = "int"
    DATE = "date"
    CHOICE = "choice"  # a StrEnum value; ``Field.choices`` names the enum
    BIRTHDAY = "birthday"
    TAGS = "tags"
    PHONES = "phones"
    EMAILS = "emails"
    URLS = "urls"
    ADDRESSES = "addresses"
    PHOTO = "photo"
    KEPT = "kept"  # vCard lines the app does not model
    TIMESTAMP = "timestamp"
    ID = "id"


class Merge(enum.StrEnum):
    """How a card merged into an existing contact changes this field."""

    FILL = "fill"  # an empty value is filled; a set one stays
    FILL_KEEP_OTHER = "fill_keep_other"  # filled when empty; a different value is kept aside
    UNION = "union"  # lists: both, each entry once
    APPEND = "append"  # text: the card's text is added unless already there
    EITHER = "either"  # yes/no: yes when either says yes
    NEVER = "never"  # the row's own: identity, clock, where it came from


@dataclass(frozen=True)
class Field:
    name: str  # the attribute of ``Contact``
    kind: Kind
    label: str = ""  # "" = not shown on its own
    vcard3: str = ""
    vcard4: str = ""
    csv: str = ""
    merge: Merge = Merge.FILL
    private: bool = False
    choices: type[enum.StrEnum] | None = None
    empty: Any = None  # the value that counts as "not set" besides None, "" and []
    section: str = ""  # the contact page's form for simple fields: name, work, address
    simple: bool = False  # one vCard property with one value, handled from this table


def _f(name: str, kind: Kind, label: str, prop: str = "", csv: str = "", **more: Any) -> Field:
    return Field(name, kind, label, prop, more.pop("vcard4", prop), csv, **more)


_X = "X-NETZWERK-"
_TXT, _CH = Kind.TEXT, Kind.CHOICE
_KEEP = Merge.FILL_KEEP_OTHER

# In the order of the CSV columns.
FIELDS: tuple[Field, ...] = (
    _f("formatted_name", _TXT, QT_TRANSLATE_NOOP("Fields", "Display name"), "FN", "Full name",
       merge=_KEEP, section="work"),
    _f("prefix", _TXT, QT_TRANSLATE_NOOP("Fields", "Prefix"), "N", "Prefix", section="name"),
    _f("given_name", _TXT, QT_TRANSLATE_NOOP("Fields", "First name"), "N", "Given name",
       section="name"),
    _f("additional_names", _TXT, QT_TRANSLATE_NOOP("Fields", "Middle names"), "N",
       "Additional names", section="name"),
    _f("family_name", _TXT, QT_TRANSLATE_NOOP("Fields", "Last name"), "N", "Family name",
       section="name"),
    _f("suffix", _TXT, QT_TRANSLATE_NOOP("Fields", "Suffix"), "N", "Suffix", section="name"),
    _f("nickname", _TXT, QT_TRANSLATE_NOOP("Fields", "Nickname"), "NICKNAME", "Nickname",
       merge=_KEEP, section="work", simple=True),
    _f("organization", _TXT, QT_TRANSLATE_NOOP("Fields", "Organisation"), "ORG", "Organization",
       merge=_KEEP, section="work"),
    _f("department", _TXT, QT_TRANSLATE_NOOP("Fields", "Department"), "ORG", "Department",
       section="work"),
    _f("title", _TXT, QT_TRANSLATE_NOOP("Fields", "Job title"), "TITLE", "Title", merge=_KEEP,
       section="work", simple=True),
    _f("note", _TXT, QT_TRANSLATE_NOOP("Fields", "Note"), "NOTE", "Note", merge=Merge.APPEND),
    _f("gdpr_note", _TXT, QT_TRANSLATE_NOOP("Fields", "Privacy note"), f"{_X}GDPR-NOTE",
       "GDPR note", merge=Merge.APPEND, private=True, simple=True),
    _f("uid", _TXT, "", "UID", "UID", merge=_KEEP),
    _f("birthday", Kind.BIRTHDAY, QT_TRANSLATE_NOOP("Fields", "Birthday"), "BDAY", "Birthday",
       merge=_KEEP),
    _f("tags", Kind.TAGS, QT_TRANSLATE_NOOP("Fields", "Tags"), "CATEGORIES", "Tags",
       merge=Merge.UNION),
    _f("source", _CH, QT_TRANSLATE_NOOP("Fields", "Source"), f"{_X}SOURCE", "Source",
       merge=Merge.NEVER, private=True, choices=m.Source, simple=True),
    _f("personally_known", Kind.BOOL, QT_TRANSLATE_NOOP("Fields", "Known in person"),
       f"{_X}PERSONALLY-KNOWN", "Personally known", merge=Merge.EITHER, private=True,
       simple=True),
    _f("linkedin_state", _CH, QT_TRANSLATE_NOOP("Fields", "LinkedIn"), f"{_X}LINKEDIN-STATE",
       "LinkedIn state", private=True, choices=m.RelationshipState,
       empty=m.RelationshipState.NONE, simple=True),
    _f("linkedin_connected_on", Kind.DATE, QT_TRANSLATE_NOOP("Fields", "LinkedIn since"),
       f"{_X}LINKEDIN-CONNECTED-ON", "LinkedIn connected on", private=True, simple=True),
    _f("xing_state", _CH, QT_TRANSLATE_NOOP("Fields", "XING"), f"{_X}XING-STATE", "XING state",
       private=True, choices=m.RelationshipState, empty=m.RelationshipState.NONE, simple=True),
    _f("keep_in_touch_days", Kind.INT, QT_TRANSLATE_NOOP("Fields", "Keep in touch every"),
       f"{_X}KEEP-IN-TOUCH-DAYS", "Keep in touch (days)", private=True, simple=True),
    _f("salutation", _CH, QT_TRANSLATE_NOOP("Fields", "Salutation"), f"{_X}SALUTATION",
       "Salutation", private=True, choices=m.Salutation, empty=m.Salutation.NONE,
       section="address", simple=True),
    _f("address_form", _CH, QT_TRANSLATE_NOOP("Fields", "Form of address"),
       f"{_X}ADDRESS-FORM", "Form of address", private=True, choices=m.AddressForm,
       section="address", simple=True),
    _f("language", _CH, QT_TRANSLATE_NOOP("Fields", "Language"), f"{_X}LANGUAGE", "Language",
       private=True, choices=m.Language, section="address", simple=True),
    _f("phones", Kind.PHONES, QT_TRANSLATE_NOOP("Fields", "Phones"), "TEL", "Phone",
       merge=Merge.UNION),
    _f("emails", Kind.EMAILS, QT_TRANSLATE_NOOP("Fields", "E-mails"), "EMAIL", "E-mail",
       merge=Merge.UNION),
    _f("urls", Kind.URLS, QT_TRANSLATE_NOOP("Fields", "Web"), "URL", "URL", merge=Merge.UNION),
    _f("addresses", Kind.ADDRESSES, QT_TRANSLATE_NOOP("Fields", "Addresses"), "ADR", "Address",
       merge=Merge.UNION),
    _f("photo", Kind.PHOTO, "", "PHOTO", merge=_KEEP),
    _f("photo_mime", _TXT, "", "PHOTO", merge=Merge.NEVER),  # goes with the photo
    _f("photo_uri", _TXT, "", "PHOTO", merge=_KEEP),
    _f("extra_properties", Kind.KEPT, "", "*", merge=Merge.UNION),
    _f("created_at", Kind.TIMESTAMP, "", merge=Merge.NEVER),
    _f("updated_at", Kind.TIMESTAMP, "", merge=Merge.NEVER),
    _f("deleted_at", Kind.TIMESTAMP, "", merge=Merge.NEVER),
    _f("id", Kind.ID, "", merge=Merge.NEVER),
)
BY_NAME: dict[str, Field] = {f.name: f for f in FIELDS}
BY_PROPERTY: dict[str, Field] = {
    p: f for f in FIELDS if f.simple for p in (f.vcard3, f.vcard4) if p
}
LISTS = (Kind.PHONES, Kind.EMAILS, Kind.URLS, Kind.ADDRESSES)
# One cell each in a CSV file (the lists have numbered columns of their own).
CSV_CELLS = tuple(f for f in FIELDS if f.csv and f.kind not in LISTS)
PRIVATE_CSV_COLUMNS = frozenset(f.csv for f in FIELDS if f.private and f.csv)

# The English names of choice values, translated by the GUI in the context "Fields".
CHOICE_LABELS: dict[enum.StrEnum, str] = {
    m.Salutation.FRAU: QT_TRANSLATE_NOOP("Fields", "Ms (Frau)"),
    m.Salutation.HERR: QT_TRANSLATE_NOOP("Fields", "Mr (Herr)"),
    m.Salutation.NONE: QT_TRANSLATE_NOOP("Fields", "none (full name)"),
    m.AddressForm.SIE: QT_TRANSLATE_NOOP("Fields", "Sie (formal)"),
    m.AddressForm.DU: QT_TRANSLATE_NOOP("Fields", "Du (informal)"),
    m.Language.DE: QT_TRANSLATE_NOOP("Fields", "German"),
    m.Language.EN: QT_TRANSLATE_NOOP("Fields", "English"),
}
# What "not set" (None) means for a choice that may be unset, shown as the first entry.
UNSET_LABELS: dict[str, str] = {
    "address_form": QT_TRANSLATE_NOOP("Fields", "network's default"),
    "language": QT_TRANSLATE_NOOP("Fields", "default"),
}


def section(name: str) -> tuple[Field, ...]:
    return tuple(f for f in FIELDS if f.section == name)


def is_empty(f: Field, value: Any) -> bool:
    if value is None or (isinstance(value, str | bytes | list) and not value):
        return True
    return f.empty is not None and bool(value == f.empty)


def nullable(f: Field) -> bool:
    """May the field be None (``Contact``'s default is None)?"""
    return next(d.default for d in fields(m.Contact) if d.name == f.name) is None


def to_text(f: Field, value: Any) -> str:
    """A simple field's value as the text of its vCard line or CSV cell ("" = not set)."""
    if value is None:
        return ""
    if f.kind is Kind.BOOL:
        return "true" if value else ""
    if f.kind is Kind.DATE:
        return str(value.isoformat())
    if f.kind is Kind.BIRTHDAY:
        return str(value.to_iso())
    if f.kind is Kind.CHOICE:
        assert f.choices is not None
        return "" if f.empty is None and not value else str(f.choices(value).value)
    return str(value)


def from_text(f: Field, text: str) -> Any:
    """The value of a simple field written by ``to_text``; ValueError when unreadable.

    An empty text gives the field's "not set" value.
    """
    text = text.strip() if f.kind is not Kind.TEXT else text
    if f.kind is Kind.TEXT:
        return text
    if not text:
        return False if f.kind is Kind.BOOL else (f.empty if f.empty is not None else None)
    if f.kind is Kind.BOOL:
        return text.lower() in ("true", "1", "yes")
    if f.kind is Kind.INT:
        # ASCII digits only ("²".isdigit() is true), at most a hundred years
        if not (text.isascii() and text.isdigit() and int(text) <= MAX_KEEP_IN_TOUCH_DAYS):
            raise ValueError(text)
        return int(text)
    if f.kind is Kind.DATE:
        return date.fromisoformat(text)
    if f.kind is Kind.BIRTHDAY:
        return m.Birthday.from_iso(text)
    if f.kind is Kind.CHOICE:
        assert f.choices is not None
        return f.choices(text.lower())
    raise ValueError(f"{f.name} is not a simple field")
