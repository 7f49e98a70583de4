"""A QR code painted module by module: sharp at any size, always on white."""

from __future__ import annotations

from netzwerk_app.gui.qt import QColor, QPainter, QRect, QSize, Qt, QWidget
from netzwerk_app.interchange.qr import QUIET_ZONE, QrCode


class QrCodeWidget(QWidget):
    """Shows ``set_code(code)``; whole device pixels per module so phones read it well."""

    def __init__(self, quiet_zone: int = QUIET_ZONE, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("qrCode")
        self.code: QrCode | None = None
        self.quiet_zone = quiet_zone
        self.setMinimumSize(QSize(220, 220))

    def set_code(self, code: QrCode | None) -> None:
        self.code = code
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(320, 320)

    def paintEvent(self, _event) -> None:  # type: ignore[no-untyped-def]
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("white"))
        if self.code is None:
            return
        total = self.code.size + 2 * self.quiet_zone
        module = max(1, min(self.width(), self.height()) // total)
        side = module * total
        left = (self.width() - side) // 2 + self.quiet_zone * module
        top = (self.height() - side) // 2 + self.quiet_zone * module
        black = QColor("black")
        for y, start, end in self.code.dark_runs():
            rect = QRect(left + start * module, top + y * module, (end - start) * module, module)
            painter.fillRect(rect, black)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.end()
