"""Revision 0005 (salutation, Sie/Du, language, network defaults, event kind) on an
old database with people in it: every contact stays, and reads back with the defaults."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import test_migrations as old

from netzwerk_app.domain.model import AddressForm, Contact, Event, Language, Network, Salutation
from netzwerk_app.storage import migrate
from netzwerk_app.storage.db import Database
from netzwerk_app.storage.repository import Repository
from netzwerk_app.storage.schema import map_entities


def test_a_0004_database_keeps_its_contacts_and_reads_the_new_fields_as_unset(
    tmp_path: Path,
) -> None:
    db = tmp_path / "netzwerk.sqlite3"
    old.make_rev1_database(db)
    migrate.upgrade(db, tmp_path / "setup-backups", target="0004")
    before = old.counts(db)
    with closing(sqlite3.connect(db)) as conn:
        names = conn.execute("SELECT id, formatted_name FROM contacts ORDER BY id").fetchall()

    result = migrate.upgrade(db, tmp_path / "backups", target="0005")

    assert (result.from_revision, result.to_revision) == ("0004", "0005")
    assert old.counts(db) == before
    map_entities()
    database = Database(db)
    try:
        with database.read() as session:
            repo = Repository(session)
            people = session.query(Contact).order_by(Contact.id).all()  # type: ignore[attr-defined]
            assert [(c.id, c.formatted_name) for c in people] == names
            assert {c.salutation for c in people} == {Salutation.NONE}
            assert {c.address_form for c in people} == {None}
            assert {c.language for c in people} == {None}
            network = repo.get(Network, 1)
            assert (network.default_address_form, network.default_language) == (None, None)
            assert repo.get(Event, 1).kind == ""
        with database.write() as session:
            repo = Repository(session)
            person = repo.contact(1)
            person.salutation, person.address_form = Salutation.FRAU, AddressForm.DU
            person.language = Language.EN
            network = repo.get(Network, 1)
            network.default_address_form, network.default_language = AddressForm.SIE, Language.DE
            repo.get(Event, 1).kind = "breakfast"
        with database.read() as session:
            repo = Repository(session)
            person = repo.contact(1)
            assert (person.salutation, person.address_form, person.language) == (
                Salutation.FRAU,
                AddressForm.DU,
                Language.EN,
            )
            assert repo.get(Network, 1).default_address_form is AddressForm.SIE
            assert repo.get(Event, 1).kind == "breakfast"
    finally:
        database.dispose()
