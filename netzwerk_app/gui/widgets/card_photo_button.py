"""The photo of the paper business card a contact came from, as a small picture on
the contact page; a click shows it large (issue 15: kept when the setting says so)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from netzwerk_app.gui.qt import QDialog, QDialogButtonBox, QPixmap, QSize, QToolButton, QVBoxLayout
from netzwerk_app.gui.tasks import TaskRunner
from netzwerk_app.gui.widgets.photo_label import image_from_bytes

if TYPE_CHECKING:
    from netzwerk_app.services.card_scan import CardScanService

THUMB = QSize(150, 90)


class CardPhotoButton(QToolButton):
    """``show_for(contact_id)``: the newest card photo kept with them, or hidden."""

    def __init__(self, scanner: CardScanService, tasks: TaskRunner) -> None:
        super().__init__()
        self.scanner, self.tasks = scanner, tasks
        self.setObjectName("cardPhoto")
        self.setIconSize(THUMB)
        self.setToolTip(self.tr("The business card this contact came from — click to enlarge"))
        self.setAccessibleName(self.tr("Photo of the business card"))
        self.clicked.connect(self.enlarge)
        self.images: list[bytes] = []
        self._for: int | None = None
        self.hide()

    def show_for(self, contact_id: int | None) -> None:
        self._for = contact_id
        self.images = []
        self.hide()
        if contact_id is None:
            return
        scanner = self.scanner
        self.tasks.run(
            lambda: scanner.card_photos(contact_id),
            lambda photos: self._loaded(contact_id, photos),
            lambda _error: None,  # no card photo to show is not worth a message
        )

    def _loaded(self, contact_id: int, photos: list[tuple[bytes, str]]) -> None:
        if contact_id != self._for:
            return  # another contact is shown meanwhile
        self.images = [data for data, _mime in photos if image_from_bytes(data) is not None]
        if not self.images:
            return
        image = image_from_bytes(self.images[-1])
        assert image is not None
        self.setIcon(QPixmap.fromImage(image))
        self.show()

    def enlarge(self) -> None:
        from netzwerk_app.gui.dialogs.scan_review import CardPicture

        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Photo of the business card"))
        layout = QVBoxLayout(dialog)
        for data in reversed(self.images):  # the newest first: front, then older sides
            picture = CardPicture()
            picture.setMinimumSize(640, 380)
            picture.set_image(data)
            layout.addWidget(picture, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(dialog.reject)
        layout.addWidget(buttons)
        self.enlarged = dialog  # kept for tests
        dialog.open()
