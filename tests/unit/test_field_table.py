"""The field walk: every field of the field table (``domain.fields``) gets a value of its
own and must come back through vCard 3.0 and 4.0, CSV, a merge (by its rule), the CLI's
JSON and the GDPR export; a private field must stay out of a card or list for others.

A field added to ``Contact`` but left out of one of these places fails here.
"""

from __future__ import annotations

import dataclasses
import json
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect

from netzwerk_app.app import AppContext
from netzwerk_app.cli.output import contact_json
from netzwerk_app.domain import fields
from netzwerk_app.domain import model as m
from netzwerk_app.domain.fields import Kind, Merge
from netzwerk_app.interchange.csv_io import read_contacts_csv, write_contacts_csv
from netzwerk_app.interchange.vcard import read_vcards, write_vcard
from netzwerk_app.services.importing.merging import EntryKeys, merge_into
from netzwerk_app.storage.schema import contacts, map_entities

SATURDAY_MORNING = datetime(2026, 11, 28, 10, 0, tzinfo=UTC)
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(200))
# Fields that are the row's own and never leave the database on a card or in a list.
NOT_ON_A_CARD = {"created_at", "updated_at", "deleted_at", "id"}
NOT_IN_CSV = NOT_ON_A_CARD | {"photo", "photo_mime", "photo_uri", "extra_properties"}
NOT_IN_CLI_JSON = {"photo", "photo_mime", "photo_uri", "extra_properties"}
NOT_IN_CLI_JSON |= {"created_at", "updated_at", "deleted_at"}


def value_of(f: fields.Field, other: bool = False) -> Any:
    """A value only this field has (``other``: a second, different one)."""
    n = "2" if other else "1"
    if f.name == "photo_mime":
        return "image/gif" if other else "image/png"
    if f.name == "photo_uri":
        return f"https://bilder.example/kaethe-{n}.jpg"
    if f.kind is Kind.TEXT:
        return f"Wert {n} für {f.name.replace('_', ' ')} – Ä"
    if f.kind is Kind.BOOL:
        return True
    if f.kind is Kind.INT:
        return 42 if other else 21
    if f.kind is Kind.DATE:
        return date(2025, 3, 14 + int(n))
    if f.kind is Kind.CHOICE:
        assert f.choices is not None
        values = [c for c in f.choices if c and c != f.empty and c != _default(f)]
        return values[-1] if other else values[0]
    if f.kind is Kind.BIRTHDAY:
        return m.Birthday(4, 15, 1980 + int(n))
    if f.kind is Kind.TAGS:
        return [f"Schlagwort {n}"]
    if f.kind is Kind.PHONES:
        return [m.Phone(f"+49 89 123456{n}", ("work",))]
    if f.kind is Kind.EMAILS:
        return [m.Email(f"kaethe{n}@schoen.example", ("work",))]
    if f.kind is Kind.URLS:
        return [m.Url(f"https://www.xing.com/profile/Kaethe_Schoen{n}")]
    if f.kind is Kind.ADDRESSES:
        return [m.PostalAddress(street=f"Hauptstr. {n}", locality="München", postal_code="80331")]
    if f.kind is Kind.PHOTO:
        return PNG + n.encode()
    if f.kind is Kind.KEPT:
        return [m.RawProperty(f"X-KEPT-{n}", f"wert {n}")]
    if f.kind is Kind.TIMESTAMP:
        return SATURDAY_MORNING
    assert f.kind is Kind.ID
    return 7


def _default(f: fields.Field) -> Any:
    return next(d for d in dataclasses.fields(m.Contact) if d.name == f.name).default


def base() -> m.Contact:
    """A plain card: a name and nothing else (source as the reader sets it)."""
    return m.Contact(formatted_name="Käthe Schön", source=m.Source.VCARD_FILE)


def with_value(f: fields.Field, other: bool = False) -> m.Contact:
    contact = base()
    setattr(contact, f.name, value_of(f, other))
    if f.name == "photo_mime":
        contact.photo = PNG  # a type goes with a picture
    return contact


def _same(f: fields.Field, got: Any, want: Any) -> bool:
    if f.name == "photo_mime":  # a picture's type is read from its bytes
        return bool(got == "image/png")
    return bool(got == want)


CARD_FIELDS = [f for f in fields.FIELDS if f.name not in NOT_ON_A_CARD]
ids = [f.name for f in CARD_FIELDS]


def read_one(text: str) -> m.Contact:
    result = read_vcards(text.encode("utf-8"))
    assert result.failures == [] and len(result.cards) == 1, result
    return result.cards[0].contact


def test_the_table_names_every_field_of_a_contact_once_and_each_is_a_column() -> None:
    names = [f.name for f in fields.FIELDS]
    assert sorted(names) == sorted(d.name for d in dataclasses.fields(m.Contact))
    assert len(set(names)) == len(names)
    map_entities()
    mapper = inspect(m.Contact)
    for f in fields.FIELDS:
        assert mapper.get_property(f.name).columns[0].table is contacts, f.name  # type: ignore[attr-defined]
    for f in fields.FIELDS:
        assert bool(f.vcard3) == bool(f.vcard4), f.name
        assert (f.kind is Kind.CHOICE) == (f.choices is not None), f.name
        assert f.private == bool(f.vcard3.startswith("X-NETZWERK-")), f.name


@pytest.mark.parametrize("version", ["3.0", "4.0"])
@pytest.mark.parametrize("f", CARD_FIELDS, ids=ids)
def test_every_field_comes_back_from_a_vcard(f: fields.Field, version: Any) -> None:
    want = value_of(f)
    text = write_vcard(with_value(f), version)
    got = getattr(read_one(text), f.name)
    assert _same(f, got, want), text


@pytest.mark.parametrize("f", CARD_FIELDS, ids=ids)
def test_a_private_field_stays_out_of_a_card_for_others(f: fields.Field) -> None:
    want = value_of(f)
    for text in (
        write_vcard(with_value(f), "3.0", private=False),
        write_vcard(with_value(f), "4.0", private=False),
        write_vcard(with_value(f), "3.0", compact=True),  # what a QR code holds
    ):
        got = getattr(read_one(text), f.name)
        if f.private:
            assert not _same(f, got, want), text
        elif f.kind is not Kind.KEPT or "compact" not in text:
            assert _same(f, got, want), text


CSV_FIELDS = [f for f in fields.FIELDS if f.name not in NOT_IN_CSV]


@pytest.mark.parametrize("f", CSV_FIELDS, ids=[f.name for f in CSV_FIELDS])
def test_every_field_comes_back_from_csv_and_a_private_one_only_from_a_full_list(
    f: fields.Field,
) -> None:
    want = value_of(f)
    (full,) = read_contacts_csv(write_contacts_csv([with_value(f)]))
    assert getattr(full, f.name) == want
    (shared,) = read_contacts_csv(write_contacts_csv([with_value(f)], private=False))
    assert (getattr(shared, f.name) == want) is not f.private


@pytest.mark.parametrize("f", CARD_FIELDS, ids=ids)
def test_merging_a_card_follows_the_field_s_rule(f: fields.Field) -> None:
    keys = EntryKeys()
    # an empty field is filled from the card (a row's own fields are never touched)
    existing = base()
    setattr(existing, f.name, getattr(m.Contact(), f.name))  # not set
    before = getattr(existing, f.name)
    merge_into(existing, with_value(f), keys)
    got = getattr(existing, f.name)
    if f.merge is Merge.NEVER and f.name != "photo_mime":
        assert got == before
    elif f.kind is Kind.KEPT:
        assert set(value_of(f)) <= set(got)
    else:
        assert _same(f, got, value_of(f))
    # a set field meets a different value on the card
    existing = with_value(f)
    incoming = with_value(f, other=True)
    merge_into(existing, incoming, keys)
    got, mine, theirs = getattr(existing, f.name), value_of(f), value_of(f, other=True)
    kept = " ".join(f"{p.name}:{p.value}" for p in existing.extra_properties)
    if f.merge is Merge.UNION:
        assert set(mine) | set(theirs) <= set(got), got
    elif f.merge is Merge.APPEND:
        assert mine in got and theirs in got
    elif f.merge is Merge.EITHER:
        assert got is True
    elif f.merge is Merge.FILL_KEEP_OTHER:
        assert got == mine  # the contact keeps its value, the card's is kept beside it
        shown = theirs.to_iso() if f.kind is Kind.BIRTHDAY else theirs
        if f.kind is not Kind.PHOTO:
            assert str(shown).split()[-1] in kept, kept
        else:
            assert any(p.name == "PHOTO" for p in existing.extra_properties)
    else:
        assert _same(f, got, mine)


JSON_FIELDS = [f for f in fields.FIELDS if f.name not in NOT_IN_CLI_JSON]


@pytest.mark.parametrize("f", JSON_FIELDS, ids=[f.name for f in JSON_FIELDS])
def test_every_field_is_in_the_cli_json(f: fields.Field) -> None:
    want = value_of(f)
    data = json.loads(json.dumps(contact_json(with_value(f))))
    got = data[f.name]
    if f.kind in (Kind.PHONES, Kind.EMAILS, Kind.URLS):
        assert got == [item.value for item in want]
    elif f.kind is Kind.ADDRESSES:
        assert got[0]["street"] == want[0].street
    elif f.kind in (Kind.CHOICE, Kind.DATE, Kind.BIRTHDAY):
        assert got == fields.to_text(f, want)
    else:
        assert got == want


def test_every_field_is_in_the_gdpr_export_and_its_card(ctx: AppContext, tmp_path: Path) -> None:
    person = base()
    for f in fields.FIELDS:
        if f.name not in NOT_ON_A_CARD and f.name != "photo_uri":  # a photo or a link
            setattr(person, f.name, value_of(f))
    person.source = m.Source.QR_CODE
    stored = ctx.contacts.create(person)
    assert stored.id is not None
    written = ctx.privacy.export_person(stored.id, tmp_path)

    record = json.loads(written[0].read_text(encoding="utf-8"))["contact"]
    card = read_one(written[1].read_text(encoding="utf-8"))
    for f in fields.FIELDS:
        assert f.name in record, f.name
        if f.name in NOT_ON_A_CARD or f.name == "photo_uri":
            continue
        want = getattr(person, f.name)
        if f.kind in (Kind.TEXT, Kind.INT, Kind.BOOL):
            assert record[f.name] == want, f.name
        elif f.kind in (Kind.CHOICE, Kind.DATE):
            assert record[f.name] == fields.to_text(f, want), f.name
        elif f.kind is Kind.BIRTHDAY:
            assert record[f.name] == dataclasses.asdict(want), f.name
        got = getattr(card, f.name)
        if f.kind is Kind.KEPT:
            assert set(want) <= set(got), f.name
        else:
            assert got == want, f.name  # private ones too: it is the person's own data
