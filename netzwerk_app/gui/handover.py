"""Files opened with Netzwerk go to the window already running for their data folder.

Opening a .vcf in a file manager runs ``netzwerk gui FILE``. Only one window runs
per data folder (infra/instance.py), so a second process hands the paths over a
local socket (a Unix socket or a Windows named pipe, readable by this user only)
and exits; the running window comes to the front and opens its import dialog.
macOS delivers files opened in the Finder as QFileOpenEvents instead of arguments;
``FileOpenFilter`` turns those into the same call.

Protocol: one line of JSON, ``{"files": ["/abs/path", ...]}``; the answer is ``ok``.
"""

from __future__ import annotations

import argparse
import json
import logging
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from netzwerk_app.gui import qt
from netzwerk_app.gui.qt import QApplication, QEvent, QObject, QWidget, Signal

if TYPE_CHECKING:  # QtNetwork itself is loaded on first use (qt.QLocalSocket)
    from netzwerk_app.gui.qt import QLocalSocket

log = logging.getLogger("netzwerk.gui.handover")

MAX_MESSAGE_BYTES = 1_000_000  # thousands of paths; anything longer is not ours
TIMEOUT_MS = 3000


def server_name(data_dir: Path) -> str:
    """The socket name for one data folder (and user: the home folder is part of it)."""
    import hashlib  # after the window's first paint (OpenSSL is slow to load)

    key = f"{Path.home()}\0{data_dir.resolve()}".encode()
    return "netzwerk-" + hashlib.sha256(key).hexdigest()[:24]


def files_to_open(args: argparse.Namespace) -> list[Path]:
    """The files given to ``netzwerk gui FILE ...``, absolute (the receiver has another cwd)."""
    return [Path(name).absolute() for name in getattr(args, "files", None) or []]


def send_files(data_dir: Path, files: list[Path], timeout_ms: int = TIMEOUT_MS) -> bool:
    """Give ``files`` to the window running for ``data_dir``; False if none answers.

    Blocking (no event loop needed): it runs before this process has a QApplication.
    """
    socket = qt.QLocalSocket()
    socket.connectToServer(server_name(data_dir))
    if not socket.waitForConnected(timeout_ms):
        return False  # no window for this data folder: this process becomes it
    message = json.dumps({"files": [str(f.absolute()) for f in files]}) + "\n"
    socket.write(message.encode("utf-8"))
    answered = socket.waitForBytesWritten(timeout_ms)
    while answered and not socket.canReadLine():
        answered = socket.waitForReadyRead(timeout_ms)
    ok = answered and bytes(socket.readLine().data()).strip() == b"ok"
    socket.disconnectFromServer()
    if ok:
        log.info("handed %d file(s) to the running window", len(files))
    return ok


class HandoverServer(QObject):
    """Listens for ``send_files`` from later starts; emits the paths it receives."""

    files_received = Signal(list)  # list[Path]

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = server_name(data_dir)
        self._server = qt.QLocalServer(self)
        self._server.setSocketOptions(qt.QLocalServer.SocketOption.UserAccessOption)
        self._server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        # The caller holds the instance lock, so a socket of this name that is in the
        # way was left behind by a crashed instance: remove it and take over.
        if self._server.listen(self.name) or (
            qt.QLocalServer.removeServer(self.name) and self._server.listen(self.name)
        ):
            log.info("ready to receive opened files")
            return True
        log.warning("cannot receive opened files: %s", self._server.errorString())
        return False

    def close(self) -> None:
        self._server.close()

    def _accept(self) -> None:
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            self._read(socket)  # the message may have arrived with the connection

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            if socket.bytesAvailable() > MAX_MESSAGE_BYTES:
                socket.abort()
            return
        try:
            raw = json.loads(bytes(socket.readLine().data()))
            files = [Path(f) for f in raw["files"] if isinstance(f, str)]
        except (ValueError, KeyError, TypeError):
            log.warning("ignored a malformed hand-over message")
            socket.abort()
            return
        socket.write(b"ok\n")
        socket.flush()
        log.info("received %d file(s) from a second start", len(files))
        self.files_received.emit(files)


class FileOpenFilter(QObject):
    """macOS: files opened in the Finder (or dropped on the Dock icon) arrive here."""

    files_received = Signal(list)  # list[Path]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen:
            name = event.file()  # type: ignore[attr-defined]
            if name:
                self.files_received.emit([Path(name)])
                return True
        return super().eventFilter(watched, event)


def open_files(window: QWidget, files: list[Path]) -> None:
    """Bring the window to the front and start importing ``files``."""
    if not files:
        return
    log.info("opening %d file(s) for import: %s", len(files), ", ".join(f.name for f in files))
    if window.isMinimized():
        window.showNormal()
    window.raise_()
    window.activateWindow()
    import_files: Callable[[list[Path]], None] = window.import_files  # type: ignore[attr-defined]
    import_files(files)


def serve(data_dir: Path, window: QWidget) -> HandoverServer:
    """Route files opened later (second start, macOS open event) to ``window``."""
    server = HandoverServer(data_dir, window)
    server.files_received.connect(lambda files: open_files(window, files))
    server.listen()
    opener = FileOpenFilter(window)
    opener.files_received.connect(lambda files: open_files(window, files))
    app = QApplication.instance()
    if app is not None:
        app.installEventFilter(opener)
    return server
