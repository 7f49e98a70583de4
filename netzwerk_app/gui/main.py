"""Start the desktop app: instance lock, Qt application, the main window, then the data.

The window is shown first: before its first paint only PySide6 and light modules of
our own are loaded (paths, settings, translations, the window's frame). After that
paint the worker thread imports ``netzwerk_app.app`` (SQLAlchemy, the services) and
opens the database (integrity check, migration, the day's backup); then the window
gets its pages. Until then every control that needs the database is disabled.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from typing import TYPE_CHECKING

from netzwerk_app.domain.errors import DatabaseRecoveryNeeded, NetzwerkError
from netzwerk_app.gui import first_paint, qt
from netzwerk_app.gui.crash import install_excepthook, route_qt_messages
from netzwerk_app.gui.i18n import error_text, install_translators
from netzwerk_app.gui.main_window import MainWindow
from netzwerk_app.gui.qt import QApplication, QSettings, QTimer
from netzwerk_app.gui.style import follow_color_scheme
from netzwerk_app.gui.tasks import TaskRunner
from netzwerk_app.infra.instance import InstanceLock
from netzwerk_app.infra.paths import AppPaths
from netzwerk_app.infra.resources import resource_path
from netzwerk_app.infra.settings import load_settings
from netzwerk_app.infra.system_libs import missing_library_message

if TYPE_CHECKING:
    from netzwerk_app.app import AppContext

log = logging.getLogger("netzwerk.gui.main")


def create_application(paths: AppPaths, language: str) -> QApplication:
    existing = QApplication.instance()
    if existing is None:
        # The style named to Qt, not set from Python: setStyle() returns a QStyle, and
        # PySide6 builds that class's 600 enum members (~7 ms) before the first paint.
        app = QApplication([*sys.argv[:1], "-style", "Fusion"])
    else:
        assert isinstance(existing, QApplication)
        app = existing
        app.setStyle("Fusion")
    app.setApplicationName("Netzwerk")
    app.setOrganizationName("Netzwerk")
    app.setDesktopFileName("org.netzwerk.Netzwerk")  # Wayland: matches packaging/linux/
    follow_color_scheme(app)  # light or dark palette and sheet, switched live
    # Window geometry lives beside the settings, also with --basedir.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(paths.config_dir))
    app.setProperty("netzwerk_language", install_translators(app, language))
    return app


def run_gui(paths: AppPaths, args: argparse.Namespace) -> int:
    missing = missing_library_message(os.environ, sys.platform)
    if missing:  # Qt would abort with a page about plugins; the CLI prints this, status 1
        raise NetzwerkError(missing)
    paths.ensure()
    files = getattr(args, "files", None)
    if files:
        from netzwerk_app.gui import handover

        if handover.send_files(paths.data_dir, handover.files_to_open(args)):
            return 0  # the window already open for this data folder imports them
    try:
        return _run_locked(paths, args)
    except NetzwerkError as error:  # already running, read-only, too new a schema, ...
        if not getattr(args, "no_err_windows", False):  # started from a menu: no stderr
            create_application(paths, load_settings(paths.settings_file).language)
            box = qt.QMessageBox(qt.QMessageBox.Icon.Information, "Netzwerk", error_text(error))
            box.setTextFormat(qt.Qt.TextFormat.PlainText)
            box.exec()
        raise  # the CLI prints the same sentence and exits with status 1


def _run_locked(paths: AppPaths, args: argparse.Namespace) -> int:
    with InstanceLock(paths.lock_file):
        app = create_application(paths, load_settings(paths.settings_file).language)
        install_excepthook(
            paths.log_dir / "netzwerk.log", not getattr(args, "no_err_windows", False)
        )
        route_qt_messages()
        start = Start(app, paths, args)
        try:
            return start.run()
        finally:
            start.close()


def _open_app(paths: AppPaths, verbose: bool) -> AppContext:
    """In the worker: SQLAlchemy and the services are imported here, after the paint."""
    from netzwerk_app.app import open_app

    return open_app(paths, verbose=verbose)


class Start:
    """The window first; then the database, opened in the worker; then the window's data.

    A problem opening the database ends the start as it did before the window existed:
    a damaged file asks what to restore (and opens again), any other sentence (read-only,
    too new a schema) leaves ``run`` as the same exception, after the window is hidden.
    """

    def __init__(self, app: QApplication, paths: AppPaths, args: argparse.Namespace) -> None:
        self.app, self.paths, self.args = app, paths, args
        self.ctx: AppContext | None = None
        self.failure: BaseException | None = None  # raised by run() once the loop ends
        self.tasks = TaskRunner()
        self.tasks.hold()  # the window paints first; the database and queries follow
        language = str(app.property("netzwerk_language"))
        self.window = MainWindow(None, self.tasks, language, paths)
        first_paint.after_first_paint(self.window, self._open)
        first_paint.report_when_asked(self.window)
        self.window.show()  # painted with its frame, sidebar and "opening" page

    def _open(self) -> None:
        from netzwerk_app.gui import handover
        from netzwerk_app.infra.logging_setup import setup_logging

        # The log file now, not when the database is open: what the window does till
        # then (files handed over, a crash) is written down too.
        setup_logging(self.paths.log_dir, getattr(self.args, "verbose", False))
        # The icon after the paint: its SVG engine and QIcon's class cost ~3 ms.
        self.icon = qt.QIcon(str(resource_path("icons", "netzwerk.svg")))
        self.app.setWindowIcon(self.icon)
        handover.serve(self.paths.data_dir, self.window)  # files opened while it runs
        handover.open_files(self.window, handover.files_to_open(self.args))  # kept until open
        self.tasks.release()
        self.tasks.run(self._open_in_worker, self._opened, self._failed)

    def _open_in_worker(self) -> AppContext | None:
        try:
            self.ctx = _open_app(self.paths, getattr(self.args, "verbose", False))
        except NetzwerkError:
            raise  # to _failed, in the GUI thread
        except Exception as bug:  # a bug: ends the start as any failure does
            self.failure = bug
        return self.ctx

    def _opened(self, ctx: AppContext | None) -> None:
        if ctx is None:  # a bug opening the database: run() raises it
            self._end(1)
            return
        if not self.window.isVisible():
            return  # closed while the database was opening (the benchmark does so)
        from netzwerk_app.gui.tray import DueNotifier

        self.tasks.run(ctx.privacy.purge_trash)  # what has waited 30 days in the trash goes
        from netzwerk_app.gui.dialogs.first_card_dialog import NameAsker

        # Drafts are signed with the user's name: asked now and before the first draft.
        asker = NameAsker(self.window, ctx.my_card, self.tasks, self.window.refresh)
        self.window.name_asker = asker
        self.window.attach(ctx)
        asker.ask()
        notifier = DueNotifier(
            ctx.followups, self.tasks, self.icon, self.window.showNormal, self.window
        )
        notifier.check()
        quit_after = getattr(self.args, "quit_after", None)
        if quit_after:
            QTimer.singleShot(int(quit_after), self.window.close)

    def _failed(self, error: NetzwerkError) -> None:
        if isinstance(error, DatabaseRecoveryNeeded):
            from netzwerk_app.gui.dialogs import recovery_dialog

            # The damaged file is set aside; ask before anything else happens.
            if recovery_dialog.resolve(self.paths, error):
                self.tasks.run(self._open_in_worker, self._opened, self._failed)
            else:
                self._end(1)
            return
        self.failure = error
        self._end(1)

    def _end(self, status: int) -> None:
        self.window.hide()  # no half-open window stays behind the message
        self.app.exit(status)

    def run(self) -> int:
        status = self.app.exec()
        if self.failure is not None:
            raise self.failure
        return status

    def close(self) -> None:
        # However long it takes: a migration or backup closed over must not be cut off.
        self.tasks.wait(-1)
        if self.ctx is not None:
            self.ctx.close()
