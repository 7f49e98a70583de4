"""Possible duplicates: two contacts side by side; merge them or keep them apart.

Nothing is merged on a name alone; here the user decides. Loading, merging and
keeping apart run on the task runner; a failure is shown in the dialog in one
sentence.
"""

from __future__ import annotations

from netzwerk_app.domain.errors import NetzwerkError
from netzwerk_app.gui.i18n import error_text
from netzwerk_app.gui.models.duplicates_model import DuplicatePairModel
from netzwerk_app.gui.qt import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from netzwerk_app.gui.tasks import TaskRunner
from netzwerk_app.gui.widgets.tables import row_table
from netzwerk_app.services.duplicate_review import ContactMerge, DuplicateReviewService, PairView


class DuplicatesDialog(QDialog):
    """Mögliche Duplikate / Possible duplicates."""

    changed = Signal()  # contacts were merged or a pair kept apart

    def __init__(
        self, service: DuplicateReviewService, tasks: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.service, self.tasks = service, tasks
        self.setWindowTitle(self.tr("Possible duplicates"))
        self.setObjectName("duplicatesDialog")
        self.intro = QLabel(
            self.tr(
                "These contacts have similar names, but nothing shows they are one person. "
                "Merge them if they are, or keep them apart: they will not be listed again."
            )
        )
        self.intro.setWordWrap(True)
        self.intro.setTextFormat(Qt.TextFormat.PlainText)
        self.model = DuplicatePairModel()
        self.table = row_table(self.model, wrap=True, grid=True)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._reset)

        self.empty = QLabel(self.tr("No possible duplicates."))
        self.empty.setObjectName("emptyState")
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        self.message = QLabel("")
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.merge_button = QPushButton(self.tr("Merge …"))
        self.merge_button.clicked.connect(self.merge_selected)
        self.apart_button = QPushButton(self.tr("Keep apart"))
        self.apart_button.clicked.connect(self.keep_apart_selected)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.message, 1)
        buttons.addWidget(self.merge_button)
        buttons.addWidget(self.apart_button)
        buttons.addWidget(close)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        self.resize(900, 520)
        self._update_buttons()
        self.reload()

    # --- loading ---------------------------------------------------------------------

    def reload(self) -> None:
        self.tasks.run(self.service.pairs, self._set_pairs, self._failed)

    def _set_pairs(self, pairs: list[PairView]) -> None:
        self.model.set_pairs(pairs)

    def _reset(self) -> None:
        self.stack.setCurrentWidget(self.table if self.model.rows else self.empty)
        self.table.resizeRowsToContents()
        for row in range(self.model.rowCount()):  # a little air below the last line
            self.table.setRowHeight(row, self.table.rowHeight(row) + 8)
        if self.model.rows:
            self.table.selectRow(0)
        self._update_buttons()

    def _failed(self, error: NetzwerkError) -> None:
        self.message.setText(error_text(error))

    def selected(self) -> PairView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.pair(rows[0].row()) if rows else None

    def _update_buttons(self, *_args: object) -> None:
        has = self.selected() is not None
        self.merge_button.setEnabled(has)
        self.apart_button.setEnabled(has)

    # --- decisions -------------------------------------------------------------------

    def keep_apart_selected(self) -> None:
        pair = self.selected()
        if pair is None or pair.first.id is None or pair.second.id is None:
            return
        first, second, service = pair.first.id, pair.second.id, self.service
        self.tasks.run(lambda: service.keep_apart(first, second), self._decided, self._failed)

    def merge_selected(self) -> None:
        pair = self.selected()
        if pair is None or pair.first.id is None or pair.second.id is None:
            return
        keep_id = self.choose_kept(pair)
        if keep_id is None:
            return
        other_id = pair.second.id if keep_id == pair.first.id else pair.first.id
        service = self.service
        self.tasks.run(lambda: service.merge(keep_id, other_id), self._merged, self._failed)

    def choose_kept(self, pair: PairView) -> int | None:
        """Ask which contact to keep; the other one is merged into it."""
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("Merge contacts"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            self.tr(
                "Which contact do you keep? The other one is merged into it: no value is "
                "lost, and the merge can be undone."
            )
        )
        first = box.addButton(
            self.tr("Keep {name} (#{id})").format(name=pair.first.display_name, id=pair.first.id),
            QMessageBox.ButtonRole.AcceptRole,
        )
        second = box.addButton(
            self.tr("Keep {name} (#{id})").format(name=pair.second.display_name, id=pair.second.id),
            QMessageBox.ButtonRole.AcceptRole,
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is first:
            return pair.first.id
        if box.clickedButton() is second:
            return pair.second.id
        return None

    def _merged(self, merged: ContactMerge) -> None:
        self.message.setText(
            self.tr("{other} was merged into {name}. Undo: netzwerk undo-merge {id}").format(
                other=merged.other_name, name=merged.name, id=merged.merge_id
            )
        )
        self._decided(None)

    def _decided(self, _result: object) -> None:
        self.changed.emit()
        self.reload()
