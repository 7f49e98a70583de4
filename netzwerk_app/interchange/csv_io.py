"""Contacts as a spreadsheet: our own CSV export and its import.

One row per contact; several e-mails, phones, URLs and addresses go into
numbered columns ("E-mail 2", "E-mail 2 type") so a spreadsheet shows them and the
file reads back without loss. Semicolon-separated with a UTF-8 BOM, because that
is what Excel in German-speaking countries opens correctly by double-click.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from datetime import date
from typing import Any

from netzwerk_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from netzwerk_app.domain.model import (
    Birthday,
    Contact,
    Email,
    Phone,
    PostalAddress,
    RelationshipState,
    Source,
    Url,
)

DELIMITER = ";"
# The csv module refuses cells over 128 KiB (a long note does that); allow what the
# vCard reader allows for one property. Process-wide, and only ever raised.
MAX_CELL_CHARS = 10 * 1024 * 1024
csv.field_size_limit(max(csv.field_size_limit(), MAX_CELL_CHARS))
LIST_SEPARATOR = " | "
# OWASP CSV injection: a cell starting with one of these runs as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\0")

_SCALARS: list[tuple[str, str]] = [
    ("Full name", "formatted_name"),
    ("Prefix", "prefix"),
    ("Given name", "given_name"),
    ("Additional names", "additional_names"),
    ("Family name", "family_name"),
    ("Suffix", "suffix"),
    ("Nickname", "nickname"),
    ("Organization", "organization"),
    ("Department", "department"),
    ("Title", "title"),
    ("Note", "note"),
    ("GDPR note", "gdpr_note"),
    ("UID", "uid"),
]
_ADDRESS_PARTS: list[tuple[str, str]] = [
    ("street", "street"),
    ("extended", "extended"),
    ("PO box", "po_box"),
    ("postal code", "postal_code"),
    ("locality", "locality"),
    ("region", "region"),
    ("country", "country"),
]
# What the user knows about the person, not what their card says: only in a full export.
PRIVATE_COLUMNS = frozenset(
    {
        "GDPR note",
        "Source",
        "Personally known",
        "LinkedIn state",
        "LinkedIn connected on",
        "XING state",
        "Keep in touch (days)",
    }
)
HEADER_MARKERS = frozenset({"Full name", "Given name", "Family name", "Organization"})


def neutralize(cell: str) -> str:
    """Prefix a single quote when a spreadsheet would run the cell as a formula.

    Leading quotes are looked through, so that reading strips exactly what writing
    added and a value like ``'=x`` survives the round trip.
    """
    rest = cell.lstrip("'")
    if rest.startswith(_FORMULA_START):
        return "'" + cell
    return cell


def unneutralize(cell: str) -> str:
    rest = cell.lstrip("'")
    if cell.startswith("'") and rest.startswith(_FORMULA_START):
        return cell[1:]
    return cell


def _count(contacts: list[Contact], attr: str) -> int:
    return max((len(getattr(c, attr)) for c in contacts), default=0)


def write_contacts_csv(contacts: Iterable[Contact], private: bool = True) -> bytes:
    """UTF-8 (with BOM) CSV of ``contacts``, safe to open in a spreadsheet.

    ``private=False`` (a list for others) leaves out the ``PRIVATE_COLUMNS``.
    """
    rows = list(contacts)
    n_email, n_phone = _count(rows, "emails"), _count(rows, "phones")
    n_url, n_addr = _count(rows, "urls"), _count(rows, "addresses")
    header = [h for h, _ in _SCALARS]
    header += ["Birthday", "Tags", "Source", "Personally known", "LinkedIn state"]
    header += ["LinkedIn connected on", "XING state", "Keep in touch (days)"]
    for label, n in (("E-mail", n_email), ("Phone", n_phone), ("URL", n_url)):
        for i in range(1, n + 1):
            header += [f"{label} {i}", f"{label} {i} type", f"{label} {i} label"]
    for i in range(1, n_addr + 1):
        header += [f"Address {i} {part}" for part, _ in _ADDRESS_PARTS]
        header += [f"Address {i} type", f"Address {i} label"]

    keep = [private or h not in PRIVATE_COLUMNS for h in header]
    out = io.StringIO()
    writer = csv.writer(out, delimiter=DELIMITER, lineterminator="\r\n")
    writer.writerow([h for h, k in zip(header, keep, strict=True) if k])
    for c in rows:
        row = [getattr(c, attr) for _, attr in _SCALARS]
        row += [
            c.birthday.to_iso() if c.birthday else "",
            LIST_SEPARATOR.join(c.tags),
            Source(c.source).value,
            "yes" if c.personally_known else "",
            RelationshipState(c.linkedin_state).value,
            c.linkedin_connected_on.isoformat() if c.linkedin_connected_on else "",
            RelationshipState(c.xing_state).value,
            "" if c.keep_in_touch_days is None else str(c.keep_in_touch_days),
        ]
        for items, n in ((c.emails, n_email), (c.phones, n_phone), (c.urls, n_url)):
            for i in range(n):
                if i < len(items):
                    item = items[i]
                    row += [item.value, ",".join(item.types), item.label]
                else:
                    row += ["", "", ""]
        for i in range(n_addr):
            if i < len(c.addresses):
                a = c.addresses[i]
                row += [getattr(a, attr) for _, attr in _ADDRESS_PARTS]
                row += [",".join(a.types), a.label]
            else:
                row += [""] * (len(_ADDRESS_PARTS) + 2)
        writer.writerow([neutralize(cell) for cell, k in zip(row, keep, strict=True) if k])
    return b"\xef\xbb\xbf" + out.getvalue().encode("utf-8")


def _decode(data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _types(text: str) -> tuple[str, ...]:
    return tuple(t.strip() for t in text.split(",") if t.strip())


def _source(text: str) -> Source:
    try:
        return Source(text.strip())
    except ValueError:
        return Source.MANUAL


def _state(text: str) -> RelationshipState:
    try:
        return RelationshipState(text.strip())
    except ValueError:
        return RelationshipState.NONE


def _rows(reader: Any) -> Iterator[list[str]]:
    """The reader's rows; a row the csv module cannot parse becomes a plain sentence."""
    try:
        yield from reader
    except csv.Error as error:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Line {line} of the CSV file cannot be read ({reason})."),
            line=reader.line_num,
            reason=error,
        ) from error


def read_contacts_csv(data: bytes) -> list[Contact]:
    """Contacts from a CSV written by ``write_contacts_csv`` (or edited in Excel)."""
    text = _decode(data)
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") >= first_line.count(",") else ","
    rows = _rows(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    header = next(rows, None)
    if not header:
        return []
    index = {name.strip(): i for i, name in enumerate(header)}
    contacts: list[Contact] = []
    for raw in rows:
        if not any(cell.strip() for cell in raw):
            continue
        row = [unneutralize(cell) for cell in raw]

        def get(name: str, row: list[str] = row) -> str:
            i = index.get(name)
            return row[i] if i is not None and i < len(row) else ""

        c = Contact()
        for name, attr in _SCALARS:
            setattr(c, attr, get(name))
        if get("Birthday").strip():
            try:
                c.birthday = Birthday.from_iso(get("Birthday"))
            except ValueError:
                c.note = (c.note + "\n" if c.note else "") + f"Birthday: {get('Birthday')}"
        c.tags = [t for t in get("Tags").split(LIST_SEPARATOR) if t.strip()]
        c.source = _source(get("Source"))
        c.personally_known = get("Personally known").strip().lower() in ("yes", "true", "1")
        c.linkedin_state = _state(get("LinkedIn state"))
        c.xing_state = _state(get("XING state"))
        try:
            connected = get("LinkedIn connected on").strip()
            c.linkedin_connected_on = date.fromisoformat(connected) if connected else None
        except ValueError:
            c.linkedin_connected_on = None
        days = get("Keep in touch (days)").strip()
        # ASCII digits only ("²".isdigit() is true), at most 100 years
        short = days.isascii() and days.isdigit() and len(days) <= 5
        c.keep_in_touch_days = int(days) if short and int(days) <= 36500 else None
        i = 1
        while f"E-mail {i}" in index:
            if get(f"E-mail {i}").strip():
                c.emails.append(
                    Email(
                        get(f"E-mail {i}"),
                        _types(get(f"E-mail {i} type")),
                        get(f"E-mail {i} label"),
                    )
                )
            i += 1
        i = 1
        while f"Phone {i}" in index:
            if get(f"Phone {i}").strip():
                c.phones.append(
                    Phone(
                        get(f"Phone {i}"), _types(get(f"Phone {i} type")), get(f"Phone {i} label")
                    )
                )
            i += 1
        i = 1
        while f"URL {i}" in index:
            if get(f"URL {i}").strip():
                c.urls.append(
                    Url(get(f"URL {i}"), _types(get(f"URL {i} type")), get(f"URL {i} label"))
                )
            i += 1
        i = 1
        while f"Address {i} street" in index:
            parts = {attr: get(f"Address {i} {part}") for part, attr in _ADDRESS_PARTS}
            address = PostalAddress(
                **parts,
                types=_types(get(f"Address {i} type")),
                label=get(f"Address {i} label"),
            )
            if not address.is_empty():
                c.addresses.append(address)
            i += 1
        contacts.append(c)
    return contacts
