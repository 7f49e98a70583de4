"""A tray icon and a notification when follow-ups fall due while the app is open."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from netzwerk_app.gui.qt import QApplication, QIcon, QMenu, QObject, QSystemTrayIcon, QTimer
from netzwerk_app.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from netzwerk_app.services.followups import FollowUpService

CHECK_EVERY_MS = 5 * 60 * 1000


class DueNotifier(QObject):
    """Checks the queue now and then (in the worker) and tells the user about new items."""

    def __init__(
        self,
        followups: FollowUpService,
        tasks: TaskRunner,
        icon: QIcon,
        show_window: Callable[[], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.followups, self.tasks = followups, tasks
        self.known_due: set[int] = set()
        self.last_message = ""
        self._baseline_taken = False
        self.tray: QSystemTrayIcon | None = None
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(icon, self)
            menu = QMenu()
            menu.addAction(self.tr("Show Netzwerk"), show_window)
            menu.addAction(self.tr("Quit"), QApplication.quit)
            self.tray.setContextMenu(menu)
            self.tray.activated.connect(lambda _reason: show_window())
            self.tray.setToolTip("Netzwerk")
            self.tray.show()
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        followups = self.followups
        self.tasks.run(lambda: followups.queue(plan=False), self._checked)

    def _checked(self, queue: object) -> None:
        due = {item.followup.id for item in getattr(queue, "items", []) if item.followup.id}
        new = due - self.known_due
        first_check = not self._baseline_taken
        self._baseline_taken = True
        self.known_due = due
        if not new or first_check:
            return  # the Today screen shows what was due at start; notify only news
        self.last_message = self.tr("%n follow-up(s) due now", "", len(new))
        if self.tray is not None:
            self.tray.showMessage(
                "Netzwerk", self.last_message, QSystemTrayIcon.MessageIcon.Information
            )
