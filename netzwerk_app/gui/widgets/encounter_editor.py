"""One encounter (a person met at an event), editable: pitch, offering, customers, idea."""

from __future__ import annotations

from netzwerk_app.domain import model as m
from netzwerk_app.gui.qt import QFrame, QLineEdit, QPlainTextEdit, QtWidgets, Signal
from netzwerk_app.gui.widgets.consistency_panel import plain

TEXT_FIELDS = ("pitch", "offering", "customers", "cooperation_idea", "notes")


class EncounterEditor(QFrame):
    """``changes()`` gives only the fields the user edited (for EventService.record_encounter)."""

    changed = Signal()

    def __init__(self, encounter: m.Encounter, event: m.Event) -> None:
        super().__init__()
        self.setObjectName("encounterBox")
        self.encounter, self.met_at = encounter, event
        header = plain(
            f"{event.start.astimezone().strftime('%d.%m.%Y')} · {event.title}",
            "encounterTitle",
        )
        labels = {
            "pitch": self.tr("Pitch"),
            "offering": self.tr("Offers"),
            "customers": self.tr("Customers"),
            "cooperation_idea": self.tr("Cooperation idea"),
            "notes": self.tr("Notes"),
        }
        placeholders = {
            "pitch": self.tr("What they said in their introduction"),
            "offering": self.tr("What they offer"),
            "customers": self.tr("Who their customers are"),
            "cooperation_idea": self.tr("How you could work together or refer each other"),
            "notes": self.tr("Anything else worth remembering"),
        }
        form = QtWidgets.QFormLayout(self)
        form.setContentsMargins(14, 12, 14, 12)
        form.setHorizontalSpacing(14)
        form.setVerticalSpacing(6)
        form.setFieldGrowthPolicy(QtWidgets.QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setRowWrapPolicy(QtWidgets.QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(header)
        self.fields: dict[str, QLineEdit | QPlainTextEdit] = {}
        for name in TEXT_FIELDS:
            value = getattr(encounter, name)
            widget: QLineEdit | QPlainTextEdit
            if name in ("pitch", "notes"):
                widget = QPlainTextEdit(value)
                widget.setTabChangesFocus(True)
                widget.setFixedHeight(58)
                widget.textChanged.connect(self.changed.emit)
            else:
                widget = QLineEdit(value)
                widget.textEdited.connect(lambda _t: self.changed.emit())
            widget.setPlaceholderText(placeholders[name])
            widget.setObjectName(f"encounter_{name}")
            self.fields[name] = widget
            form.addRow(labels[name], widget)
        self.talked_business = QtWidgets.QCheckBox(self.tr("We talked business"))
        self.talked_business.setChecked(encounter.talked_business)
        self.talked_business.toggled.connect(lambda _c: self.changed.emit())
        form.addRow("", self.talked_business)

    def value(self, name: str) -> str:
        widget = self.fields[name]
        text = widget.toPlainText() if isinstance(widget, QPlainTextEdit) else widget.text()
        return text.strip()

    def changes(self) -> dict[str, object]:
        out: dict[str, object] = {
            name: self.value(name)
            for name in TEXT_FIELDS
            if self.value(name) != getattr(self.encounter, name).strip()
        }
        if self.talked_business.isChecked() != self.encounter.talked_business:
            out["talked_business"] = self.talked_business.isChecked()
        return out
