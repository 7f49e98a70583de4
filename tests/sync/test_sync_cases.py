"""The cases of the sync issue, each against a real server (Radicale; the ones that
matter most for server differences against Xandikos too)."""

from __future__ import annotations

import io
import time
from datetime import timedelta
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import update
from sync_servers import FaultProxy, Server
from test_sync_basic import card, connect

from netzwerk_app.app import AppContext
from netzwerk_app.domain import model as m
from netzwerk_app.domain.errors import SyncServerError, SyncUnreachableError
from netzwerk_app.infra.paths import under_basedir
from netzwerk_app.storage.sync_tables import sync_accounts
from netzwerk_app.sync.engine import SyncService
from netzwerk_app.sync.http import DavHttp


def person(name: str, **more: object) -> m.Contact:
    given, family = name.split(" ", 1)
    return m.Contact(formatted_name=name, given_name=given, family_name=family, **more)  # type: ignore[arg-type]


def server_card_of(server: Server, needle: str) -> tuple[str, str]:
    [(href, text)] = [(h, t) for h, t in server.cards().items() if needle in t]
    return href, text


def edit_on_server(server: Server, needle: str, old: str, new: str) -> None:
    href, text = server_card_of(server, needle)
    assert old in text
    with server.client() as c:
        url = server.root.rstrip("/") + href
        etag = c.request("GET", url).headers["etag"]
        r = c.put(url, content=text.replace(old, new).encode(), headers={"If-Match": etag})
    assert r.status_code in (200, 201, 204), r.status_code


def later(ctx: AppContext) -> None:
    """The user edits after the sync (the app's clock moves on; a sync pushes what
    changed after the last one began)."""
    ctx.clock.advance(timedelta(minutes=5))  # type: ignore[attr-defined]


def by_name(ctx: AppContext, name: str, trash: bool = False) -> m.Contact:
    [found] = [s.contact for s in ctx.contacts.summaries(trash=trash)
               if s.contact.display_name == name]  # fmt: skip
    return ctx.contacts.get(found.id or 0, with_photo=True)


def test_incremental_both_ways_and_edits_of_different_fields_merge(
    ctx: AppContext, server: Server
) -> None:
    server.put("lena.vcf", card("u-lena", "Lena Öztürk", "Öztürk", "Lena", "ORG:Alt GmbH"))
    ctx.contacts.create(person("Jörg Weiß", organization="Bäckerei Weiß"))
    service, account = connect(ctx, server)
    service.sync(account, server.password)

    # the phone changed Lena's organisation, the laptop Jörg's title: one each way
    edit_on_server(server, "Lena", "ORG:Alt GmbH", "ORG:Neu AG")
    later(ctx)
    joerg = by_name(ctx, "Jörg Weiß")
    joerg.title = "Bäckermeister"
    ctx.contacts.update(joerg)
    step = service.sync(account, server.password)
    assert (step.pulled, step.pushed, step.merged, step.conflicts) == (1, 1, 0, 0)
    assert step.full_resync is False  # the stored sync token was taken
    assert by_name(ctx, "Lena Öztürk").organization == "Neu AG"
    assert "TITLE:Bäckermeister" in server_card_of(server, "Jörg")[1]

    # the same card changed on both sides, different fields: both survive, both sides
    edit_on_server(server, "Lena", "ORG:Neu AG", "ORG:Neu AG\r\nTEL;TYPE=CELL:+49 151 2345678")
    later(ctx)
    lena = by_name(ctx, "Lena Öztürk")
    lena.title = "Steuerberaterin"
    ctx.contacts.update(lena)
    both = service.sync(account, server.password)
    assert (both.merged, both.pushed, both.conflicts) == (1, 1, 0)
    lena = by_name(ctx, "Lena Öztürk")
    assert [p.value for p in lena.phones] == ["+49 151 2345678"]
    assert lena.title == "Steuerberaterin"
    text = server_card_of(server, "Lena")[1]
    assert "TITLE:Steuerberaterin" in text and "+49 151 2345678" in text

    quiet = service.sync(account, server.password)
    assert (quiet.pulled, quiet.pushed, quiet.merged) == (0, 0, 0)


def test_the_same_field_changed_on_both_sides_keeps_both_and_lists_the_pair(
    ctx: AppContext, radicale: Server
) -> None:
    radicale.put("lena.vcf", card("u-lena", "Lena Öztürk", "Öztürk", "Lena", "TITLE:Beraterin",
                                  "EMAIL:lena@alt.de"))  # fmt: skip
    service, account = connect(ctx, radicale)
    service.sync(account, radicale.password)
    edit_on_server(radicale, "Lena", "TITLE:Beraterin", "TITLE:Partnerin")
    edit_on_server(radicale, "Lena", "EMAIL:lena@alt.de", "EMAIL:lena@neu.de")
    later(ctx)
    lena = by_name(ctx, "Lena Öztürk")
    lena.title = "Geschäftsführerin"
    lena.emails = [m.Email("lena@privat.de")]
    ctx.contacts.update(lena)

    result = service.sync(account, radicale.password)

    assert result.conflicts == 2
    lena = by_name(ctx, "Lena Öztürk")
    assert lena.title == "Partnerin"  # the server's value stays on the card
    assert [e.value for e in lena.emails] == ["lena@neu.de", "lena@privat.de"]  # both kept
    listed = {(c.field, c.server_value, c.local_value) for c in service.conflicts()}
    assert listed == {
        ("title", "Partnerin", "Geschäftsführerin"),
        ("emails", "lena@neu.de", "lena@privat.de"),
    }
    text = server_card_of(radicale, "Lena")[1]
    assert "lena@privat.de" in text and "TITLE:Partnerin" in text
    # the user keeps their own title: it goes up with the next sync
    [title] = [c for c in service.conflicts() if c.field == "title"]
    later(ctx)
    service.resolve(title.id, keep_local=True)
    service.sync(account, radicale.password)
    assert "TITLE:Geschäftsführerin" in server_card_of(radicale, "Lena")[1]
    assert [c.field for c in service.conflicts()] == ["emails"]


def test_deletes_server_to_trash_local_forget_to_server_restore_recreates(
    ctx: AppContext, server: Server
) -> None:
    ctx.contacts.create(person("Jörg Weiß"))
    ctx.contacts.create(person("Anna Schmidt"))
    event = ctx.events.create_event(
        "Unternehmerfrühstück", ctx.clock.now(), ctx.clock.now() + timedelta(hours=2), "BNI"
    )
    joerg = by_name(ctx, "Jörg Weiß")
    ctx.events.record_encounter(event.id or 0, joerg.id or 0, pitch="Brot für Firmen")
    service, account = connect(ctx, server)
    service.sync(account, server.password)
    assert len(server.cards()) == 2

    href, _text = server_card_of(server, "Jörg")
    assert server.delete(href).status_code in (200, 204)
    result = service.sync(account, server.password)
    assert result.deleted == 1
    trashed = by_name(ctx, "Jörg Weiß", trash=True)  # in the trash, restorable
    assert [e.pitch for e, _ev in ctx.contacts.details(trashed.id or 0).encounters] == [
        "Brot für Firmen"
    ]

    ctx.contacts.restore([trashed.id or 0])
    again = service.sync(account, server.password)
    assert again.pushed == 1
    assert server_card_of(server, "Jörg")  # re-created

    anna = by_name(ctx, "Anna Schmidt")
    ctx.privacy.forget(anna.id or 0)
    gone = service.sync(account, server.password)
    assert gone.deleted == 1
    assert not [t for t in server.cards().values() if "Anna" in t]


def test_a_card_changed_on_the_server_during_the_upload_is_merged_not_overwritten(
    ctx: AppContext, radicale: Server
) -> None:
    radicale.put("lena.vcf", card("u-lena", "Lena Öztürk", "Öztürk", "Lena", "TITLE:Beraterin"))
    service, account = connect(ctx, radicale)
    service.sync(account, radicale.password)
    later(ctx)
    lena = by_name(ctx, "Lena Öztürk")
    lena.organization = "Öztürk & Partner"
    ctx.contacts.update(lena)

    def meanwhile(stage: str, done: int, total: int) -> None:
        if stage == "push" and done == 0 and total:  # between our read and our write
            edit_on_server(radicale, "Lena", "TITLE:Beraterin", "TITLE:Partnerin")

    result = service.sync(account, radicale.password, progress=meanwhile)

    assert (result.pushed, result.conflicts) == (1, 0)
    text = server_card_of(radicale, "Lena")[1]
    assert "TITLE:Partnerin" in text and "ORG:Öztürk & Partner" in text
    assert by_name(ctx, "Lena Öztürk").title == "Partnerin"


def test_an_invalid_sync_token_means_a_full_resync_without_duplicates(
    ctx: AppContext, server: Server
) -> None:
    server.put("lena.vcf", card("u-lena", "Lena Öztürk", "Öztürk", "Lena"))
    ctx.contacts.create(person("Jörg Weiß"))
    service, account = connect(ctx, server)
    service.sync(account, server.password)
    server.put("anna.vcf", card("u-anna", "Anna Schmidt", "Schmidt", "Anna"))
    with ctx.db.write() as session:
        session.execute(update(sync_accounts).values(sync_token="http://example.org/ns/sync/9999"))

    result = service.sync(account, server.password)

    assert result.full_resync and (result.pulled, result.pushed) == (1, 0)
    names = sorted(s.contact.display_name for s in ctx.contacts.summaries())
    assert names == ["Anna Schmidt", "Jörg Weiß", "Lena Öztürk"]
    assert len(server.cards()) == 3
    assert service.sync(account, server.password).full_resync is False


def test_a_server_error_or_timeout_mid_sync_loses_nothing_and_the_next_sync_finishes(
    ctx: AppContext, radicale: Server, proxy: FaultProxy
) -> None:
    for n in range(5):
        ctx.contacts.create(person(f"Person Nummer{n}"))
    radicale.put("lena.vcf", card("u-lena", "Lena Öztürk", "Öztürk", "Lena"))
    # Only the step that must time out has a short time-out: on a loaded machine two
    # slow answers in a row would otherwise fail the steps that must get through.
    patient = SyncService(
        ctx.db,
        ctx.clock,
        http=lambda u, p: DavHttp(u, p, timeout=20, retries=1, sleep=lambda s: None),
    )
    quick = SyncService(
        ctx.db,
        ctx.clock,
        http=lambda u, p: DavHttp(u, p, timeout=0.5, retries=1, sleep=lambda s: None),
    )
    books = patient.discover(proxy.url(radicale.root), radicale.username, radicale.password)
    account = patient.add_account(proxy.url(radicale.root), radicale.username, books[0]).id

    proxy.arm(fail_at=3, method="PUT")  # the third upload gets a 500
    with pytest.raises(SyncServerError, match="error 500") as failed:
        patient.sync(account, radicale.password)
    assert str(failed.value).count(".") == 1
    # from the second upload on the server is slow: the client gives up (after one
    # retry), the server stores the card later - the next sync must not duplicate it
    proxy.arm(hold_at=2, hold=1.5, method="PUT")
    with pytest.raises(SyncUnreachableError, match="did not answer in time"):
        quick.sync(account, radicale.password)
    time.sleep(1.6)  # the held uploads reach the server
    proxy.arm()

    result = patient.sync(account, radicale.password)

    assert len(radicale.cards()) == 6  # every contact once
    assert len(ctx.contacts.summaries()) == 6
    assert patient.sync(account, radicale.password).pushed == 0
    assert result.conflicts == 0


def test_photo_and_umlauts_round_trip_and_nothing_private_reaches_the_server(
    ctx: AppContext, server: Server, tmp_path: Path
) -> None:
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), (200, 30, 90)).save(buffer, "PNG")
    photo = buffer.getvalue()
    joerg = ctx.contacts.create(person(
        "Jörg Weiß", organization="Bäckerei Weiß & Söhne", title="Geschäftsführer",
        photo=photo, photo_mime="image/png", phones=[m.Phone("+49 170 1234567", ("cell",))],
        note="GEHEIM-Notiz über Jörg", gdpr_note="GEHEIM-Quelle Visitenkarte",
        linkedin_state=m.RelationshipState.SENT, personally_known=True,
        salutation=m.Salutation.HERR, keep_in_touch_days=91,
    ))  # fmt: skip
    event = ctx.events.create_event(
        "Messe", ctx.clock.now(), ctx.clock.now() + timedelta(hours=8), "IHK"
    )
    ctx.events.record_encounter(event.id or 0, joerg.id or 0, pitch="GEHEIM-Pitch Sauerteig")
    service, account = connect(ctx, server)
    service.sync(account, server.password)

    stored = b"".join(p.read_bytes() for p in server.storage.rglob("*") if p.is_file())
    assert "Bäckerei Weiß & Söhne".encode() in stored  # the card is there, in UTF-8
    # the note, the privacy note, the pitch and every X-NETZWERK-* line (salutation,
    # LinkedIn state, keep-in-touch, known in person) are not
    for secret in (b"GEHEIM", b"Sauerteig", b"X-NETZWERK", b"NOTE"):
        assert secret not in stored, secret

    other = __import__("netzwerk_app.app", fromlist=["open_app"]).open_app(
        under_basedir(tmp_path / "laptop2"), clock=ctx.clock
    )
    try:
        second, acc2 = connect(other, server)
        assert second.sync(acc2, server.password).pulled == 1
        copy = by_name(other, "Jörg Weiß")
        assert (copy.organization, copy.title) == ("Bäckerei Weiß & Söhne", "Geschäftsführer")
        assert copy.photo == photo and copy.photo_mime == "image/png"
        assert [p.value for p in copy.phones] == ["+49 170 1234567"]
        assert (copy.note, copy.gdpr_note, copy.keep_in_touch_days) == ("", "", None)
    finally:
        other.close()
