"""The main window: layout, actions and wiring — no queries, no business rules.

At start-up the window is built and shown before the database is open (nothing of
SQLAlchemy or the services is imported yet): its frame, sidebar, menus and a
"loading" Today page. ``attach(ctx)`` then makes it whole; until then every control
that needs the database is disabled, and files handed to it wait.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from netzwerk_app.gui.qt import (
    QAction,
    QHBoxLayout,
    QKeySequence,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSettings,
    QSize,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)
from netzwerk_app.gui.sync_scheduler import start_sync
from netzwerk_app.gui.tasks import TaskRunner
from netzwerk_app.gui.window_commands import WindowCommands

if TYPE_CHECKING:
    from netzwerk_app.app import AppContext
    from netzwerk_app.gui.dialogs.first_card_dialog import NameAsker
    from netzwerk_app.gui.views.contacts_view import ContactsView
    from netzwerk_app.gui.views.events_view import EventsView
    from netzwerk_app.gui.views.today_view import TodayView
    from netzwerk_app.gui.views.trash_view import TrashView
    from netzwerk_app.infra.paths import AppPaths


class MainWindow(WindowCommands):
    PAGE_TODAY, PAGE_EVENTS, PAGE_CONTACTS, PAGE_MY_CARD, PAGE_TRASH = range(5)

    def __init__(
        self,
        ctx: AppContext | None,
        tasks: TaskRunner,
        language: str = "en",
        paths: AppPaths | None = None,
    ) -> None:
        """``ctx=None`` (start-up): the window without its data; ``attach`` follows."""
        super().__init__()
        self.tasks, self.language = tasks, language
        if tasks.parent() is None:
            # Results that arrive after the window is gone must not reach its widgets:
            # with the window as parent, the relay dies with it and Qt drops them.
            tasks.setParent(self)
        self.setWindowTitle("Netzwerk")
        self.setMinimumSize(QSize(960, 600))
        self.setAcceptDrops(True)

        self._factories: dict[int, Callable[[], QWidget]] = {}
        self._views: dict[int, QWidget] = {}
        self._stale: set[int] = set()
        self._waiting_files: list[Path] = []  # handed over before the database was open
        self.name_asker: NameAsker | None = None  # set by the app: asks before a draft
        self.pages = QStackedWidget()
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(200)
        for title in (
            self.tr("Today"),
            self.tr("Events"),
            self.tr("Contacts"),
            self.tr("My card"),
            self.tr("Trash"),
        ):
            self.pages.addWidget(QWidget())
            QListWidgetItem(title, self.sidebar)
        # The Today page until its view is built: the database is being opened.
        # Centred by stretches, not by an alignment flag: nothing before the first paint
        # touches Qt's ``Qt`` namespace, which PySide6 takes ~20 ms to build.
        self.loading = QLabel(self.tr("Opening your contacts …"))
        self.loading.setObjectName("loading")
        centre = QHBoxLayout()
        centre.addStretch(1)
        centre.addWidget(self.loading)
        centre.addStretch(1)
        today_page = self.pages.widget(self.PAGE_TODAY)
        assert today_page is not None
        today = QVBoxLayout(today_page)
        today.addStretch(1)
        today.addLayout(centre)
        today.addStretch(1)
        self.sidebar.currentRowChanged.connect(self._show_page)

        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        self._bar_row = QHBoxLayout()  # the message bar's, from attach() on
        self._bar_row.setContentsMargins(16, 12, 16, 0)
        column.addLayout(self._bar_row)
        column.addWidget(self.pages, 1)
        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addLayout(column, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self.sidebar.setCurrentRow(self.PAGE_TODAY)
        data_dir = ctx.paths.data_dir if ctx is not None else paths.data_dir if paths else ""
        self.statusBar().showMessage(self.tr("Data folder: {path}").format(path=data_dir))
        self._restore_geometry()
        if ctx is not None:
            self.attach(ctx)
        else:
            self._enable(False)

    @property
    def ready(self) -> bool:
        """The database is open and the pages can be shown."""
        return bool(self._factories)

    def attach(self, ctx: AppContext) -> None:
        """The database is open: build the Today page, enable what needs the data, and
        import the files that were handed over meanwhile."""
        from netzwerk_app.gui.views.contacts_view import ContactsView
        from netzwerk_app.gui.views.events_view import EventsView
        from netzwerk_app.gui.views.today_view import TodayView
        from netzwerk_app.gui.views.trash_view import TrashView
        from netzwerk_app.gui.widgets.message_bar import MessageBar
        from netzwerk_app.infra.timezone import local_zone

        self.ctx, tasks, language = ctx, self.tasks, self.language
        # Every task that fails without its own handler says so here (tasks.failed).
        self.message_bar = MessageBar()
        tasks.failed.connect(self.message_bar.show_message)
        self._bar_row.addWidget(self.message_bar)
        zone = local_zone(ctx.settings.time_zone)
        # Pages are built when first shown: start-up pays only for the Today screen.
        self._factories = {
            self.PAGE_TODAY: lambda: TodayView(
                ctx.followups,
                ctx.events,
                ctx.stats,
                tasks,
                zone,
                language,
                ctx.calendar,
                settings_file=ctx.paths.settings_file,
            ),
            self.PAGE_EVENTS: lambda: EventsView(ctx.events, ctx.contacts, tasks),
            self.PAGE_CONTACTS: lambda: ContactsView(ctx, tasks),
            self.PAGE_MY_CARD: self._new_my_card_view,
            self.PAGE_TRASH: lambda: TrashView(ctx.contacts, ctx.privacy, tasks),
        }
        self._enable(True)
        self._show_page(self.sidebar.currentRow())
        self.sync_scheduler = start_sync(ctx, tasks, self.statusBar().showMessage, self)
        self.sync_scheduler.synced.connect(lambda _results: self.refresh())
        waiting, self._waiting_files = self._waiting_files, []
        if waiting:
            self.import_files(waiting)

    def _enable(self, ready: bool) -> None:
        self.sidebar.setEnabled(ready)
        for action in self.data_actions:
            action.setEnabled(ready)

    def import_files(self, files: list[Path]) -> None:
        if not self.ready:  # opened while the database is still opening: after that
            self._waiting_files.extend(files)
            return
        super().import_files(files)

    # --- menus -------------------------------------------------------------------------

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = QAction(text, self)
        action.triggered.connect(slot)
        if isinstance(shortcut, QKeySequence.StandardKey):
            # All of the platform's keys; and setShortcut(StandardKey) would build Qt's
            # ``Qt`` namespace (~20 ms) converting it, before the first paint.
            action.setShortcuts(shortcut)
        elif shortcut is not None:
            action.setShortcut(shortcut)
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.import_action = self._action(
            self.tr("&Import contacts …"), self.choose_import, QKeySequence.StandardKey.Open
        )
        file_menu.addAction(self.import_action)
        export = self._action(self.tr("&Export all contacts …"), lambda: self.export_contacts([]))
        file_menu.addAction(export)
        read_qr = self._action(self.tr("Read &QR code …"), self.read_qr_code)
        file_menu.addAction(read_qr)
        file_menu.addSeparator()
        backup = self._action(self.tr("Make a &backup now"), self.backup_now)
        file_menu.addAction(backup)
        settings = self._action(
            self.tr("&Settings …"), self.open_settings, QKeySequence.StandardKey.Preferences
        )
        file_menu.addAction(settings)
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        )

        find = self._action(self.tr("&Search"), self.focus_search, QKeySequence.StandardKey.Find)
        self.addAction(find)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(find)
        new_event = self._action(
            self.tr("&New event …"), self.new_event, QKeySequence.StandardKey.New
        )
        edit_menu.addAction(new_event)
        duplicates = self._action(self.tr("Possible &duplicates …"), self.review_duplicates)
        edit_menu.addAction(duplicates)
        # What needs the database: disabled while it opens (Quit and About never are).
        self.data_actions = [
            self.import_action,
            export,
            read_qr,
            backup,
            settings,
            find,
            new_event,
            duplicates,
        ]
        self.data_actions.append(self.add_scan_action(file_menu, read_qr))

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&Keyboard shortcuts"), self.show_shortcuts))
        help_menu.addAction(self._action(self.tr("&About Netzwerk"), self.about))

    def show_shortcuts(self) -> None:
        from netzwerk_app.gui.views.today_keys import ShortcutsDialog

        ShortcutsDialog(self).exec()

    # --- pages, built on first use ------------------------------------------------------

    def _new_my_card_view(self) -> QWidget:
        from netzwerk_app.gui.views.my_card_view import MyCardView

        return MyCardView(self.ctx, self.tasks)

    def _view(self, index: int) -> QWidget:
        view = self._views.get(index)
        if view is None:
            view = self._factories[index]()
            self._views[index] = view
            placeholder = self.pages.widget(index)
            current = self.pages.currentIndex()
            self.pages.insertWidget(index, view)
            if placeholder is not None:
                self.pages.removeWidget(placeholder)
                placeholder.deleteLater()
            self.pages.setCurrentIndex(current)
            self._wire(index, view)
            refresh = getattr(view, "refresh", None)
            if callable(refresh):
                refresh()  # a page shows its data from the moment it exists
        return view

    def _wire(self, index: int, view: QWidget) -> None:
        """Changes on one page refresh the others that show the same people."""
        page: Any = view
        if index == self.PAGE_EVENTS:
            page.open_contact.connect(self.show_contact)
            page.changed.connect(lambda: self._changed(self.PAGE_CONTACTS, self.PAGE_TODAY))
        elif index == self.PAGE_CONTACTS:
            page.changed.connect(lambda: self._changed(self.PAGE_TRASH, self.PAGE_TODAY))
            page.export_requested.connect(self.export_contacts)
            page.open_event.connect(self.show_event)
            page.duplicates_hint.review_requested.connect(self.review_duplicates)
        elif index == self.PAGE_TRASH:
            page.changed.connect(lambda: self._changed(self.PAGE_CONTACTS))
        elif index == self.PAGE_TODAY:
            page.open_contact.connect(self.show_contact)
            page.draft_ahead.connect(self._before_draft)

    def _before_draft(self) -> None:
        if self.name_asker is not None:
            self.name_asker.ask()

    def _changed(self, *indexes: int) -> None:
        if self.PAGE_CONTACTS in indexes:  # sync a short while after local changes
            self.sync_scheduler.local_change()
        for index in indexes:
            if index in self._views and self.pages.currentIndex() == index:
                self._refresh_page(index)
            else:
                self._stale.add(index)

    def _refresh_page(self, index: int) -> None:
        self._stale.discard(index)
        refresh = getattr(self._view(index), "refresh", None)
        if callable(refresh):
            refresh()

    @property
    def today_view(self) -> TodayView:
        return self._view(self.PAGE_TODAY)  # type: ignore[return-value]

    @property
    def events_view(self) -> EventsView:
        return self._view(self.PAGE_EVENTS)  # type: ignore[return-value]

    @property
    def contacts_view(self) -> ContactsView:
        return self._view(self.PAGE_CONTACTS)  # type: ignore[return-value]

    @property
    def my_card_view(self) -> QWidget:
        return self._view(self.PAGE_MY_CARD)

    @property
    def trash_view(self) -> TrashView:
        return self._view(self.PAGE_TRASH)  # type: ignore[return-value]

    def flush(self) -> None:
        """Every page saves what was typed and not yet saved."""
        for view in self._views.values():
            flush = getattr(view, "flush", None)
            if callable(flush):
                flush()

    def _show_page(self, row: int) -> None:
        if not self.ready:
            return  # attach() shows the page chosen meanwhile
        self.flush()
        fresh = row not in self._views
        self._view(row)
        self.pages.setCurrentIndex(row)
        # The contact list keeps its search and selection; other pages show fresh data.
        if not fresh and (row in self._stale or row != self.PAGE_CONTACTS):
            self._refresh_page(row)

    def refresh(self) -> None:
        """After imports and other bulk changes: every page that exists reloads its data."""
        for index in list(self._views):
            self._refresh_page(index)

    def focus_search(self) -> None:
        self.sidebar.setCurrentRow(self.PAGE_CONTACTS)
        self.contacts_view.search.setFocus()
        self.contacts_view.search.selectAll()

    def show_contact(self, contact_id: int) -> None:
        self.sidebar.setCurrentRow(self.PAGE_CONTACTS)
        self.contacts_view.show_contact(contact_id)

    def show_event(self, event_id: int) -> None:
        self.sidebar.setCurrentRow(self.PAGE_EVENTS)
        self.events_view.select_event(event_id)

    def new_event(self) -> None:
        self.sidebar.setCurrentRow(self.PAGE_EVENTS)
        self.events_view.new_event()

    def review_duplicates(self) -> None:
        from netzwerk_app.gui.dialogs.duplicates_dialog import DuplicatesDialog

        dialog = DuplicatesDialog(self.ctx.duplicates, self.tasks, self)
        dialog.changed.connect(
            lambda: self._changed(self.PAGE_CONTACTS, self.PAGE_TODAY, self.PAGE_EVENTS)
        )
        dialog.exec()

    def read_qr_code(self) -> None:
        from netzwerk_app.gui.dialogs.qr_read_dialog import QrReadDialog

        dialog = QrReadDialog(self.ctx.qr, self.ctx.events, self.tasks, self)
        dialog.added.connect(lambda _result: self.refresh())
        self.qr_read_dialog = dialog  # kept for tests and so it is not collected
        dialog.open()

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 780)

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        self.flush()  # pending edits go to the database before the window does
        self.tasks.wait()
        super().closeEvent(event)
