"""A line above the contact list when imports left possible duplicates to review."""

from __future__ import annotations

from netzwerk_app.gui.qt import QHBoxLayout, QLabel, QPushButton, Qt, QWidget, Signal
from netzwerk_app.gui.tasks import TaskRunner
from netzwerk_app.services.duplicate_review import DuplicateReviewService


class DuplicatesHint(QWidget):
    review_requested = Signal()

    def __init__(self, service: DuplicateReviewService, tasks: TaskRunner) -> None:
        super().__init__()
        self.service, self.tasks = service, tasks
        self.setObjectName("duplicatesHint")
        self.label = QLabel("")
        self.label.setObjectName("cardMuted")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QPushButton(self.tr("Review …"))
        self.button.clicked.connect(self.review_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 4)
        row.addWidget(self.label, 1)
        row.addWidget(self.button)
        self.count = 0
        self.hide()
        self.refresh()

    def refresh(self) -> None:
        # The count is a cheap query; a failure only leaves the hint hidden.
        self.tasks.run(self.service.open_count, self._show, lambda _error: self.hide())

    def _show(self, count: int) -> None:
        self.count = count
        self.label.setText(self.tr("%n possible duplicate(s) from imports to review.", "", count))
        self.setVisible(count > 0)
