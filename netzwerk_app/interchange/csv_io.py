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
from typing import Any

from netzwerk_app.domain import fields
from netzwerk_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError
from netzwerk_app.domain.model import Contact, Email, Phone, PostalAddress, Url

DELIMITER = ";"
# The csv module refuses cells over 128 KiB (a long note does that); allow what the
# vCard reader allows for one property. Process-wide, and only ever raised.
MAX_CELL_CHARS = 10 * 1024 * 1024
csv.field_size_limit(max(csv.field_size_limit(), MAX_CELL_CHARS))
LIST_SEPARATOR = " | "
# OWASP CSV injection: a cell starting with one of these runs as a formula.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\0")

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
PRIVATE_COLUMNS = fields.PRIVATE_CSV_COLUMNS
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
    header = [f.csv for f in fields.CSV_CELLS]
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
        row = [_cell(f, getattr(c, f.name)) for f in fields.CSV_CELLS]
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


def _cell(f: fields.Field, value: Any) -> str:
    if f.kind is fields.Kind.TAGS:
        return LIST_SEPARATOR.join(value)
    if f.kind is fields.Kind.BOOL:
        return "yes" if value else ""
    return fields.to_text(f, value)


def _set_cell(c: Contact, f: fields.Field, text: str) -> None:
    """One cell into the contact; an unreadable value is left unset (a birthday goes
    into the note as written, so that nothing typed in a spreadsheet is lost)."""
    if f.kind is fields.Kind.TAGS:
        c.tags = [t for t in text.split(LIST_SEPARATOR) if t.strip()]
        return
    if f.kind is not fields.Kind.TEXT and not text.strip():
        return  # the contact's default ("none", no date, ...)
    try:
        setattr(c, f.name, fields.from_text(f, text))
    except ValueError:
        if f.kind is fields.Kind.BIRTHDAY:
            c.note = (c.note + "\n" if c.note else "") + f"Birthday: {text}"


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
        for f in fields.CSV_CELLS:
            if f.csv in index:
                _set_cell(c, f, get(f.csv))
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
