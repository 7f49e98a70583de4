"""Several files imported in one call: the duplicate check reads the stored contacts
once, not once per file, and still sees every change (real files, real SQLite)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from factories import vcard, write_cards
from sqlalchemy import event

from netzwerk_app.app import AppContext
from netzwerk_app.domain import model as m
from netzwerk_app.services.importing.matching import Entry, IndexCarry
from netzwerk_app.storage.repository import Repository


@contextmanager
def key_reads(ctx: AppContext) -> Iterator[list[str]]:
    """The statements that read every stored contact's e-mails and phones."""
    seen: list[str] = []

    def listen(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT") and "contacts.phones" in statement:
            seen.append(statement)

    event.listen(ctx.db.engine, "before_cursor_execute", listen)
    try:
        yield seen
    finally:
        event.remove(ctx.db.engine, "before_cursor_execute", listen)


ANNA = vcard("FN:Anna Berg", "EMAIL:anna@berg.example", "TEL:+49 171 1000001")
BERND = vcard("FN:Bernd Tal", "EMAIL:bernd@tal.example", "TEL:+49 171 1000002")
CLAUDIA = vcard("FN:Claudia Wald", "EMAIL:claudia@wald.example")


def test_three_files_read_the_stored_contacts_once_and_find_each_others_cards(
    ctx: AppContext, tmp_path: Path
) -> None:
    ctx.importer.import_files([write_cards(tmp_path / "old.vcf", CLAUDIA)])
    files = [
        write_cards(tmp_path / "1.vcf", ANNA),
        # Anna again (from file 1), and Claudia (stored before): both skipped
        write_cards(tmp_path / "2.vcf", ANNA.replace("Anna Berg", "Anna B."), BERND, CLAUDIA),
        write_cards(tmp_path / "3.vcf", BERND.replace("Bernd Tal", "B. Tal")),
    ]
    with key_reads(ctx) as reads:
        result = ctx.importer.import_files(files)
    assert len(reads) == 1  # was one full read of the stored contacts per file
    assert [c.name for c in result.imported] == ["Anna Berg", "Bernd Tal"]
    assert sorted(s.existing_name for s in result.skipped) == [
        "Anna Berg",
        "Bernd Tal",
        "Claudia Wald",
    ]
    assert ctx.contacts.count() == 3


def test_a_contact_changed_between_two_files_is_seen_by_the_next(ctx: AppContext) -> None:
    carry = IndexCarry("DE")
    with ctx.db.write() as session:
        repo = Repository(session)
        index = carry.take(repo)
        repo.add(m.Contact(formatted_name="Anna Berg", uid="anna"))
        mark = carry.mark(repo)
    carry.keep(index, mark)
    with ctx.db.write() as session:
        assert carry.take(Repository(session)) is index  # nothing changed: used again
    carry.keep(index, mark)
    # Another window gives Anna an e-mail address before the next file starts.
    anna = ctx.contacts.summaries()[0].contact
    assert anna.id is not None
    stored = ctx.contacts.get(anna.id)
    stored.emails = [m.Email("anna@berg.example")]
    ctx.contacts.update(stored)
    with ctx.db.write() as session:
        fresh = carry.take(Repository(session))
    assert fresh is not index and "anna@berg.example" in fresh.by_email


def test_a_file_rolled_back_leaves_nothing_of_its_cards_in_the_next_files_index(
    ctx: AppContext,
) -> None:
    carry = IndexCarry("DE")
    with ctx.db.write() as session:
        repo = Repository(session)
        carry.keep(carry.take(repo), carry.mark(repo))
    try:
        with ctx.db.write() as session:
            repo = Repository(session)
            index = carry.take(repo)
            bernd = m.Contact(formatted_name="Bernd Tal", emails=[m.Email("bernd@tal.example")])
            index.add_contact(Entry("Bernd Tal", contact_id=999), bernd)
            raise RuntimeError("the file failed half-way")
    except RuntimeError:
        pass  # carry.keep() is never reached: the index is not handed on
    with ctx.db.write() as session:
        fresh = carry.take(Repository(session))
    assert fresh is not index and "bernd@tal.example" not in fresh.by_email


def test_a_file_being_imported_is_held_in_memory_once(ctx: AppContext, tmp_path: Path) -> None:
    """Its bytes are dropped once they are text: 40,000 Google-style cards are 29 MB."""
    import tracemalloc

    note = "Kennengelernt beim Unternehmerfrühstück, sucht Architekten. " * 80
    cards = [vcard(f"FN:Person {i}", f"EMAIL:p{i}@example.de", f"NOTE:{note}") for i in range(1500)]
    path = write_cards(tmp_path / "big.vcf", *cards)
    size = path.stat().st_size
    held: list[int] = []

    def halfway(done: int, _total: int) -> None:
        if done == 750:
            held.append(tracemalloc.get_traced_memory()[0])

    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        result = ctx.importer.import_files([path], on_progress=halfway)
    finally:
        tracemalloc.stop()
    assert len(result.imported) == 1500
    # the text (one byte per character here) and what the import keeps per card;
    # the bytes beside it made this more than twice the file's size
    assert held[0] - before < 1.7 * size


def test_a_name_new_on_a_switchboard_is_found_by_its_next_card(
    ctx: AppContext, tmp_path: Path
) -> None:
    """The similar names of a switchboard's holders are remembered per name looked up;
    a name added after a look-up must still be found by the next card."""
    colleagues = [
        vcard(f"FN:Kollege {i}", f"EMAIL:k{i}@konzern.example", "TEL:+49 89 100 000")
        for i in range(20)  # more than share a number before it counts as a switchboard
    ]
    anna = vcard("FN:Anna Berg", "ORG:Konzern AG", "TEL:+49 89 100 000")
    again = anna.replace("ORG:", "TITLE:Einkauf\r\nORG:")  # the same name, looked up before
    path = write_cards(tmp_path / "konzern.vcf", *colleagues, anna, again)
    result = ctx.importer.import_files([path])
    assert len(result.imported) == 21
    assert [s.existing_name for s in result.skipped] == ["Anna Berg"]
