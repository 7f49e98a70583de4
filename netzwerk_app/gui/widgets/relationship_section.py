"""Referrals and one-to-ones of a contact: a plain list and a small form to add one."""

from __future__ import annotations

from datetime import UTC, datetime

from netzwerk_app.domain import model as m
from netzwerk_app.domain.errors import NetzwerkError, ValidationError
from netzwerk_app.domain.wallclock import aware_local
from netzwerk_app.gui.i18n import error_text
from netzwerk_app.gui.qt import (
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    Qt,
    QtCore,
    QtWidgets,
    QVBoxLayout,
    Signal,
)
from netzwerk_app.gui.tasks import TaskRunner
from netzwerk_app.gui.widgets.consistency_panel import plain
from netzwerk_app.infra.clock import local_now
from netzwerk_app.services.relationship import RelationshipService


def _list_widget(object_name: str) -> QListWidget:
    widget = QListWidget()
    widget.setObjectName(object_name)
    widget.setMaximumHeight(96)
    widget.setWordWrap(True)
    return widget


class RelationshipSection(QFrame):
    """``show_for(contact_id, referrals, one_to_ones)``; emits ``changed`` after an add/remove."""

    changed = Signal()

    def __init__(self, service: RelationshipService, tasks: TaskRunner) -> None:
        super().__init__()
        self.service, self.tasks = service, tasks
        self.setObjectName("contactCard")
        self.contact_id: int | None = None

        self.referrals = _list_widget("referralList")
        self.ref_direction = QtWidgets.QComboBox()
        self.ref_direction.addItem(self.tr("Given"), m.ReferralDirection.GIVEN.value)
        self.ref_direction.addItem(self.tr("Received"), m.ReferralDirection.RECEIVED.value)
        today = local_now(service.clock, service.zone)
        self.ref_date = QtWidgets.QDateEdit(QtCore.QDate(today.year, today.month, today.day))
        self.ref_date.setCalendarPopup(True)
        self.ref_date.setDisplayFormat("dd.MM.yyyy")
        self.ref_description = QLineEdit()
        self.ref_description.setPlaceholderText(self.tr("What the lead is about"))
        self.ref_value = QtWidgets.QDoubleSpinBox()
        self.ref_value.setRange(0, 10_000_000)
        self.ref_value.setDecimals(0)
        self.ref_value.setSuffix(" €")
        self.ref_value.setSpecialValueText(self.tr("no value"))
        self.ref_outcome = QtWidgets.QComboBox()
        for outcome, text in self._outcomes().items():
            self.ref_outcome.addItem(text, outcome.value)
        add_ref = QPushButton(self.tr("Add referral"))
        add_ref.clicked.connect(self.add_referral)
        self.remove_ref = QPushButton(self.tr("Remove selected"))
        self.remove_ref.clicked.connect(self.remove_referral)

        self.meetings = _list_widget("oneToOneList")
        # A plain wall-clock editor (UTC spec): Qt never shifts a time the clocks skip;
        # ``aware_local`` refuses it with a sentence instead.
        self.meet_when = QtWidgets.QDateTimeEdit(
            QtCore.QDateTime(
                QtCore.QDate(today.year, today.month, today.day),
                QtCore.QTime(today.hour, 0),
                QtCore.QTimeZone.utc(),
            )
        )
        self.meet_when.setTimeZone(QtCore.QTimeZone.utc())
        self.meet_when.setCalendarPopup(True)
        self.meet_when.setDisplayFormat("dd.MM.yyyy HH:mm")
        self.meet_place = QLineEdit()
        self.meet_place.setPlaceholderText(self.tr("Place, e.g. a café"))
        self.meet_status = QtWidgets.QComboBox()
        for status, text in self._statuses().items():
            self.meet_status.addItem(text, status.value)
        add_meet = QPushButton(self.tr("Add one-to-one"))
        add_meet.clicked.connect(self.add_one_to_one)
        self.remove_meet = QPushButton(self.tr("Remove selected"))
        self.remove_meet.clicked.connect(self.remove_one_to_one)
        self.status = plain(object_name="panelStatus", selectable=False)

        ref_form = QHBoxLayout()
        ref_form.setSpacing(6)
        ref_form.addWidget(self.ref_direction)
        ref_form.addWidget(self.ref_date)
        ref_form.addWidget(self.ref_description, 1)
        ref_form.addWidget(self.ref_value)
        ref_form.addWidget(self.ref_outcome)
        ref_form.addWidget(add_ref)
        meet_form = QHBoxLayout()
        meet_form.setSpacing(6)
        meet_form.addWidget(self.meet_when)
        meet_form.addWidget(self.meet_place, 1)
        meet_form.addWidget(self.meet_status)
        meet_form.addWidget(add_meet)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(8)
        layout.addWidget(plain(self.tr("Referrals"), "sectionTitle", selectable=False))
        layout.addWidget(self.referrals)
        layout.addLayout(ref_form)
        layout.addWidget(self.remove_ref, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addSpacing(8)
        layout.addWidget(plain(self.tr("One-to-ones"), "sectionTitle", selectable=False))
        layout.addWidget(self.meetings)
        layout.addLayout(meet_form)
        layout.addWidget(self.remove_meet, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.status)

    def _outcomes(self) -> dict[m.ReferralOutcome, str]:
        return {
            m.ReferralOutcome.OPEN: self.tr("Open"),
            m.ReferralOutcome.WON: self.tr("Won"),
            m.ReferralOutcome.LOST: self.tr("Lost"),
        }

    def _statuses(self) -> dict[m.OneToOneStatus, str]:
        return {
            m.OneToOneStatus.PLANNED: self.tr("Planned"),
            m.OneToOneStatus.HELD: self.tr("Held"),
            m.OneToOneStatus.CANCELLED: self.tr("Cancelled"),
        }

    def show_for(
        self, contact_id: int | None, referrals: list[m.Referral], meetings: list[m.OneToOne]
    ) -> None:
        self.contact_id = contact_id
        self.status.setText("")
        self.referrals.clear()
        for ref in referrals:
            direction = (
                self.tr("given")
                if ref.direction is m.ReferralDirection.GIVEN
                else self.tr("received")
            )
            bits = [ref.referred_on.strftime("%d.%m.%Y"), direction, ref.description]
            if ref.value_cents is not None:
                bits.append(f"{ref.value_cents / 100:,.0f} €".replace(",", "."))
            bits.append(self._outcomes()[ref.outcome])
            item = QListWidgetItem(" · ".join(b for b in bits if b))
            item.setData(Qt.ItemDataRole.UserRole, ref.id)
            self.referrals.addItem(item)
        if not referrals:
            self.referrals.addItem(self._empty_item(self.tr("No referrals yet.")))
        self.meetings.clear()
        for meeting in meetings:
            when = meeting.scheduled_at.astimezone(self.service.zone).strftime("%d.%m.%Y %H:%M")
            bits = [when, meeting.place, self._statuses()[meeting.status], meeting.notes]
            item = QListWidgetItem(" · ".join(b for b in bits if b))
            item.setData(Qt.ItemDataRole.UserRole, meeting.id)
            self.meetings.addItem(item)
        if not meetings:
            self.meetings.addItem(self._empty_item(self.tr("No one-to-ones yet.")))

    def _empty_item(self, text: str) -> QListWidgetItem:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.NoItemFlags)
        return item

    def flush(self) -> None:
        """A referral or one-to-one typed but not added yet is added (before another page)."""
        if self.contact_id is None:
            return
        if self.ref_description.text().strip():
            self.add_referral()
        if self.meet_place.text().strip():
            self.add_one_to_one()

    def _run(self, fn: object) -> None:
        self.tasks.run(fn, lambda _r: self.changed.emit(), self._failed)  # type: ignore[arg-type]

    def _failed(self, error: NetzwerkError) -> None:
        self.status.setText(error_text(error))
        self.tasks.failed.emit(error_text(error))  # also when the page shows someone else by now

    def add_referral(self) -> None:
        if self.contact_id is None:
            return
        value = self.ref_value.value()
        referral = m.Referral(
            contact_id=self.contact_id,
            direction=m.ReferralDirection(self.ref_direction.currentData()),
            referred_on=self.ref_date.date().toPython(),  # type: ignore[arg-type]
            description=self.ref_description.text(),
            value_cents=round(value * 100) if value > 0 else None,
            outcome=m.ReferralOutcome(self.ref_outcome.currentData()),
        )
        service = self.service
        self.ref_description.clear()
        self._run(lambda: service.add_referral(referral))

    def add_one_to_one(self) -> None:
        if self.contact_id is None:
            return
        d, t = self.meet_when.date(), self.meet_when.time()
        wall = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())
        try:
            when = aware_local(wall, self.service.zone)
        except ValidationError as exc:
            self.status.setText(error_text(exc))
            return
        meeting = m.OneToOne(
            contact_id=self.contact_id,
            scheduled_at=when.astimezone(UTC),
            place=self.meet_place.text(),
            status=m.OneToOneStatus(self.meet_status.currentData()),
        )
        service = self.service
        self.meet_place.clear()
        self._run(lambda: service.add_one_to_one(meeting))

    def _selected_id(self, widget: QListWidget) -> int | None:
        item = widget.currentItem()
        value = item.data(Qt.ItemDataRole.UserRole) if item is not None else None
        return int(value) if value is not None else None

    def remove_referral(self) -> None:
        ref_id = self._selected_id(self.referrals)
        if ref_id is not None:
            service = self.service
            self._run(lambda: service.delete_referral(ref_id))

    def remove_one_to_one(self) -> None:
        meeting_id = self._selected_id(self.meetings)
        if meeting_id is not None:
            service = self.service
            self._run(lambda: service.delete_one_to_one(meeting_id))
