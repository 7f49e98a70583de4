"""Export contacts: where to, which format, photos, and — off by default — my notes.

An export is how people are passed on, so the file holds only their business cards
unless the user ticks the box that says what else would go along.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from netzwerk_app.gui.qt import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from netzwerk_app.services.export_service import ExportFormat

_SUFFIX: dict[ExportFormat, str] = {"vcard3": ".vcf", "vcard4": ".vcf", "csv": ".csv"}


@dataclass(frozen=True)
class ExportOptions:
    path: Path
    format: ExportFormat
    include_photos: bool
    include_private: bool


class ExportDialog(QDialog):
    def __init__(self, count: int, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export contacts"))
        self.setMinimumWidth(520)
        intro = (
            self.tr("Export %n contacts.", "", count)
            if count
            else self.tr("Export all contacts that are not in the trash.")
        )
        self.format = QComboBox()
        self.format.addItem(self.tr("vCard 3.0 (phones, Outlook, most programs)"), "vcard3")
        self.format.addItem(self.tr("vCard 4.0"), "vcard4")
        self.format.addItem(self.tr("CSV for spreadsheets"), "csv")
        self.path = QLineEdit(str(folder / "netzwerk-contacts.vcf"))
        choose = QPushButton(self.tr("Choose …"))
        choose.clicked.connect(self._choose)
        where = QHBoxLayout()
        where.addWidget(self.path, 1)
        where.addWidget(choose)
        self.photos = QCheckBox(self.tr("Include photos"))
        self.photos.setChecked(True)
        # A check box cannot wrap: the list of what it adds stands in the label below.
        self.private = QCheckBox(self.tr("Include my private notes"))
        self.private.setChecked(False)
        hint = QLabel(
            self.tr(
                "Private notes are encounters, pitches, consistency notes, follow-ups and "
                "the source note. Without them the file holds only the business cards — "
                "right for passing people on. With them it is a full copy for yourself, "
                "which Netzwerk reads back completely."
            )
        )
        hint.setObjectName("privateHint")
        self.private_hint = hint
        hint.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Format:"), self.format)
        form.addRow(self.tr("File:"), where)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(intro))
        layout.addLayout(form)
        layout.addWidget(self.photos)
        layout.addWidget(self.private)
        layout.addWidget(hint)
        layout.addWidget(self.buttons)
        self.format.currentIndexChanged.connect(self._suffix_to_format)

    def options(self) -> ExportOptions:
        return ExportOptions(
            Path(self.path.text().strip()).expanduser(),
            self.format.currentData(),
            self.photos.isChecked(),
            self.private.isChecked(),
        )

    def _suffix_to_format(self) -> None:
        text = self.path.text().strip()
        if text:
            self.path.setText(str(Path(text).with_suffix(_SUFFIX[self.format.currentData()])))

    def _choose(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export contacts"), self.path.text(), self.tr("All files (*)")
        )
        if name:
            self.path.setText(name)

    def _accept(self) -> None:
        if self.path.text().strip():
            self.accept()
