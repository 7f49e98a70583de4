"""Start-up shows the window first and fills it: the pages' queries wait for its first
paint (gui/main.py holds the task runner until then)."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from netzwerk_app.gui import first_paint
from netzwerk_app.gui.first_paint import after_first_paint
from netzwerk_app.gui.qt import QMainWindow, QPaintEvent
from netzwerk_app.gui.tasks import TaskRunner


def test_held_tasks_start_on_release_in_their_order(qtbot: QtBot) -> None:
    tasks = TaskRunner()
    tasks.hold()
    ran: list[str] = []
    delivered: list[str] = []
    for name in ("purge the trash", "load Today", "count contacts"):
        tasks.run(lambda name=name: ran.append(name) or name, delivered.append)
    qtbot.wait(50)
    assert ran == [] and tasks.pending == 3  # nothing touched the database yet
    tasks.release()
    qtbot.waitUntil(lambda: len(delivered) == 3)
    assert ran == delivered == ["purge the trash", "load Today", "count contacts"]
    tasks.run(lambda: "later", delivered.append)  # after release: straight to the worker
    qtbot.waitUntil(lambda: delivered[-1:] == ["later"])
    tasks.wait()


class _PaintLog(QMainWindow):
    """Logs its own paints: the test compares the real paint with the held query,
    not a second after_first_paint callback (whose order against the first one is
    only the event filters' order)."""

    def __init__(self, order: list[str]) -> None:
        super().__init__()
        self.order = order

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if "painted" not in self.order:
            self.order.append("painted")


def test_the_window_paints_before_the_held_tasks_run(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The fallback (a window never painted) must not fire first on a stalled machine.
    monkeypatch.setattr(first_paint, "FALLBACK_MS", 60_000)
    order: list[str] = []
    window = _PaintLog(order)
    qtbot.addWidget(window)
    tasks = TaskRunner(window)
    tasks.hold()
    tasks.run(lambda: order.append("query"))
    after_first_paint(window, tasks.release)
    window.show()
    qtbot.waitUntil(lambda: len(order) == 2, timeout=5000)
    assert order == ["painted", "query"]
    tasks.wait()
