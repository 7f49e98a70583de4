"""Contacts, events and encounters through the services, on a real SQLite file."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from netzwerk_app.app import AppContext
from netzwerk_app.domain import model as m
from netzwerk_app.domain.errors import NotFoundError, ValidationError
from netzwerk_app.infra.clock import FixedClock
from netzwerk_app.services.contacts import new_contact

START = datetime(2026, 11, 24, 6, 45, tzinfo=UTC)


def add(ctx: AppContext, name: str, **kw: object) -> m.Contact:
    return ctx.contacts.create(m.Contact(formatted_name=name, **kw))  # type: ignore[arg-type]


def test_create_edit_and_read_back_every_field(ctx: AppContext) -> None:
    contact = m.Contact(
        given_name="Bärbel",
        family_name="Groß",
        organization="Groß & Söhne",
        phones=[m.Phone("+49 89 123456", ("work", "voice"), "Zentrale")],
        emails=[m.Email("baerbel@gross.de", ("work",))],
        addresses=[m.PostalAddress(street="Lindwurmstraße 1", locality="München", country="DE")],
        urls=[m.Url("https://www.linkedin.com/in/baerbel-gross")],
        photo=b"\x89PNG fake",
        photo_mime="image/png",
        birthday=m.Birthday(4, 15),
        note="Kennt alle Bäcker",
        tags=["Kundin"],
        personally_known=True,
        extra_properties=[m.RawProperty("X-FOO", "bar", (("TYPE", ("a",)),), "item1")],
    )
    created = ctx.contacts.create(contact)
    assert created.id is not None and created.formatted_name == "Bärbel Groß" and created.uid
    created.title = "Inhaberin"
    created.tags = ["Kundin", "Empfehlungsgeberin"]
    ctx.contacts.update(created)

    again = ctx.contacts.get(created.id, with_photo=True)
    assert again.title == "Inhaberin"
    assert again.tags == ["Kundin", "Empfehlungsgeberin"]
    assert again.phones == [m.Phone("+49 89 123456", ("work", "voice"), "Zentrale")]
    assert again.addresses[0].locality == "München"
    assert again.photo == b"\x89PNG fake"
    assert again.birthday == m.Birthday(4, 15)
    assert again.extra_properties == contact.extra_properties
    assert again.personally_known is True


def test_a_contact_needs_something_to_be_called_by(ctx: AppContext) -> None:
    with pytest.raises(ValidationError):
        ctx.contacts.create(m.Contact())
    with pytest.raises(ValidationError):
        new_contact("  ")


@pytest.mark.parametrize("query", ["muller", "mueller", "Müller", "MÜLL", "jurgen mul"])
def test_search_ignores_case_accents_and_umlaut_spelling(ctx: AppContext, query: str) -> None:
    add(ctx, "Jürgen Müller", organization="Steuerkanzlei")
    add(ctx, "Anna Schmidt")
    assert [h.formatted_name for h in ctx.contacts.search(query)] == ["Jürgen Müller"]


def test_search_covers_org_email_phone_notes_and_pitches(ctx: AppContext) -> None:
    c = add(
        ctx,
        "Özlem Kaya",
        organization="Kaya Webdesign",
        emails=[m.Email("oezlem@kaya.example")],
        phones=[m.Phone("+49 (89) 555-0101")],
        note="Hat einen Hund namens Bello",
    )
    event = ctx.events.create_event("Frühstück", START, START + timedelta(hours=2), "BNI Isartal")
    assert event.id is not None and c.id is not None
    ctx.events.record_encounter(
        event.id, c.id, pitch="Barrierefreie Onlineshops", notes="Sucht Fotografen"
    )
    for query in ("webdesign", "oezlem@kaya", "4989555", "bello", "barrierefrei", "fotograf"):
        assert [h.id for h in ctx.contacts.search(query)] == [c.id], query


def test_name_hits_rank_above_note_hits(ctx: AppContext) -> None:
    add(ctx, "Klaus Becker", note="Kennt Frau Weber vom Tennis")
    weber = add(ctx, "Sabine Weber")
    hits = ctx.contacts.search("weber")
    assert hits[0].id == weber.id and len(hits) == 2


def test_trash_hides_and_restore_brings_back(ctx: AppContext) -> None:
    c = add(ctx, "Ingrid Köhler")
    assert c.id is not None
    ctx.contacts.trash([c.id])
    assert ctx.contacts.search("köhler") == []
    assert [s.contact.id for s in ctx.contacts.summaries(trash=True)] == [c.id]
    assert ctx.contacts.summaries() == []
    ctx.contacts.restore([c.id])
    assert [h.id for h in ctx.contacts.search("kohler")] == [c.id]


def test_events_with_network_and_encounters(ctx: AppContext) -> None:
    a, b = add(ctx, "Lukas Brandt"), add(ctx, "Sophie Dubois")
    ev = ctx.events.create_event(
        "Webgrrls Lunch",
        START,
        START + timedelta(hours=2),
        "Webgrrls München",
        place="München",
        speaker="Dr. Elif Öztürk",
    )
    same = ctx.events.create_event(
        "Zweites Treffen",
        START + timedelta(days=7),
        START + timedelta(days=7, hours=1),
        "webgrrls münchen",
    )
    assert ev.network_id == same.network_id  # the network is found case-insensitively
    assert ev.id and a.id and b.id
    ctx.events.record_encounter(ev.id, a.id, pitch="Fotos", talked_business=True)
    ctx.events.record_encounter(ev.id, a.id, offering="Porträts")  # same person: an update
    ctx.events.record_encounter(ev.id, b.id)
    details = ctx.events.event(ev.id)
    assert [(e.contact_id, e.pitch, e.offering) for e, _ in details.encounters] == [
        (a.id, "Fotos", "Porträts"),
        (b.id, "", ""),
    ]
    summary = {s.event.title: s.encounter_count for s in ctx.events.list_events()}
    assert summary == {"Webgrrls Lunch": 2, "Zweites Treffen": 0}
    assert ctx.contacts.summaries()[0].last_met == START
    ctx.events.delete_event(ev.id)
    assert ctx.contacts.details(a.id).encounters == []
    assert ctx.contacts.search("fotos") == []


def test_bad_events_and_unknown_ids_are_plain_errors(ctx: AppContext) -> None:
    with pytest.raises(ValidationError, match="end before it starts"):
        ctx.events.create_event("X", START, START - timedelta(hours=1))
    with pytest.raises(NotFoundError, match="no contact with the number 42"):
        ctx.contacts.get(42)
    with pytest.raises(NotFoundError, match="no event"):
        ctx.events.event(42)


def test_trashed_people_never_crowd_out_live_ones(ctx: AppContext) -> None:
    from netzwerk_app.services.contacts import prepare_new
    from netzwerk_app.storage.repository import Repository

    with ctx.db.write() as session:
        repo = Repository(session)
        # Rank-wise the trashed ones win: the name is in their notes too.
        trashed = [
            prepare_new(m.Contact(formatted_name="Weber Weber", note="Weber"), ctx.clock.now())
            for _ in range(300)
        ]
        repo.add_all(trashed)
        repo.reindex([c.id for c in trashed if c.id])
        repo.set_deleted([c.id for c in trashed if c.id], ctx.clock.now())
    live = add(ctx, "Anna Weber")
    assert [h.id for h in ctx.contacts.search("weber", limit=50)] == [live.id]


def test_trash_is_emptied_after_thirty_days(
    ctx: AppContext, clock: FixedClock, moment: datetime
) -> None:
    old, fresh = add(ctx, "Old Trash"), add(ctx, "Fresh Trash")
    assert old.id and fresh.id
    now = moment.astimezone(UTC)  # thirty days of 24 hours, across a clock change too
    clock.set(now - timedelta(days=30, minutes=1))
    ctx.contacts.trash([old.id])
    clock.set(now - timedelta(days=29, hours=23))
    ctx.contacts.trash([fresh.id])
    clock.set(now)
    assert ctx.privacy.purge_trash() == 1  # thirty days and a minute: gone
    assert [s.contact.id for s in ctx.contacts.summaries(trash=True)] == [fresh.id]
    clock.advance(timedelta(hours=1, minutes=1))  # now it too is older than thirty days
    assert ctx.privacy.purge_trash() == 1
    assert ctx.contacts.summaries(trash=True) == []
    with pytest.raises(NotFoundError):
        ctx.contacts.get(old.id)


GAP = "2026-03-29 02:30 does not exist in Europe/Berlin (clocks go forward); choose another time."


def test_an_event_at_a_time_the_clocks_skip_is_refused(ctx: AppContext, berlin: ZoneInfo) -> None:
    skipped = datetime(2026, 3, 29, 2, 30, tzinfo=berlin)  # Python would read it as 01:30 UTC
    with pytest.raises(ValidationError) as caught:
        ctx.events.create_event("Nachtcafé", skipped, skipped + timedelta(hours=2), "BNI")
    assert str(caught.value) == GAP
    assert ctx.events.list_events() == []
    doubled = datetime(2026, 10, 25, 2, 30, tzinfo=berlin)  # the first, summer-time 02:30
    event = ctx.events.create_event("Nachtcafé", doubled, doubled + timedelta(hours=2), "BNI")
    assert ctx.events.event(event.id or 0).event.start == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
