"""Read other people's QR codes from a picture file, the clipboard or a dropped file;
preview what they hold, then add them to the event with one click.

Decoding runs in the worker (which runs the decoder in a child process); everything
a code says is shown as plain text and nothing in it is ever opened.
"""

from __future__ import annotations

from pathlib import Path

from netzwerk_app.domain import model as m
from netzwerk_app.domain.errors import NetzwerkError
from netzwerk_app.gui.i18n import error_text, sentence_text
from netzwerk_app.gui.qt import (
    QBuffer,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFrame,
    QGuiApplication,
    QHBoxLayout,
    QImage,
    QIODevice,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
    Signal,
)
from netzwerk_app.gui.tasks import TaskRunner
from netzwerk_app.gui.widgets.consistency_panel import plain
from netzwerk_app.gui.widgets.tables import show_line
from netzwerk_app.infra.clock import local_now
from netzwerk_app.services.events import EventService, EventSummary
from netzwerk_app.services.qr import QrAddResult, QrPreview, QrService, current_event

PICTURES = (".png", ".jpg", ".jpeg", ".gif", ".bmp", ".webp", ".tif", ".tiff")


def image_png_bytes(image: QImage) -> bytes:
    """A clipboard image as PNG bytes (what the decoder reads)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]  # PySide6 takes str here
    return bytes(buffer.data().data())


class QrReadDialog(QDialog):
    """Emits ``added(result)`` after people were added (the main window refreshes)."""

    added = Signal(object)

    def __init__(
        self,
        qr: QrService,
        events: EventService,
        tasks: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.qr, self.events, self.tasks = qr, events, tasks
        self.setObjectName("qrReadDialog")
        self.setWindowTitle(self.tr("Read a QR code"))
        self.setAcceptDrops(True)
        self.preview: QrPreview | None = None

        intro = plain(
            self.tr(
                "Choose a photo or screenshot of a QR code, paste one from the clipboard, "
                "or drop a picture here."
            ),
            "cardMuted",
            selectable=False,
        )
        self.file_button = QPushButton(self.tr("Choose picture …"))
        self.file_button.clicked.connect(self.choose_file)
        self.paste_button = QPushButton(self.tr("Paste from clipboard"))
        self.paste_button.clicked.connect(self.paste)
        sources = QHBoxLayout()
        sources.addWidget(self.file_button)
        sources.addWidget(self.paste_button)
        sources.addStretch(1)

        self.status = plain(object_name="pageStatus", selectable=False)
        self.error = plain(object_name="pageError")
        self.error.hide()
        self.found = QFrame()
        self.found.setObjectName("contactCard")
        self.found_layout = QVBoxLayout(self.found)
        self.found_layout.setContentsMargins(14, 12, 14, 12)
        self.found_layout.setSpacing(2)
        self.found.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.found.hide()
        self.text = QPlainTextEdit()
        self.text.setObjectName("qrText")
        self.text.setReadOnly(True)
        self.text.setPlaceholderText(self.tr("The text of the code appears here."))
        self.text.setMinimumHeight(90)

        self.event_box = QComboBox()
        self.event_box.setObjectName("qrEvent")
        self.event_box.addItem(self.tr("No event — only add the contact"), None)
        self.add_button = QPushButton(self.tr("Add to event"))
        self.add_button.setObjectName("primaryButton")
        self.add_button.setEnabled(False)
        self.add_button.clicked.connect(self.add)
        self.event_box.currentIndexChanged.connect(self._name_add_button)
        bottom = QHBoxLayout()
        bottom.addWidget(plain(self.tr("Met at"), selectable=False))
        bottom.addWidget(self.event_box, 1)
        bottom.addWidget(self.add_button)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 14)
        layout.setSpacing(10)
        # Wrapping labels take spare height otherwise; the text box gets it instead.
        for label in (intro, self.status, self.error):
            label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout.addWidget(intro)
        layout.addLayout(sources)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(self.found)
        layout.addWidget(self.text, 1)
        layout.addLayout(bottom)
        layout.addWidget(close)
        self.resize(620, 480)
        self._set_status("")
        events = self.events
        self.tasks.run(events.list_events, self._events_loaded)

    # --- events -------------------------------------------------------------------------

    def _events_loaded(self, rows: list[EventSummary]) -> None:
        for row in sorted(rows, key=lambda r: r.event.start, reverse=True):
            day = row.event.start.astimezone().strftime("%d.%m.%Y")
            label = " · ".join(p for p in (day, row.network_name, row.event.title) if p)
            self.event_box.addItem(label, row.event.id)
        now = current_event(rows, local_now(self.events.clock, self.events.zone))
        if now is not None:
            self.event_box.setCurrentIndex(self.event_box.findData(now))
        self._name_add_button()

    def _name_add_button(self) -> None:
        at_event = self.event_box.currentData() is not None
        self.add_button.setText(self.tr("Add to event") if at_event else self.tr("Add contact"))

    # --- reading ------------------------------------------------------------------------

    def choose_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Read a QR code"),
            str(Path.home()),
            self.tr("Pictures (*.png *.jpg *.jpeg *.heic *.heif *.gif *.bmp *.webp *.tif *.tiff);;All files (*)"),
        )
        if name:
            self.read_file(Path(name))

    def read_file(self, path: Path) -> None:
        qr = self.qr
        self._reading()
        self.tasks.run(lambda: qr.read_file(path), self.show_preview, self._failed)

    def paste(self) -> None:
        clipboard = QGuiApplication.clipboard()
        mime = clipboard.mimeData()
        if mime is not None and mime.hasUrls():
            files = [Path(u.toLocalFile()) for u in mime.urls() if u.isLocalFile()]
            if files:
                self.read_file(files[0])
                return
        image = clipboard.image()
        if image.isNull():
            self.show_error(self.tr("The clipboard holds no picture."))
            return
        self.read_image(image, self.tr("clipboard"))

    def read_image(self, image: QImage, source: str) -> None:
        data = image_png_bytes(image)
        qr = self.qr
        self._reading()
        self.tasks.run(lambda: qr.read_bytes(data, source), self.show_preview, self._failed)

    def _reading(self) -> None:
        self.preview = None
        self.add_button.setEnabled(False)
        self.show_error("")
        self._set_status(self.tr("Reading the picture …"))

    def _failed(self, error: NetzwerkError) -> None:
        self._set_status("")
        self.show_error(error_text(error))

    def show_preview(self, preview: QrPreview) -> None:
        self.preview = preview
        self._set_status("")
        self.text.setPlainText(preview.text)
        while self.found_layout.count():
            item = self.found_layout.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        for contact in preview.contacts:
            self._show_contact(contact)
        self.found.setVisible(bool(preview.contacts))
        self.show_error(sentence_text(preview.message))
        self.add_button.setEnabled(bool(preview.contacts))

    def _show_contact(self, c: m.Contact) -> None:
        self.found_layout.addWidget(plain(c.display_name, "cardName"))
        lines = [
            " – ".join(p for p in (c.title, c.organization) if p),
            ", ".join(e.value for e in c.emails),
            ", ".join(p.value for p in c.phones),
            *[u.value for u in c.urls],  # shown, never linked: a code is untrusted input
        ]
        for line in lines:
            if line:
                self.found_layout.addWidget(plain(line, "cardMuted"))

    # --- adding -------------------------------------------------------------------------

    def add(self) -> None:
        if self.preview is None or not self.preview.contacts:
            return
        qr, preview, event_id = self.qr, self.preview, self.event_box.currentData()
        self.add_button.setEnabled(False)
        self._set_status(self.tr("Adding …"))
        self.tasks.run(lambda: qr.add(preview, event_id), self._added, self._add_failed)

    def _added(self, result: QrAddResult) -> None:
        names = [c.name for c in result.result.imported]
        known = [s.existing_name for s in result.result.skipped]
        known += [c.name for c in result.result.merged]
        parts = []
        if names:
            parts.append(self.tr("Added: {names}.").format(names=", ".join(names)))
        if known:
            parts.append(self.tr("Already there: {names}.").format(names=", ".join(known)))
        if result.met:
            parts.append(self.tr("Recorded at the event; the follow-up is planned."))
        self._set_status(" ".join(parts))
        self.show_error("; ".join(f.reason for f in result.result.failed))
        self.added.emit(result)

    def _add_failed(self, error: NetzwerkError) -> None:
        self.add_button.setEnabled(True)
        self._set_status("")
        self.show_error(error_text(error))

    # --- helpers ------------------------------------------------------------------------

    def show_error(self, text: str) -> None:
        show_line(self.error, text)

    def _set_status(self, text: str) -> None:
        show_line(self.status, text)

    def dragEnterEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if self._dropped(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        dropped = self._dropped(event)
        if isinstance(dropped, Path):
            event.acceptProposedAction()
            self.read_file(dropped)
        elif isinstance(dropped, QImage):
            event.acceptProposedAction()
            self.read_image(dropped, self.tr("dropped picture"))

    @staticmethod
    def _dropped(event) -> Path | QImage | None:  # type: ignore[no-untyped-def]
        mime = event.mimeData()
        if mime.hasUrls():
            for url in mime.urls():
                if url.isLocalFile() and url.toLocalFile().lower().endswith(PICTURES):
                    return Path(url.toLocalFile())
        if mime.hasImage():
            image = QImage(mime.imageData())
            return None if image.isNull() else image
        return None
