"""What of a contact travels to the server, and cards in one normal form.

Only card data travels: the field table's non-private fields that have a vCard
property, less the note (the user's own notes stay local; a NOTE on the server card
is kept there untouched). Servers rewrite cards (line endings, order, PRODID, REV);
every card is compared in one normal form - read, reduced to what travels, written
again as vCard 3.0 (what iCloud takes) - never byte for byte.
"""

from __future__ import annotations

import dataclasses
import uuid
from dataclasses import dataclass
from typing import Any

from netzwerk_app.domain import fields
from netzwerk_app.domain.fields import Kind
from netzwerk_app.domain.model import Contact, RawProperty
from netzwerk_app.interchange.vcard import NotAVCardError, ParsedCard, iter_vcards, write_vcard
from netzwerk_app.interchange.vcard_syntax import escape_text

# Fields that never travel although they are not marked private.
LOCAL_ONLY = frozenset({"note"})
# The server's bookkeeping lines: they change on every write and carry no card data.
VOLATILE = frozenset({"REV", "PRODID", "X-NETZWERK-DATA"})
_DROPPED = VOLATILE | {"NOTE"}
_NOT_MERGED = frozenset({"uid", "photo_mime", "photo_uri"})  # identity; photo goes as one

TRAVELS: tuple[fields.Field, ...] = tuple(
    f
    for f in fields.FIELDS
    if not f.private
    and f.vcard3
    and f.name not in LOCAL_ONLY
    and f.kind not in (Kind.ID, Kind.TIMESTAMP)
)
# The fields merged one by one (photo, type and URI count as one: "photo").
MERGED: tuple[str, ...] = tuple(f.name for f in TRAVELS if f.name not in _NOT_MERGED)
LISTS = frozenset(f.name for f in TRAVELS if f.kind in (*fields.LISTS, Kind.TAGS, Kind.KEPT))


@dataclass
class ServerCard:
    """A card read from the server: its contact (only what travels is ever taken from
    it), its NOTE (kept on the server, never imported), and whether it is a group."""

    contact: Contact
    note: str
    is_group: bool


def _field(f: dataclasses.Field[Any]) -> Any:
    if f.default_factory is not dataclasses.MISSING:
        return dataclasses.field(default_factory=f.default_factory)
    return dataclasses.field(default=f.default)


# The same fields as ``Contact`` without the database mapping: cards read from the
# server are compared and written out, most never stored, and a plain object is
# several times quicker to fill than a mapped one.
_PlainContact = dataclasses.make_dataclass(
    "PlainContact",
    [(f.name, f.type, _field(f)) for f in dataclasses.fields(Contact)],
    eq=False,
    namespace={"display_name": Contact.display_name},
)


def new_plain(**values: Any) -> Contact:
    """A contact that is not (yet) a database object."""
    contact: Contact = _PlainContact(**values)
    return contact


def read_card(text: str) -> ServerCard | None:
    """The one card in ``text``; None when it cannot be read at all."""
    try:
        first = next(iter_vcards(text.encode("utf-8"), "", _PlainContact), None)
    except NotAVCardError:  # no card at all in the answer
        return None
    if not isinstance(first, ParsedCard):
        return None
    contact = first.contact
    kinds = {
        p.value.strip().lower()
        for p in contact.extra_properties
        if p.name.upper() in ("X-ADDRESSBOOKSERVER-KIND", "KIND")
    }
    return ServerCard(contact, contact.note, "group" in kinds)


def _travels(prop: RawProperty) -> bool:
    name = prop.name.upper()
    return name not in VOLATILE and not name.startswith("X-NETZWERK-")


def render(contact: Contact, note: str = "") -> str:
    """The card the server gets: vCard 3.0 with what travels (the writer's card for
    others, less the note and the server's bookkeeping); ``note`` is the server's own
    NOTE, written back as it was."""
    text = write_vcard(contact, "3.0", include_photo=True, private=False)
    lines: list[str] = []
    skipping = False
    for line in text.split("\r\n"):
        if line[:1] in (" ", "\t"):  # a folded continuation of the line before
            if not skipping:
                lines.append(line)
            continue
        name = line.split(":", 1)[0].split(";", 1)[0]
        name = name.rsplit(".", 1)[-1].upper()  # without an Apple group prefix
        skipping = name in _DROPPED or name.startswith("X-NETZWERK-")
        if not skipping:
            lines.append(line)
    if note:
        lines.insert(len(lines) - 2, "NOTE:" + escape_text(note))
    return "\r\n".join(lines)


def normal(text: str) -> str:
    """``text`` in the normal form; "" when it is no card."""
    card = read_card(text)
    return "" if card is None else render(card.contact)


def values(contact: Contact) -> dict[str, Any]:
    """The merged fields' values, comparable with ``==``."""
    out: dict[str, Any] = {}
    for name in MERGED:
        value = getattr(contact, name)
        if name == "photo":
            value = (value or b"", contact.photo_mime if value else "", contact.photo_uri)
        elif name == "extra_properties":
            value = tuple(p for p in value if _travels(p))
        elif isinstance(value, list):
            value = tuple(value)
        out[name] = value
    return out


def apply(contact: Contact, merged: dict[str, Any]) -> None:
    """Write merged values (as ``values`` gives them) into ``contact``."""
    for name, value in merged.items():
        if name == "photo":
            data, mime, uri = value
            contact.photo, contact.photo_mime, contact.photo_uri = data or None, mime, uri
        elif name in LISTS:
            setattr(contact, name, list(value))
        else:
            setattr(contact, name, value)


def shown(name: str, value: Any) -> str:
    """A value as the text of a conflict record."""
    if name == "photo":
        return "(photo)" if value[0] or value[2] else ""
    if value is None:
        return ""
    if isinstance(value, tuple):
        return "; ".join(shown_item(v) for v in value)
    f = fields.BY_NAME[name]
    if f.kind in (Kind.BIRTHDAY, Kind.DATE, Kind.CHOICE, Kind.BOOL, Kind.INT):
        return fields.to_text(f, value)
    return str(value)


def shown_item(value: Any) -> str:
    if isinstance(value, RawProperty):
        return f"{value.name}:{value.value}"
    if hasattr(value, "value"):
        return str(value.value)
    if hasattr(value, "street"):
        parts = (value.street, value.postal_code, value.locality, value.country)
        return ", ".join(p for p in parts if p)
    return str(value)


def new_uid() -> str:
    return str(uuid.uuid4())
