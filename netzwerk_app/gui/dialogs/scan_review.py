"""One card of a scanned stack under review: its photo on the left, its fields on the
right, every field editable; what was read unsure is marked with a sign and a tooltip
(never by colour alone), what came from the card's printed QR code says so.
"""

from __future__ import annotations

import copy

from netzwerk_app.domain.card_reading import (
    FAX,
    LANDLINE,
    MOBILE,
    CardReading,
    ReadAddress,
    ReadPhone,
)
from netzwerk_app.gui.qt import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QImage,
    QLabel,
    QLineEdit,
    QPixmap,
    QScrollArea,
    QSizePolicy,
    Qt,
    QWidget,
)
from netzwerk_app.gui.widgets.photo_label import image_from_bytes

PHONE_KINDS = (("landline", LANDLINE), ("mobile", MOBILE), ("fax", FAX))


def phone_kind(types: tuple[str, ...] | list[str]) -> str:
    lowered = {t.lower() for t in types}
    if "fax" in lowered:
        return "fax"
    return "mobile" if "cell" in lowered else "landline"


class CardPicture(QLabel):
    """The card photo, scaled to the space it has and sharp on high-density screens."""

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("scanPhoto")
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setMinimumSize(260, 170)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self._image: QImage | None = None

    def set_image(self, data: bytes) -> None:
        self._image = image_from_bytes(data)
        if self._image is None:
            self.setPixmap(QPixmap())
            self.setText(self.tr("No picture of this card."))
        else:
            self.setText("")
        self._scale()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self._scale()

    def _scale(self) -> None:
        if self._image is None:
            return
        ratio = self.devicePixelRatioF() or 1.0
        size = self.contentsRect().size() * ratio
        pixmap = QPixmap.fromImage(self._image).scaled(
            size,
            Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        pixmap.setDevicePixelRatio(ratio)
        self.setPixmap(pixmap)


class ReviewForm(QWidget):
    """``show_reading(reading)`` fills the form; ``reading()`` gives it back as edited."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scanReview")
        self._reading = CardReading()
        self.picture = CardPicture()
        self.fields = QWidget()
        self.form = QFormLayout(self.fields)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setVerticalSpacing(6)
        scroll = QScrollArea()
        scroll.setObjectName("scanFields")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(self.fields)
        scroll.setMinimumWidth(380)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(16)
        row.addWidget(self.picture, 5)
        row.addWidget(scroll, 6)
        self.edits: dict[str, QLineEdit] = {}
        self.phones: list[tuple[QLineEdit, QComboBox]] = []
        self.emails: list[QLineEdit] = []
        self.urls: list[QLineEdit] = []
        self.markers: dict[str, QLabel] = {}

    # --- filling ------------------------------------------------------------------------

    def show_reading(self, reading: CardReading) -> None:
        self._reading = reading
        self.picture.set_image(reading.image)
        while self.form.rowCount():
            self.form.removeRow(0)
        self.edits.clear()
        self.phones.clear()
        self.emails.clear()
        self.urls.clear()
        self.markers.clear()
        address = reading.addresses[0] if reading.addresses else ReadAddress()
        for name, label, value in (
            ("prefix", self.tr("Title / prefix"), reading.prefix),
            ("given_name", self.tr("First name"), reading.given_name),
            ("family_name", self.tr("Last name"), reading.family_name),
            ("title", self.tr("Position"), reading.title),
            ("organization", self.tr("Company"), reading.organization),
        ):
            self.edits[name] = self._line(name, label, value, name)
        for phone in [*reading.phones, ReadPhone("")]:
            self.phones.append(self._phone_row(phone))
        for email in [*reading.emails, ""]:
            self.emails.append(self._line("emails", self.tr("E-mail"), email, "emails"))
        for url in [*reading.urls, ""]:
            self.urls.append(self._line("urls", self.tr("Web / LinkedIn / XING"), url, "urls"))
        for name, label, value in (
            ("street", self.tr("Street"), address.street),
            ("postal_code", self.tr("Postal code"), address.postal_code),
            ("locality", self.tr("Town"), address.locality),
            ("country", self.tr("Country"), address.country),
        ):
            self.edits[name] = self._line("addresses", label, value, name)
        first = self.edits["prefix"]
        first.setFocus()

    def _marker(self, field: str) -> QLabel | None:
        """The sign beside a field: "?" read unsure, "QR" from the printed code."""
        if field in self._reading.from_qr:
            marker = QLabel(self.tr("QR"))
            marker.setObjectName("scanFromQr")
            marker.setToolTip(self.tr("From the QR code printed on the card"))
            return marker
        if self._reading.is_low(field):
            marker = QLabel("?")
            marker.setObjectName("scanUnsure")
            marker.setToolTip(self.tr("Please check: read with uncertainty"))
            marker.setAccessibleName(self.tr("Please check: read with uncertainty"))
            return marker
        return None

    def _line(self, field: str, label: str, value: str, key: str) -> QLineEdit:
        edit = QLineEdit(value)
        edit.setCursorPosition(0)  # a long company name shows its start
        edit.setObjectName(f"scan_{key}")
        edit.setAccessibleName(label)
        self._add_row(field, label, edit, key)
        return edit

    def _phone_row(self, phone: ReadPhone) -> tuple[QLineEdit, QComboBox]:
        edit = QLineEdit(phone.value)
        edit.setObjectName("scan_phone")
        edit.setAccessibleName(self.tr("Phone"))
        kind = QComboBox()
        kind.setObjectName("scan_phone_kind")
        kind.addItem(self.tr("Landline"), "landline")
        kind.addItem(self.tr("Mobile"), "mobile")
        kind.addItem(self.tr("Fax"), "fax")
        kind.setCurrentIndex(kind.findData(phone_kind(phone.types)))
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(edit, 1)
        row.addWidget(kind)
        self._add_row("phones", self.tr("Phone"), box, "phones", edit)
        return edit, kind

    def _add_row(
        self, field: str, label: str, widget: QWidget, key: str, edit: QLineEdit | None = None
    ) -> None:
        line = edit if edit is not None else widget
        filled = isinstance(line, QLineEdit) and bool(line.text())
        marker = self._marker(field) if filled else None  # an empty row has nothing to check
        holder: QWidget = widget
        if marker is not None:
            target = edit if edit is not None else widget
            target.setProperty("unsure", marker.objectName() == "scanUnsure")
            target.setToolTip(marker.toolTip())
            holder = QWidget()
            row = QHBoxLayout(holder)
            row.setContentsMargins(0, 0, 0, 0)
            row.addWidget(widget, 1)
            row.addWidget(marker)
            self.markers.setdefault(key, marker)
        caption = QLabel(label)
        caption.setBuddy(edit if edit is not None else widget)
        self.form.addRow(caption, holder)

    # --- reading back -------------------------------------------------------------------

    def reading(self) -> CardReading:
        """The reading as the form shows it now (the photo and raw lines kept)."""
        old = self._reading
        new = copy.copy(old)
        text = {name: edit.text().strip() for name, edit in self.edits.items()}
        new.prefix, new.given_name = text["prefix"], text["given_name"]
        new.family_name, new.title = text["family_name"], text["title"]
        new.organization = text["organization"]
        if (new.prefix, new.given_name, new.family_name) != (
            old.prefix,
            old.given_name,
            old.family_name,
        ) or not old.formatted_name:
            new.formatted_name = " ".join(
                p for p in (new.prefix, new.given_name, new.family_name) if p
            )
        kinds = dict(PHONE_KINDS)
        new.phones = [
            ReadPhone(e.text().strip(), kinds[k.currentData()])
            for e, k in self.phones
            if e.text().strip()
        ]
        new.emails = [e.text().strip() for e in self.emails if e.text().strip()]
        new.urls = [e.text().strip() for e in self.urls if e.text().strip()]
        address = ReadAddress(
            text["street"], text["postal_code"], text["locality"], text["country"]
        )
        rest = list(old.addresses[1:])
        new.addresses = ([address] if any(vars(address).values()) else []) + rest
        return new

    def edited(self) -> bool:
        """Whether the user changed anything of what was read."""
        before, after = self._reading, self.reading()
        return any(
            getattr(before, name) != getattr(after, name)
            for name in ("prefix", "given_name", "family_name", "title", "organization",
                         "phones", "emails", "urls", "addresses")
        )  # fmt: skip

    def focus_first(self) -> None:
        if "prefix" in self.edits:
            self.edits["prefix"].setFocus()


def card_name(reading: CardReading) -> str:
    """How a reading is called in the dialog's sentences."""
    return (
        reading.formatted_name
        or " ".join(p for p in (reading.given_name, reading.family_name) if p)
        or reading.organization
        or reading.file
    )
