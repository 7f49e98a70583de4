"""The main window as a test meets it: English, shown, its tasks finished at the end."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from netzwerk_app.app import AppContext
from netzwerk_app.gui.main import create_application
from netzwerk_app.gui.main_window import MainWindow
from netzwerk_app.gui.tasks import TaskRunner


@pytest.fixture
def window(ctx: AppContext, qtbot: QtBot) -> Iterator[MainWindow]:
    """The real main window over the test's database (a module may override it)."""
    create_application(ctx.paths, "en")
    tasks = TaskRunner()
    win = MainWindow(ctx, tasks)
    qtbot.addWidget(win)
    win.show()
    yield win
    tasks.wait()
