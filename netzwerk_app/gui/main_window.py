"""The main window: layout, actions and wiring — no queries, no business rules."""

from __future__ import annotations

from netzwerk_app import __version__
from netzwerk_app.app import AppContext
from netzwerk_app.domain.errors import NetzwerkError
from netzwerk_app.gui.qt import (
    QAction,
    QHBoxLayout,
    QKeySequence,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSettings,
    QSize,
    QStackedWidget,
    Qt,
    QWidget,
)
from netzwerk_app.gui.tasks import TaskRunner
from netzwerk_app.gui.views.contacts_view import ContactsView
from netzwerk_app.gui.views.events_view import EventsView


class MainWindow(QMainWindow):
    def __init__(self, ctx: AppContext, tasks: TaskRunner) -> None:
        super().__init__()
        self.ctx, self.tasks = ctx, tasks
        self.setWindowTitle("Netzwerk")
        self.setMinimumSize(QSize(900, 560))

        self.contacts_view = ContactsView(ctx.contacts, tasks)
        self.events_view = EventsView(ctx.events, ctx.contacts, tasks)
        self.pages = QStackedWidget()
        self.sidebar = QListWidget()
        self.sidebar.setObjectName("sidebar")
        self.sidebar.setFixedWidth(190)
        for title, page in (
            (self.tr("Contacts"), self.contacts_view),
            (self.tr("Events"), self.events_view),
        ):
            self.pages.addWidget(page)
            QListWidgetItem(title, self.sidebar)
        self.sidebar.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.sidebar.setCurrentRow(0)

        central = QWidget()
        row = QHBoxLayout(central)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        row.addWidget(self.sidebar)
        row.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self._build_menus()
        self.statusBar().showMessage(self.tr("Data folder: {path}").format(path=ctx.paths.data_dir))
        self._restore_geometry()

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        backup = QAction(self.tr("Make a &backup now"), self)
        backup.triggered.connect(self.backup_now)
        file_menu.addAction(backup)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        find = QAction(self.tr("&Search"), self)
        find.setShortcut(QKeySequence.StandardKey.Find)
        find.triggered.connect(self.focus_search)
        self.addAction(find)
        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        edit_menu.addAction(find)

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about = QAction(self.tr("&About Netzwerk"), self)
        about.triggered.connect(self.about)
        help_menu.addAction(about)

    def refresh(self) -> None:
        self.contacts_view.refresh()
        self.events_view.refresh()

    def focus_search(self) -> None:
        self.sidebar.setCurrentRow(0)
        self.contacts_view.search.setFocus()
        self.contacts_view.search.selectAll()

    def backup_now(self) -> None:
        backups = self.ctx.backups
        self.statusBar().showMessage(self.tr("Making a backup …"))
        self.tasks.run(
            backups.backup_now,
            lambda path: self.statusBar().showMessage(
                self.tr("Backup saved and verified: {path}").format(path=path)
            ),
            self.show_problem,
        )

    def show_problem(self, error: NetzwerkError) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, "Netzwerk", str(error), parent=self)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.open()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Netzwerk"),
            self.tr(
                "Netzwerk {version}\nContacts, events and follow-ups for people "
                "who network in person."
            ).format(version=__version__),
        )

    def _restore_geometry(self) -> None:
        geometry = QSettings().value("main_window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1180, 720)

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        QSettings().setValue("main_window/geometry", self.saveGeometry())
        self.tasks.wait()
        super().closeEvent(event)
