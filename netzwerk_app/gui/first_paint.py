"""For the start-up benchmark: say when the main window first painted, then close it.

Asked for with the environment variable ``NETZWERK_REPORT_FIRST_PAINT=1``; the app
then prints ``first-paint <seconds since the epoch>`` on stdout right after the
window's first paint event and closes the window (``benchmarks/startup.py``).
"""

from __future__ import annotations

import os
import sys
import time

from netzwerk_app.gui.qt import QEvent, QObject, QTimer, QWidget

ENV = "NETZWERK_REPORT_FIRST_PAINT"


class _FirstPaint(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.done = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.done and event.type() == QEvent.Type.Paint:
            self.done = True
            QTimer.singleShot(0, self._report)  # after the paint has been drawn
        return False

    def _report(self) -> None:
        sys.stdout.write(f"first-paint {time.time():.6f}\n")
        sys.stdout.flush()
        self.window.close()


def report_when_asked(window: QWidget) -> None:
    """Watch ``window`` for its first paint if the benchmark asked for it."""
    if os.environ.get(ENV) == "1":
        window.installEventFilter(_FirstPaint(window))
