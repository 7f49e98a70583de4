"""Start the desktop app: instance lock, services, Qt application, main window."""

from __future__ import annotations

import argparse
import os
import sys

from netzwerk_app.app import open_app
from netzwerk_app.domain.errors import DatabaseRecoveryNeeded, NetzwerkError
from netzwerk_app.gui import first_paint, handover
from netzwerk_app.gui.crash import install_excepthook, route_qt_messages
from netzwerk_app.gui.dialogs import recovery_dialog
from netzwerk_app.gui.i18n import error_text, install_translators
from netzwerk_app.gui.main_window import MainWindow
from netzwerk_app.gui.qt import QApplication, QIcon, QMessageBox, QSettings, Qt, QTimer
from netzwerk_app.gui.style import follow_color_scheme
from netzwerk_app.gui.tasks import TaskRunner
from netzwerk_app.gui.tray import DueNotifier
from netzwerk_app.infra.instance import InstanceLock
from netzwerk_app.infra.paths import AppPaths
from netzwerk_app.infra.resources import resource_path
from netzwerk_app.infra.settings import load_settings
from netzwerk_app.infra.system_libs import missing_library_message


def create_application(paths: AppPaths, language: str) -> QApplication:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Netzwerk")
    app.setOrganizationName("Netzwerk")
    app.setDesktopFileName("org.netzwerk.Netzwerk")  # Wayland: matches packaging/linux/
    app.setStyle("Fusion")
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
    files = handover.files_to_open(args)
    if files and handover.send_files(paths.data_dir, files):
        return 0  # the window already open for this data folder imports them
    try:
        return _run_locked(paths, args)
    except NetzwerkError as error:  # already running, read-only, too new a schema, ...
        if not getattr(args, "no_err_windows", False):  # started from a menu: no stderr
            create_application(paths, load_settings(paths.settings_file).language)
            box = QMessageBox(QMessageBox.Icon.Information, "Netzwerk", error_text(error))
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.exec()
        raise  # the CLI prints the same sentence and exits with status 1


def _run_locked(paths: AppPaths, args: argparse.Namespace) -> int:
    with InstanceLock(paths.lock_file):
        try:
            ctx = open_app(paths, verbose=getattr(args, "verbose", False))
        except DatabaseRecoveryNeeded as problem:  # damaged file set aside: ask before all else
            create_application(paths, load_settings(paths.settings_file).language)
            if not recovery_dialog.resolve(paths, problem):
                return 1
            ctx = open_app(paths, verbose=getattr(args, "verbose", False))
        try:
            app = create_application(paths, ctx.settings.language)
            install_excepthook(
                paths.log_dir / "netzwerk.log", not getattr(args, "no_err_windows", False)
            )
            route_qt_messages()
            tasks = TaskRunner()
            tasks.hold()  # the window paints first; its pages' queries follow
            tasks.run(ctx.privacy.purge_trash)  # what has waited 30 days in the trash goes
            window = MainWindow(ctx, tasks, str(app.property("netzwerk_language")))
            icon = QIcon(str(resource_path("icons", "netzwerk.svg")))
            app.setWindowIcon(icon)
            first_paint.after_first_paint(window, tasks.release)
            first_paint.report_when_asked(window)
            window.show()  # painted empty, then filled by the tasks released above
            handover.serve(paths.data_dir, window)  # files opened while it runs
            handover.open_files(window, handover.files_to_open(args))
            notifier = DueNotifier(ctx.followups, tasks, icon, window.showNormal, window)
            notifier.check()
            if getattr(args, "quit_after", None):
                QTimer.singleShot(int(args.quit_after), window.close)
            return app.exec()
        finally:
            ctx.close()
