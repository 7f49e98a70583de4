"""Events, newest first, with the people met at the selected one."""

from __future__ import annotations

from netzwerk_app.gui.models.events_model import EventTableModel
from netzwerk_app.gui.qt import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QStackedWidget,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from netzwerk_app.gui.tasks import TaskRunner
from netzwerk_app.gui.views.contacts_view import plain_label
from netzwerk_app.services.events import EventDetails, EventService, EventSummary


class EventsView(QWidget):
    def __init__(self, service: EventService, tasks: TaskRunner) -> None:
        super().__init__()
        self.service, self.tasks = service, tasks
        self.model = EventTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)

        self.empty = plain_label(
            self.tr("No events yet.\n\nAfter your next breakfast or meetup, log it here."),
            "emptyState",
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        self.title = plain_label("", "cardName")
        self.info = plain_label("", "cardMuted")
        self.people = plain_label()
        side = QVBoxLayout()
        for widget in (self.title, self.info, self.people):
            side.addWidget(widget)
        side.addStretch(1)
        side_box = QWidget()
        side_box.setObjectName("contactCard")
        side_box.setLayout(side)
        side.setContentsMargins(20, 20, 20, 20)
        side_box.setMinimumWidth(300)
        side_box.setMaximumWidth(360)

        row = QHBoxLayout(self)
        row.setContentsMargins(16, 16, 16, 16)
        row.setSpacing(16)
        row.addWidget(self.stack, 3)
        row.addWidget(side_box, 2)

    def refresh(self) -> None:
        service = self.service
        self.tasks.run(service.list_events, self._show_rows)

    def _show_rows(self, rows: list[EventSummary]) -> None:
        self.model.set_rows(rows)
        self.stack.setCurrentWidget(self.table if rows else self.empty)
        self.show_event(None)

    def _on_current(self, *_args: object) -> None:
        index = self.table.currentIndex()
        event_id = self.model.data(index, Qt.ItemDataRole.UserRole)
        if event_id is None:
            return
        service = self.service
        self.tasks.run(lambda: service.event(event_id), self.show_event)

    def show_event(self, details: EventDetails | None) -> None:
        if details is None:
            self.title.setText(self.tr("Select an event to see who you met there."))
            self.info.setText("")
            self.people.setText("")
            return
        ev = details.event
        self.title.setText(ev.title)
        bits = [ev.start.astimezone().strftime("%d.%m.%Y %H:%M")]
        if details.network:
            bits.append(details.network.name)
        if ev.place:
            bits.append(ev.place)
        if ev.speaker:
            bits.append(self.tr("Speaker: {name}").format(name=ev.speaker))
        self.info.setText(" · ".join(bits))
        if not details.encounters:
            self.people.setText(self.tr("Nobody recorded yet."))
            return
        lines = [self.tr("People met ({count}):").format(count=len(details.encounters))]
        for _encounter, contact in details.encounters:
            line = f"• {contact.display_name}"
            if contact.organization:
                line += f" – {contact.organization}"
            lines.append(line)
        self.people.setText("\n".join(lines))
