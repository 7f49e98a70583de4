"""Reviewing possible duplicates: the list, keeping apart (remembered), merging (undoable)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from factories import vcard

from netzwerk_app.app import AppContext
from netzwerk_app.domain import model as m

EVENING = datetime(2026, 11, 26, 18, 30, tzinfo=UTC)


def two_schmidts(ctx: AppContext, tmp_path: Path) -> tuple[int, int]:
    path = tmp_path / "bank.vcf"
    path.write_text(
        vcard("FN:Michael Schmidt", "ORG:Deutsche Bank AG", "EMAIL:michael@db.example")
        + vcard("FN:Michaela Schmidt", "ORG:Deutsche Bank AG", "TITLE:Prokuristin"),
        encoding="utf-8",
    )
    result = ctx.importer.import_files([path])
    (pair,) = result.possible_duplicates
    return pair.other_id, pair.contact_id


def test_keep_apart_is_remembered(ctx: AppContext, tmp_path: Path) -> None:
    michael, michaela = two_schmidts(ctx, tmp_path)
    (view,) = ctx.duplicates.pairs()
    assert (view.first.id, view.second.id) == (michael, michaela)
    assert view.reason == "a similar name at Deutsche Bank AG, nothing else to tell"
    assert ctx.duplicates.open_count() == 1
    ctx.duplicates.keep_apart(michaela, michael)
    assert ctx.duplicates.pairs() == [] and ctx.duplicates.open_count() == 0
    # Importing the same card again lists only the new pairs, never the kept-apart one.
    again = tmp_path / "again.vcf"
    again.write_text(vcard("FN:Michaela Schmidt", "ORG:Deutsche Bank AG"), encoding="utf-8")
    ctx.importer.import_files([again])
    listed = {(v.first.id, v.second.id) for v in ctx.duplicates.pairs()}
    assert (michael, michaela) not in listed and len(listed) == 2


def test_pairs_are_found_among_contacts_stored_before(ctx: AppContext) -> None:
    for email in ("anna@a.example", "anna@a.example"):
        ctx.contacts.create(m.Contact(formatted_name="Anna Berg", emails=[m.Email(email)]))
    (view,) = ctx.duplicates.pairs()
    assert view.reason == "the same e-mail address anna@a.example"


def test_merge_moves_everything_and_undo_gives_both_back(ctx: AppContext, tmp_path: Path) -> None:
    michael, michaela = two_schmidts(ctx, tmp_path)
    event = ctx.events.create_event("BNI Isartal", EVENING, EVENING + timedelta(hours=2), "BNI")
    assert event.id is not None
    ctx.events.record_encounter(event.id, michael, pitch="Kredite für KMU")
    ctx.events.record_encounter(event.id, michaela, pitch="Leasing", offering="Beratung")
    followups_before = len(ctx.contacts.details(michaela).followups)

    merged = ctx.duplicates.merge(michael, michaela)
    assert ctx.contacts.count() == 1
    kept = ctx.contacts.details(michael)
    assert kept.contact.title == "Prokuristin"
    ((encounter, _),) = kept.encounters
    assert encounter.pitch == "Kredite für KMU\nLeasing" and encounter.offering == "Beratung"
    assert ctx.duplicates.pairs() == []

    undone = ctx.importer.undo_merge(merged.merge_id)
    assert undone.split_contact_id == michaela  # the same number as before
    assert ctx.contacts.count() == 2
    back = ctx.contacts.details(michaela)
    assert back.contact.title == "Prokuristin" and back.contact.emails == []
    assert [e.pitch for e, _ in back.encounters] == ["Leasing"]
    assert len(back.followups) == followups_before
    assert [e.pitch for e, _ in ctx.contacts.details(michael).encounters] == ["Kredite für KMU"]
    assert ctx.contacts.get(michael).title == ""
    # Undone means: two people; not listed again.
    assert ctx.duplicates.pairs() == []
