"""Settings → Sync driven with pytest-qt against a real Radicale: add an account
(test the connection, choose the book), sync now, and resolve a conflict."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest
from sync_servers import Server
from test_sync_basic import card
from test_sync_cases import by_name, edit_on_server, server_card_of

from netzwerk_app.app import AppContext


@pytest.fixture
def no_keyring(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    import keyring
    from keyring.backends import fail

    before = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    monkeypatch.delenv("NETZWERK_CARDDAV_PASSWORD", raising=False)
    yield
    keyring.set_keyring(before)


def test_add_an_account_sync_and_resolve_a_conflict_in_the_dialog(
    ctx: AppContext, radicale: Server, qtbot: Any, no_keyring: None
) -> None:
    from netzwerk_app.gui.dialogs.sync_dialog import SyncDialog
    from netzwerk_app.gui.main import create_application
    from netzwerk_app.gui.qt import Qt
    from netzwerk_app.gui.tasks import TaskRunner
    from netzwerk_app.sync.engine import SyncService

    create_application(ctx.paths, "en")
    radicale.put("lena.vcf", card("u-lena", "Lena Öztürk", "Öztürk", "Lena", "TITLE:Beraterin"))
    tasks = TaskRunner()
    dialog = SyncDialog(SyncService(ctx.db, ctx.clock), tasks)
    qtbot.addWidget(dialog)
    dialog.show()

    qtbot.keyClicks(dialog.url, radicale.root)
    qtbot.keyClicks(dialog.username, radicale.username)
    qtbot.keyClicks(dialog.password, radicale.password)
    qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.book.count() == 1, timeout=10000)
    assert dialog.book.currentText() == "Kontakte"
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.accounts.count() == 1, timeout=10000)
    assert "not synced yet" in dialog.accounts.item(0).text()

    qtbot.mouseClick(dialog.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Synced"), timeout=15000)
    assert "pulled 1" in dialog.status.text()
    assert by_name(ctx, "Lena Öztürk").title == "Beraterin"

    # the phone and the laptop both change Lena's title
    edit_on_server(radicale, "Lena", "TITLE:Beraterin", "TITLE:Partnerin")
    ctx.clock.advance(timedelta(minutes=5))  # type: ignore[attr-defined]
    lena = by_name(ctx, "Lena Öztürk")
    lena.title = "Geschäftsführerin"
    ctx.contacts.update(lena)
    qtbot.mouseClick(dialog.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.conflicts.count() == 1, timeout=15000)
    text = dialog.conflicts.item(0).text()
    assert "Lena Öztürk" in text and "Partnerin" in text and "Geschäftsführerin" in text
    assert "conflicts 1" in dialog.status.text()

    ctx.clock.advance(timedelta(minutes=5))  # type: ignore[attr-defined]
    qtbot.mouseClick(dialog.keep_mine, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.conflicts.count() == 0, timeout=10000)
    qtbot.mouseClick(dialog.sync_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "pushed 1" in dialog.status.text(), timeout=15000)
    assert "TITLE:Geschäftsführerin" in server_card_of(radicale, "Lena")[1]
    tasks.wait()


def test_the_window_syncs_at_start_and_after_a_local_change_with_progress_in_the_status_bar(
    ctx: AppContext,
    radicale: Server,
    open_window: Any,
    qtbot: Any,
    no_keyring: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from netzwerk_app.sync.engine import SyncService

    radicale.put("lena.vcf", card("u-lena", "Lena Öztürk", "Öztürk", "Lena", "TITLE:Beraterin"))
    service = SyncService(ctx.db, ctx.clock)
    [book] = service.discover(radicale.root, radicale.username, radicale.password)
    service.add_account(radicale.root, radicale.username, book)
    monkeypatch.setenv("NETZWERK_CARDDAV_PASSWORD", radicale.password)  # no keyring here
    messages: list[str] = []

    window = open_window()
    window.statusBar().messageChanged.connect(messages.append)
    qtbot.waitUntil(lambda: any(m.startswith("Synced") for m in messages), timeout=15000)

    assert any(m.startswith("Sync: receiving cards") for m in messages)  # progress
    assert "1 received, 0 sent" in messages[-1]
    assert by_name(ctx, "Lena Öztürk").title == "Beraterin"
    # a change made here goes up a short while later, without a click
    window.sync_scheduler.soon.setInterval(50)
    ctx.clock.advance(timedelta(minutes=5))  # type: ignore[attr-defined]
    lena = by_name(ctx, "Lena Öztürk")
    lena.organization = "Öztürk & Partner"
    ctx.contacts.update(lena)
    messages.clear()
    window._changed(window.PAGE_CONTACTS)
    qtbot.waitUntil(lambda: any("1 sent" in m for m in messages), timeout=15000)
    assert "ORG:Öztürk & Partner" in server_card_of(radicale, "Lena")[1]


def test_people_from_the_phone_are_offered_on_today_for_a_recent_event(
    ctx: AppContext, radicale: Server, open_window: Any, qtbot: Any, no_keyring: None
) -> None:
    from netzwerk_app.gui.qt import Qt
    from netzwerk_app.sync.engine import SyncService

    now = ctx.clock.now()
    breakfast = ctx.events.create_event(
        "Unternehmerfrühstück", now - timedelta(hours=3), now - timedelta(hours=1), "BNI"
    )
    radicale.put("lena.vcf", card("u-lena", "Lena Öztürk", "Öztürk", "Lena", "ORG:Kanzlei Öztürk"))
    service = SyncService(ctx.db, ctx.clock)
    [book] = service.discover(radicale.root, radicale.username, radicale.password)
    service.sync(service.add_account(radicale.root, radicale.username, book).id, radicale.password)

    window = open_window()
    arrivals = window.today_view.side.arrivals
    qtbot.waitUntil(arrivals.isVisible, timeout=10000)
    assert arrivals.title.text() == "New from your phone: 1 person – met at …?"
    assert arrivals.people.item(0).text() == "Lena Öztürk – Kanzlei Öztürk"
    assert arrivals.event_choice.currentText().startswith("Unternehmerfrühstück")
    qtbot.mouseClick(arrivals.met_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not arrivals.isVisible(), timeout=10000)

    lena = by_name(ctx, "Lena Öztürk")
    met = [ev.title for _e, ev in ctx.contacts.details(lena.id or 0).encounters]
    assert met == ["Unternehmerfrühstück"] and breakfast.id is not None
