"""Compact add/remove editors for a contact's phones, e-mails, URLs and addresses.

One row per value: a type (editable combo: "work", "home", … or anything the card
had), the value, a free label, and a remove button. Types and labels are kept as
the vCard had them, so an edit never loses what another program wrote.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from netzwerk_app.domain import model as m
from netzwerk_app.gui.qt import (
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QtWidgets,
    QVBoxLayout,
    QWidget,
    Signal,
)

PHONE_TYPES = ("work", "cell", "home", "fax", "other")
EMAIL_TYPES = ("work", "home", "other")
URL_TYPES = ("work", "home", "profile", "other")
ADDRESS_TYPES = ("work", "home", "other")


def type_labels() -> dict[str, str]:
    """vCard TYPE values as the user reads them; unknown types are shown as they are."""
    translate = QtWidgets.QApplication.translate
    return {
        "work": translate("ValueTypes", "work"),
        "home": translate("ValueTypes", "home"),
        "cell": translate("ValueTypes", "mobile"),
        "fax": translate("ValueTypes", "fax"),
        "other": translate("ValueTypes", "other"),
        "profile": translate("ValueTypes", "profile"),
        "voice": translate("ValueTypes", "phone"),
        "pref": translate("ValueTypes", "preferred"),
        "text": translate("ValueTypes", "SMS"),
        "internet": translate("ValueTypes", "internet"),
        "linkedin": "LinkedIn",
        "xing": "XING",
    }


def type_label(value: str, labels: dict[str, str]) -> str:
    """One TYPE value as shown: translated when known, else as the card had it, capitalised."""
    return labels.get(value.lower(), value[:1].upper() + value[1:])


def type_combo(choices: tuple[str, ...], current: tuple[str, ...]) -> QtWidgets.QComboBox:
    """An editable combo: known types offered, unknown ones from the card kept."""
    combo = QtWidgets.QComboBox()
    combo.setEditable(True)
    labels = type_labels()
    combo.addItems([type_label(c, labels) for c in choices])
    shown = [type_label(t, labels) for t in current or choices[:1]]
    combo.setCurrentText(", ".join(shown))
    combo.setSizeAdjustPolicy(QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.setMinimumContentsLength(6)
    combo.setInsertPolicy(QtWidgets.QComboBox.InsertPolicy.NoInsert)
    return combo


def types_of(combo: QtWidgets.QComboBox) -> tuple[str, ...]:
    values = {label.lower(): value for value, label in type_labels().items()}
    parts = (t.strip().lower() for t in combo.currentText().split(",") if t.strip())
    return tuple(values.get(p, p) for p in parts)


class _Row(QWidget):
    def __init__(self, fields: list[QWidget], stretch: list[int], remove_text: str) -> None:
        super().__init__()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        for widget, factor in zip(fields, stretch, strict=True):
            layout.addWidget(widget, factor)
        self.remove = QPushButton("×")
        self.remove.setObjectName("rowRemove")
        self.remove.setAccessibleName(remove_text)
        self.remove.setToolTip(remove_text)
        self.remove.setFixedWidth(28)
        layout.addWidget(self.remove)
        # Optional extra buttons (e.g. "Open") go before the remove button.
        self.extra_layout = layout


class ValueListEditor(QWidget):
    """Rows of (type, value, label) for Phone, Email or Url; ``values()`` reads them back."""

    changed = Signal()

    def __init__(
        self,
        kind: type[m.Phone] | type[m.Email] | type[m.Url],
        placeholder: str,
        add_text: str,
        open_link: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__()
        self.kind = kind
        self.placeholder = placeholder
        self.open_link = open_link
        self.choices = {m.Phone: PHONE_TYPES, m.Email: EMAIL_TYPES, m.Url: URL_TYPES}[kind]
        self.rows: list[tuple[_Row, QtWidgets.QComboBox, QLineEdit, QLineEdit]] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(6)
        self.add_button = QPushButton(add_text)
        self.add_button.setObjectName("rowAdd")
        self.add_button.clicked.connect(lambda: self.add_row())
        add_line = QHBoxLayout()
        add_line.addWidget(self.add_button)
        add_line.addStretch(1)
        self._layout.addLayout(add_line)

    def set_values(self, values: list[Any]) -> None:
        for row, *_ in self.rows:
            row.deleteLater()
        self.rows.clear()
        for value in values:
            self.add_row(value.value, value.types, value.label, focus=False)

    def add_row(
        self, value: str = "", types: tuple[str, ...] = (), label: str = "", focus: bool = True
    ) -> None:
        combo = type_combo(self.choices, types)
        edit = QLineEdit(value)
        edit.setPlaceholderText(self.placeholder)
        label_edit = QLineEdit(label)
        label_edit.setPlaceholderText(self.tr("Label"))
        row = _Row([combo, edit, label_edit], [0, 3, 1], self.tr("Remove this entry"))
        if self.open_link is not None:
            opener = QPushButton(self.tr("Open"))
            opener.setObjectName("rowOpen")
            open_link = self.open_link
            opener.clicked.connect(lambda: open_link(edit.text()))
            row.extra_layout.insertWidget(row.extra_layout.count() - 1, opener)
        entry = (row, combo, edit, label_edit)
        row.remove.clicked.connect(lambda: self._remove(entry))
        for widget in (edit, label_edit):
            widget.textEdited.connect(lambda _t: self.changed.emit())
        combo.currentTextChanged.connect(lambda _t: self.changed.emit())
        self.rows.append(entry)
        self._layout.insertWidget(self._layout.count() - 1, row)
        if focus:
            edit.setFocus()
            self.changed.emit()

    def _remove(self, entry: tuple[_Row, QtWidgets.QComboBox, QLineEdit, QLineEdit]) -> None:
        self.rows.remove(entry)
        entry[0].deleteLater()
        self.changed.emit()

    def values(self) -> list[Any]:
        """The non-empty rows as value objects of ``kind``, in order."""
        return [
            self.kind(edit.text().strip(), types_of(combo), label.text().strip())
            for _row, combo, edit, label in self.rows
            if edit.text().strip()
        ]


_ADDRESS_FIELDS = ("street", "postal_code", "locality", "region", "country")


class AddressListEditor(QWidget):
    """Postal addresses: type and label, street, postcode + city, region + country."""

    changed = Signal()

    def __init__(self, add_text: str) -> None:
        super().__init__()
        self.rows: list[
            tuple[QWidget, QtWidgets.QComboBox, QLineEdit, dict[str, QLineEdit], m.PostalAddress]
        ] = []
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(10)
        self.add_button = QPushButton(add_text)
        self.add_button.setObjectName("rowAdd")
        self.add_button.clicked.connect(lambda: self.add_row(m.PostalAddress(), focus=True))
        add_line = QHBoxLayout()
        add_line.addWidget(self.add_button)
        add_line.addStretch(1)
        self._layout.addLayout(add_line)

    def _placeholders(self) -> dict[str, str]:
        return {
            "street": self.tr("Street and number"),
            "postal_code": self.tr("Postcode"),
            "locality": self.tr("City"),
            "region": self.tr("Region"),
            "country": self.tr("Country"),
        }

    def set_values(self, values: list[m.PostalAddress]) -> None:
        for box, *_ in self.rows:
            box.deleteLater()
        self.rows.clear()
        for value in values:
            self.add_row(value)

    def add_row(self, address: m.PostalAddress, focus: bool = False) -> None:
        box = QWidget()
        box.setObjectName("addressRow")
        grid = QtWidgets.QGridLayout(box)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setHorizontalSpacing(6)
        grid.setVerticalSpacing(6)
        combo = type_combo(ADDRESS_TYPES, address.types)
        label = QLineEdit(address.label)
        label.setPlaceholderText(self.tr("Label"))
        edits: dict[str, QLineEdit] = {}
        for name, placeholder in self._placeholders().items():
            edit = QLineEdit(getattr(address, name))
            edit.setPlaceholderText(placeholder)
            edit.textEdited.connect(lambda _t: self.changed.emit())
            edits[name] = edit
        remove = QPushButton("×")
        remove.setObjectName("rowRemove")
        remove.setAccessibleName(self.tr("Remove this address"))
        remove.setToolTip(self.tr("Remove this address"))
        remove.setFixedWidth(28)
        grid.addWidget(combo, 0, 0)
        grid.addWidget(edits["street"], 0, 1, 1, 3)
        grid.addWidget(remove, 0, 4)
        grid.addWidget(label, 1, 0)
        grid.addWidget(edits["postal_code"], 1, 1)
        grid.addWidget(edits["locality"], 1, 2, 1, 2)
        grid.addWidget(edits["region"], 2, 1)
        grid.addWidget(edits["country"], 2, 2, 1, 2)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        grid.setColumnStretch(3, 1)
        entry = (box, combo, label, edits, address)
        remove.clicked.connect(lambda: self._remove(entry))
        self.rows.append(entry)
        self._layout.insertWidget(self._layout.count() - 1, box)
        if focus:
            edits["street"].setFocus()
            self.changed.emit()

    def _remove(self, entry: Any) -> None:
        self.rows.remove(entry)
        entry[0].deleteLater()
        self.changed.emit()

    def values(self) -> list[m.PostalAddress]:
        out = []
        for _box, combo, label, edits, original in self.rows:
            # po_box and extended are not edited here but kept from the card.
            address = m.PostalAddress(
                **{name: edit.text().strip() for name, edit in edits.items()},
                po_box=original.po_box,
                extended=original.extended,
                types=types_of(combo),
                label=label.text().strip(),
            )
            if not address.is_empty():
                out.append(address)
        return out


def align_top(widget: QWidget) -> QWidget:
    """Used in form layouts so that a multi-row editor's label sits at its first row."""
    widget.setSizePolicy(
        QtWidgets.QSizePolicy.Policy.Preferred, QtWidgets.QSizePolicy.Policy.Maximum
    )
    return widget
