"""The main window's first paint: the moment start-up work may begin, and the moment
the start-up benchmark measures.

``after_first_paint(window, fn)`` calls ``fn`` once, right after the window's first
paint (or after ``FALLBACK_MS`` if it is never painted, e.g. started hidden). With
``NETZWERK_REPORT_FIRST_PAINT=1`` the app also prints ``first-paint <seconds since
the epoch> cpu <processor seconds of the process so far>`` on stdout at that moment
and closes the window (``benchmarks/startup.py``).
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable

from netzwerk_app.gui.qt import QEvent, QObject, QTimer, QWidget

ENV = "NETZWERK_REPORT_FIRST_PAINT"
FALLBACK_MS = 1500


class _FirstPaint(QObject):
    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self.window, self.then = window, then
        self.done = False
        QTimer.singleShot(FALLBACK_MS, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.done and event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self, self._fire)  # after the paint has been drawn
        return False

    def _fire(self) -> None:
        if not self.done:
            self.done = True
            self.window.removeEventFilter(self)  # no Python call for each later event
            self.then()


def after_first_paint(window: QWidget, then: Callable[[], None]) -> None:
    """Call ``then`` once the window has painted for the first time."""
    window.installEventFilter(_FirstPaint(window, then))


def report_when_asked(window: QWidget) -> None:
    """For the benchmark: print the moment of the first paint, then close the window."""
    if os.environ.get(ENV) != "1":
        return

    def report() -> None:
        sys.stdout.write(f"first-paint {time.time():.6f} cpu {time.process_time():.6f}\n")
        sys.stdout.flush()
        window.close()

    after_first_paint(window, report)
