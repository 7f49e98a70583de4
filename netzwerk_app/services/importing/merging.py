"""Merging an imported card into an existing contact, and the snapshots that undo it.

The rule: a merge never drops a value.

- Lists (phones, e-mails, URLs, addresses, tags, kept vCard properties) become the
  union of both cards; an entry already there in another spelling ("+49 89 123456"
  and "089 123456", "Max@X.de" and "max@x.de") is not added twice, but what the card
  says about it is kept: the TYPE values of both (``work`` and ``cell,voice`` give
  ``work,cell,voice``) and both labels ("Büro / Zentrale"). The same postal address
  written with other case or spacing, or with a postal code, region or country one
  side leaves out, is one address, completed from the card.
- Empty fields of the existing contact are filled from the card.
- Where both have a different value, the existing contact keeps its value and the
  card's value is kept too: the note is appended; organisation, title, nickname,
  birthday and photo go into the contact's kept vCard properties under their own
  vCard name (a second ``TITLE``, ``ORG``, ... line on export, as a card with two
  titles is read in the first place); other names and UIDs, which a vCard may
  carry only once, as ``X-NETZWERK-MERGED-FN`` / ``-N`` / ``-UID``.
"""

from __future__ import annotations

import base64
import enum
import json
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, datetime
from typing import Any

from netzwerk_app.domain import fields
from netzwerk_app.domain import model as m
from netzwerk_app.domain.text import fold, words
from netzwerk_app.interchange.keys import normalize_email, normalize_phone, normalize_profile_url
from netzwerk_app.interchange.vcard_syntax import escape_text
from netzwerk_app.storage import codecs

SNAPSHOT_FORMAT = "netzwerk-contact-snapshot/1"
# Fields a snapshot leaves out: the row's identity and clock, not the card's data.
_NOT_SNAPSHOT = frozenset({"id"})


# --- snapshots --------------------------------------------------------------------


_ITEM_TYPES: dict[fields.Kind, type[Any]] = {
    fields.Kind.PHONES: m.Phone,
    fields.Kind.EMAILS: m.Email,
    fields.Kind.URLS: m.Url,
    fields.Kind.ADDRESSES: m.PostalAddress,
    fields.Kind.KEPT: m.RawProperty,
}


def _encode(f: fields.Field, value: Any) -> Any:
    if value is None:
        return None
    if f.kind in _ITEM_TYPES:
        return json.loads(codecs.encode_list(value))
    if f.kind is fields.Kind.BIRTHDAY:
        return value.to_iso()
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, list):
        return list(value)
    return value


def snapshot(contact: m.Contact) -> dict[str, Any]:
    """Every field of ``contact`` (photo included) as plain JSON data."""
    data = {
        f.name: _encode(f, getattr(contact, f.name))
        for f in fields.FIELDS
        if f.name not in _NOT_SNAPSHOT
    }
    data["format"] = SNAPSHOT_FORMAT
    return data


def _decode(f: fields.Field, value: Any) -> Any:
    if f.kind in _ITEM_TYPES:
        return codecs.decode_list(_ITEM_TYPES[f.kind], json.dumps(value or []))
    if value is None:
        return None
    if f.kind is fields.Kind.BIRTHDAY:
        return m.Birthday.from_iso(value)
    if f.kind is fields.Kind.PHOTO:
        return base64.b64decode(value)
    if f.kind is fields.Kind.TIMESTAMP:
        return datetime.fromisoformat(value)
    if f.kind is fields.Kind.DATE:
        return date.fromisoformat(value)
    if f.kind is fields.Kind.CHOICE and f.choices is not None:
        return f.choices(value)
    if f.kind is fields.Kind.TAGS:
        return list(value)
    return value


def restore(contact: m.Contact, data: dict[str, Any]) -> None:
    """Set every field of ``contact`` back to the values of a ``snapshot``."""
    for f in fields.FIELDS:
        if f.name in _NOT_SNAPSHOT or f.name not in data:
            continue
        setattr(contact, f.name, _decode(f, data[f.name]))


def from_snapshot(data: dict[str, Any]) -> m.Contact:
    contact = m.Contact()
    restore(contact, data)
    return contact


# --- matching keys of list entries ----------------------------------------------------


@dataclass(frozen=True)
class EntryKeys:
    """How two list entries are recognised as the same phone, e-mail or URL."""

    phone_region: str = "DE"

    def phone(self, value: str) -> str:
        return normalize_phone(value, self.phone_region) or "".join(
            ch for ch in value if ch.isdigit() or ch == "+"
        )

    def email(self, value: str) -> str:
        return normalize_email(value)

    def url(self, value: str) -> str:
        return normalize_profile_url(value)

    def address(self, a: m.PostalAddress) -> tuple[str, ...]:
        """The address's parts without case, accents, spaces or punctuation."""
        parts = (a.po_box, a.extended, a.street, a.locality, a.region, a.postal_code, a.country)
        return tuple("".join(words(p)) for p in parts)

    def same_address(self, a: m.PostalAddress, b: m.PostalAddress) -> bool:
        """The same place: street, box and town alike; postal code, region and country
        alike where both give them ("Hauptstr. 1, München" is "hauptstr 1, münchen,
        Deutschland")."""
        ka, kb = self.address(a), self.address(b)
        if ka == kb:
            return True
        if ka[:4] != kb[:4] or not any(ka[:4]):
            return False
        return all(x == y or not x or not y for x, y in zip(ka[4:], kb[4:], strict=True))


# --- the merge ----------------------------------------------------------------------


def _same_text(a: str, b: str) -> bool:
    return " ".join(fold(a).split()) == " ".join(fold(b).split())


def _union(
    existing: list[Any],
    incoming: list[Any],
    key: Callable[[Any], Any],
    unite: Callable[[Any, Any], Any] | None = None,
) -> list[Any]:
    """``existing`` followed by the incoming items it does not have; an incoming item
    with the key of one it has is ``unite``d into that one instead."""
    out = list(existing)
    where: dict[Any, int] = {}
    for i, item in enumerate(out):
        where.setdefault(key(item), i)
    for item in incoming:
        k = key(item)
        if k not in where:
            where[k] = len(out)
            out.append(item)
        elif unite is not None:
            out[where[k]] = unite(out[where[k]], item)
    return out


def _types(mine: tuple[str, ...], theirs: tuple[str, ...]) -> tuple[str, ...]:
    """The TYPE values of both, each once, "pref" last (as the vCard reader has them)."""
    out: list[str] = []
    for value in (*mine, *theirs):
        if value.lower() not in (v.lower() for v in out):
            out.append(value)
    return tuple(sorted(out, key=lambda v: v.lower() == "pref"))


def _labels(mine: str, theirs: str) -> str:
    """Both labels: "Büro" and "Zentrale" give "Büro / Zentrale"."""
    if not theirs.strip():
        return mine
    if not mine.strip():
        return theirs
    if any(_same_text(part, theirs) for part in mine.split(" / ")):
        return mine
    return f"{mine} / {theirs}"


_Entry = m.Phone | m.Email | m.Url | m.PostalAddress


def _unite(mine: _Entry, theirs: _Entry) -> _Entry:
    """One entry (the existing one's value) with what both say about it."""
    return replace(
        mine, types=_types(mine.types, theirs.types), label=_labels(mine.label, theirs.label)
    )


_ADDRESS_PARTS = ("po_box", "extended", "street", "locality", "region", "postal_code", "country")


def _unite_address(mine: m.PostalAddress, theirs: m.PostalAddress) -> m.PostalAddress:
    """The existing address, its empty parts filled from the card's."""
    filled = {
        name: getattr(mine, name) or getattr(theirs, name)
        for name in _ADDRESS_PARTS
        if not getattr(mine, name).strip()
    }
    united = _unite(mine, theirs)
    assert isinstance(united, m.PostalAddress)
    return replace(united, **filled)


def _addresses(
    existing: list[m.PostalAddress], incoming: list[m.PostalAddress], keys: EntryKeys
) -> list[m.PostalAddress]:
    out = list(existing)
    for item in incoming:
        for i, have in enumerate(out):
            if keys.same_address(have, item):
                out[i] = _unite_address(have, item)
                break
        else:
            out.append(item)
    return out


def _kept_properties(existing: m.Contact, incoming: m.Contact) -> list[m.RawProperty]:
    """Union of kept vCard properties; an incoming ``itemN`` group that is already
    used gets a fresh number, so that two cards' labels never get mixed up."""
    out = list(existing.extra_properties)
    known = set(out)
    used = {p.group.lower() for p in out if p.group}
    renamed: dict[str, str] = {}
    number = 1
    for prop in incoming.extra_properties:
        if prop in known:
            continue
        group = prop.group
        if group and group.lower() in used:
            if group.lower() not in renamed:
                while f"item{number}" in used:
                    number += 1
                renamed[group.lower()] = f"item{number}"
                used.add(f"item{number}")
            group = renamed[group.lower()]
        elif group:
            used.add(group.lower())
        new = m.RawProperty(prop.name, prop.value, prop.params, group)
        known.add(new)
        out.append(new)
    return out


_NAME_PARTS = frozenset({"given_name", "family_name", "additional_names", "prefix", "suffix"})
_APPEND_SEPARATOR = {"note": "\n"}  # other texts: "; "


def _same(f: fields.Field, mine: Any, theirs: Any) -> bool:
    if f.kind is fields.Kind.TEXT:
        return _same_text(mine, theirs)
    return bool(mine == theirs)


class _Merge:
    """One card merged into one contact, field by field as the field table says."""

    def __init__(self, existing: m.Contact, incoming: m.Contact, keys: EntryKeys) -> None:
        self.c, self.new, self.keys = existing, incoming, keys
        self.kept: list[m.RawProperty] = []
        self.names_differ = False

    def keep(
        self, name: str, value: str, params: tuple[tuple[str, tuple[str, ...]], ...] = ()
    ) -> None:
        """Keep the card's other value as a vCard line of the contact."""
        prop = m.RawProperty(name, value, params)
        if prop not in self.c.extra_properties and prop not in self.kept:
            self.kept.append(prop)

    def field(self, f: fields.Field) -> None:
        c, new = self.c, self.new
        mine, theirs = getattr(c, f.name), getattr(new, f.name)
        if f.merge is fields.Merge.UNION:
            self.union(f)
        elif f.merge is fields.Merge.EITHER:
            setattr(c, f.name, bool(mine or theirs))
        elif f.merge is fields.Merge.APPEND:
            if theirs.strip() and theirs.strip() not in mine:
                sep = _APPEND_SEPARATOR.get(f.name, "; ")
                setattr(c, f.name, f"{mine.rstrip()}{sep}{theirs}" if mine.strip() else theirs)
        elif f.merge is fields.Merge.NEVER or fields.is_empty(f, theirs):
            return
        elif fields.is_empty(f, mine):
            setattr(c, f.name, theirs)
            if f.kind is fields.Kind.PHOTO:
                c.photo_mime = new.photo_mime or c.photo_mime
        elif _same(f, mine, theirs):
            return
        elif f.merge is fields.Merge.FILL_KEEP_OTHER:
            self.aside(f, theirs)

    def union(self, f: fields.Field) -> None:
        c, new, keys = self.c, self.new, self.keys
        if f.kind is fields.Kind.PHONES:
            c.phones = _union(c.phones, new.phones, lambda p: keys.phone(p.value), _unite)
        elif f.kind is fields.Kind.EMAILS:
            c.emails = _union(c.emails, new.emails, lambda e: keys.email(e.value), _unite)
        elif f.kind is fields.Kind.URLS:
            c.urls = _union(c.urls, new.urls, lambda u: keys.url(u.value), _unite)
        elif f.kind is fields.Kind.ADDRESSES:
            c.addresses = _addresses(c.addresses, new.addresses, keys)
        elif f.kind is fields.Kind.TAGS:
            setattr(c, f.name, _union(getattr(c, f.name), getattr(new, f.name), fold))
        # KEPT (extra_properties) comes last, with what was kept aside: see merge_into

    def aside(self, f: fields.Field, theirs: Any) -> None:
        """The card's different value, kept as a vCard line (read back as a second one)."""
        new = self.new
        if f.name in _NAME_PARTS:
            self.names_differ = True  # one X-NETZWERK-MERGED-N for all parts
        elif f.name == "organization":
            units = [theirs, *(new.department.split(";") if new.department else [])]
            self.keep("ORG", ";".join(escape_text(u) for u in units))
        elif f.name in ("formatted_name", "uid"):
            self.keep(f"X-NETZWERK-MERGED-{f.vcard3}", escape_text(theirs))
        elif f.kind is fields.Kind.PHOTO:
            subtype = (new.photo_mime or "image/jpeg").split("/")[-1].upper()
            data = base64.b64encode(theirs).decode("ascii")
            self.keep("PHOTO", data, (("ENCODING", ("b",)), ("TYPE", (subtype,))))
        elif f.name == "photo_uri":
            self.keep("PHOTO", escape_text(theirs), (("VALUE", ("uri",)),))
        else:  # one value of its own property: TITLE, NICKNAME, BDAY, X-NETZWERK-...
            self.keep(f.vcard3, escape_text(fields.to_text(f, theirs)))


def merge_into(existing: m.Contact, incoming: m.Contact, keys: EntryKeys) -> bool:
    """Merge the card ``incoming`` into ``existing`` (see the module docstring), each
    field by its rule in the field table (``domain.fields``).

    Returns False when the card brought nothing new (``existing`` is unchanged).
    """
    before = snapshot(existing)
    merge = _Merge(existing, incoming, keys)
    for f in fields.FIELDS:
        merge.field(f)
    new = incoming
    if merge.names_differ:
        parts = (new.family_name, new.given_name, new.additional_names, new.prefix, new.suffix)
        merge.keep("X-NETZWERK-MERGED-N", ";".join(escape_text(p) for p in parts))
    merged_card = m.Contact(extra_properties=[*new.extra_properties, *merge.kept])
    existing.extra_properties = _kept_properties(existing, merged_card)
    return snapshot(existing) != before
