"""Import business cards (.vcf) and CSV files: choose, watch the progress, read the result.

The import runs in the database worker; progress arrives by a queued signal and
Cancel is a flag the service checks between cards, so the window stays responsive.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path

from netzwerk_app.domain.errors import NetzwerkError
from netzwerk_app.gui.dialogs import import_texts
from netzwerk_app.gui.i18n import error_text
from netzwerk_app.gui.qt import (
    QComboBox,
    QCoreApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QObject,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from netzwerk_app.gui.tasks import TaskRunner
from netzwerk_app.services.events import EventSummary
from netzwerk_app.services.importing.results import ImportResult
from netzwerk_app.services.importing.service import ImportService


class _ProgressRelay(QObject):
    progress = Signal(int, int)


def summary_text(result: ImportResult, tr: Callable[[str], str] | None = None) -> str:
    """The result in plain words, failures with file, line and reason (``tr``: for a test
    that wants the English sentences; by default the user's language)."""

    def translate(context: str, text: str, _d: str | None = None, n: int = -1) -> str:
        if tr is not None:
            return tr(text).replace("%n", str(n))
        return QCoreApplication.translate(context, text, None, n)

    lines = [
        translate("ImportDialog", "Imported: {n}").format(n=len(result.imported)),
        translate("ImportDialog", "Merged with existing contacts: {n}").format(
            n=len(result.merged)
        ),
        translate("ImportDialog", "Skipped (already there): {n}").format(n=len(result.skipped)),
        translate("ImportDialog", "Could not be read: {n}").format(n=len(result.failed)),
    ]
    for found, text in (
        (result.linkedin_updated, translate("ImportDialog", "LinkedIn connections confirmed: {n}")),
        (
            result.linkedin_new,
            translate("ImportDialog", "LinkedIn connections not in your contacts yet: {n}"),
        ),
        (
            result.possible_duplicates,
            translate("ImportDialog", "Possible duplicates to review: {n}"),
        ),
    ):
        if found:
            lines.append(text.format(n=len(found)))
    if result.cancelled:
        lines.append(
            translate("ImportDialog", "The import was cancelled; files already finished are kept.")
        )
    for failure in result.failed:
        where = f"{failure.file}, " + translate("ImportDialog", "line {line}").format(
            line=failure.line
        )
        who = f" ({failure.name})" if failure.name else ""
        if failure.problem is not None:
            reason = error_text(failure.problem)
        else:
            reason = failure.reason if tr is not None else import_texts.sentence(failure.reason)
        lines.append(f"• {where}{who}: {reason}")
    for skipped in result.skipped[:50]:
        lines.append(
            "• "
            + translate("ImportDialog", "{name}: already known as {existing} ({reason})").format(
                name=skipped.name,
                existing=f"#{skipped.existing_id} {skipped.existing_name}",
                reason=skipped.reason
                if tr is not None
                else import_texts.skipped_reason(
                    skipped.reason, skipped.existing_id, skipped.existing_name
                ),
            )
        )
    for warning in result.warnings[:50]:
        lines.append("• " + (warning if tr is not None else import_texts.warning(warning)))
    return "\n".join(lines)


class ImportDialog(QDialog):
    finished_import = Signal(object)  # ImportResult

    def __init__(
        self,
        importer: ImportService,
        tasks: TaskRunner,
        files: list[Path],
        events: list[EventSummary],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.importer, self.tasks, self.files = importer, tasks, files
        self.result_data: ImportResult | None = None
        self._cancel = threading.Event()
        self.setWindowTitle(self.tr("Import contacts"))
        self.setMinimumWidth(560)

        names = QLabel("\n".join(p.name for p in files))
        names.setTextFormat(Qt.TextFormat.PlainText)
        names.setWordWrap(True)
        self.policy = QComboBox()
        self.policy.addItem(self.tr("Skip people I already have"), "skip")
        self.policy.addItem(self.tr("Merge them into the existing contact"), "merge")
        self.policy.addItem(self.tr("Keep both"), "keep-both")
        self.event_choice = QComboBox()
        self.event_choice.addItem(self.tr("No event"), None)
        for row in events:
            label = f"{row.event.start.astimezone().strftime('%d.%m.%Y')} {row.event.title}"
            self.event_choice.addItem(label, row.event.id)
        form = QFormLayout()
        form.addRow(self.tr("Files"), names)
        form.addRow(self.tr("Duplicates"), self.policy)
        form.addRow(self.tr("Met at"), self.event_choice)

        self.progress = QProgressBar()
        self.progress.setRange(0, 0)
        self.progress.hide()
        self.report = QPlainTextEdit()
        self.report.setReadOnly(True)
        self.report.hide()
        self.start_button = QPushButton(self.tr("Import"))
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.buttons = QDialogButtonBox()
        self.buttons.addButton(self.start_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.clicked.connect(self._cancel_clicked)
        self.add_linkedin_button = QPushButton(self.tr("Add them as contacts"))
        self.add_linkedin_button.hide()
        self.add_linkedin_button.clicked.connect(self.add_linkedin_people)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.report, 1)
        layout.addWidget(self.add_linkedin_button)
        layout.addWidget(self.buttons)
        self._relay = _ProgressRelay(self)
        self._relay.progress.connect(self._on_progress)

    def start(self) -> None:
        self.start_button.setEnabled(False)
        self.policy.setEnabled(False)
        self.event_choice.setEnabled(False)
        self.progress.show()
        importer, files, cancel, relay = self.importer, self.files, self._cancel, self._relay
        policy, event_id = self.policy.currentData(), self.event_choice.currentData()
        self.tasks.run(
            lambda: importer.import_files(
                files,
                on_duplicate=policy,
                event_id=event_id,
                on_progress=relay.progress.emit,  # queued into the GUI thread
                should_cancel=cancel.is_set,
            ),
            self._done,
            self._failed,
        )

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _cancel_clicked(self) -> None:
        if self.start_button.isEnabled() or self.result_data is not None:
            self.reject()
        else:
            self._cancel.set()
            self.cancel_button.setEnabled(False)

    def _done(self, result: ImportResult) -> None:
        self.result_data = result
        self.progress.hide()
        self.report.setPlainText(summary_text(result))
        self.report.show()
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Close"))
        self.start_button.hide()
        self.add_linkedin_button.setVisible(bool(result.linkedin_new))
        self.finished_import.emit(result)

    def _failed(self, error: NetzwerkError) -> None:
        self.progress.hide()
        self.report.setPlainText(error_text(error))
        self.report.show()
        self.cancel_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Close"))
        self.start_button.hide()

    def add_linkedin_people(self) -> None:
        if self.result_data is None:
            return
        candidates, importer = self.result_data.linkedin_new, self.importer
        self.add_linkedin_button.setEnabled(False)
        self.tasks.run(
            lambda: importer.add_linkedin_contacts(candidates),
            self._linkedin_added,
            self._failed,
        )

    def _linkedin_added(self, added: ImportResult) -> None:
        self.report.appendPlainText(self.tr("Added %n contact(s).", "", len(added.imported)))
        self.finished_import.emit(added)
