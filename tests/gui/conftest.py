"""The main window as a test meets it: English, shown, its tasks finished at the end.

``open_window`` (in tests/conftest.py) builds it; ``window`` is the usual one, and a
module overrides ``window`` only where it differs in substance (a size, a language,
a catalogue, a focused window).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest
from browser_double import Browser
from pytestqt.qtbot import QtBot

from netzwerk_app.app import AppContext
from netzwerk_app.gui.main_window import MainWindow
from netzwerk_app.gui.qt import QtGui
from netzwerk_app.gui.tasks import TaskRunner


@pytest.fixture
def window(open_window: Callable[..., MainWindow]) -> MainWindow:
    """The real main window over the test's database, shown, in English."""
    return open_window()


@pytest.fixture
def tasks() -> Iterator[TaskRunner]:
    """The worker of a screen or dialog tested alone; its tasks end with the test."""
    runner = TaskRunner()
    yield runner
    runner.wait()


@pytest.fixture
def show_screen(ctx: AppContext, qtbot: QtBot, tasks: TaskRunner) -> Callable[[Any], Any]:
    """Shows one screen alone (``ContactPage``, ``MyCardView``) at 1000 × 800."""

    def show(screen: Any) -> Any:
        widget = screen(ctx, tasks)
        qtbot.addWidget(widget)
        widget.resize(1000, 800)
        widget.show()
        return widget

    return show


@pytest.fixture
def in_the_trash(ctx: AppContext, window: MainWindow, qtbot: QtBot) -> Callable[[int], Any]:
    """Moves a contact to the trash and selects it there; returns the trash view."""

    def trash(contact_id: int) -> Any:
        ctx.contacts.trash([contact_id])
        window.sidebar.setCurrentRow(window.PAGE_TRASH)
        view = window.trash_view
        qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=20000)
        view.table.selectRow(0)
        return view

    return trash


@pytest.fixture
def browser() -> Iterator[Browser]:
    """Links the app opens go to a recording ``Browser`` instead of the desktop."""
    handler = Browser()
    for scheme in ("https", "http", "mailto"):
        QtGui.QDesktopServices.setUrlHandler(scheme, handler, "open")
    yield handler
    for scheme in ("https", "http", "mailto"):
        QtGui.QDesktopServices.unsetUrlHandler(scheme)
