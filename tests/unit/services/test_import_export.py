"""Import and export through the services, on real SQLite files."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import textwrap
from contextlib import closing
from dataclasses import fields
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from factories import make_contact, vcard, write_cards

from netzwerk_app.app import AppContext, open_app
from netzwerk_app.domain import model as m
from netzwerk_app.domain.collation import german_key
from netzwerk_app.domain.errors import NotFoundError, ValidationError
from netzwerk_app.infra.clock import FixedClock
from netzwerk_app.infra.paths import under_basedir
from netzwerk_app.interchange import prescan
from netzwerk_app.services.importing.merging import snapshot

CORPUS = Path(__file__).resolve().parents[3].parent / "shared" / "vcard-corpus"
START = datetime(2026, 11, 24, 6, 45, tzinfo=UTC)


def count(ctx: AppContext) -> int:
    return ctx.contacts.count()


def dump(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as conn:
        return list(conn.iterdump())


# --- the corpus of real files ----------------------------------------------------------


@pytest.mark.skipif(not CORPUS.is_dir(), reason="../shared/vcard-corpus is not available here")
def test_every_corpus_file_imports_and_failures_are_reported(ctx: AppContext) -> None:
    files = sorted(CORPUS.glob("*.vcf"))
    assert len(files) >= 30
    for path in files:
        result = ctx.importer.import_files([path], on_duplicate="keep-both")
        outcomes = len(result.imported) + len(result.merged) + len(result.skipped)
        assert outcomes + len(result.failed) >= 1, path.name
        for failure in result.failed:
            assert failure.file == path.name and failure.reason.endswith(".")
    with closing(sqlite3.connect(ctx.paths.database)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    # Every contact got its provenance.
    for row in ctx.contacts.summaries():
        assert row.contact.source == m.Source.VCARD_FILE
        assert row.contact.gdpr_note.startswith("Imported from ")


# --- duplicates ----------------------------------------------------------------------

EXISTING = m.Contact(
    formatted_name="Jürgen Müller",
    given_name="Jürgen",
    family_name="Müller",
    organization="Müller Steuerberatung GmbH",
    emails=[m.Email("Juergen@Mueller-Steuer.example", ("work",))],
    phones=[m.Phone("+49 89 123456", ("work",))],
    urls=[m.Url("https://www.linkedin.com/in/juergen-mueller/")],
)

# Each incoming card shares exactly one key with EXISTING (a phone number only
# together with a similar name; a similar name alone is no key: see
# test_duplicate_import.py).
DUPLICATES = {
    "e-mail": vcard("FN:J. M.", "EMAIL:juergen@mueller-steuer.example"),
    "phone": vcard("FN:Mueller Jürgn", "TEL;TYPE=CELL:089 123456"),
    "profile URL": vcard("FN:JM", "URL:http://de.linkedin.com/in/Juergen-Mueller"),
}


def with_existing(ctx: AppContext) -> int:
    contact = ctx.contacts.create(
        m.Contact(**{f.name: getattr(EXISTING, f.name) for f in fields(m.Contact)})
    )
    assert contact.id is not None
    return contact.id


@pytest.mark.parametrize("kind", list(DUPLICATES))
@pytest.mark.parametrize("policy", ["skip", "merge", "keep-both"])
def test_duplicates_by_each_key_and_policy(
    ctx: AppContext, tmp_path: Path, kind: str, policy: Any
) -> None:
    existing = with_existing(ctx)
    path = write_cards(tmp_path / "incoming.vcf", DUPLICATES[kind])
    result = ctx.importer.import_files([path], on_duplicate=policy)
    assert not result.failed
    if policy == "skip":
        (skipped,) = result.skipped
        assert skipped.existing_id == existing and skipped.line == 1
        assert count(ctx) == 1
    elif policy == "merge":
        (merged,) = result.merged
        assert merged.contact_id == existing
        assert count(ctx) == 1
        # The merge added nothing that was there already in another spelling.
        contact = ctx.contacts.get(existing)
        assert len(contact.emails) == 1 and len(contact.phones) == 1 and len(contact.urls) == 1
    else:
        assert len(result.imported) == 1 and count(ctx) == 2


def test_two_people_sharing_only_a_company_website_are_not_duplicates(
    ctx: AppContext, tmp_path: Path
) -> None:
    with_existing(ctx)
    path = write_cards(
        tmp_path / "colleague.vcf",
        vcard("FN:Anna Schmidt", "ORG:Müller Steuerberatung GmbH", "URL:https://mueller.example"),
    )
    assert len(ctx.importer.import_files([path]).imported) == 1


def test_same_file_twice_adds_nothing_and_a_card_twice_in_one_file_is_one_contact(
    ctx: AppContext, tmp_path: Path
) -> None:
    cards = [vcard(f"FN:Person {i}", f"EMAIL:p{i}@example.de") for i in range(40)]
    cards += [vcard("ORG:Nur Firma AG", "UID:nur-firma")]
    cards += [vcard("FN:Anna Phone", "TEL:+49 171 5550001")]
    cards += [vcard("FN:Anna Phone", "TEL:0171 5550001")]  # the same, in another spelling
    path = write_cards(tmp_path / "contacts.vcf", *cards)
    first = ctx.importer.import_files([path])
    assert len(first.imported) == 42 and len(first.skipped) == 1
    for policy in ("skip", "merge"):
        again = ctx.importer.import_files([path], on_duplicate=policy)  # type: ignore[arg-type]
        assert not again.imported and not again.merged, policy
        assert len(again.skipped) == 43
    assert count(ctx) == 42
    # A name alone is never skipped: the same bare name twice is two contacts, listed
    # as a possible duplicate.
    twins = write_cards(tmp_path / "twins.vcf", vcard("FN:Only A Name"), vcard("FN:Only A Name"))
    result = ctx.importer.import_files([twins])
    assert len(result.imported) == 2 and len(result.possible_duplicates) == 1


# --- merge and undo --------------------------------------------------------------------


def test_merge_keeps_every_value_and_undo_restores_both_exactly(
    ctx: AppContext, tmp_path: Path
) -> None:
    existing_id = with_existing(ctx)
    contact = ctx.contacts.get(existing_id)
    contact.note, contact.title, contact.tags = "Kennt alle im Isartal.", "Steuerberater", ["BNI"]
    ctx.contacts.update(contact)
    before = snapshot(ctx.contacts.get(existing_id, with_photo=True))

    path = write_cards(
        tmp_path / "new.vcf",
        vcard(
            "FN:Jürgen Müller",
            "N:Müller;Jürgen;;;",
            "ORG:Müller Steuerberatung GmbH",
            "TITLE:Geschäftsführer",
            "EMAIL;TYPE=HOME:JUERGEN@MUELLER-STEUER.EXAMPLE",
            "EMAIL:j.mueller@privat.example",
            "TEL;TYPE=CELL:+49 171 2345678",
            "TEL:089 123456",
            "ADR;TYPE=WORK:;;Leopoldstraße 1;München;;80802;Deutschland",
            "BDAY:1970-05-17",
            "NOTE:Sucht Architekten.",
            "CATEGORIES:Steuern",
            "X-CUSTOM:kept",
            "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQ==",
        ),
    )
    result = ctx.importer.import_files([path], on_duplicate="merge")
    (merged,) = result.merged
    after = ctx.contacts.get(existing_id, with_photo=True)
    assert [e.value for e in after.emails] == [
        "Juergen@Mueller-Steuer.example",
        "j.mueller@privat.example",
    ]
    assert [p.value for p in after.phones] == ["+49 89 123456", "+49 171 2345678"]
    assert after.addresses[0].street == "Leopoldstraße 1"
    assert after.birthday == m.Birthday(5, 17, 1970)
    assert after.note == "Kennt alle im Isartal.\nSucht Architekten."
    assert after.title == "Steuerberater"  # the differing title is kept as a second TITLE
    assert m.RawProperty("TITLE", "Geschäftsführer") in after.extra_properties
    assert m.RawProperty("X-CUSTOM", "kept") in after.extra_properties
    assert after.tags == ["BNI", "Steuern"]
    assert after.photo and after.photo.startswith(b"\xff\xd8")
    assert len(ctx.importer.merges_of(existing_id)) == 1

    undone = ctx.importer.undo_merge(merged.merge_id)
    restored = ctx.contacts.get(existing_id, with_photo=True)
    assert snapshot(restored) == before
    split = ctx.contacts.get(undone.split_contact_id, with_photo=True)
    incoming = json.loads(
        ctx.importer.merges_of(existing_id)[0].incoming_json  # the card as it came in
    )["contact"]
    volatile = {"uid", "created_at", "updated_at"}
    assert {k: v for k, v in snapshot(split).items() if k not in volatile} == {
        k: v for k, v in incoming.items() if k not in volatile
    }
    assert count(ctx) == 2
    with pytest.raises(ValidationError, match="already undone"):
        ctx.importer.undo_merge(merged.merge_id)


def test_undo_is_refused_when_the_contact_was_edited_after_the_merge(
    ctx: AppContext, tmp_path: Path, clock: FixedClock
) -> None:
    existing_id = with_existing(ctx)
    path = write_cards(
        tmp_path / "a.vcf", vcard("FN:J", "EMAIL:juergen@mueller-steuer.example", "NOTE:x")
    )
    (merged,) = ctx.importer.import_files([path], on_duplicate="merge").merged
    clock.advance(timedelta(minutes=5))  # the hand edit comes later
    contact = ctx.contacts.get(existing_id)
    contact.note = "edited by hand"
    ctx.contacts.update(contact)
    with pytest.raises(ValidationError, match="changed after the merge"):
        ctx.importer.undo_merge(merged.merge_id)
    with pytest.raises(NotFoundError):
        ctx.importer.undo_merge(999)


def test_forgetting_a_person_deletes_their_merge_log(ctx: AppContext, tmp_path: Path) -> None:
    existing_id = with_existing(ctx)
    path = write_cards(
        tmp_path / "a.vcf", vcard("FN:J", "EMAIL:juergen@mueller-steuer.example", "NOTE:x")
    )
    ctx.importer.import_files([path], on_duplicate="merge")
    ctx.privacy.forget(existing_id)
    with closing(sqlite3.connect(ctx.paths.database)) as conn:
        assert conn.execute("SELECT count(*) FROM merge_log").fetchone() == (0,)


# --- broken input, transactions, cancel ------------------------------------------------


def people(n: int, broken_at: int | None = None) -> str:
    out = []
    for i in range(n):
        if i == broken_at:
            folded = "\r\n ".join(["x" * 74] * (prescan.MAX_PROPERTY_CHARS // 74 + 2))
            out.append(vcard("FN:Kaputt Karl", "NOTE:" + folded))
        else:
            out.append(vcard(f"FN:Person {i}", f"N:{i};Person;;;", f"EMAIL:person{i}@example.de"))
    return "".join(out)


def test_a_broken_card_among_500_is_reported_and_the_others_imported(
    ctx: AppContext, tmp_path: Path
) -> None:
    path = write_cards(tmp_path / "500.vcf", people(500, broken_at=250))
    result = ctx.importer.import_files([path])
    (failure,) = result.failed
    assert (failure.file, failure.line, failure.name) == ("500.vcf", 250 * 6 + 1, "Kaputt Karl")
    assert "larger than 10 MB" in failure.reason
    assert len(result.imported) == 499 and count(ctx) == 499


def test_a_file_that_is_no_vcard_gets_one_sentence(ctx: AppContext, tmp_path: Path) -> None:
    image = tmp_path / "photo.vcf"
    image.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    missing = tmp_path / "missing.vcf"
    result = ctx.importer.import_files([image, missing])
    assert [f.file for f in result.failed] == ["photo.vcf", "missing.vcf"]
    assert "PNG image" in result.failed[0].reason and result.failed[0].line == 0
    assert "could not be read" in result.failed[1].reason


CRASH_CHILD = textwrap.dedent(
    """
    import os, sys
    from pathlib import Path
    from netzwerk_app.app import open_app
    from netzwerk_app.infra.paths import under_basedir

    ctx = open_app(under_basedir(Path(sys.argv[1])))

    def crash(done, total):
        if done >= int(sys.argv[3]):
            os._exit(17)  # like a kill: no rollback, no clean-up, no atexit

    ctx.importer.import_files([Path(sys.argv[2])], on_progress=crash)
    """
)


def test_a_kill_mid_file_leaves_the_database_as_before_that_file(
    app_paths: Any, tmp_path: Path
) -> None:
    ctx = open_app(app_paths)
    first = write_cards(tmp_path / "first.vcf", vcard("FN:Erste Person", "EMAIL:erste@example.de"))
    ctx.importer.import_files([first])
    ctx.close()
    before = dump(app_paths.database)

    big = write_cards(tmp_path / "big.vcf", people(1000))
    child = subprocess.run(
        [sys.executable, "-c", CRASH_CHILD, str(app_paths.data_dir.parent), str(big), "600"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert child.returncode == 17, child.stderr
    with closing(sqlite3.connect(app_paths.database)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    assert dump(app_paths.database) == before


def test_cancel_rolls_back_the_current_file_and_keeps_the_earlier(
    ctx: AppContext, tmp_path: Path
) -> None:
    first = write_cards(tmp_path / "first.vcf", people(30))
    second = write_cards(tmp_path / "second.vcf", people(300).replace("Person", "Andere"))
    seen: list[tuple[int, int]] = []
    result = ctx.importer.import_files(
        [first, second],
        on_progress=lambda done, total: seen.append((done, total)),
        should_cancel=lambda: len(seen) >= 5,
    )
    assert result.cancelled and len(result.imported) == 30
    assert count(ctx) == 30
    assert seen[0] == (25, 330)


# --- events ------------------------------------------------------------------------------


def test_imported_and_merged_contacts_are_recorded_at_the_event(
    ctx: AppContext, tmp_path: Path
) -> None:
    existing = with_existing(ctx)
    event = ctx.events.create_event("Frühstück", START, START + timedelta(hours=2), "BNI")
    assert event.id is not None
    path = write_cards(
        tmp_path / "event.vcf",
        vcard("FN:Neue Person", "EMAIL:neu@example.de"),
        vcard("FN:JM", "EMAIL:juergen@mueller-steuer.example", "TITLE:StB"),
    )
    result = ctx.importer.import_files([path], on_duplicate="merge", event_id=event.id)
    assert len(result.imported) == 1 and len(result.merged) == 1
    met = {c.id for _, c in ctx.events.event(event.id).encounters}
    assert met == {existing, result.imported[0].contact_id}
    with pytest.raises(NotFoundError):
        ctx.importer.import_files([path], event_id=999)


# --- LinkedIn ------------------------------------------------------------------------------

LINKEDIN = (
    "Notes:\n"
    '"When exporting your connection data, you may notice that some of the email addresses '
    'are missing."\n'
    "\n"
    "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
    "Jürgen,Müller,https://www.linkedin.com/in/juergen-mueller,,Müller Steuerberatung GmbH,"
    "Steuerberater,15 Jun 2026\n"
    "Sabine,Schäfer,https://www.linkedin.com/in/sabine-s,sabine@schaefer.example,Druck AG,CEO,"
    "03 Jul 2026\n"
    "Björn,Köhler,https://www.linkedin.com/in/bkoehler,,Köhler IT,Inhaber,01 Aug 2026\n"
    "Erika,Neu,https://www.linkedin.com/in/erika-neu,,Neu GmbH,Vertrieb,02 Sep 2026\n"
)


def test_linkedin_connections_set_states_and_offer_the_unmatched(
    ctx: AppContext, tmp_path: Path
) -> None:
    by_url = with_existing(ctx)
    by_email = ctx.contacts.create(
        m.Contact(formatted_name="Sabine S.", emails=[m.Email("Sabine@Schaefer.example")])
    ).id
    by_name = ctx.contacts.create(
        m.Contact(formatted_name="Bjoern Koehler", organization="Köhler IT")
    ).id
    path = tmp_path / "Connections.csv"
    path.write_bytes(b"\xef\xbb\xbf" + LINKEDIN.encode("utf-8"))

    result = ctx.importer.import_files([path])
    assert {u.contact_id: u.connected_on for u in result.linkedin_updated} == {
        by_url: date(2026, 6, 15),
        by_email: date(2026, 7, 3),
        by_name: date(2026, 8, 1),
    }
    for cid in (by_url, by_email, by_name):
        assert cid is not None
        assert ctx.contacts.get(cid).linkedin_state == m.RelationshipState.CONNECTED
    (offered,) = result.linkedin_new
    assert (offered.name, offered.company, offered.line) == ("Erika Neu", "Neu GmbH", 8)
    assert offered.connected_on == date(2026, 9, 2)
    assert count(ctx) == 3

    again = ctx.importer.import_files([path], linkedin_new="add")
    assert not again.linkedin_updated and len(again.skipped) == 3
    (added,) = again.imported
    erika = ctx.contacts.get(added.contact_id)
    assert erika.source == m.Source.LINKEDIN_EXPORT
    assert erika.linkedin_state == m.RelationshipState.CONNECTED
    assert erika.linkedin_connected_on == date(2026, 9, 2)
    assert ctx.importer.add_linkedin_contacts(result.linkedin_new).skipped  # now known


# --- export and the round trip -------------------------------------------------------------

VOLATILE = {"id", "created_at", "updated_at"}
PHONES = ["+49 89 123456", "+49 89 234567", "+43 1 5551234"]


def rich_contacts(ctx: AppContext) -> list[int]:
    event = ctx.events.create_event(
        "Unternehmerfrühstück", START, START + timedelta(hours=2), "BNI Isartal", place="Café"
    )
    assert event.id is not None
    ids = []
    for i, name in enumerate(["Jürgen Müller", "Özlem Yılmaz, Dr.", "Søren; Backslash\\"]):
        c = ctx.contacts.create(
            m.Contact(
                formatted_name=name,
                given_name=name.split()[0],
                family_name=name.split()[-1],
                organization=f"Firma {i}, Zweig; Teil",
                department="Vertrieb",
                title="Inhaberin",
                phones=[
                    m.Phone(PHONES[i], ("work",)),
                    m.Phone(f"0171 2{i}", ("cell",), "Büro"),
                ],
                emails=[m.Email(f"p{i}@example.de", ("work", "pref"))],
                addresses=[m.PostalAddress("Straße 1", "München", "", "80331", types=("work",))],
                urls=[m.Url(f"https://www.linkedin.com/in/p{i}")],
                photo=b"\xff\xd8\xff\xe0photo" if i == 0 else None,
                photo_mime="image/jpeg" if i == 0 else "",
                birthday=m.Birthday(2, 29) if i else m.Birthday(5, 17, 1970),
                note="Zeile 1\nZeile 2: mit , und ; und \\ 😀",
                tags=["BNI", "Steuern"],
                gdpr_note="card handed over at event",
                personally_known=True,
                linkedin_state=m.RelationshipState.CONNECTED,
                linkedin_connected_on=date(2026, 6, 15),
                keep_in_touch_days=90,
                extra_properties=[m.RawProperty("X-CUSTOM", "kept")],
            )
        )
        assert c.id is not None
        ids.append(c.id)
        ctx.events.record_encounter(event.id, c.id, pitch=f"Pitch {i}", talked_business=True)
    return ids


@pytest.mark.parametrize("fmt", ["vcard3", "vcard4"])
def test_export_then_import_into_a_fresh_database_gives_the_same_contacts(
    ctx: AppContext, tmp_path: Path, fmt: Any
) -> None:
    rich_contacts(ctx)
    out = tmp_path / "export.vcf"
    assert ctx.exporter.export(out, fmt, include_private=True).count == 3

    other = open_app(under_basedir(tmp_path / "other"))
    try:
        result = other.importer.import_files([out])
        assert len(result.imported) == 3 and not result.failed
        mine = {c.contact.uid: c.contact.id for c in ctx.contacts.summaries()}
        theirs = {c.contact.uid: c.contact.id for c in other.contacts.summaries()}
        assert mine.keys() == theirs.keys()
        for uid, cid in mine.items():
            a, b = ctx.contacts.details(cid or 0), other.contacts.details(theirs[uid] or 0)
            sa, sb = snapshot(a.contact), snapshot(b.contact)
            assert {k: v for k, v in sa.items() if k not in VOLATILE} == {
                k: v for k, v in sb.items() if k not in VOLATILE
            }
            assert [(e.pitch, e.talked_business, ev.title, ev.start) for e, ev in a.encounters] == [
                (e.pitch, e.talked_business, ev.title, ev.start) for e, ev in b.encounters
            ]
        (event,) = other.events.list_events()
        assert event.network_name == "BNI Isartal" and event.encounter_count == 3
    finally:
        other.close()
    # Our own export read back into the same database adds nothing.
    again = ctx.importer.import_files([out])
    assert not again.imported and len(again.skipped) == 3


def test_export_selection_event_and_photos(ctx: AppContext, tmp_path: Path) -> None:
    ids = rich_contacts(ctx)
    loner = make_contact(ctx, "Nicht Dabei")
    (event,) = ctx.events.list_events()
    # The German order: Özlem with the O's, before Søren (a plain code-point sort
    # would put Ö after S).
    assert ctx.exporter.selection(event_id=event.event.id) == sorted(
        ids, key=lambda i: german_key(ctx.contacts.get(i).formatted_name)
    )
    assert [ctx.contacts.get(i).given_name for i in ctx.exporter.selection(event_id=1)] == [
        "Jürgen",
        "Özlem",
        "Søren;",
    ]
    assert ctx.exporter.selection(contact_ids=[loner.id]) == [loner.id]
    ctx.contacts.trash([loner.id])
    assert loner.id not in ctx.exporter.selection()
    out = tmp_path / "one.vcf"
    ctx.exporter.export(out, contact_ids=[ids[0]], include_photos=False)
    text = out.read_text(encoding="utf-8")
    assert text.count("BEGIN:VCARD") == 1 and "PHOTO" not in text
    ctx.exporter.export(out, contact_ids=[ids[0]])
    assert "PHOTO;ENCODING=b;TYPE=JPEG:" in out.read_text(encoding="utf-8")
    with pytest.raises(NotFoundError):
        ctx.exporter.export(out, contact_ids=[9999])
    assert not list(tmp_path.glob(".one.vcf.*"))  # no temporary file left behind


def test_csv_export_read_again_gives_the_phone_back_exactly(
    ctx: AppContext, tmp_path: Path
) -> None:
    rich_contacts(ctx)
    out = tmp_path / "contacts.csv"
    ctx.exporter.export(out, "csv")
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"'+49 89 123456" in raw  # neutralised cell
    other = open_app(under_basedir(tmp_path / "other"))
    try:
        result = other.importer.import_files([out])
        assert len(result.imported) == 3
        phones = sorted(row.contact.phones[0].value for row in other.contacts.summaries())
        assert phones == sorted(PHONES)
    finally:
        other.close()
