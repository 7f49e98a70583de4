"""The suite's contact factories: one stored contact (``make_contact``) and one contact
with every field set to something awkward (``full_contact``), varied by keyword; a
vCard from its lines (``vcard``) and a file of cards (``write_cards``) to import.

Imported as a plain module (``from factories import make_contact``), like helpers.py.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import Any

from netzwerk_app.app import AppContext
from netzwerk_app.domain.model import (
    Birthday,
    Contact,
    Email,
    Phone,
    PostalAddress,
    RawProperty,
    RelationshipState,
    Source,
    Url,
)


def make_contact(
    ctx: AppContext,
    name: str = "Anna Müller",
    *,
    org: str = "",
    emails: Sequence[str] = (),
    phones: Sequence[str] = (),
    urls: Sequence[str] = (),
    **fields: Any,
) -> Contact:
    """A contact stored the way the user adds one (``ContactService.create``); its id is set."""
    contact = ctx.contacts.create(
        Contact(
            formatted_name=name,
            organization=org,
            emails=[Email(e) for e in emails],
            phones=[Phone(p) for p in phones],
            urls=[Url(u) for u in urls],
            **fields,
        )
    )
    assert contact.id is not None
    return contact


def full_contact(**changes: Any) -> Contact:
    """Every vCard field and every field of ours set, with umlauts, separators and
    escapes where they hurt; ``changes`` replace single fields."""
    contact = Contact(
        formatted_name="Dr. Jürgen Groß-Müller",
        given_name="Jürgen",
        family_name="Groß-Müller",
        prefix="Dr.",
        organization="Müller, Söhne & Co; KG",
        department="Vertrieb;Süd",
        title="Geschäftsführer: Vertrieb",
        phones=[Phone("+49 89 123456", ("work", "voice", "pref")), Phone("0170 1", (), "Büro 2")],
        emails=[Email("j@example.de", ("internet",), "HomePage")],
        addresses=[
            PostalAddress(
                street="Leopoldstr. 1\nHinterhaus",
                locality="München",
                postal_code="80802",
                country="Deutschland",
                types=("work",),
            )
        ],
        urls=[
            Url("https://www.linkedin.com/in/jgm", (), "LinkedIn"),
            Url("http://a.example/x,y;z"),
        ],
        photo=b"\xff\xd8\xff\xe0" + bytes(range(256)) * 20,
        photo_mime="image/jpeg",
        birthday=Birthday(2, 29),
        note="Met at BNI, Chapter Isartal.\nTalked business: yes; 100% \\ sure 😀",
        tags=["BNI", "Steuern, Recht"],
        source=Source.EVENT_CAPTURE,
        gdpr_note="Karte beim Frühstück übergeben",
        personally_known=True,
        linkedin_state=RelationshipState.CONNECTED,
        linkedin_connected_on=date(2026, 6, 15),
        xing_state=RelationshipState.FOLLOWING,
        keep_in_touch_days=90,
        uid="urn:uuid:1234",
        extra_properties=[
            RawProperty("X-CUSTOM", "a\\,b", (("TYPE", ("x",)),), "item1"),
            RawProperty("ROLE", "Chef"),
        ],
        id=7,
    )
    return dataclasses.replace(contact, **changes)


def vcard(*lines: str, version: str = "3.0") -> str:
    """One card with these content lines, CRLF-terminated as exporters write them."""
    body = "".join(f"{line}\r\n" for line in lines)
    return f"BEGIN:VCARD\r\nVERSION:{version}\r\n{body}END:VCARD\r\n"


def write_cards(path: Path, *cards: str) -> Path:
    """A vCard file of ``cards`` at ``path``."""
    path.write_text("".join(cards), encoding="utf-8", newline="")
    return path
