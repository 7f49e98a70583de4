"""A contact's photo, scaled and rounded, or their initials when there is none."""

from __future__ import annotations

from netzwerk_app.domain.text import words
from netzwerk_app.gui.qt import QLabel, QSize, Qt, QtCore, QtGui

PHOTO_SIZE = 96


def initials(name: str) -> str:
    parts = [p for p in name.split() if p[:1].isalnum()]
    if not parts:
        return "?"
    letters = parts[0][0] + (parts[-1][0] if len(parts) > 1 else "")
    return letters.upper()


def image_from_bytes(data: bytes) -> QtGui.QImage | None:
    """The decoded image, or None for bytes no image reader understands."""
    image = QtGui.QImage()
    return image if data and image.loadFromData(data) else None


def image_format(data: bytes) -> str:
    """The MIME type of image bytes ("image/jpeg"), "" when unknown."""
    buffer = QtCore.QBuffer()
    buffer.setData(QtCore.QByteArray(data))
    buffer.open(QtCore.QIODevice.OpenModeFlag.ReadOnly)
    fmt = bytes(QtGui.QImageReader(buffer).format().data()).decode("ascii", "ignore").lower()
    return {"jpg": "image/jpeg", "jpeg": "image/jpeg", "png": "image/png", "gif": "image/gif"}.get(
        fmt, f"image/{fmt}" if fmt else ""
    )


class PhotoLabel(QLabel):
    """Shows ``set_photo(bytes, name)``: the picture cropped to a circle, or initials."""

    def __init__(self, size: int = PHOTO_SIZE) -> None:
        super().__init__()
        self.setObjectName("contactPhoto")
        self._size = size
        self.setFixedSize(QSize(size, size))
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.set_photo(None, "")

    def set_photo(self, data: bytes | None, name: str) -> bool:
        """Show the photo; False (and initials) when the bytes are not an image."""
        image = image_from_bytes(data) if data else None
        self.setPixmap(self._rounded(image, name))
        return image is not None or not data

    def _rounded(self, image: QtGui.QImage | None, name: str) -> QtGui.QPixmap:
        ratio = self.devicePixelRatioF() or 1.0
        side = int(self._size * ratio)
        canvas = QtGui.QPixmap(side, side)
        canvas.fill(Qt.GlobalColor.transparent)
        painter = QtGui.QPainter(canvas)
        painter.setRenderHint(QtGui.QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QtGui.QPainter.RenderHint.SmoothPixmapTransform)
        path = QtGui.QPainterPath()
        path.addEllipse(0, 0, side, side)
        painter.setClipPath(path)
        if image is not None:
            scaled = image.scaled(
                side,
                side,
                Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                Qt.TransformationMode.SmoothTransformation,
            )
            x, y = (scaled.width() - side) // 2, (scaled.height() - side) // 2
            painter.drawImage(0, 0, scaled, x, y, side, side)
        else:
            # A calm colour chosen by the name, so people are told apart at a glance.
            hue = sum(map(ord, "".join(words(name)))) % 360
            painter.fillRect(0, 0, side, side, QtGui.QColor.fromHsl(hue, 90, 200))
            font = QtGui.QFont(self.font())
            font.setPixelSize(int(side * 0.36))
            font.setWeight(QtGui.QFont.Weight.DemiBold)
            painter.setFont(font)
            painter.setPen(QtGui.QColor("#1d2330"))
            painter.drawText(0, 0, side, side, Qt.AlignmentFlag.AlignCenter, initials(name))
        painter.end()
        canvas.setDevicePixelRatio(ratio)
        return canvas
