"""Show a card as a QR code: tick the fields, see the version, export, present.

Encoding a card takes a few milliseconds, so it happens right here when a box is
ticked; saving files goes through the worker.
"""

from __future__ import annotations

from pathlib import Path

from netzwerk_app.domain.errors import NetzwerkError
from netzwerk_app.gui.i18n import error_text
from netzwerk_app.gui.qt import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
)
from netzwerk_app.gui.tasks import TaskRunner
from netzwerk_app.gui.widgets.consistency_panel import plain
from netzwerk_app.gui.widgets.qr_code_widget import QrCodeWidget
from netzwerk_app.gui.widgets.tables import show_line
from netzwerk_app.interchange.qr import ALL_FIELDS, CardData, QrCode, QrField
from netzwerk_app.services.qr import QrService, profile_url


class PresentationWindow(QWidget):
    """Full screen, white, a wide quiet zone, the name under the code; Esc closes.

    For a laptop turned towards the other person: nothing else on the screen.
    """

    def __init__(self, code: QrCode, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("qrPresentation")
        self.setWindowTitle(name or "Netzwerk")
        self.setAutoFillBackground(True)
        self.setStyleSheet(
            "#qrPresentation { background: white; }"
            "#qrPresentationName { color: black; font-size: 28pt; font-weight: 600; }"
            "#qrPresentationHint { color: #6b6b6b; font-size: 10pt; }"  # 5.3:1 on white
        )
        self.code_widget = QrCodeWidget(quiet_zone=8)
        self.code_widget.set_code(code)
        self.name = plain(name, "qrPresentationName", selectable=False)
        self.name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint = plain(self.tr("Esc closes"), "qrPresentationHint", selectable=False)
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(40, 32, 40, 24)
        layout.setSpacing(12)
        layout.addWidget(self.code_widget, 1)
        layout.addWidget(self.name)
        layout.addWidget(hint)

    def keyPressEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if event.key() == Qt.Key.Key_Escape:
            self.close()
            return
        super().keyPressEvent(event)

    def mouseDoubleClickEvent(self, _event) -> None:  # type: ignore[no-untyped-def]
        self.close()


class QrDialog(QDialog):
    """``QrDialog(qr, tasks, card, title)``: the code of my card or of a contact."""

    def __init__(
        self,
        qr: QrService,
        tasks: TaskRunner,
        card: CardData,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.qr, self.tasks, self.card = qr, tasks, card
        self.setObjectName("qrDialog")
        self.setWindowTitle(title)
        self.code: QrCode | None = None
        self.presentation: PresentationWindow | None = None

        self.code_widget = QrCodeWidget()
        self.code_widget.setMinimumSize(300, 300)
        self.version = plain(object_name="cardMuted", selectable=False)
        self.warning = plain(object_name="pageError")
        self.warning.hide()
        self.status = plain(object_name="pageStatus", selectable=False)

        labels: dict[QrField, str] = {
            "name": self.tr("Name"),
            "organization": self.tr("Organisation"),
            "title": self.tr("Job title"),
            "phone": self.tr("Phone"),
            "email": self.tr("E-mail"),
            "website": self.tr("Website"),
            "linkedin": self.tr("LinkedIn URL"),
            "xing": self.tr("XING URL"),
        }
        self.boxes: dict[QrField, QCheckBox] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        for index, field in enumerate(ALL_FIELDS):
            box = QCheckBox(labels[field])
            box.setObjectName(f"qr_{field}")
            has = card.has(field)
            box.setChecked(has)
            box.setEnabled(has)
            box.toggled.connect(self.update_code)
            self.boxes[field] = box
            grid.addWidget(box, index // 2, index % 2)
        self.url_only = QCheckBox(self.tr("Only the profile URL (a smaller code)"))
        self.url_only.setObjectName("qr_url_only")
        self.url_only.setEnabled(bool(profile_url(card)))
        self.url_only.toggled.connect(self.update_code)

        self.present_button = QPushButton(self.tr("Present full screen"))
        self.present_button.setObjectName("primaryButton")
        self.present_button.clicked.connect(self.present)
        self.png_button = QPushButton(self.tr("Save as PNG …"))
        self.png_button.clicked.connect(lambda: self.export("png"))
        self.svg_button = QPushButton(self.tr("Save as SVG …"))
        self.svg_button.clicked.connect(lambda: self.export("svg"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)

        side = QVBoxLayout()
        side.setSpacing(10)
        side.addWidget(plain(self.tr("What the code holds"), "sectionTitle", selectable=False))
        side.addLayout(grid)
        side.addWidget(self.url_only)
        side.addSpacing(8)
        side.addWidget(self.version)
        side.addWidget(self.warning)
        side.addStretch(1)
        side.addWidget(self.present_button)
        row = QHBoxLayout()
        row.addWidget(self.png_button)
        row.addWidget(self.svg_button)
        side.addLayout(row)
        side.addWidget(self.status)
        body = QHBoxLayout()
        body.setSpacing(20)
        body.addWidget(self.code_widget, 1)
        side_widget = QWidget()
        side_widget.setLayout(side)
        side_widget.setMinimumWidth(300)
        side_widget.setMaximumWidth(380)
        body.addWidget(side_widget)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(20, 20, 20, 16)
        outer.addLayout(body, 1)
        outer.addWidget(buttons)
        self.resize(760, 440)
        self.update_code()

    def fields(self) -> list[QrField]:
        return [f for f, box in self.boxes.items() if box.isChecked() and box.isEnabled()]

    def update_code(self) -> None:
        url_only = self.url_only.isChecked()
        for field, box in self.boxes.items():
            box.setEnabled(not url_only and self.card.has(field))
        try:
            self.code = self.qr.code(self.card, self.fields(), url_only)
        except NetzwerkError as error:
            self.code = None
            self.code_widget.set_code(None)
            self.version.setText("")
            self._warn(error_text(error))
            self._enable(False)
            return
        self.code_widget.set_code(self.code)
        self.version.setText(
            self.tr("QR version {version} · {count} bytes").format(
                version=self.code.version, count=len(self.code.payload.encode("utf-8"))
            )
        )
        self._warn(self.code.warning)
        self._enable(True)

    def _warn(self, text: str) -> None:
        show_line(self.warning, text)

    def _enable(self, on: bool) -> None:
        for button in (self.present_button, self.png_button, self.svg_button):
            button.setEnabled(on)

    def present(self) -> None:
        if self.code is None:
            return
        self.presentation = PresentationWindow(self.code, self.card.name)
        self.presentation.showFullScreen()

    def export(self, fmt: str) -> None:
        base = "".join(ch for ch in self.card.name if ch.isalnum() or ch in " -_").strip()
        suggested = str(Path.home() / f"{base or 'qr-code'}.{fmt}")
        filters = self.tr("PNG image (*.png)") if fmt == "png" else self.tr("SVG image (*.svg)")
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save QR code"), suggested, filters)
        if name:
            self.save_to(Path(name))

    def save_to(self, path: Path) -> None:
        if path.suffix.lower() not in (".png", ".svg"):
            path = path.with_suffix(".png")
        qr, card, fields, url_only = self.qr, self.card, self.fields(), self.url_only.isChecked()
        self.status.setText(self.tr("Saving …"))
        self.tasks.run(
            lambda: qr.export(card, path, fields, url_only),
            lambda saved: self.status.setText(self.tr("Saved: {path}").format(path=saved)),
            lambda error: self.status.setText(error_text(error)),
        )
