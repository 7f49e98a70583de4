"""Create or edit an event: network, title, start/end, place, speaker, topic, notes.

"Repeat last event" opens it prefilled (``prefill``: the network's next event) with
the network's regulars as a checklist; ``ticked()`` gives who came.
"""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo

from netzwerk_app.domain.errors import ValidationError
from netzwerk_app.domain.model import Event, Network
from netzwerk_app.domain.wallclock import aware_local
from netzwerk_app.gui.dialogs.event_dialog_regulars import RegularsChecklist
from netzwerk_app.gui.dialogs.event_kinds import event_kind_combo
from netzwerk_app.gui.i18n import error_text
from netzwerk_app.gui.qt import (
    QComboBox,
    QDate,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QtCore,
    QTime,
    QTimeZone,
    QVBoxLayout,
    QWidget,
)
from netzwerk_app.infra.clock import Clock, SystemClock
from netzwerk_app.infra.timezone import local_zone


# The editors show the wall clock of the user's zone as plain (UTC-spec) values, so
# Qt never shifts a time the clocks skip; ``aware_local`` decides about it instead.
def _qt_wall(value: datetime, zone: tzinfo) -> QtCore.QDateTime:
    local = value.astimezone(zone)
    return QtCore.QDateTime(
        QDate(local.year, local.month, local.day),
        QTime(local.hour, local.minute),
        QTimeZone.utc(),
    )


def _wall(edit: QDateTimeEdit) -> datetime:
    d, t = edit.date(), edit.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


class EventDialog(QDialog):
    def __init__(
        self,
        networks: list[Network],
        event: Event | None = None,
        network_name: str = "",
        parent: QWidget | None = None,
        clock: Clock | None = None,
        zone: tzinfo | None = None,
        prefill: Event | None = None,
        regulars: list[tuple[int, str]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.zone = zone or local_zone()
        self.setWindowTitle(self.tr("Edit event") if event else self.tr("New event"))
        editing = event
        event = event or prefill  # a repeated event starts from the network's next one
        self.setMinimumWidth(480)
        self.network = QComboBox()
        self.network.setEditable(True)
        self.network.addItems([n.name for n in networks])
        self.network.setCurrentText(network_name)
        line = self.network.lineEdit()
        if line is not None:
            line.setPlaceholderText(self.tr("e.g. BNI Chapter Isartal"))
        self.title_edit = QLineEdit(event.title if event else "")
        self.title_edit.setPlaceholderText(self.tr("e.g. Business breakfast"))
        now = (clock or SystemClock()).now().replace(minute=0, second=0, microsecond=0)
        start = event.start if event else now
        end = event.end if event else now + timedelta(hours=2)
        self.start = QDateTimeEdit(_qt_wall(start, self.zone))
        self.end = QDateTimeEdit(_qt_wall(end, self.zone))
        for edit in (self.start, self.end):
            edit.setTimeZone(QTimeZone.utc())
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.start.dateTimeChanged.connect(self._keep_end_after_start)
        self.place = QLineEdit(event.place if event else "")
        # Speaker and topic change from one event to the next: not repeated.
        self.speaker = QLineEdit(editing.speaker if editing else "")
        self.topic = QLineEdit(editing.topic if editing else "")
        self.kind = event_kind_combo(event.kind if event else "")
        self.notes = QPlainTextEdit(editing.notes if editing else "")
        self.notes.setFixedHeight(80)
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("Network"), self.network)
        form.addRow(self.tr("Title"), self.title_edit)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Start"), self.start)
        form.addRow(self.tr("End"), self.end)
        form.addRow(self.tr("Place"), self.place)
        form.addRow(self.tr("Speaker"), self.speaker)
        form.addRow(self.tr("Topic"), self.topic)
        form.addRow(self.tr("Notes"), self.notes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.regulars = RegularsChecklist()
        self.regulars.set_people(regulars or [])
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.regulars, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _keep_end_after_start(self) -> None:
        if self.end.dateTime() < self.start.dateTime():
            self.end.setDateTime(self.start.dateTime().addSecs(2 * 3600))

    def _accept(self) -> None:
        if not self.title_edit.text().strip():
            self.error.setText(self.tr("Please give the event a title."))
            self.error.show()
            self.title_edit.setFocus()
            return
        try:
            self.values()
        except ValidationError as exc:  # a time the clocks skip: said, not shifted
            self.error.setText(error_text(exc))
            self.error.show()
            return
        self.accept()

    def ticked(self) -> list[int]:
        """The contact ids of the regulars ticked as having come."""
        return self.regulars.ticked()

    def values(self) -> dict[str, object]:
        """The entered values; times are aware, in the user's zone.

        Raises ``ValidationError`` for a wall-clock time that does not exist there.
        """
        start = aware_local(_wall(self.start), self.zone)
        end = aware_local(_wall(self.end), self.zone)
        return {
            "network_name": self.network.currentText().strip(),
            "title": self.title_edit.text().strip(),
            "start": start,
            "end": end,
            "place": self.place.text().strip(),
            "speaker": self.speaker.text().strip(),
            "topic": self.topic.text().strip(),
            "notes": self.notes.toPlainText().strip(),
            "kind": str(self.kind.currentData() or ""),
        }
