"""An import writes its new contacts without the ORM's unit of work; the rows must be
exactly the rows the ORM writes for the same contacts."""

from __future__ import annotations

import base64
import sqlite3
from contextlib import closing
from dataclasses import fields
from datetime import UTC, datetime
from typing import Any

import pytest

from netzwerk_app.app import AppContext
from netzwerk_app.domain import model as m
from netzwerk_app.interchange.vcard_read import ParsedCard, iter_vcards, read_vcards
from netzwerk_app.services.contacts import prepare_new
from netzwerk_app.storage.contact_rows import insert_new_contacts, unsaved_contact

SAVED_AT = datetime(2026, 11, 28, 10, 0, tzinfo=UTC)
PHOTO = base64.b64encode(b"\xff\xd8\xff\xe0" + bytes(range(256))).decode("ascii")

RICH = "\r\n".join(
    [
        "BEGIN:VCARD",
        "VERSION:3.0",
        "UID:7f3a-rich",
        "FN:Dr. Jürgen Müller-Weiß",
        "N:Müller-Weiß;Jürgen;Karl;Dr.;MBA",
        "NICKNAME:Jogi",
        "ORG:Weiß Steuerberatung GmbH;Lohnbuchhaltung",
        "TITLE:Geschäftsführer",
        "TEL;TYPE=CELL:+49 171 1234567",
        "item1.TEL:089 2000000",
        "item1.X-ABLabel:Zentrale",
        "EMAIL;TYPE=INTERNET;TYPE=WORK:juergen@weiss.example.de",
        "ADR;TYPE=WORK:;;Hauptstraße 5;München;;80331;Deutschland",
        "URL:https://www.linkedin.com/in/juergen-mueller",
        "BDAY:1970-03-14",
        "NOTE:Kennengelernt beim Frühstück\\, sucht Architekten.",
        "CATEGORIES:Netzwerk,Steuern",
        "X-SOCIALPROFILE;TYPE=xing:https://www.xing.com/profile/J_Mueller",
        f"PHOTO;ENCODING=b;TYPE=JPEG:{PHOTO}",
        "END:VCARD",
        "",
    ]
)
BARE = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:7f3a-bare\r\nEMAIL:anna@example.de\r\nEND:VCARD\r\n"


def parsed(text: str, fast: bool = False) -> m.Contact:
    if fast:  # as the import reads: contacts made by unsaved_contact
        cards = list(iter_vcards(text.encode("utf-8"), "card.vcf", unsaved_contact))
    else:
        cards = list(read_vcards(text.encode("utf-8"), "card.vcf").cards)
    assert len(cards) == 1 and isinstance(cards[0], ParsedCard), cards
    return prepare_new(cards[0].contact, SAVED_AT)


def rows(ctx: AppContext) -> list[dict[str, Any]]:
    with closing(sqlite3.connect(ctx.db.path)) as conn:
        conn.row_factory = sqlite3.Row
        return [dict(r) for r in conn.execute("SELECT * FROM contacts ORDER BY id")]


def test_new_contacts_are_stored_exactly_as_the_orm_stores_them(ctx: AppContext) -> None:
    with ctx.db.write() as session:
        session.add_all([parsed(RICH), parsed(BARE)])
        session.flush()
        fast = [parsed(RICH, fast=True), parsed(BARE, fast=True)]
        insert_new_contacts(session, fast)
    by_orm_rich, by_orm_bare, fast_rich, fast_bare = rows(ctx)
    assert [c.id for c in fast] == [fast_rich["id"], fast_bare["id"]]
    for orm_row, fast_row in ((by_orm_rich, fast_rich), (by_orm_bare, fast_bare)):
        assert orm_row.pop("id") != fast_row.pop("id")
        assert fast_row == orm_row
    # the rich card really filled the columns compared above, the bare one left defaults
    assert fast_rich["photo"] and fast_rich["birthday"] == "1970-03-14"
    assert "Lohnbuchhaltung" in fast_rich["department"] and "Zentrale" in fast_rich["phones"]
    assert fast_bare["photo"] is None and fast_bare["birthday"] is None
    assert fast_bare["phones"] == "[]" and fast_bare["source"] == "vcard_file"
    # and the ORM reads the fast rows back as the very contacts that were written
    assert fast[0].id is not None
    back = ctx.contacts.get(fast[0].id, with_photo=True)
    for name in ("formatted_name", "phones", "emails", "addresses", "urls", "birthday", "tags"):
        assert getattr(back, name) == getattr(fast[0], name), name
    assert back.photo == fast[0].photo and back.created_at == SAVED_AT


def test_an_unsaved_contact_is_a_contact_like_any_other(ctx: AppContext) -> None:
    made, plain = (
        unsaved_contact(given_name="Anna", tags=["x"]),
        m.Contact(given_name="Anna", tags=["x"]),
    )
    assert [getattr(made, f.name) for f in fields(m.Contact)] == [
        getattr(plain, f.name) for f in fields(m.Contact)
    ]
    assert unsaved_contact().phones is not unsaved_contact().phones  # own lists
    with pytest.raises(TypeError):
        unsaved_contact(given="Anna")
    # stored through the ORM too (changed after it was made), it is the same row
    with ctx.db.write() as session:
        for contact in (made, plain):
            contact.family_name = "Öztürk"
            contact.emails.append(m.Email("anna@example.de"))
            session.add(prepare_new(contact, SAVED_AT))
        session.flush()
        assert made.id is not None and plain.id is not None
        made.uid = plain.uid = "same"
    first, second = rows(ctx)
    assert first.pop("id") != second.pop("id")
    assert first == second and "anna@example.de" in first["emails"]
