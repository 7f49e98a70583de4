"""Roster capture: the evening after an event, one person every few seconds.

Type a name, Tab, a one-line pitch, Enter — the person is added and the cursor is
back in the name field. Known contacts are suggested while typing; a known person
keeps the same rhythm: Down highlights a suggestion (the cursor stays in the name
field), Enter picks it and moves to the pitch, Enter adds. Salutation and Sie/Du
can be set in the same row (Sie/Du starts at the event's network default).
"""

from __future__ import annotations

from typing import Any

from netzwerk_app.domain.errors import NetzwerkError
from netzwerk_app.domain.model import AddressForm, Contact, Encounter, Salutation
from netzwerk_app.domain.text import fold
from netzwerk_app.gui.i18n import error_text
from netzwerk_app.gui.models.rows import RowTableModel
from netzwerk_app.gui.qt import (
    QAbstractItemView,
    QComboBox,
    QEvent,
    QHBoxLayout,
    QHeaderView,
    QKeyEvent,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QModelIndex,
    QPersistentModelIndex,
    QPushButton,
    Qt,
    QTableView,
    QVBoxLayout,
    QWidget,
    Signal,
)
from netzwerk_app.gui.tasks import TaskRunner
from netzwerk_app.services.contacts import ContactService
from netzwerk_app.services.events import EventService

Index = QModelIndex | QPersistentModelIndex


class EncounterTableModel(RowTableModel[tuple[Encounter, Contact]]):
    """The people met at one event, in the order they were captured."""

    def titles(self) -> tuple[str, ...]:
        return (self.tr("Name"), self.tr("Pitch"), self.tr("Organisation"))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.row_at(index)
        if row is None:
            return None
        encounter, contact = row
        if role == Qt.ItemDataRole.DisplayRole:
            return (contact.display_name, encounter.pitch, contact.organization)[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return contact.id
        return None


class RosterCapture(QWidget):
    """Entry row + table of the people met at ``event_id``."""

    person_added = Signal(int)  # contact id
    open_contact = Signal(int)

    def __init__(self, events: EventService, contacts: ContactService, tasks: TaskRunner) -> None:
        super().__init__()
        self.events, self.contacts, self.tasks = events, contacts, tasks
        self.event_id: int | None = None
        self._known: dict[str, int] = {}  # suggestion text -> contact id
        self._by_name: dict[str, list[int]] = {}
        self._folded: list[tuple[str, str]] = []

        self.name = QLineEdit()
        self.name.setObjectName("rosterName")
        self.name.setPlaceholderText(self.tr("Name"))
        self.pitch = QLineEdit()
        self.pitch.setObjectName("rosterPitch")
        self.pitch.setPlaceholderText(self.tr("What they do, in one line"))
        self.salutation = QComboBox()
        self.salutation.setObjectName("rosterSalutation")
        for text, value in (
            (self.tr("No salutation"), Salutation.NONE),
            (self.tr("Ms"), Salutation.FRAU),
            (self.tr("Mr"), Salutation.HERR),
        ):
            self.salutation.addItem(text, value)
        self.address_form = QComboBox()
        self.address_form.setObjectName("rosterAddressForm")
        self.address_form.addItem(self.tr("Sie/Du: default"), None)
        self.address_form.addItem(self.tr("Sie"), AddressForm.SIE)
        self.address_form.addItem(self.tr("Du"), AddressForm.DU)
        self._default_form: AddressForm | None = None
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setAutoDefault(False)
        # Suggestions live in the layout, not in a popup: a popup would swallow Tab.
        self.matches = QListWidget()
        self.matches.setObjectName("rosterMatches")
        self.matches.setMaximumHeight(84)
        self.matches.hide()
        self.matches.itemActivated.connect(self._choose_match)
        self.matches.itemClicked.connect(self._choose_match)
        self.name.textEdited.connect(self._update_matches)
        for widget in (self.name, self.salutation, self.address_form):
            widget.installEventFilter(self)
        self.name.returnPressed.connect(self._name_entered)
        self.pitch.returnPressed.connect(self.add_person)
        self.add_button.clicked.connect(self.add_person)
        self.hint = QLabel(
            self.tr("Name, Tab, a line about them, Enter. Known people are suggested.")
        )
        self.hint.setObjectName("cardMuted")
        self.hint.setTextFormat(Qt.TextFormat.PlainText)
        self.hint.setWordWrap(True)

        self.model = EncounterTableModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self._open)
        self.table.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab stays in the entry row

        entry = QHBoxLayout()
        entry.addWidget(self.name, 2)
        entry.addWidget(self.pitch, 3)
        entry.addWidget(self.add_button)
        # How to address them, under the name: the entry row keeps its room for typing.
        forms = QHBoxLayout()
        forms.addWidget(self.salutation)
        forms.addWidget(self.address_form)
        forms.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(entry)
        layout.addLayout(forms)
        layout.addWidget(self.matches)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        self.setTabOrder(self.name, self.pitch)
        self.setTabOrder(self.pitch, self.salutation)
        self.setTabOrder(self.salutation, self.address_form)
        self.setTabOrder(self.address_form, self.add_button)

    def set_event(
        self,
        event_id: int | None,
        rows: list[tuple[Encounter, Contact]],
        default_form: AddressForm | None = None,
    ) -> None:
        """Show the event's people; ``default_form`` is its network's Sie/Du, if set."""
        self.event_id = event_id
        self._default_form = default_form
        self.model.set_rows(rows)
        self.name.clear()
        self.pitch.clear()
        self._reset_forms()
        self.setEnabled(event_id is not None)
        if event_id is not None:  # suggestions are needed only once an event is open
            contacts = self.contacts
            self.tasks.run(contacts.name_index, self._set_suggestions)

    def _set_suggestions(self, index: list[tuple[int, str, str]]) -> None:
        self._known = {}
        self._by_name = {}
        for contact_id, name, org in index:
            self._known[f"{name} – {org}" if org else name] = contact_id
            self._by_name.setdefault(fold(name), []).append(contact_id)
        self._folded = sorted((fold(key), key) for key in self._known)

    def _update_matches(self, text: str) -> None:
        needle = fold(text.strip())
        self.matches.clear()
        if len(needle) >= 2:
            hits = [key for folded, key in self._folded if needle in folded][:3]
            self.matches.addItems(hits)
        self.matches.setVisible(self.matches.count() > 0)

    def _reset_forms(self) -> None:
        self.salutation.setCurrentIndex(0)
        self.address_form.setCurrentIndex(max(0, self.address_form.findData(self._default_form)))

    def eventFilter(self, watched: object, event: object) -> bool:
        if not isinstance(event, QKeyEvent) or event.type() != QEvent.Type.KeyPress:
            return super().eventFilter(watched, event)  # type: ignore[arg-type]
        key = event.key()
        if (
            watched is self.name
            and key in (Qt.Key.Key_Down, Qt.Key.Key_Up)
            and self.matches.count()
        ):
            # The highlight moves; the cursor stays in the name field, typing goes on.
            step = 1 if key == Qt.Key.Key_Down else -1
            row = self.matches.currentRow() + step
            self.matches.setCurrentRow(min(max(row, -1), self.matches.count() - 1))
            return True
        if watched is self.name and key == Qt.Key.Key_Escape and self.matches.isVisible():
            self.matches.hide()
            return True
        if watched in (self.salutation, self.address_form) and key in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        ):
            self.add_person()  # Enter adds from anywhere in the row
            return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def _choose_match(self, item: QListWidgetItem) -> None:
        self.name.setText(item.text())
        self.matches.clear()
        self.matches.hide()
        self.pitch.setFocus()

    def _name_entered(self) -> None:
        item = self.matches.currentItem() if self.matches.isVisible() else None
        if item is not None and item.isSelected():
            self._choose_match(item)  # Enter picks the highlighted suggestion
            return
        self.pitch.setFocus()

    def _known_id(self, text: str) -> int | None:
        """A chosen suggestion, or an exact name that only one known person has."""
        if text in self._known:
            return self._known[text]
        same = self._by_name.get(fold(text), [])
        return same[0] if len(same) == 1 else None

    def add_person(self) -> None:
        if self.event_id is None:
            return
        text = self.name.text().strip()
        if not text:
            self.name.setFocus()
            return
        known = self._known_id(text)
        name, pitch, event_id = text, self.pitch.text(), self.event_id
        salutation: Salutation | None = self.salutation.currentData()
        form: AddressForm | None = self.address_form.currentData()
        if known is not None:  # untouched choices leave a known person's as they are
            salutation = None if salutation == Salutation.NONE else salutation
            form = None if form == self._default_form else form
        events = self.events

        def capture() -> list[tuple[Encounter, Contact]]:
            events.capture_person(event_id, name, pitch, known, salutation, form)
            return events.event(event_id).encounters

        self.name.clear()
        self.pitch.clear()
        self._reset_forms()
        self.matches.clear()
        self.matches.hide()
        self.name.setFocus()
        self.tasks.run(capture, lambda rows: self._captured(rows, event_id), self._failed)

    def flush(self) -> None:
        """Add the person typed and not added yet (the page is about to show something else)."""
        if self.event_id is not None and self.name.text().strip():
            self.add_person()

    def _captured(self, rows: list[tuple[Encounter, Contact]], event_id: int) -> None:
        if event_id == self.event_id:  # not when added on the way to another event
            self.model.set_rows(rows)
            self.table.scrollToBottom()
        if rows:
            contact_id = rows[-1][1].id
            if contact_id is not None:
                self.person_added.emit(contact_id)
        contacts = self.contacts
        self.tasks.run(contacts.name_index, self._set_suggestions)

    def _failed(self, error: NetzwerkError) -> None:
        self.hint.setText(error_text(error))
        self.tasks.failed.emit(error_text(error))  # also when another event is shown by now

    def _open(self, index: QModelIndex) -> None:
        contact_id = self.model.data(index, Qt.ItemDataRole.UserRole)
        if contact_id is not None:
            self.open_contact.emit(contact_id)
