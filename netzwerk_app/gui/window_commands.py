"""What the File and Help menus do: import (chosen or dropped files), export, a backup
now, settings and About; the base of ``MainWindow``, which lays them out and wires them.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from netzwerk_app import __version__
from netzwerk_app.domain.errors import NetzwerkError
from netzwerk_app.gui import qt
from netzwerk_app.gui.i18n import error_text
from netzwerk_app.gui.qt import QMainWindow, QWidget
from netzwerk_app.gui.tasks import TaskRunner

if TYPE_CHECKING:  # the dialogs and services load when a command is first used
    from netzwerk_app.app import AppContext
    from netzwerk_app.gui.dialogs.export_dialog import ExportOptions
    from netzwerk_app.gui.widgets.message_bar import MessageBar
    from netzwerk_app.services.events import EventSummary

IMPORTABLE = (".vcf", ".vcard", ".csv")
CARD_PHOTOS = (".jpg", ".jpeg", ".png", ".webp", ".heic", ".heif", ".tif", ".tiff", ".bmp")


class WindowCommands(QMainWindow):
    """The menu commands that open dialogs or run a task; they need ``ctx``, ``tasks``,
    ``message_bar`` and ``refresh`` from the window."""

    ctx: AppContext
    tasks: TaskRunner
    message_bar: MessageBar

    refresh: Callable[[], None]  # MainWindow's: reload the pages that are shown

    # --- import and export -------------------------------------------------------------

    def choose_import(self) -> None:
        names, _ = qt.QFileDialog.getOpenFileNames(
            self,
            self.tr("Import contacts"),
            str(Path.home()),
            self.tr("Business cards and lists (*.vcf *.vcard *.csv);;All files (*)"),
        )
        if names:
            self.import_files([Path(n) for n in names])

    def import_files(self, files: list[Path]) -> None:
        events = self.ctx.events
        self.tasks.run(events.list_events, lambda rows: self._open_import(files, rows))

    def _open_import(self, files: list[Path], events: list[EventSummary]) -> None:
        from netzwerk_app.gui.dialogs.import_dialog import ImportDialog

        dialog = ImportDialog(self.ctx.importer, self.tasks, files, events, self)
        dialog.finished_import.connect(lambda _result: self.refresh())
        self.import_dialog = dialog  # kept for tests and so it is not collected
        dialog.open()

    def export_contacts(self, contact_ids: list[int]) -> None:
        from netzwerk_app.gui.dialogs.export_dialog import ExportDialog

        dialog = ExportDialog(len(contact_ids), Path.home(), self)
        dialog.accepted.connect(lambda: self._export(contact_ids, dialog.options()))
        self.export_dialog = dialog  # kept for tests and so it is not collected
        dialog.open()

    def _export(self, contact_ids: list[int], options: ExportOptions) -> None:
        exporter = self.ctx.exporter
        self.statusBar().showMessage(self.tr("Exporting …"))
        self.tasks.run(
            lambda: exporter.export(
                options.path,
                options.format,
                contact_ids or None,
                include_photos=options.include_photos,
                include_private=options.include_private,
            ),
            lambda result: self.statusBar().showMessage(
                self.tr("Exported %n contacts to {path}", "", result.count).format(path=result.path)
            ),
            self.show_problem,
        )

    def dragEnterEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if self._dropped_files(event):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        files = self._dropped_files(event)
        if files:
            event.acceptProposedAction()
            cards = [f for f in files if f.suffix.lower() not in IMPORTABLE]
            if len(cards) < len(files):
                self.import_files([f for f in files if f.suffix.lower() in IMPORTABLE])
            if cards:  # photos of paper business cards
                self.scan_cards(cards)

    @staticmethod
    def _dropped_files(event) -> list[Path]:  # type: ignore[no-untyped-def]
        mime = event.mimeData()
        if not mime.hasUrls():
            return []
        return [
            Path(u.toLocalFile())
            for u in mime.urls()
            if u.isLocalFile() and u.toLocalFile().lower().endswith(IMPORTABLE + CARD_PHOTOS)
        ]

    # --- paper business cards -----------------------------------------------------------

    def add_scan_action(self, menu: qt.QMenu, before: qt.QAction) -> qt.QAction:
        """File → Scan business cards … (Ctrl+Shift+K), placed before ``before``."""
        action = qt.QAction(self.tr("S&can business cards …"), self)
        # setShortcuts: setShortcut would build Qt's ``Qt`` namespace before the first paint.
        action.setShortcuts([qt.QKeySequence("Ctrl+Shift+K")])
        action.triggered.connect(lambda: self.scan_cards([]))
        menu.insertAction(before, action)
        self.scan_action = action
        return action

    def scan_cards(self, photos: list[Path]) -> None:
        """The review of a stack of card photos; ``photos`` empty: the user chooses."""
        if not getattr(self, "ctx", None):
            return  # the database is still opening; the action is disabled meanwhile
        from netzwerk_app.gui.dialogs.scan_dialog import ScanDialog

        dialog = ScanDialog(self.ctx.card_scan, self.ctx.events, self.tasks, self)
        dialog.stored.connect(self.refresh)
        dialog.show_contacts.connect(self._show_scanned)
        self.scan_dialog = dialog  # kept for tests and so it is not collected
        dialog.open()
        if photos:
            dialog.read(photos)

    def _show_scanned(self, contact_ids: list[int]) -> None:
        show_contact = getattr(self, "show_contact", None)
        if contact_ids and callable(show_contact):
            show_contact(contact_ids[0])

    # --- settings, backups, about -------------------------------------------------------

    def open_settings(self) -> None:
        from netzwerk_app.gui.dialogs.settings_dialog import SettingsDialog
        from netzwerk_app.infra.settings import save_settings

        dialog = SettingsDialog(
            self.ctx.settings, self.ctx.paths.data_dir, self.ctx.backups, self.tasks, self,
            open_sync=self.open_sync,
        )  # fmt: skip
        if dialog.exec():
            new = dialog.values()
            language_changed = new.language != self.ctx.settings.language
            try:
                save_settings(self.ctx.paths.settings_file, new)
            except NetzwerkError as error:  # disk full, read-only folder: old ones stay
                self.show_problem(error)
                return
            self.ctx.settings.__dict__.update(new.__dict__)  # services read the same object
            if language_changed:
                self.statusBar().showMessage(self.tr("The new language is used after a restart."))
            self.refresh()

    def open_sync(self, parent: QWidget) -> None:
        """Settings → Sync: CardDAV accounts, sync now, conflicts to review."""
        from netzwerk_app.gui.dialogs.sync_dialog import SyncDialog
        from netzwerk_app.sync.engine import SyncService

        SyncDialog(SyncService(self.ctx.db, self.ctx.clock), self.tasks, parent).exec()
        self.refresh()

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
        self.message_bar.show_message(error_text(error))

    def about(self) -> None:
        qt.QMessageBox.about(
            self,
            self.tr("About Netzwerk"),
            self.tr(
                "Netzwerk {version}\nContacts, events and follow-ups for people "
                "who network in person."
            ).format(version=__version__),
        )
