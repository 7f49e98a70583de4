"""The event list: newest first, with the network and how many people were met."""

from __future__ import annotations

from typing import Any

from netzwerk_app.gui.models.rows import Index, RowTableModel
from netzwerk_app.gui.qt import Qt
from netzwerk_app.services.events import EventSummary


class EventTableModel(RowTableModel[EventSummary]):
    def titles(self) -> tuple[str, ...]:
        return (
            self.tr("Date"),
            self.tr("Event"),
            self.tr("Network"),
            self.tr("Place"),
            self.tr("People met"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.event.start.astimezone().strftime("%d.%m.%Y %H:%M"),
                row.event.title,
                row.network_name,
                row.event.place,
                str(row.encounter_count),
            )[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.UserRole:
            return row.event.id
        return None
