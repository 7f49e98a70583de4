"""Contacts: search field, the lazily loaded list and a read-only card of the selection."""

from __future__ import annotations

from netzwerk_app.app import AppContext
from netzwerk_app.gui.i18n import error_text
from netzwerk_app.gui.models.contacts_model import ContactTableModel
from netzwerk_app.gui.qt import (
    QAction,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QKeySequence,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QSplitter,
    QStackedWidget,
    Qt,
    QTimer,
    QToolButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from netzwerk_app.gui.tasks import TaskRunner
from netzwerk_app.gui.widgets.consistency_panel import plain as plain_label
from netzwerk_app.gui.widgets.duplicates_hint import DuplicatesHint
from netzwerk_app.gui.widgets.tables import row_table, selected_rows
from netzwerk_app.services.events import EventSummary


def empty_state(text: str = "") -> QLabel:
    """The centred text a page shows while it has nothing to list."""
    label = plain_label(text, "emptyState")
    label.setAlignment(Qt.AlignmentFlag.AlignCenter)
    return label


class ContactsView(QWidget):
    changed = Signal()
    export_requested = Signal(list)  # contact ids
    open_event = Signal(int)

    def __init__(self, ctx: AppContext, tasks: TaskRunner) -> None:
        super().__init__()
        from netzwerk_app.gui.views.contact_page import ContactPage

        self.service, self.events, self.tasks = ctx.contacts, ctx.events, tasks
        service = ctx.contacts
        self.model = ContactTableModel(
            service, tasks.run, by_surname=lambda: ctx.settings.sort_by_surname
        )
        self.duplicates_hint = DuplicatesHint(ctx.duplicates, tasks)

        self.search = QLineEdit()
        self.search.setObjectName("searchField")
        self.search.setPlaceholderText(
            self.tr("Search names, companies, e-mails, pitches, notes …")
        )
        self.search.setClearButtonEnabled(True)
        # 0 ms: keystrokes typed within one event-loop pass make a single query.
        self._debounce = QTimer(self, singleShot=True, interval=0)
        self._debounce.timeout.connect(self._search)
        self.search.textChanged.connect(lambda _text: self._debounce.start())

        self.table = row_table(self.model, multi=True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        header.resizeSection(4, 110)
        header.setMinimumSectionSize(60)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        self.table.selectionModel().selectionChanged.connect(self._update_bulk)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

        # Bulk actions on the selection (also in the context menu).
        self.tag_action = QAction(self.tr("Tag …"), self)
        self.tag_action.triggered.connect(self.tag_selected)
        self.event_action = QAction(self.tr("Add to event …"), self)
        self.event_action.triggered.connect(self.add_selected_to_event)
        self.export_action = QAction(self.tr("Export …"), self)
        self.export_action.triggered.connect(
            lambda: self.export_requested.emit(self.selected_ids())
        )
        self.delete_action = QAction(self.tr("Move to trash"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.triggered.connect(self.trash_selected)
        bulk = QHBoxLayout()
        self.selection_label = plain_label("", "cardMuted")
        # Long results ("Moved 3 people to the trash …") wrap; they never widen the list.
        self.selection_label.setWordWrap(True)
        bulk.addWidget(self.selection_label, 1)
        # One menu button keeps the list narrow enough to sit beside the contact card.
        self.bulk_menu = QMenu(self)
        for action in (self.tag_action, self.event_action, self.export_action, self.delete_action):
            self.table.addAction(action)
            self.bulk_menu.addAction(action)
        self.bulk_button = QToolButton()
        self.bulk_button.setText(self.tr("Actions"))
        self.bulk_button.setMenu(self.bulk_menu)
        self.bulk_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        bulk.addWidget(self.bulk_button)
        self.bulk_bar = QWidget()
        self.bulk_bar.setLayout(bulk)
        bulk.setContentsMargins(0, 0, 0, 0)

        self.empty = empty_state(
            self.tr(
                "No contacts yet.\n\nLog an event and the people you met, "
                "or import business cards (.vcf) from the File menu."
            )
        )
        self.no_hits = empty_state()
        self.list_stack = QStackedWidget()
        for widget in (self.table, self.empty, self.no_hits):
            self.list_stack.addWidget(widget)
        self.model.modelReset.connect(self._update_state)
        self.model.modelReset.connect(self._reselect_shown)
        self._update_bulk()

        self.page = ContactPage(ctx, tasks)
        self.page.contact_saved.connect(self._contact_saved)
        left = QVBoxLayout()
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(self.search)
        # Search results are grouped: matching events first (a few), then people.
        self.event_hits_label = plain_label("", "sectionTitle")
        self.event_hits = QListWidget()
        self.event_hits.setObjectName("plainList")
        self.event_hits.setMaximumHeight(96)
        self.event_hits.itemActivated.connect(
            lambda item: self.open_event.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.event_hits.itemClicked.connect(
            lambda item: self.open_event.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.people_label = plain_label(self.tr("People"), "sectionTitle")
        self.search_groups: tuple[QWidget, ...] = (
            self.event_hits_label,
            self.event_hits,
            self.people_label,
        )
        for group in self.search_groups:
            group.hide()
            left.addWidget(group)
        left.addWidget(self.duplicates_hint)
        left.addWidget(self.bulk_bar)
        left.addWidget(self.list_stack, 1)
        left_widget = QWidget()
        left_widget.setLayout(left)
        left.setContentsMargins(0, 0, 8, 0)
        # A splitter: the user decides how much room the list and the card get.
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left_widget)
        self.splitter.addWidget(self.page)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.splitterMoved.connect(lambda *_: self._fit_columns())
        self._split_done = False
        row = QHBoxLayout(self)
        row.setContentsMargins(16, 16, 16, 16)
        row.addWidget(self.splitter)

    # Below this width the list shows only name, organisation and last meeting;
    # relationship state and tags are on the contact's card anyway.
    WIDE_LIST = 760

    def showEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().showEvent(event)
        if not self._split_done:
            self._split_done = True
            QTimer.singleShot(0, self._initial_split)  # once the layout knows its width
        self._fit_columns()

    def _initial_split(self) -> None:
        # The card needs room for its form (German labels are long); the list the rest.
        total = sum(self.splitter.sizes())
        content = self.page.scroller.widget()
        form = (content.minimumSizeHint().width() if content else 640) + 40
        card = min(max(form, total // 2), total - 360)
        self.splitter.setSizes([total - card, card])
        self._fit_columns()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self._fit_columns()

    def _fit_columns(self) -> None:
        narrow = self.table.width() < self.WIDE_LIST
        for column in (3, 4):
            self.table.setColumnHidden(column, narrow)

    def refresh(self) -> None:
        self.model.reload()
        self.duplicates_hint.refresh()

    def flush(self) -> None:
        """Save the open card's pending edits (the main window calls this before it
        shows another page and when it closes)."""
        self.page.flush()

    # --- bulk actions ------------------------------------------------------------------

    def selected_ids(self) -> list[int]:
        return self.model.contact_ids(selected_rows(self.table))

    def _update_bulk(self, *_args: object) -> None:
        count = len(self.table.selectionModel().selectedRows())
        for action in (self.tag_action, self.event_action, self.export_action, self.delete_action):
            action.setEnabled(count > 0)
        self.bulk_button.setEnabled(count > 0)
        self.selection_label.setText(
            self.tr("%n selected", "", count)
            if count
            else self.tr("Select people for bulk actions")
        )

    def _after_bulk(self, message: str) -> None:
        self.selection_label.setText(message)
        self.refresh()
        self.changed.emit()

    def tag_selected(self) -> None:
        ids = self.selected_ids()
        tag, ok = QInputDialog.getText(
            self, self.tr("Tag"), self.tr("Tag for %n people:", "", len(ids))
        )
        if ok and tag.strip() and ids:
            service = self.service
            self.tasks.run(
                lambda: service.add_tag(ids, tag),
                lambda n: self._after_bulk(self.tr("Tagged %n people.", "", n)),
                lambda error: self.selection_label.setText(error_text(error)),
            )

    def add_selected_to_event(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        events = self.events
        self.tasks.run(events.list_events, lambda rows: self._choose_event(ids, rows))

    def _choose_event(self, ids: list[int], rows: list[EventSummary]) -> None:
        if not rows:
            self.selection_label.setText(self.tr("Create an event first."))
            return
        labels = [
            f"{r.event.start.astimezone().strftime('%d.%m.%Y')} – {r.event.title}" for r in rows
        ]
        label, ok = QInputDialog.getItem(
            self, self.tr("Add to event"), self.tr("Event:"), labels, 0, False
        )
        if not ok:
            return
        event_id = rows[labels.index(label)].event.id
        assert event_id is not None
        events = self.events

        def record() -> int:
            for contact_id in ids:
                events.record_encounter(event_id, contact_id)
            return len(ids)

        self.tasks.run(
            record, lambda n: self._after_bulk(self.tr("Added %n people to the event.", "", n))
        )

    def trash_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.page.flush()  # the open card's edits are saved before it goes
            service = self.service
            self.tasks.run(lambda: service.trash(ids), lambda n: self._trashed(ids, n))

    def _trashed(self, ids: list[int], count: int) -> None:
        if self.page.contact_id() in ids:
            self.page.clear()  # its card closes; the list keeps its room
        self._after_bulk(
            self.tr("Moved %n people to the trash. Restore them from the trash.", "", count)
        )

    def _search(self) -> None:
        text = self.search.text()
        self.model.reload(text)
        events = self.events
        if text.strip():
            self.tasks.run(lambda: events.search_events(text, limit=5), self._show_event_hits)
        else:
            self._show_event_hits([])

    def _show_event_hits(self, rows: list[EventSummary]) -> None:
        self.event_hits.clear()
        for row in rows:
            when = row.event.start.astimezone().strftime("%d.%m.%Y")
            network = f" · {row.network_name}" if row.network_name else ""
            item = QListWidgetItem(f"{when}  {row.event.title}{network}")
            item.setData(Qt.ItemDataRole.UserRole, row.event.id)
            self.event_hits.addItem(item)
        has = bool(rows)
        self.event_hits_label.setText(self.tr("Events (%n)", "", len(rows)))
        for group in self.search_groups:
            group.setVisible(has)

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

    def _on_current(self, current: object, _previous: object) -> None:
        contact_id = self.model.contact_id(self.table.currentIndex().row())
        if contact_id is not None and contact_id != self.page.contact_id():
            self.page.load(contact_id)

    def _reselect_shown(self) -> None:
        """After the list reloads (e.g. after a save), the open person stays selected."""
        shown = self.page.contact_id()
        if shown is None:
            return
        for row in range(self.model.rowCount()):
            if self.model.contact_id(row) == shown:
                self.table.selectRow(row)
                return

    def _contact_saved(self, _contact_id: int) -> None:
        self.model.reload()
        self.changed.emit()

    def show_contact(self, contact_id: int) -> None:
        """Open one person's page (from an event, the Today screen, a search)."""
        for row in range(self.model.rowCount()):
            if self.model.contact_id(row) == contact_id:
                self.table.selectRow(row)
                return
        self.page.load(contact_id)
