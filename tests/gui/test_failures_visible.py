"""Every failed task says so in the window's message bar, also when no handler was given."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import pytest
from factories import make_contact
from pytestqt.qtbot import QtBot

from netzwerk_app.app import AppContext
from netzwerk_app.domain import model as m
from netzwerk_app.domain.errors import NotFoundError
from netzwerk_app.gui.main_window import MainWindow
from netzwerk_app.gui.qt import QMessageBox
from netzwerk_app.gui.views.trash_view import TrashView
from netzwerk_app.services.demo import load_demo

LOCKED = "The database is busy in another program or window. Please try again in a moment."


def bar_says(qtbot: QtBot, window: MainWindow, text: str) -> None:
    qtbot.waitUntil(lambda: window.message_bar.text() == text, timeout=20000)
    assert window.message_bar.isVisible()


def fail_not_found() -> None:
    raise NotFoundError("This contact no longer exists.")


def test_expected_error_without_handler_shows_its_sentence(
    window: MainWindow, qtbot: QtBot
) -> None:
    assert window.message_bar.isHidden()
    window.tasks.run(fail_not_found)
    bar_says(qtbot, window, "This contact no longer exists.")
    window.message_bar.close_button.click()
    assert window.message_bar.isHidden()


def test_a_bug_reaches_the_log_and_the_bar_says_so(window: MainWindow, qtbot: QtBot) -> None:
    def broken() -> None:
        raise ZeroDivisionError("a bug")

    with qtbot.capture_exceptions() as caught:
        window.tasks.run(broken)
        bar_says(qtbot, window, "Something went wrong; details are in the log.")
    assert [type(exc) for _type, exc, _tb in caught] == [ZeroDivisionError]


def test_permanent_delete_of_someone_already_gone_is_reported(
    ctx: AppContext,
    window: MainWindow,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    in_the_trash: Callable[[int], TrashView],
) -> None:
    c = make_contact(ctx, "Gone Twice")
    trash = in_the_trash(c.id)
    ctx.privacy.forget(c.id)  # erased meanwhile (another window, the CLI)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    trash.erase_button.click()
    bar_says(qtbot, window, f"There is no contact with the number {c.id}.")


def test_restore_and_bulk_trash_on_a_locked_database_are_reported(
    ctx: AppContext, window: MainWindow, qtbot: QtBot, in_the_trash: Callable[[int], TrashView]
) -> None:
    kept = ctx.contacts.create(m.Contact(formatted_name="Anna Schmidt"))
    gone = ctx.contacts.create(m.Contact(formatted_name="Björn Weiß"))
    assert gone.id is not None and kept.id is not None
    trash = in_the_trash(gone.id)
    window.sidebar.setCurrentRow(window.PAGE_CONTACTS)
    view = window.contacts_view
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=20000)
    view.table.selectRow(0)

    other = sqlite3.connect(str(ctx.db.path))  # another program holds the write lock
    other.execute("BEGIN IMMEDIATE")
    try:
        trash.restore_button.click()
        bar_says(qtbot, window, LOCKED)
        window.message_bar.hide()
        view.delete_action.trigger()
        bar_says(qtbot, window, LOCKED)
    finally:
        other.rollback()
        other.close()
    assert ctx.contacts.count(trash=True) == 1 and ctx.contacts.count() == 1


def test_draft_autosave_failure_is_reported(
    ctx: AppContext, window: MainWindow, qtbot: QtBot
) -> None:
    load_demo(ctx.db, ctx.clock.now())
    today = window.today_view
    today.refresh()
    qtbot.waitUntil(lambda: len(today.items) > 0, timeout=20000)
    item = next(i for i in today.items if i.draft.draft is not None)
    today.queue_list.setCurrentRow(today.items.index(item))
    ctx.privacy.forget(item.followup.contact_id)  # the person is erased meanwhile

    today.body.setPlainText("Schön, Sie kennengelernt zu haben.")

    bar_says(qtbot, window, f"There is no follow-up with the number {item.followup.id}.")


def test_opening_a_person_erased_meanwhile_is_reported(
    ctx: AppContext, window: MainWindow, qtbot: QtBot
) -> None:
    gone = make_contact(ctx, "Gone Already")
    ctx.privacy.forget(gone.id)
    window.show_contact(gone.id)  # e.g. from a follow-up on the Today page
    bar_says(qtbot, window, f"There is no contact with the number {gone.id}.")
    assert window.contacts_view.page.stack.currentWidget() is window.contacts_view.page.empty
