"""Shown over the waiting main window (before it has any data) when the database was
found damaged at start.

The damaged file is already set aside (services.recovery); here the user chooses:
restore the newest good backup, start with an empty database, or quit. Nothing is
restored without that choice.
"""

from __future__ import annotations

from pathlib import Path

from netzwerk_app.domain.errors import DatabaseRecoveryNeeded, NetzwerkError
from netzwerk_app.gui.i18n import error_text
from netzwerk_app.gui.qt import QMessageBox, QPushButton, Qt, QWidget
from netzwerk_app.infra.paths import AppPaths


class RecoveryDialog(QMessageBox):
    def __init__(self, problem: DatabaseRecoveryNeeded, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.problem = problem
        self.setIcon(QMessageBox.Icon.Warning)
        self.setWindowTitle(self.tr("Database damaged"))
        self.setTextFormat(Qt.TextFormat.PlainText)  # file names are shown, never rendered
        kept = str(problem.corrupt_copy)
        self.restore_button: QPushButton | None = None
        if problem.backup is not None:
            self.setText(
                self.tr(
                    "Your database file is damaged. It was kept unchanged as\n{kept}\n\n"
                    "The newest good backup is\n{backup}\n\nRestore it now?"
                ).format(kept=kept, backup=str(problem.backup))
            )
            self.restore_button = self.addButton(
                self.tr("Restore this backup"), QMessageBox.ButtonRole.AcceptRole
            )
        else:
            self.setText(
                self.tr(
                    "Your database file is damaged. It was kept unchanged as\n{kept}\n\n"
                    "There is no backup to restore."
                ).format(kept=kept)
            )
        self.empty_button = self.addButton(
            self.tr("Start with an empty database"), QMessageBox.ButtonRole.DestructiveRole
        )
        self.quit_button = self.addButton(self.tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        self.setDefaultButton(self.restore_button or self.quit_button)


def resolve(paths: AppPaths, problem: DatabaseRecoveryNeeded) -> bool:
    """Ask the user; restore if they say so. False when they chose to quit."""
    from netzwerk_app.app import open_app

    dialog = RecoveryDialog(problem)
    dialog.exec()
    clicked = dialog.clickedButton()
    if clicked is dialog.quit_button or clicked is None:
        return False
    # The damaged file is aside: this makes a fresh database, restored into or empty.
    ctx = open_app(paths, recovering=True)
    if dialog.restore_button is not None and clicked is dialog.restore_button:
        assert isinstance(problem.backup, Path)
        try:
            ctx.backups.restore(problem.backup)
        except NetzwerkError as error:
            failed = QMessageBox(
                QMessageBox.Icon.Critical, dialog.tr("Restore failed"), error_text(error)
            )
            failed.setTextFormat(Qt.TextFormat.PlainText)
            failed.exec()
            return False
        finally:
            ctx.close()
    else:
        ctx.close()
    return True
