"""Create or edit an event: network, title, start/end, place, speaker, topic, notes."""

from __future__ import annotations

from datetime import datetime, timedelta

from netzwerk_app.domain.model import Event, Network
from netzwerk_app.gui.qt import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QtCore,
    QVBoxLayout,
    QWidget,
)


def _qt_time(value: datetime) -> QtCore.QDateTime:
    return QtCore.QDateTime.fromSecsSinceEpoch(int(value.timestamp()))


class EventDialog(QDialog):
    def __init__(
        self,
        networks: list[Network],
        event: Event | None = None,
        network_name: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Edit event") if event else self.tr("New event"))
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
        now = datetime.now().astimezone().replace(minute=0, second=0, microsecond=0)
        start = event.start.astimezone() if event else now
        end = event.end.astimezone() if event else now + timedelta(hours=2)
        self.start = QDateTimeEdit(_qt_time(start))
        self.end = QDateTimeEdit(_qt_time(end))
        for edit in (self.start, self.end):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.start.dateTimeChanged.connect(self._keep_end_after_start)
        self.place = QLineEdit(event.place if event else "")
        self.speaker = QLineEdit(event.speaker if event else "")
        self.topic = QLineEdit(event.topic if event else "")
        self.notes = QPlainTextEdit(event.notes if event else "")
        self.notes.setFixedHeight(80)
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.hide()

        form = QFormLayout()
        form.addRow(self.tr("Network"), self.network)
        form.addRow(self.tr("Title"), self.title_edit)
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
        layout = QVBoxLayout(self)
        layout.addLayout(form)
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
        self.accept()

    def values(self) -> dict[str, object]:
        """The entered values; times are aware (local zone)."""
        start = datetime.fromtimestamp(self.start.dateTime().toSecsSinceEpoch()).astimezone()
        end = datetime.fromtimestamp(self.end.dateTime().toSecsSinceEpoch()).astimezone()
        return {
            "network_name": self.network.currentText().strip(),
            "title": self.title_edit.text().strip(),
            "start": start,
            "end": end,
            "place": self.place.text().strip(),
            "speaker": self.speaker.text().strip(),
            "topic": self.topic.text().strip(),
            "notes": self.notes.toPlainText().strip(),
        }
