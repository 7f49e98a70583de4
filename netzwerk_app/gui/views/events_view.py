"""Events, newest first and grouped by network; the event page with roster capture.

"Repeat …" (on an event of a network) and "New event …" with a network chosen in the
filter open the event dialog prefilled with the network's next event and its
regulars to tick; the ticked are recorded as met, then roster capture takes guests.
"""

from __future__ import annotations

from netzwerk_app.domain.errors import NetzwerkError
from netzwerk_app.domain.model import Network
from netzwerk_app.gui.dialogs.event_dialog import EventDialog
from netzwerk_app.gui.i18n import error_text
from netzwerk_app.gui.models.events_model import EventTableModel
from netzwerk_app.gui.qt import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QStackedWidget,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from netzwerk_app.gui.tasks import TaskRunner
from netzwerk_app.gui.views.contacts_view import empty_state
from netzwerk_app.gui.views.roster_capture import RosterCapture
from netzwerk_app.gui.widgets.consistency_panel import plain as plain_label
from netzwerk_app.gui.widgets.tables import row_table
from netzwerk_app.services.contacts import ContactService
from netzwerk_app.services.events import EventDetails, EventService, EventSummary, RepeatPlan


class EventsView(QWidget):
    open_contact = Signal(int)
    changed = Signal()

    def __init__(self, service: EventService, contacts: ContactService, tasks: TaskRunner) -> None:
        super().__init__()
        self.service, self.tasks = service, tasks
        self.details: EventDetails | None = None
        self.networks: list[Network] = []
        self._all_rows: list[EventSummary] = []
        self._select_after_load: int | None = None
        self._focus_roster = False

        self.new_button = QPushButton(self.tr("New event …"))
        self.new_button.setObjectName("primaryButton")
        self.new_button.clicked.connect(self.new_event)
        self.repeat_button = QPushButton(self.tr("Repeat …"))
        self.repeat_button.setObjectName("repeatEventButton")
        self.repeat_button.setToolTip(
            self.tr("The selected event's network again: a week (or its usual interval) later")
        )
        self.repeat_button.clicked.connect(self.repeat_event)
        self.network_filter = QComboBox()
        self.network_filter.setMinimumContentsLength(18)
        self.network_filter.currentIndexChanged.connect(self._apply_filter)
        self.networks_button = QPushButton(self.tr("Networks …"))
        self.networks_button.setToolTip(self.tr("Sie or Du, and the language, for each network"))
        self.networks_button.clicked.connect(self.edit_networks)

        self.model = EventTableModel()
        self.table = row_table(self.model)
        header = self.table.horizontalHeader()
        # Date and count fit their text; title, network and place share the rest.
        header.setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)

        self.empty = empty_state(
            self.tr(
                "No events yet.\n\nAfter your next breakfast or meetup, log it with “New event”."
            )
        )
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)

        toolbar = QHBoxLayout()
        toolbar.addWidget(self.new_button)
        toolbar.addWidget(self.repeat_button)
        toolbar.addStretch(1)
        toolbar.addWidget(self.network_filter)
        toolbar.addWidget(self.networks_button)
        left = QVBoxLayout()
        left.addLayout(toolbar)
        left.addWidget(self.stack, 1)

        # The event page: header, edit button, roster capture.
        self.title = plain_label("", "cardName")
        self.info = plain_label("", "cardMuted")
        self.edit_button = QPushButton(self.tr("Edit …"))
        self.edit_button.clicked.connect(self.edit_event)
        self.roster = RosterCapture(service, contacts, tasks)
        self.roster.open_contact.connect(self.open_contact)
        self.roster.person_added.connect(lambda _id: self.refresh(keep_selection=True))
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.edit_button, 0, Qt.AlignmentFlag.AlignTop)
        page = QVBoxLayout()
        page.setContentsMargins(20, 20, 20, 20)
        page.addLayout(head)
        page.addWidget(self.info)
        page.addWidget(self.roster, 1)
        self.page = QWidget()
        self.page.setObjectName("contactCard")
        self.page.setLayout(page)
        self.page.setMinimumWidth(420)

        row = QHBoxLayout(self)
        row.setContentsMargins(16, 16, 16, 16)
        row.setSpacing(16)
        row.addLayout(left, 6)
        row.addWidget(self.page, 5)
        self.show_event(None)

    # --- loading -------------------------------------------------------------------

    def refresh(self, keep_selection: bool = False) -> None:
        if keep_selection:
            # The row the user chose last, even if its page is still loading.
            chosen = self.model.data(self.table.currentIndex(), Qt.ItemDataRole.UserRole)
            if chosen is None and self.details is not None:
                chosen = self.details.event.id
            self._select_after_load = chosen
        service = self.service
        self.tasks.run(lambda: (service.list_events(), service.networks()), self._show_rows)

    def _show_rows(self, result: tuple[list[EventSummary], list[Network]]) -> None:
        rows, networks = result
        self._all_rows, self.networks = rows, networks
        current = self.network_filter.currentData()
        self.network_filter.blockSignals(True)
        self.network_filter.clear()
        self.network_filter.addItem(self.tr("All networks"), None)
        for network in networks:
            self.network_filter.addItem(network.name, network.id)
        index = self.network_filter.findData(current)
        self.network_filter.setCurrentIndex(max(index, 0))
        self.network_filter.blockSignals(False)
        self._apply_filter()

    def _apply_filter(self) -> None:
        network_id = self.network_filter.currentData()
        rows = [r for r in self._all_rows if network_id is None or r.event.network_id == network_id]
        self.model.set_rows(rows)
        self.stack.setCurrentWidget(self.table if self._all_rows else self.empty)
        wanted = self._select_after_load
        self._select_after_load = None
        # Without a wish (e.g. the second of two quick reloads) the open event stays open.
        keep = wanted if wanted is not None else (self.details.event.id if self.details else None)
        for number, row in enumerate(rows):
            if row.event.id == keep:
                self.table.selectRow(number)
                return
        if wanted is None:
            self.show_event(None)

    def select_event(self, event_id: int) -> None:
        self._select_after_load = event_id
        self.refresh()

    def flush(self) -> None:
        """A person typed into the roster and not added yet is added (before another
        event or page is shown, and when the window closes)."""
        self.roster.flush()

    def _on_current(self, *_args: object) -> None:
        event_id = self.model.data(self.table.currentIndex(), Qt.ItemDataRole.UserRole)
        if event_id is None:
            return
        if event_id != self.roster.event_id:  # not when the list reloads around the same one
            self.flush()
        service = self.service
        self.tasks.run(lambda: service.event(event_id), self.show_event)

    # --- the event page ----------------------------------------------------------------

    def show_event(self, details: EventDetails | None) -> None:
        self.details = details
        self.edit_button.setEnabled(details is not None)
        self.repeat_button.setEnabled(bool(details and details.network))
        if details is None:
            self.title.setText(self.tr("Select an event to see who you met there."))
            self.info.setText("")
            self.roster.set_event(None, [])
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
        if ev.topic:
            bits.append(self.tr("Topic: {topic}").format(topic=ev.topic))
        self.info.setText(" · ".join(bits))
        if self.roster.event_id != ev.id:
            network = details.network
            form = network.default_address_form if network else None
            self.roster.set_event(ev.id, details.encounters, form)
        else:
            self.roster.model.set_rows(details.encounters)
        if self._focus_roster:
            self._focus_roster = False
            self.roster.name.setFocus()

    def edit_networks(self) -> None:
        """Each network's Sie/Du and language defaults (gui/dialogs/network_defaults_dialog)."""
        from netzwerk_app.gui.dialogs.network_defaults_dialog import NetworkDefaultsDialog
        from netzwerk_app.services.networks import NetworkService

        self.networks_dialog = NetworkDefaultsDialog(
            NetworkService(self.service.db), self.tasks, self
        )
        self.networks_dialog.open()

    def new_event(self) -> None:
        network_id = self.network_filter.currentData()
        if network_id is None:
            self._open_dialog(None)
            return
        # A network chosen: prefilled from its last event, when it has one.
        name, service = self.network_filter.currentText(), self.service
        self.tasks.run(
            lambda: service.repeat_plan(name),
            self._open_dialog,
            lambda _error: self._open_dialog(None, name),
        )

    def repeat_event(self) -> None:
        """The shown event's network, again: prefilled, with its regulars to tick."""
        if self.details is None or self.details.event.id is None:
            return
        event_id, service = self.details.event.id, self.service
        self.tasks.run(lambda: service.repeat_plan(event_id), self._open_dialog, self._problem)

    def _open_dialog(self, plan: RepeatPlan | None, network: str = "") -> None:
        regulars = [
            (c.id or 0, self.tr("{name} (met at {times} of {of})").format(
                name=" – ".join(p for p in (c.display_name, c.organization) if p),
                times=r.times,
                of=r.of,
            ))
            for c, r in (plan.regulars if plan else [])
        ]  # fmt: skip
        dialog = EventDialog(
            self.networks,
            network_name=plan.network.name if plan else network,
            parent=self,
            clock=self.service.clock,
            zone=self.service.zone,
            prefill=plan.event if plan else None,
            regulars=regulars,
        )
        self.dialog = dialog  # for tests and screenshots
        accepted = dialog.exec()
        self.window().activateWindow()  # the keyboard goes on in the roster, here
        if accepted:
            values, ticked = dialog.values(), dialog.ticked()
            service = self.service

            def create() -> object:
                event = service.create_event(**values)  # type: ignore[arg-type]
                if ticked and event.id is not None:
                    service.record_met(event.id, ticked)
                return event

            self.tasks.run(create, self._created, self._problem)

    def _created(self, event: object) -> None:
        # Straight into roster capture: the people come right after the event.
        self._focus_roster = True
        self.select_event(getattr(event, "id", 0))
        self.changed.emit()

    def edit_event(self) -> None:
        if self.details is None:
            return
        event = self.details.event
        name = self.details.network.name if self.details.network else ""
        dialog = EventDialog(
            self.networks, event, name, self, self.service.clock, self.service.zone
        )
        if not dialog.exec():
            return
        values = dialog.values()
        service = self.service

        def save() -> int:
            network_name = str(values.pop("network_name"))
            network_id = service.ensure_network(network_name).id if network_name else None
            for key, value in values.items():
                setattr(event, key, value)
            event.network_id = network_id
            saved = service.update_event(event)
            assert saved.id is not None
            return saved.id

        self.tasks.run(save, self._saved, self._problem)

    def _saved(self, event_id: int) -> None:
        self.select_event(event_id)
        self.changed.emit()

    def _problem(self, error: NetzwerkError) -> None:
        self.info.setText(error_text(error))
