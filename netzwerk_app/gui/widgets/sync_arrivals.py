"""Today: "New from your phone – met at …?" People who arrived by CardDAV sync and
are not logged at any event yet; ticking them and choosing a recent event records
the encounter, which plans their follow-ups. Hidden while there is nobody new."""

from __future__ import annotations

from collections.abc import Callable
from datetime import tzinfo
from typing import TYPE_CHECKING

from netzwerk_app.domain.errors import NetzwerkError
from netzwerk_app.gui.i18n import error_text
from netzwerk_app.gui.qt import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    Qt,
    QVBoxLayout,
    Signal,
)
from netzwerk_app.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from netzwerk_app.services.events import EventService
    from netzwerk_app.sync.arrivals import Offer


class SyncArrivals(QFrame):
    changed = Signal()  # encounters were recorded: the queue has new follow-ups

    def __init__(
        self,
        events: EventService,
        tasks: TaskRunner,
        zone: tzinfo,
        on_change: Callable[[], None] | None = None,
    ) -> None:
        super().__init__()
        self.events_service, self.tasks, self.zone = events, tasks, zone
        if on_change is not None:
            self.changed.connect(on_change)
        self.setObjectName("card")
        self.title = QLabel()
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.people = QListWidget()
        self.people.setMaximumHeight(110)
        self.event_choice = QComboBox()
        self.met_button = QPushButton(self.tr("Met there"))
        self.met_button.clicked.connect(self.met_there)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.people.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Met at")))
        row.addWidget(self.event_choice, 1)
        button_row = QHBoxLayout()  # the event's name gets the whole width above
        button_row.addStretch(1)
        button_row.addWidget(self.met_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.people)
        layout.addLayout(row)
        layout.addLayout(button_row)
        layout.addWidget(self.status)
        self.hide()

    def refresh(self) -> None:
        events = self.events_service

        def load() -> Offer:
            from netzwerk_app.sync.arrivals import ArrivalService

            return ArrivalService(events).offer(events.clock.now())

        self.tasks.run(load, self._show, self._failed)

    def _show(self, offer: Offer) -> None:
        self.people.clear()
        self.event_choice.clear()
        if not offer.arrivals or not offer.events:
            self.hide()
            return
        self.title.setText(
            self.tr("New from your phone: %n person(s) – met at …?", "", len(offer.arrivals))
        )
        for a in offer.arrivals:
            text = f"{a.name} – {a.organization}" if a.organization else a.name
            item = QListWidgetItem(text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setData(Qt.ItemDataRole.UserRole, a.contact_id)
            self.people.addItem(item)
        for e in offer.events:
            when = e.start.astimezone(self.zone).strftime("%d.%m.")
            self.event_choice.addItem(f"{e.title} ({when})", e.id)
        self.status.clear()
        self.show()

    def met_there(self) -> None:
        event_id = self.event_choice.currentData()
        ids = [
            int(self.people.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.people.count())
            if self.people.item(i).checkState() == Qt.CheckState.Checked
        ]
        if event_id is None or not ids:
            return
        events = self.events_service

        def record() -> int:
            from netzwerk_app.sync.arrivals import ArrivalService

            return ArrivalService(events).met_at(int(event_id), ids)

        self.tasks.run(record, self._recorded, self._failed)

    def _recorded(self, count: int) -> None:
        self.changed.emit()  # Today reloads (the new follow-ups), and this card with it

    def _failed(self, error: NetzwerkError) -> None:
        self.status.setText(error_text(error))
