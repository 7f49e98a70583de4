"""Bugs reach a dialog and the log; the app keeps running where it can."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from netzwerk_app.gui import qt
from netzwerk_app.gui.qt import QApplication, QtCore

log = logging.getLogger("netzwerk.gui.crash")


def install_excepthook(log_file: Path, show_dialogs: bool = True) -> None:
    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("unexpected error:\n%s", text)
        if not show_dialogs or QApplication.instance() is None:
            sys.__stderr__.write(text) if sys.__stderr__ else None
            return
        box = qt.QMessageBox(  # looked up here: not part of every start
            qt.QMessageBox.Icon.Critical,
            "Netzwerk",
            QApplication.translate("Crash", "Something went wrong inside Netzwerk."),
        )
        box.setTextFormat(QtCore.Qt.TextFormat.PlainText)
        box.setInformativeText(
            QApplication.translate(
                "Crash",
                "Your data is safe: every change is saved when it is made. "
                "The details were written to the log file:\n{path}",
            ).format(path=log_file)
        )
        box.setDetailedText(text)
        box.exec()

    sys.excepthook = hook


def route_qt_messages() -> None:
    """Qt's own warnings go into Python logging (and so into the log file)."""
    qt_log = logging.getLogger("netzwerk.qt")
    levels = {
        QtCore.QtMsgType.QtDebugMsg: logging.DEBUG,
        QtCore.QtMsgType.QtInfoMsg: logging.INFO,
        QtCore.QtMsgType.QtWarningMsg: logging.WARNING,
        QtCore.QtMsgType.QtCriticalMsg: logging.ERROR,
        QtCore.QtMsgType.QtFatalMsg: logging.CRITICAL,
    }
    previous = None

    def handler(mode: QtCore.QtMsgType, context: QtCore.QMessageLogContext, message: str) -> None:
        qt_log.log(levels.get(mode, logging.WARNING), message)
        if previous is not None:
            previous(mode, context, message)

    previous = QtCore.qInstallMessageHandler(handler)
