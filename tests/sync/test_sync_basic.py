"""Two-way sync against real CardDAV servers (Radicale and Xandikos)."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from sync_servers import Server

from netzwerk_app.app import AppContext
from netzwerk_app.domain import model as m
from netzwerk_app.domain.errors import NotFoundError
from netzwerk_app.sync.engine import SyncService


def card(uid: str, fn: str, family: str, given: str, *more: str) -> str:
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"UID:{uid}", f"FN:{fn}", f"N:{family};{given};;;"]
    return "\r\n".join([*lines, *more, "END:VCARD", ""])


def connect(ctx: AppContext, server: Server) -> tuple[SyncService, int]:
    service = SyncService(ctx.db, ctx.clock)
    books = service.discover(server.root, server.username, server.password)
    assert [b.url for b in books] == [server.book_url]
    return service, service.add_account(server.root, server.username, books[0]).id


def test_first_sync_goes_both_ways(ctx: AppContext, server: Server) -> None:
    assert (
        server.put(
            "lena.vcf",
            card("u-lena", "Lena Öztürk", "Öztürk", "Lena", "TEL;TYPE=CELL:+49 170 1234567"),
        ).status_code
        == 201
    )
    ctx.contacts.create(
        m.Contact(
            formatted_name="Jörg Weiß",
            given_name="Jörg",
            family_name="Weiß",
            organization="Bäckerei Weiß",
            uid="urn:uuid:jörg@weiß.example",  # not a file name; its card still syncs once
        )
    )
    # an Apple group card (iCloud writes them into the same book): no person
    group = ("X-ADDRESSBOOKSERVER-KIND:group", "X-ADDRESSBOOKSERVER-MEMBER:urn:uuid:u-lena")
    assert server.put("kunden.vcf", card("u-kunden", "Kunden", "Kunden", "", *group)).is_success
    service, account = connect(ctx, server)

    result = service.sync(account, server.password)

    assert (result.pulled, result.pushed, result.conflicts) == (1, 1, 0)
    names = sorted(c.contact.display_name for c in ctx.contacts.summaries())
    assert names == ["Jörg Weiß", "Lena Öztürk"]
    assert len(ctx.contacts.search("Lena")) == 1  # in the search index too
    on_server = server.cards()
    assert len(on_server) == 3  # the group card stays on the server as it was
    group_href = urlsplit(server.book_url).path + "kunden.vcf"
    assert "X-ADDRESSBOOKSERVER-KIND:group" in on_server[group_href]
    assert any("ORG:Bäckerei Weiß" in text for text in on_server.values())
    again = service.sync(account, server.password)
    assert (again.pulled, again.pushed, again.merged, again.deleted) == (0, 0, 0, 0)
    assert server.cards() == on_server


def test_an_unknown_account_or_conflict_number_is_one_plain_sentence(ctx: AppContext) -> None:
    service = SyncService(ctx.db, ctx.clock)
    with pytest.raises(NotFoundError) as account:
        service.account(7)
    with pytest.raises(NotFoundError) as conflict:
        service.resolve(9, keep_local=True)
    assert str(account.value) == "There is no sync account with the number 7."
    assert str(conflict.value) == "There is no conflict with the number 9."
