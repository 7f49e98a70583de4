"""Files opened with Netzwerk while it runs reach the running window (gui/handover.py)."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import QObject
from PySide6.QtGui import QFileOpenEvent
from PySide6.QtNetwork import QLocalSocket
from PySide6.QtWidgets import QApplication

from netzwerk_app.cli import build_parser
from netzwerk_app.gui import handover
from netzwerk_app.gui.main_window import MainWindow


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    folder.mkdir()
    return folder


@pytest.fixture
def server(qtbot, data_dir: Path):  # type: ignore[no-untyped-def]
    parent = QObject()
    srv = handover.HandoverServer(data_dir, parent)
    assert srv.listen()
    yield srv
    srv.close()


def send_from_other_process(qtbot, data_dir: Path, files: list[Path]) -> list[bool]:  # type: ignore[no-untyped-def]
    """send_files from another process, as a second start does; this one serves it.

    (Not a thread: send_files blocks in Qt while holding the GIL, so the serving
    event loop in this process could not run.)
    """
    code = (
        "import sys; from pathlib import Path; from netzwerk_app.gui import handover; "
        "sys.exit(0 if handover.send_files(Path(sys.argv[1]), "
        "[Path(a) for a in sys.argv[2:]]) else 3)"
    )
    proc = subprocess.Popen([sys.executable, "-c", code, str(data_dir), *map(str, files)])
    try:
        qtbot.waitUntil(lambda: proc.poll() is not None, timeout=15000)
    finally:
        if proc.poll() is None:
            proc.kill()
    return [proc.returncode == 0]


def test_one_socket_name_per_data_folder(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    assert handover.server_name(a) == handover.server_name(a)
    assert handover.server_name(a) != handover.server_name(b)
    assert len(handover.server_name(a)) < 40  # Unix socket paths are short


def test_nobody_listening_means_start_a_window(data_dir: Path) -> None:
    assert handover.send_files(data_dir, [data_dir / "x.vcf"], timeout_ms=500) is False


def test_files_reach_the_running_window(qtbot, server, data_dir: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    files = [tmp_path / "Müller, Anna.vcf", tmp_path / "two.vcf"]
    with qtbot.waitSignal(server.files_received, timeout=5000) as received:
        assert send_from_other_process(qtbot, data_dir, files) == [True]
    assert received.args == [files]


def test_another_data_folder_is_not_disturbed(qtbot, server, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    other = tmp_path / "other"
    with qtbot.assertNotEmitted(server.files_received, wait=200):
        assert handover.send_files(other, [tmp_path / "x.vcf"], timeout_ms=500) is False


def test_socket_left_by_a_crashed_window_is_taken_over(qtbot, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    parent = QObject()
    crashed = handover.HandoverServer(data_dir, parent)
    assert crashed.listen()
    successor = handover.HandoverServer(data_dir, parent)
    assert successor.listen()  # only called while holding the instance lock
    with qtbot.waitSignal(successor.files_received, timeout=5000):
        assert send_from_other_process(qtbot, data_dir, [data_dir / "a.vcf"]) == [True]
    successor.close()
    crashed.close()


def test_garbage_is_refused_quietly(qtbot, server, data_dir: Path) -> None:  # type: ignore[no-untyped-def]
    socket = QLocalSocket()
    socket.connectToServer(handover.server_name(data_dir))
    assert socket.waitForConnected(2000)
    with qtbot.assertNotEmitted(server.files_received, wait=300):
        socket.write(b'{"paths": 1}\n')
        socket.flush()
    qtbot.waitUntil(lambda: socket.state() == QLocalSocket.LocalSocketState.UnconnectedState)


@pytest.fixture
def window(open_window: Callable[..., MainWindow]) -> MainWindow:
    """The real main window, not shown; opening files shows its import dialog for them."""
    return open_window(show=False)


def opened(window: MainWindow) -> list[Path] | None:
    dialog = getattr(window, "import_dialog", None)
    return None if dialog is None else list(dialog.files)


def test_open_files_starts_the_import(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    handover.open_files(window, [])
    assert opened(window) is None
    handover.open_files(window, [Path("cards", "a.vcf")])
    qtbot.waitUntil(lambda: opened(window) == [Path("cards", "a.vcf")], timeout=20000)


def test_serve_routes_second_starts_and_macos_open_events(
    qtbot, data_dir: Path, window: MainWindow
) -> None:  # type: ignore[no-untyped-def]
    srv = handover.serve(data_dir, window)
    try:
        send_from_other_process(qtbot, data_dir, [data_dir / "second.vcf"])
        qtbot.waitUntil(lambda: opened(window) == [data_dir / "second.vcf"], timeout=20000)
        finder = Path("cards", "finder.vcf").absolute()
        QApplication.sendEvent(QApplication.instance(), QFileOpenEvent(str(finder)))
        qtbot.waitUntil(lambda: opened(window) == [finder], timeout=20000)
    finally:
        srv.close()


def test_gui_command_takes_files_and_a_hidden_quit_timer(tmp_path: Path) -> None:
    args = build_parser().parse_args(["gui", "--quit-after", "500", "a.vcf", "b.vcf"])
    assert args.quit_after == 500
    assert handover.files_to_open(args) == [Path("a.vcf").absolute(), Path("b.vcf").absolute()]
    assert handover.files_to_open(build_parser().parse_args([])) == []
