"""The trash: deleted contacts wait 30 days; restore them or delete them for good (GDPR)."""

from __future__ import annotations

from netzwerk_app.gui.models.contacts_model import ContactTableModel
from netzwerk_app.gui.qt import (
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
    Signal,
)
from netzwerk_app.gui.tasks import TaskRunner
from netzwerk_app.gui.views.contacts_view import empty_state
from netzwerk_app.gui.widgets.consistency_panel import plain as plain_label
from netzwerk_app.gui.widgets.tables import row_table, selected_rows
from netzwerk_app.services.contacts import ContactService
from netzwerk_app.services.privacy import PrivacyService


class TrashView(QWidget):
    changed = Signal()

    def __init__(
        self, contacts: ContactService, privacy: PrivacyService, tasks: TaskRunner
    ) -> None:
        super().__init__()
        self.contacts, self.privacy, self.tasks = contacts, privacy, tasks
        self.model = ContactTableModel(contacts, tasks.run, trash=True)
        self.table = row_table(self.model, multi=True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.note = plain_label(
            self.tr("Deleted contacts stay here for 30 days, then they are erased for good."),
            "cardMuted",
        )
        self.restore_button = QPushButton(self.tr("Restore"))
        self.restore_button.clicked.connect(self.restore_selected)
        self.erase_button = QPushButton(self.tr("Delete permanently …"))
        self.erase_button.setObjectName("dangerButton")
        self.erase_button.clicked.connect(self.erase_selected)
        self.empty = empty_state(self.tr("The trash is empty."))
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.model.modelReset.connect(
            lambda: self.stack.setCurrentWidget(self.table if self.model.rows else self.empty)
        )

        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.erase_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 16, 16, 16)
        layout.addLayout(buttons)
        layout.addWidget(self.stack, 1)
        self._update_buttons()

    def refresh(self) -> None:
        self.model.reload()

    def selected_ids(self) -> list[int]:
        return self.model.contact_ids(selected_rows(self.table))

    def _update_buttons(self, *_args: object) -> None:
        has = bool(self.table.selectionModel().selectedRows())
        self.restore_button.setEnabled(has)
        self.erase_button.setEnabled(has)

    def restore_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            contacts = self.contacts
            self.tasks.run(lambda: contacts.restore(ids), self._done)

    def erase_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Delete permanently"),
            self.tr(
                "Erase %n person(s) with all notes, encounters and follow-ups? "
                "This cannot be undone.",
                "",
                len(ids),
            )
            + "\n\n"
            # A separate string, so the existing translation of the first one stays.
            + self.tr(
                "Backups made before now still contain them until those backups "
                "are rotated out or deleted."
            ),
        )
        if answer == QMessageBox.StandardButton.Yes:
            privacy = self.privacy
            self.tasks.run(lambda: privacy.forget_many(ids), self._done)

    def _done(self, _result: object) -> None:
        self.refresh()
        self.changed.emit()
