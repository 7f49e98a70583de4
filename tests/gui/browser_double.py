"""Stands in for the desktop's browser and mail program: records the URLs (the
``browser`` fixture of conftest registers it as Qt's URL handler)."""

from __future__ import annotations

from netzwerk_app.gui.qt import QObject, QtCore, Slot


class Browser(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.opened: list[str] = []

    @Slot(QtCore.QUrl)
    def open(self, url: QtCore.QUrl) -> None:
        self.opened.append(url.toString(QtCore.QUrl.ComponentFormattingOption.FullyEncoded))
