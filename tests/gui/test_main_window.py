"""The main window driven like a user would: real widgets, real database, offscreen."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from netzwerk_app.app import AppContext
from netzwerk_app.gui.main_window import MainWindow
from netzwerk_app.gui.models.contacts_model import ContactTableModel
from netzwerk_app.gui.qt import Qt
from netzwerk_app.services.demo import load_demo


@pytest.fixture
def window(open_window: Callable[..., MainWindow], qtbot: QtBot) -> MainWindow:
    """The shared window, also the active one (keyboard focus tests)."""
    win = open_window()
    win.activateWindow()
    qtbot.waitActive(win)
    return win


def type_text(qtbot: QtBot, widget: object, text: str) -> None:
    """Type like a user; QTest only knows ASCII keys, so umlauts are inserted as text."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            widget.insert(char)  # type: ignore[attr-defined]


def wait_rows(qtbot: QtBot, model: ContactTableModel, count: int) -> None:
    qtbot.waitUntil(lambda: model.rowCount() == count, timeout=20000)


def demo_contacts(ctx: AppContext, window: MainWindow, qtbot: QtBot) -> ContactTableModel:
    """The demo people stored, the pages reloaded and the list's first 60 rows in."""
    load_demo(ctx.db, ctx.clock.now())
    window.refresh()
    model = window.contacts_view.model
    wait_rows(qtbot, model, 60)
    return model


def test_empty_database_explains_what_to_do_first(window: MainWindow, qtbot: QtBot) -> None:
    window.refresh()
    view = window.contacts_view
    qtbot.waitUntil(lambda: view.list_stack.currentWidget() is view.empty, timeout=20000)
    assert "No contacts yet" in view.empty.text()
    window.sidebar.setCurrentRow(window.PAGE_EVENTS)
    qtbot.waitUntil(
        lambda: window.events_view.stack.currentWidget() is window.events_view.empty, timeout=20000
    )


def test_contacts_load_page_by_page_and_search_filters(
    ctx: AppContext, window: MainWindow, qtbot: QtBot
) -> None:
    model = demo_contacts(ctx, window, qtbot)
    assert model.data(model.index(0, 0)) <= model.data(model.index(59, 0))

    qtbot.keyClicks(window.contacts_view.search, "mueller")
    qtbot.waitUntil(lambda: 0 < model.rowCount() < 60, timeout=20000)
    names = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert names and all("Müller" in n for n in names)

    window.contacts_view.search.clear()
    qtbot.keyClicks(window.contacts_view.search, "zzzz-nobody")
    view = window.contacts_view
    qtbot.waitUntil(lambda: view.list_stack.currentWidget() is view.no_hits, timeout=20000)
    assert "zzzz-nobody" in view.no_hits.text()


def test_selecting_a_contact_shows_the_card(
    ctx: AppContext, window: MainWindow, qtbot: QtBot
) -> None:
    model = demo_contacts(ctx, window, qtbot)
    window.contacts_view.table.selectRow(0)
    name = model.data(model.index(0, 0))
    page = window.contacts_view.page
    qtbot.waitUntil(lambda: page.heading.text() == name, timeout=20000)
    assert page.encounter_editors


def test_markup_in_names_is_shown_literally(
    ctx: AppContext, window: MainWindow, qtbot: QtBot
) -> None:
    from netzwerk_app.domain import model as m

    hostile = '<b>x</b><img src=x><a href="file:///etc/passwd">y</a>'
    ctx.contacts.create(m.Contact(formatted_name=hostile))
    window.refresh()
    wait_rows(qtbot, window.contacts_view.model, 1)
    window.contacts_view.table.selectRow(0)
    page = window.contacts_view.page
    qtbot.waitUntil(lambda: page.heading.text() == hostile, timeout=20000)
    assert page.heading.textFormat() == Qt.TextFormat.PlainText


def test_ctrl_f_focuses_search_from_anywhere(window: MainWindow, qtbot: QtBot) -> None:
    window.sidebar.setCurrentRow(window.PAGE_EVENTS)
    window.focus_search()
    assert window.pages.currentWidget() is window.contacts_view


def test_events_page_lists_who_was_met(ctx: AppContext, window: MainWindow, qtbot: QtBot) -> None:
    load_demo(ctx.db, ctx.clock.now())
    window.refresh()
    events = window.events_view
    qtbot.waitUntil(lambda: events.model.rowCount() == 8, timeout=20000)
    window.sidebar.setCurrentRow(window.PAGE_EVENTS)
    events.table.selectRow(0)
    qtbot.waitUntil(lambda: events.roster.model.rowCount() > 0, timeout=20000)
    assert events.title.text() == events.model.rows[0].event.title


def test_models_pass_the_model_tester(
    ctx: AppContext, window: MainWindow, qtmodeltester, qtbot: QtBot
) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(demo_contacts(ctx, window, qtbot))
    qtbot.waitUntil(lambda: window.events_view.model.rowCount() == 8, timeout=20000)
    qtmodeltester.check(window.events_view.model)


def test_backup_from_the_menu(ctx: AppContext, window: MainWindow, qtbot: QtBot) -> None:
    window.backup_now()
    qtbot.waitUntil(lambda: "verified" in window.statusBar().currentMessage(), timeout=20000)
    assert len(ctx.backups.list_backups()) == 1


def test_long_lists_load_lazily_while_scrolling(
    ctx: AppContext, window: MainWindow, qtbot: QtBot
) -> None:
    from netzwerk_app.domain import model as m
    from netzwerk_app.services.contacts import prepare_new
    from netzwerk_app.storage.repository import Repository

    with ctx.db.write() as session:
        Repository(session).add_all(
            prepare_new(m.Contact(formatted_name=f"Person {i:04d}"), ctx.clock.now())
            for i in range(450)
        )
    window.refresh()
    model = window.contacts_view.model
    wait_rows(qtbot, model, 200)  # only the first page is loaded
    assert model.total == 450
    table = window.contacts_view.table
    # Each scroll to the bottom asks for the next page once the one before arrived
    # (a scroll while a page is loading asks for nothing: it is at the bottom already).
    for rows in (400, 450):
        table.scrollToBottom()
        qtbot.waitUntil(lambda rows=rows: model.rowCount() == rows, timeout=20000)
    assert model.data(model.index(449, 0)) == "Person 0449"


def test_an_evening_create_event_and_capture_eight_people_by_keyboard(
    ctx: AppContext, window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from netzwerk_app.domain import model as m
    from netzwerk_app.gui.dialogs.event_dialog import EventDialog
    from netzwerk_app.gui.qt import QDialog

    known = ctx.contacts.create(
        m.Contact(formatted_name="Katharina Köhler", organization="Köhler IT")
    )

    def fill_and_accept(dialog: EventDialog) -> int:
        dialog.network.setCurrentText("BNI Chapter Isartal")
        type_text(qtbot, dialog.title_edit, "Unternehmerfrühstück")
        dialog.place.setText("Wolfratshausen")
        dialog._accept()
        return int(QDialog.DialogCode.Accepted) if dialog.result() else 0

    monkeypatch.setattr(EventDialog, "exec", fill_and_accept)
    window.refresh()
    window.sidebar.setCurrentRow(window.PAGE_EVENTS)
    events = window.events_view
    events.new_button.click()
    qtbot.waitUntil(lambda: events.roster.event_id is not None, timeout=20000)
    assert events.title.text() == "Unternehmerfrühstück"
    qtbot.waitUntil(events.roster.name.hasFocus, timeout=20000)

    roster = events.roster
    people = [
        ("Anna Schmidt", "Steuerberatung für Ärzte"),
        ("Björn Weiß", "Fotograf"),
        ("Özlem Kaya", "Webdesign"),
        ("Jürgen Groß", "Versicherungen"),
        ("Sophie Dubois", "Übersetzungen"),
        ("Mehmet Yılmaz", "IT-Service"),
        ("Ulrike Brandt", "Coaching"),
    ]
    for name, pitch in people:
        type_text(qtbot, roster.name, name)
        qtbot.keyClick(roster.name, Qt.Key.Key_Tab)
        assert roster.pitch.hasFocus()
        type_text(qtbot, roster.pitch, pitch)
        qtbot.keyClick(roster.pitch, Qt.Key.Key_Return)
        assert roster.name.hasFocus() and roster.name.text() == ""
    count = len(people)
    qtbot.waitUntil(lambda: roster.model.rowCount() == count, timeout=20000)
    # The eighth is someone already known: the suggestion links her, no second Katharina.
    qtbot.waitUntil(lambda: "Katharina Köhler – Köhler IT" in roster._known, timeout=20000)
    type_text(qtbot, roster.name, "kath")
    assert (
        roster.matches.isVisibleTo(roster)
        and roster.matches.item(0).text() == "Katharina Köhler – Köhler IT"
    )
    qtbot.keyClick(roster.name, Qt.Key.Key_Down)
    qtbot.keyClick(roster.matches, Qt.Key.Key_Return)
    assert roster.pitch.hasFocus() and roster.name.text() == "Katharina Köhler – Köhler IT"
    type_text(qtbot, roster.pitch, "IT für Praxen")
    qtbot.keyClick(roster.pitch, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: roster.model.rowCount() == 8, timeout=20000)

    assert ctx.contacts.count() == 8
    assert [h.id for h in ctx.contacts.search("Katharina")] == [known.id]
    pitches = {c.display_name: e.pitch for e, c in roster.model.rows}
    assert pitches["Anna Schmidt"] == "Steuerberatung für Ärzte"
    assert pitches["Katharina Köhler"] == "IT für Praxen"
    created = ctx.contacts.get(roster.model.rows[0][1].id or 0)
    assert created.source is m.Source.EVENT_CAPTURE
    assert "Unternehmerfrühstück" in created.gdpr_note


def test_search_groups_events_and_people(ctx: AppContext, window: MainWindow, qtbot: QtBot) -> None:
    load_demo(ctx.db, ctx.clock.now())
    window.focus_search()
    view = window.contacts_view
    type_text(qtbot, view.search, "webgrrls")
    qtbot.waitUntil(lambda: view.event_hits.count() > 0, timeout=20000)
    assert view.event_hits_label.text().startswith("Events (")
    assert all("Webgrrls" in view.event_hits.item(i).text() for i in range(view.event_hits.count()))
    # Choosing an event opens its page.
    first = view.event_hits.item(0)
    view.event_hits.itemClicked.emit(first)
    assert window.pages.currentWidget() is window.events_view
    qtbot.waitUntil(lambda: window.events_view.details is not None, timeout=20000)
    assert window.events_view.details is not None
    assert window.events_view.details.event.id == first.data(Qt.ItemDataRole.UserRole)
    # Without a matching event the group disappears.
    window.focus_search()
    view.search.clear()
    type_text(qtbot, view.search, "mueller")
    qtbot.waitUntil(
        lambda: not view.event_hits.isVisibleTo(view) and view.model.rowCount() > 0, timeout=20000
    )


def test_roster_model_passes_the_model_tester(
    ctx: AppContext, window: MainWindow, qtmodeltester, qtbot: QtBot
) -> None:  # type: ignore[no-untyped-def]
    load_demo(ctx.db, ctx.clock.now())
    window.sidebar.setCurrentRow(window.PAGE_EVENTS)
    events = window.events_view
    qtbot.waitUntil(lambda: events.model.rowCount() == 8, timeout=20000)
    events.table.selectRow(0)
    qtbot.waitUntil(lambda: events.roster.model.rowCount() > 0, timeout=20000)
    qtmodeltester.check(events.roster.model)
    qtmodeltester.check(window.trash_view.model)
