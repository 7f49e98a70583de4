"""How the CLI answers: exit statuses, plain tables for people, JSON for scripts."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Sequence
from datetime import datetime, tzinfo
from typing import TYPE_CHECKING, Any

from netzwerk_app.domain.errors import ValidationError
from netzwerk_app.domain.wallclock import aware_local

if TYPE_CHECKING:
    from netzwerk_app.domain.model import Contact, PostalAddress

# The exit statuses of every command (argparse itself exits with 2 on bad usage).
EXIT_OK, EXIT_ERROR, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


# Left out of the short JSON of list commands: pictures, kept vCard lines, the clock.
_NOT_IN_JSON = frozenset({"photo", "photo_mime", "photo_uri", "extra_properties"})
_LIST_VALUES = frozenset({"phones", "emails", "urls"})  # only the values: ["+49 ..."]


def contact_json(contact: Contact) -> dict[str, Any]:
    """A contact for scripts: every field of the field table (``domain.fields``) but the
    picture and kept vCard lines; phones, e-mails and URLs as lists of their values."""
    from netzwerk_app.domain import fields

    data: dict[str, Any] = {}
    for f in fields.FIELDS:
        if f.name in _NOT_IN_JSON or f.kind is fields.Kind.TIMESTAMP:
            continue
        value = getattr(contact, f.name)
        if f.name in _LIST_VALUES:
            data[f.name] = [item.value for item in value]
        elif f.kind is fields.Kind.ADDRESSES:
            data[f.name] = [dataclasses.asdict(a) for a in value]
        elif f.kind in (fields.Kind.TEXT, fields.Kind.INT, fields.Kind.BOOL, fields.Kind.ID):
            data[f.name] = value
        elif f.kind is fields.Kind.TAGS:
            data[f.name] = list(value)
        else:  # choices, dates, birthday: their text, None when not set
            data[f.name] = fields.to_text(f, value) or None
    data["formatted_name"] = contact.display_name
    return data


def _kinds(types: Sequence[str], label: str) -> str:
    """ " (work, pref; Büro)" for a value's TYPE parameters and its label."""
    inner = "; ".join(part for part in (", ".join(types), label) if part)
    return f" ({inner})" if inner else ""


def _address(a: PostalAddress) -> str:
    town = " ".join(p for p in (a.postal_code, a.locality) if p)
    parts = (a.po_box, a.extended, a.street, town, a.region, a.country)
    return ", ".join(p for p in parts if p) + _kinds(a.types, a.label)


def _addressed(c: Contact) -> str:
    """ "frau, du, en" — what is set of salutation, Sie/Du and language; "" when nothing."""
    parts = [c.salutation.value if c.salutation.value != "none" else ""]
    parts += [c.address_form.value if c.address_form else ""]
    parts += [c.language.value if c.language else ""]
    return ", ".join(p for p in parts if p)


def contact_lines(c: Contact, zone: tzinfo) -> list[tuple[str, list[str]]]:
    """Every field of a contact for ``show``: (label, one or more lines), empty ones left out."""
    name = " ".join(
        p for p in (c.prefix, c.given_name, c.additional_names, c.family_name, c.suffix) if p
    )
    photo = ""
    if c.photo:
        kind = (c.photo_mime or "image").split("/")[-1].upper()
        photo = f"{kind} picture, {len(c.photo) / 1024:.1f} KB"
    elif c.photo_uri:
        photo = f"linked picture {c.photo_uri}"
    linkedin = c.linkedin_state.value if c.linkedin_state.value != "none" else ""
    if c.linkedin_connected_on is not None:
        linkedin = f"{linkedin or 'connected'} since {c.linkedin_connected_on.isoformat()}"
    rows: list[tuple[str, list[str]]] = [
        ("Name", [name] if name and name != c.display_name else []),
        ("Nickname", [c.nickname]),
        ("Address as", [_addressed(c)]),
        ("Organisation", [" – ".join(p for p in (c.organization, c.department, c.title) if p)]),
        ("E-mail", [e.value + _kinds(e.types, e.label) for e in c.emails]),
        ("Phone", [p.value + _kinds(p.types, p.label) for p in c.phones]),
        ("Web", [u.value + _kinds(u.types, u.label) for u in c.urls]),
        ("Address", [_address(a) for a in c.addresses]),
        ("Birthday", [c.birthday.to_iso() if c.birthday else ""]),
        ("Tags", [", ".join(c.tags)]),
        ("Note", c.note.splitlines()),
        ("Photo", [photo]),
        ("LinkedIn", [linkedin]),
        ("XING", [c.xing_state.value if c.xing_state.value != "none" else ""]),
        ("Known in person", ["yes" if c.personally_known else ""]),
        ("Keep in touch", [f"every {c.keep_in_touch_days} days" if c.keep_in_touch_days else ""]),
        ("Source", [f"{c.source.value} {c.gdpr_note}".strip()]),
        ("UID", [c.uid]),
        ("Also on card", [f"{p.name}: {p.value}" for p in c.extra_properties]),
        (
            "In the trash",
            [c.deleted_at.astimezone(zone).date().isoformat() if c.deleted_at else ""],
        ),
    ]
    return [(label, [v for v in values if v]) for label, values in rows if any(values)]


def print_json(data: Any) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def table(rows: Sequence[Sequence[object]]) -> None:
    if not rows:
        return
    widths = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    for row in rows:
        cells = [str(c).ljust(w) for c, w in zip(row, widths, strict=True)]
        print("  ".join(cells).rstrip())


def parse_when(text: str, zone: tzinfo) -> datetime:
    """ISO date/time; without a zone it is wall-clock time in ``zone`` (the user's)."""
    try:
        value = datetime.fromisoformat(text)
    except ValueError as exc:
        raise ValidationError(f"'{text}' is not a date and time like 2026-11-24T06:45.") from exc
    return aware_local(value, zone)


def event_json(ev: Any, network: str, zone: tzinfo | None = None) -> dict[str, Any]:
    """An event for scripts; times with the offset of ``zone`` (the user's)."""
    return {
        "id": ev.id,
        "title": ev.title,
        "network": network,
        "start": ev.start.astimezone(zone).isoformat(),
        "end": ev.end.astimezone(zone).isoformat(),
        "place": ev.place,
        "speaker": ev.speaker,
        "topic": ev.topic,
        "kind": getattr(ev, "kind", ""),
    }


def print_hits(hits: Sequence[Any], as_json: bool) -> None:
    if as_json:
        print_json(
            [
                {
                    "id": h.id,
                    "formatted_name": h.formatted_name,
                    "organization": h.organization,
                    "emails": h.emails,
                    "phones": h.phones,
                    "urls": h.urls,
                }
                for h in hits
            ]
        )
        return
    if not hits:
        print("No contact found.")
        return
    table([(h.id, h.formatted_name, h.organization, ", ".join(h.emails[:1])) for h in hits])
