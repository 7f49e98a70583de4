"""The start shows the real main window before the database is opened: its frame,
sidebar and title in the user's language, a Today page that says it is opening, and
nothing that needs the database enabled; then the data arrive and it becomes whole.
(That SQLAlchemy and the services are imported only after the first paint is checked
in a fresh process: tests/unit/test_start_up_imports.py.)"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from pytestqt.qtbot import QtBot

from netzwerk_app.app import AppContext
from netzwerk_app.gui import handover
from netzwerk_app.gui.main import create_application, run_gui
from netzwerk_app.gui.main_window import MainWindow
from netzwerk_app.gui.qt import QApplication, QTimer
from netzwerk_app.gui.tasks import TaskRunner
from netzwerk_app.infra.paths import AppPaths, under_basedir
from netzwerk_app.infra.settings import Settings, save_settings


def _state(window: MainWindow, paths: AppPaths) -> dict[str, Any]:
    return {
        "database on disk": paths.database.exists(),
        "visible": window.isVisible(),
        "title": window.windowTitle(),
        "sidebar": [window.sidebar.item(i).text() for i in range(window.sidebar.count())],
        "sidebar enabled": window.sidebar.isEnabled(),
        "commands enabled": sorted({a.isEnabled() for a in window.data_actions}),
        "today page": type(window.pages.currentWidget()).__name__
        if window.ready
        else "opening"
        if window.loading.isVisible()
        else "empty",
    }


def test_the_window_shows_in_german_before_the_database_is_opened(
    tmp_path: Path, qtbot: QtBot
) -> None:
    paths = under_basedir(tmp_path / "netzwerk")
    paths.ensure()
    save_settings(paths.settings_file, Settings(language="de"))
    seen: dict[str, Any] = {}

    def first_look() -> None:  # the first thing the event loop does after show()
        window = next(
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and w.isVisible() and not w.ready
        )
        seen["at start"] = _state(window, paths)
        seen["opening text"] = window.loading.text()

        def once_open() -> None:
            if not window.ready:
                QTimer.singleShot(20, once_open)
                return
            seen["once open"] = _state(window, paths)

        once_open()

    QTimer.singleShot(0, first_look)
    args = argparse.Namespace(quit_after=300, no_err_windows=True, verbose=False, files=[])
    try:
        assert run_gui(paths, args) == 0  # the window opened, filled and closed
    finally:
        create_application(paths, "en")  # the next tests see plain English again
    sidebar = ["Heute", "Events", "Kontakte", "Meine Karte", "Papierkorb"]
    assert seen["at start"] == {
        "database on disk": False,
        "visible": True,
        "title": "Netzwerk",
        "sidebar": sidebar,
        "sidebar enabled": False,
        "commands enabled": [False],  # import, export, settings, search, … all of them
        "today page": "opening",
    }
    assert seen["opening text"] == "Ihre Kontakte werden geöffnet …"
    # The log file is written from the paint on, before the database is open.
    log = (paths.log_dir / "netzwerk.log").read_text(encoding="utf-8")
    assert log.index("ready to receive opened files") < log.index("schema None -> ")
    assert seen["once open"] == {
        "database on disk": True,
        "visible": True,
        "title": "Netzwerk",
        "sidebar": sidebar,
        "sidebar enabled": True,
        "commands enabled": [True],
        "today page": "TodayView",
    }


def test_files_opened_while_the_database_opens_are_imported_once_it_is_open(
    ctx: AppContext, qtbot: QtBot, tasks: TaskRunner
) -> None:
    create_application(ctx.paths, "en")
    window = MainWindow(None, tasks, "en", ctx.paths)
    qtbot.addWidget(window)
    card = Path("cards", "anna.vcf").absolute()
    handover.open_files(window, [card])  # a second start handed it over
    assert not window.import_action.isEnabled()
    qtbot.wait(50)
    assert getattr(window, "import_dialog", None) is None
    window.attach(ctx)
    qtbot.waitUntil(lambda: getattr(window, "import_dialog", None) is not None, timeout=20000)
    assert list(window.import_dialog.files) == [card]
