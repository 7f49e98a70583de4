"""Moving the open person to the trash closes their card, and the layout is as before."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from netzwerk_app.app import AppContext
from netzwerk_app.domain import model as m
from netzwerk_app.gui.main_window import MainWindow
from netzwerk_app.gui.qt import Qt

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def window(open_window: Callable[..., MainWindow]) -> MainWindow:
    """The shared window at 1100 × 700 (the layout checks measure it)."""
    return open_window(size=(1100, 700))


def test_trashing_the_open_contact_closes_the_card_and_keeps_the_layout(
    ctx: AppContext, window: MainWindow, qtbot: QtBot
) -> None:
    long_name = "Dr. " + "Maximiliane-Theodora " * 6 + "von Hohenzollern-Sigmaringen"
    gone = ctx.contacts.create(
        m.Contact(formatted_name=long_name, organization="Steuerberatungsgesellschaft " * 5)
    )
    kept = ctx.contacts.create(m.Contact(formatted_name="Anna Schmidt"))
    assert gone.id and kept.id
    window.sidebar.setCurrentRow(window.PAGE_CONTACTS)
    view = window.contacts_view
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=20000)
    qtbot.wait(50)  # the first split is made once the page knows its width
    before = (window.width(), view.splitter.sizes())

    row = next(r for r in range(2) if view.model.contact_id(r) == gone.id)
    rect = view.table.visualRect(view.model.index(row, 0))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    page = view.page
    qtbot.waitUntil(lambda: page.stack.currentWidget() is page.scroller, timeout=20000)
    qtbot.wait(50)

    view.delete_action.trigger()

    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=20000)
    qtbot.wait(50)
    assert page.stack.currentWidget() is page.empty
    assert page.details is None and page.contact_id() is None
    assert (window.width(), view.splitter.sizes()) == before
    assert ctx.contacts.count(trash=True) == 1
