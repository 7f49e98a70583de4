"""Contacts: search field, the lazily loaded list and a read-only card of the selection."""

from __future__ import annotations

from netzwerk_app.gui.models.contacts_model import ContactTableModel, state_label
from netzwerk_app.gui.qt import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    Qt,
    QTableView,
    QTimer,
    QVBoxLayout,
    QWidget,
)
from netzwerk_app.gui.tasks import TaskRunner
from netzwerk_app.services.contacts import ContactDetails, ContactService


def plain_label(text: str = "", object_name: str = "") -> QLabel:
    """A label that never interprets markup: contact data is shown literally."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if object_name:
        label.setObjectName(object_name)
    return label


class ContactCard(QFrame):
    """The selected person at a glance (the editable contact page comes with the GUI issue)."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("contactCard")
        self.setMinimumWidth(300)
        self.setMaximumWidth(400)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 20, 20, 20)
        layout.setSpacing(6)
        self.name = plain_label(object_name="cardName")
        self.org = plain_label(object_name="cardOrg")
        self.reach = plain_label()
        self.met = plain_label()
        self.state = plain_label(object_name="cardMuted")
        self.empty = plain_label(self.tr("Select a person to see their card."), "cardMuted")
        for widget in (self.name, self.org, self.reach, self.met, self.state, self.empty):
            layout.addWidget(widget)
        layout.addStretch(1)
        self.show_details(None)

    def show_details(self, details: ContactDetails | None) -> None:
        has = details is not None
        for widget in (self.name, self.org, self.reach, self.met, self.state):
            widget.setVisible(has)
        self.empty.setVisible(not has)
        if details is None:
            return
        c = details.contact
        self.name.setText(c.display_name)
        self.org.setText(" · ".join(p for p in (c.title, c.organization) if p))
        reach = (
            [e.value for e in c.emails] + [p.value for p in c.phones] + [u.value for u in c.urls]
        )
        self.reach.setText("\n".join(reach))
        lines = [self.tr("Met at:")] if details.encounters else []
        for encounter, event in details.encounters[:5]:
            line = f"• {event.start.astimezone().strftime('%d.%m.%Y')} {event.title}"
            if encounter.pitch:
                line += f"\n   “{encounter.pitch}”"
            lines.append(line)
        self.met.setText("\n".join(lines))
        self.state.setText(self.tr("LinkedIn: {state}").format(state=state_label(c.linkedin_state)))


class ContactsView(QWidget):
    def __init__(self, service: ContactService, tasks: TaskRunner) -> None:
        super().__init__()
        self.service, self.tasks = service, tasks
        self.model = ContactTableModel(service, tasks.run)

        self.search = QLineEdit()
        self.search.setObjectName("searchField")
        self.search.setPlaceholderText(
            self.tr("Search names, companies, e-mails, pitches, notes …")
        )
        self.search.setClearButtonEnabled(True)
        self._debounce = QTimer(self, singleShot=True, interval=150)
        self._debounce.timeout.connect(lambda: self.model.reload(self.search.text()))
        self.search.textChanged.connect(lambda _text: self._debounce.start())

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.resizeSection(2, 100)
        header.resizeSection(3, 130)
        header.resizeSection(4, 140)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)

        self.empty = plain_label(
            self.tr(
                "No contacts yet.\n\nLog an event and the people you met, "
                "or import business cards (.vcf) from the File menu."
            ),
            "emptyState",
        )
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.no_hits = plain_label("", "emptyState")
        self.no_hits.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.list_stack = QStackedWidget()
        for widget in (self.table, self.empty, self.no_hits):
            self.list_stack.addWidget(widget)
        self.model.modelReset.connect(self._update_state)

        self.card = ContactCard()
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.search)
        left.addWidget(self.list_stack, 1)
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 16, 16, 16)
        row.setSpacing(16)
        row.addLayout(left, 3)
        row.addWidget(self.card, 2)

    def refresh(self) -> None:
        self.model.reload()

    def _update_state(self) -> None:
        if self.model.rows:
            self.list_stack.setCurrentWidget(self.table)
        elif self.model.query:
            self.no_hits.setText(
                self.tr("Nobody matches “{query}”.").format(query=self.model.query)
            )
            self.list_stack.setCurrentWidget(self.no_hits)
        else:
            self.list_stack.setCurrentWidget(self.empty)
        self.card.show_details(None)

    def _on_current(self, current: object, _previous: object) -> None:
        row = self.table.currentIndex().row()
        contact_id = self.model.contact_id(row)
        if contact_id is None:
            self.card.show_details(None)
            return
        service = self.service
        self.tasks.run(lambda: service.details(contact_id), self._show_if_current(contact_id))

    def _show_if_current(self, contact_id: int):  # type: ignore[no-untyped-def]
        def show(details: ContactDetails) -> None:
            if self.model.contact_id(self.table.currentIndex().row()) == contact_id:
                self.card.show_details(details)

        return show
