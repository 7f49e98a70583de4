"""Database and file work off the GUI thread, one task at a time.

A single worker thread owns all database work (like Anki's collection thread);
results and errors come back to the GUI thread through a queued signal, so no
widget is ever touched from the worker.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable
from typing import Any

from netzwerk_app.domain.errors import NetzwerkError
from netzwerk_app.gui.i18n import error_text
from netzwerk_app.gui.qt import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger("netzwerk.gui.tasks")


class _Relay(QObject):
    finished = Signal(object, object, object)  # callback, result, error


class _Job(QRunnable):
    def __init__(self, relay: _Relay, fn: Callable[[], Any], on_done: Any, on_error: Any) -> None:
        super().__init__()
        self.relay, self.fn, self.on_done, self.on_error = relay, fn, on_done, on_error

    def run(self) -> None:
        try:
            result = self.fn()
        except NetzwerkError as exc:
            self.relay.finished.emit(self.on_error, None, exc)
        except Exception as exc:
            # A bug: hand it to the GUI thread's excepthook (crash dialog + log).
            self.relay.finished.emit(None, None, exc)
        else:
            self.relay.finished.emit(self.on_done, result, None)


class TaskRunner(QObject):
    """``run(fn, on_done, on_error)``: fn in the worker, the callbacks in the GUI thread.

    Failures are never silent (Anki's "operations fail loudly"): without ``on_error``
    an expected error's sentence goes to ``failed``, which the main window shows in its
    message bar; a bug goes to the crash dialog and log, and ``failed`` says so.
    """

    failed = Signal(str)  # one plain sentence for the window's message bar

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._relay.finished.connect(self._deliver)
        self.pending = 0
        self._held: list[_Job] | None = None

    def hold(self) -> None:
        """Queue new tasks without starting them, until ``release``: at start-up the
        window paints first, and its pages' queries wait for that."""
        if self._held is None:
            self._held = []

    def release(self) -> None:
        """Start the tasks queued while held, in the order they came."""
        held, self._held = self._held, None
        for job in held or []:
            self.pool.start(job)

    def run(
        self,
        fn: Callable[[], Any],
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[NetzwerkError], None] | None = None,
    ) -> None:
        self.pending += 1
        job = _Job(self._relay, fn, on_done, on_error)
        if self._held is not None:
            self._held.append(job)
        else:
            self.pool.start(job)

    @Slot(object, object, object)
    def _deliver(self, callback: Any, result: Any, error: Any) -> None:
        self.pending -= 1
        if isinstance(error, NetzwerkError):
            if callback is not None:
                callback(error)
            else:
                log.warning("task failed: %s", error)
                self.failed.emit(error_text(error))
            return
        if error is not None:
            self.failed.emit(self.tr("Something went wrong; details are in the log."))
            sys.excepthook(type(error), error, error.__traceback__)
            return
        if callback is not None:
            callback(result)

    def wait(self, msecs: int = 30000) -> bool:
        return self.pool.waitForDone(msecs)
