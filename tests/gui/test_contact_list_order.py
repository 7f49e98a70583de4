"""The contact list sorts the German way, by first name or (a setting) by surname."""

from __future__ import annotations

from factories import make_contact
from pytestqt.qtbot import QtBot

from netzwerk_app.app import AppContext
from netzwerk_app.gui.main_window import MainWindow
from netzwerk_app.gui.qt import Qt

PEOPLE = [
    ("Öztürk Aydın", "Öztürk", "Aydın"),
    ("Bärbel Schön", "Bärbel", "Schön"),
    ("Zoe Zimmer", "Zoe", "Zimmer"),
    ("Barbara Schulz", "Barbara", "Schulz"),
    ("Oskar Özdemir", "Oskar", "Özdemir"),
    ("Carl Bach", "Carl", "Bach"),
]


def shown_names(window: MainWindow) -> list[str]:
    model = window.contacts_view.model
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_the_list_sorts_the_german_way_and_by_surname_when_set(
    ctx: AppContext, window: MainWindow, qtbot: QtBot
) -> None:
    for name, given, family in PEOPLE:
        make_contact(ctx, name, given_name=given, family_name=family)
    window.contacts_view.model.reload()
    expected = [
        "Barbara Schulz", "Bärbel Schön", "Carl Bach", "Oskar Özdemir", "Öztürk Aydın",
        "Zoe Zimmer",
    ]  # fmt: skip
    qtbot.waitUntil(lambda: shown_names(window) == expected, timeout=20000)

    # Sorting by organisation and back by name: the same German order.
    window.contacts_view.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    window.contacts_view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: shown_names(window) == expected, timeout=20000)

    ctx.settings.sort_by_surname = True
    window.contacts_view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    by_surname = [
        "Öztürk Aydın", "Carl Bach", "Oskar Özdemir", "Bärbel Schön", "Barbara Schulz",
        "Zoe Zimmer",
    ]  # fmt: skip
    qtbot.waitUntil(lambda: shown_names(window) == by_surname, timeout=20000)
