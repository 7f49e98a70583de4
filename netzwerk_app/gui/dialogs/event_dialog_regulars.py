"""The regulars checklist of a repeated event: tick who came instead of typing them.

A click anywhere on a row ticks it (not only on the small box), Space ticks the
current row, Down moves on; "Tick all" and "Untick all" for a full room.
"""

from __future__ import annotations

from netzwerk_app.gui.qt import (
    QEvent,
    QHBoxLayout,
    QKeyEvent,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
)


class RegularsChecklist(QWidget):
    """``set_people([(contact_id, label), ...])``; ``ticked()`` gives the ids ticked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = QLabel(self.tr("Regulars: tick who came"))
        self.heading.setObjectName("sectionTitle")
        self.count = QLabel()
        self.count.setObjectName("cardMuted")
        self.list = QListWidget()
        self.list.setObjectName("regularsList")
        self.list.setMinimumHeight(220)
        self.list.setUniformItemSizes(True)
        self.list.itemClicked.connect(self._toggle)
        self.list.installEventFilter(self)
        self.all_button = QPushButton(self.tr("Tick all"))
        self.all_button.setAutoDefault(False)
        self.all_button.clicked.connect(lambda: self._set_all(True))
        self.none_button = QPushButton(self.tr("Untick all"))
        self.none_button.setAutoDefault(False)
        self.none_button.clicked.connect(lambda: self._set_all(False))
        self.heading.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count)
        buttons.addStretch(1)
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.none_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addLayout(buttons)
        layout.addWidget(self.list, 1)

    def set_people(self, people: list[tuple[int, str]]) -> None:
        self.list.clear()
        for contact_id, label in people:
            item = QListWidgetItem(label)
            # Not user-checkable: the row's click toggles it, once, wherever it lands.
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, contact_id)
            self.list.addItem(item)
        self.setVisible(bool(people))
        self._count()

    def ticked(self) -> list[int]:
        items = (self.list.item(row) for row in range(self.list.count()))
        return [
            int(item.data(Qt.ItemDataRole.UserRole))
            for item in items
            if item is not None and item.checkState() == Qt.CheckState.Checked
        ]

    def _toggle(self, item: QListWidgetItem) -> None:
        checked = item.checkState() == Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Unchecked if checked else Qt.CheckState.Checked)
        self._count()

    def _set_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item is not None:
                item.setCheckState(state)
        self._count()

    def _count(self) -> None:
        self.count.setText(
            self.tr("{ticked} of {total} ticked").format(
                ticked=len(self.ticked()), total=self.list.count()
            )
        )

    def eventFilter(self, watched: object, event: object) -> bool:
        if (
            watched is self.list
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() == Qt.Key.Key_Space
        ):
            item = self.list.currentItem()
            if item is not None:
                self._toggle(item)
            return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]
