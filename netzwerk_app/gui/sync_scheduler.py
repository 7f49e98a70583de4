"""Background CardDAV sync: at start, a short while after local changes and every
15 minutes, in the task worker; progress and the result in the status bar.

Only accounts whose password the keyring (or NETZWERK_CARDDAV_PASSWORD) has are
synced in the background; a failure (offline, server down) is one line in the status
bar and the next attempt comes with the next change or tick - the app works offline.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from netzwerk_app.domain.errors import NetzwerkError
from netzwerk_app.gui.i18n import error_text
from netzwerk_app.gui.qt import QObject, QTimer, Signal
from netzwerk_app.gui.tasks import TaskRunner

if TYPE_CHECKING:  # httpx and the sync load in the worker, not at start-up
    from netzwerk_app.app import AppContext
    from netzwerk_app.sync.engine import SyncResult, SyncService

EVERY_MS = 15 * 60 * 1000
AFTER_CHANGE_MS = 2 * 60 * 1000


class _Progress(QObject):
    """Emitted in the worker, delivered in the GUI thread (a queued connection)."""

    moved = Signal(str, int, int)


class SyncScheduler(QObject):
    synced = Signal(object)  # list[SyncResult], after a run that changed something

    def __init__(
        self,
        service: Callable[[], SyncService],
        tasks: TaskRunner,
        show: Callable[[str], None],
        parent: QObject | None = None,
        every_ms: int = EVERY_MS,
        after_change_ms: int = AFTER_CHANGE_MS,
    ) -> None:
        super().__init__(parent)
        self.make_service, self.tasks, self.show = service, tasks, show
        self.service: SyncService | None = None
        self.running = False
        self.progress = _Progress(self)
        self.progress.moved.connect(self._moved)
        self.timer = QTimer(self)
        self.timer.setInterval(every_ms)
        self.timer.timeout.connect(self.sync_now)
        self.soon = QTimer(self)
        self.soon.setSingleShot(True)
        self.soon.setInterval(after_change_ms)
        self.soon.timeout.connect(self.sync_now)

    def start(self) -> None:
        self.timer.start()
        self.sync_now()

    def local_change(self) -> None:
        """Contacts changed here: sync a short while later (changes close together
        go up in one run)."""
        self.soon.start()

    def sync_now(self) -> None:
        if self.running:
            return
        self.running = True
        self.tasks.run(self._run, self._done, self._failed)

    def _run(self) -> list[SyncResult]:
        from netzwerk_app.sync import passwords

        if self.service is None:
            self.service = self.make_service()
        results = []
        for account in self.service.accounts():
            password = passwords.find(account.url, account.username)
            if password is None:
                continue  # no keyring entry: synced from the sync dialog only
            results.append(
                self.service.sync(
                    account.id, password, lambda s, d, t: self.progress.moved.emit(s, d, t)
                )
            )
        return results

    def _moved(self, stage: str, done: int, total: int) -> None:
        if total:
            if stage == "pull":
                text = self.tr("Sync: receiving cards {done} of {total} …")
            else:
                text = self.tr("Sync: sending cards {done} of {total} …")
            self.show(text.format(done=done, total=total))

    def _done(self, results: list[SyncResult]) -> None:
        self.running = False
        if not results:
            return
        c = {k: sum(r.counts()[k] for r in results) for k in results[0].counts()}
        self.show(
            self.tr(
                "Synced with your phone: {pulled} received, {pushed} sent, {conflicts} to review."
            ).format(**c)
        )
        if c["pulled"] or c["merged"] or c["deleted"]:
            self.synced.emit(results)

    def _failed(self, error: NetzwerkError) -> None:
        self.running = False
        self.show(self.tr("Not synced: {reason}").format(reason=error_text(error)))


def start_sync(
    ctx: AppContext, tasks: TaskRunner, show: Callable[[str], None], parent: QObject
) -> SyncScheduler:
    """The window's background sync, started: now, after changes, every 15 minutes."""

    def service() -> SyncService:  # made in the worker: httpx loads there
        from netzwerk_app.sync.engine import SyncService

        return SyncService(ctx.db, ctx.clock)

    scheduler = SyncScheduler(service, tasks, show, parent)
    scheduler.start()
    return scheduler
