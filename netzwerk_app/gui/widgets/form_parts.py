"""Small building blocks of the contact page and My card: cards, forms, combos, birthday."""

from __future__ import annotations

from collections.abc import Iterable

from netzwerk_app.domain import model as m
from netzwerk_app.domain.errors import ValidationError
from netzwerk_app.gui.qt import QFrame, QHBoxLayout, QLocale, Qt, QtWidgets, QVBoxLayout, QWidget
from netzwerk_app.gui.widgets.consistency_panel import plain

NO_YEAR = 1899  # the year spin box's "no year" value (vCard --MMDD birthdays)


def card(object_name: str = "contactCard") -> QFrame:
    """A white rounded section; style rules hang on ``contactCard``."""
    frame = QFrame()
    frame.setObjectName("contactCard")
    if object_name != "contactCard":
        frame.setProperty("role", object_name)
    return frame


def new_form(grow_all: bool = True) -> QtWidgets.QFormLayout:
    """A form whose labels take the room they need (German labels are long)."""
    form = QtWidgets.QFormLayout()
    form.setHorizontalSpacing(16)
    form.setVerticalSpacing(8)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    policy = QtWidgets.QFormLayout.FieldGrowthPolicy
    form.setFieldGrowthPolicy(
        policy.AllNonFixedFieldsGrow if grow_all else policy.ExpandingFieldsGrow
    )
    form.setRowWrapPolicy(QtWidgets.QFormLayout.RowWrapPolicy.DontWrapRows)
    return form


def titled_card(title: str) -> tuple[QFrame, QVBoxLayout]:
    frame = card()
    outer = QVBoxLayout(frame)
    outer.setContentsMargins(20, 18, 20, 18)
    outer.setSpacing(10)
    outer.addWidget(plain(title, "sectionTitle", selectable=False))
    return frame, outer


def form_layout(title: str, grow_all: bool = True) -> tuple[QFrame, QtWidgets.QFormLayout]:
    """A card with a title and one form."""
    frame, outer = titled_card(title)
    form = new_form(grow_all)
    outer.addLayout(form)
    return frame, form


def two_forms(title: str) -> tuple[QFrame, QtWidgets.QFormLayout, QtWidgets.QFormLayout]:
    """A card with two forms side by side (short fields such as name parts)."""
    frame, outer = titled_card(title)
    left, right = new_form(), new_form()
    row = QHBoxLayout()
    row.setSpacing(28)
    row.addLayout(left, 1)
    row.addLayout(right, 1)
    outer.addLayout(row)
    return frame, left, right


def card_column(
    sections: Iterable[QWidget], content_name: str, scroll_name: str
) -> QtWidgets.QScrollArea:
    """Card sections one below the other on a frameless scroll area (a person's card)."""
    content = QWidget()
    content.setObjectName(content_name)
    column = QVBoxLayout(content)
    column.setContentsMargins(20, 16, 20, 24)
    column.setSpacing(14)
    for section in sections:
        column.addWidget(section)
    column.addStretch(1)
    scroller = QtWidgets.QScrollArea()
    scroller.setObjectName(scroll_name)
    scroller.setWidgetResizable(True)
    scroller.setFrameShape(QFrame.Shape.NoFrame)
    scroller.setWidget(content)
    return scroller


def state_names() -> dict[m.RelationshipState, str]:
    translate = QtWidgets.QApplication.translate
    return {
        m.RelationshipState.NONE: translate("RelationshipState", "Not connected"),
        m.RelationshipState.REQUEST_DRAFTED: translate("RelationshipState", "Request drafted"),
        m.RelationshipState.SENT: translate("RelationshipState", "Request sent"),
        m.RelationshipState.CONNECTED: translate("RelationshipState", "Connected"),
        m.RelationshipState.FOLLOWING: translate("RelationshipState", "Following"),
        m.RelationshipState.IGNORED: translate("RelationshipState", "Ignored"),
    }


def state_combo() -> QtWidgets.QComboBox:
    combo = QtWidgets.QComboBox()
    for state, text in state_names().items():
        combo.addItem(text, state.value)
    combo.setSizeAdjustPolicy(QtWidgets.QComboBox.SizeAdjustPolicy.AdjustToContents)
    return combo


class BirthdayEdit(QWidget):
    """Day, month and an optional year; "no birthday" when unchecked."""

    def __init__(self) -> None:
        super().__init__()
        self.known = QtWidgets.QCheckBox(self.tr("known"))
        self.day = QtWidgets.QSpinBox()
        self.day.setRange(1, 31)
        self.day.setAccessibleName(self.tr("Day"))
        self.month = QtWidgets.QComboBox()
        self.month.setAccessibleName(self.tr("Month"))
        locale = QLocale()
        for number in range(1, 13):
            self.month.addItem(locale.monthName(number), number)
        self.year = QtWidgets.QSpinBox()
        self.year.setRange(NO_YEAR, 2100)
        self.year.setSpecialValueText(self.tr("year unknown"))
        self.year.setAccessibleName(self.tr("Year"))
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(6)
        for widget in (self.known, self.day, self.month, self.year):
            row.addWidget(widget)
        row.addStretch(1)
        self.known.toggled.connect(self._enable)
        self.set_birthday(None)

    def _enable(self, on: bool) -> None:
        for widget in (self.day, self.month, self.year):
            widget.setEnabled(on)

    def set_birthday(self, birthday: m.Birthday | None) -> None:
        self.known.setChecked(birthday is not None)
        self.day.setValue(birthday.day if birthday else 1)
        self.month.setCurrentIndex((birthday.month if birthday else 1) - 1)
        self.year.setValue(birthday.year if birthday and birthday.year else NO_YEAR)
        self._enable(birthday is not None)

    def set_values(self, day: int, month: int, year: int | None) -> None:
        self.known.setChecked(True)
        self.day.setValue(day)
        self.month.setCurrentIndex(month - 1)
        self.year.setValue(year or NO_YEAR)

    def birthday(self) -> m.Birthday | None:
        """The birthday as entered; ValidationError for a date that does not exist."""
        if not self.known.isChecked():
            return None
        year = self.year.value() if self.year.value() != NO_YEAR else None
        try:
            return m.Birthday(int(self.month.currentData()), self.day.value(), year)
        except ValueError as exc:
            raise ValidationError(
                QtWidgets.QApplication.translate(
                    "BirthdayEdit", "This birthday does not exist: {day}.{month}."
                ).format(day=self.day.value(), month=self.month.currentData())
            ) from exc
