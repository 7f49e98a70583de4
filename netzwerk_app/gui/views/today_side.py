"""The Today screen's side column: upcoming events, people losing touch, 12 months."""

from __future__ import annotations

from datetime import datetime, tzinfo

from netzwerk_app.gui.qt import (
    QFrame,
    QListWidget,
    QListWidgetItem,
    QScrollArea,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from netzwerk_app.gui.widgets.consistency_panel import plain as plain_label
from netzwerk_app.gui.widgets.month_chart import MonthChart
from netzwerk_app.gui.widgets.sync_arrivals import SyncArrivals
from netzwerk_app.services.events import EventSummary
from netzwerk_app.services.followup_data import Queue
from netzwerk_app.services.stats import MonthStat


def section(title: str) -> tuple[QFrame, QVBoxLayout]:
    frame = QFrame()
    frame.setObjectName("contactCard")
    layout = QVBoxLayout(frame)
    layout.setContentsMargins(16, 14, 16, 14)
    heading = plain_label(title, "sectionTitle")
    layout.addWidget(heading)
    return frame, layout


class TodaySide(QScrollArea):
    open_contact = Signal(int)

    def __init__(self, zone: tzinfo, language: str = "en") -> None:
        super().__init__()
        self.zone = zone
        events_frame, events_layout = section(self.tr("Today and upcoming events"))
        self.events_label = plain_label()
        events_layout.addWidget(self.events_label)
        touch_frame, touch_layout = section(self.tr("Losing touch"))
        self.touch_list = QListWidget()
        self.touch_list.setObjectName("plainList")
        self.touch_list.setMaximumHeight(140)
        self.touch_list.itemActivated.connect(
            lambda item: self.open_contact.emit(item.data(Qt.ItemDataRole.UserRole))
        )
        self.touch_empty = plain_label(self.tr("Nobody – you keep in touch well."), "cardMuted")
        touch_layout.addWidget(self.touch_list)
        touch_layout.addWidget(self.touch_empty)
        chart_frame, chart_layout = section(self.tr("The last 12 months"))
        self.chart = MonthChart(language)
        self.chart_legend = plain_label(
            self.tr(
                "Bars: events attended. Dots: share of new contacts followed up within 24 hours."
            ),
            "cardMuted",
        )
        chart_layout.addWidget(self.chart)
        chart_layout.addWidget(self.chart_legend)

        column = self.column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        self.arrivals: SyncArrivals | None = None  # "met at …?" for people from the phone
        for frame in (events_frame, touch_frame, chart_frame):
            column.addWidget(frame)
        column.addStretch(1)
        content = QWidget()
        content.setLayout(column)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setWidget(content)
        self.setMinimumWidth(340)
        self.setMaximumWidth(440)

    def add_arrivals(self, arrivals: SyncArrivals) -> None:
        self.arrivals = arrivals
        self.column.insertWidget(0, arrivals)

    def show_data(self, events: list[EventSummary], queue: Queue, stats: list[MonthStat]) -> None:
        if self.arrivals is not None:
            self.arrivals.refresh()
        self._events(events, queue.at)
        self._losing_touch(queue)
        self.chart.set_stats(stats)

    def _events(self, rows: list[EventSummary], now: datetime) -> None:
        start_of_day = now.astimezone(self.zone).replace(hour=0, minute=0, second=0, microsecond=0)
        coming = [r for r in rows if r.event.end >= start_of_day]
        coming.sort(key=lambda r: r.event.start)
        if not coming:
            self.events_label.setText(
                self.tr("No events planned. Once a month keeps a network alive.")
            )
            return
        lines = []
        for r in coming[:5]:
            when = r.event.start.astimezone(self.zone).strftime("%d.%m. %H:%M")
            lines.append(
                f"{when}  {r.event.title}" + (f" · {r.network_name}" if r.network_name else "")
            )
        self.events_label.setText("\n".join(lines))

    def _losing_touch(self, queue: Queue) -> None:
        self.touch_list.clear()
        for person in queue.losing_touch[:20]:
            days = person.days_overdue(queue.at)
            item = QListWidgetItem(
                self.tr("{name} – %n day(s) overdue", "", days).format(name=person.name)
            )
            item.setData(Qt.ItemDataRole.UserRole, person.contact_id)
            self.touch_list.addItem(item)
        has = bool(queue.losing_touch)
        self.touch_list.setVisible(has)
        self.touch_empty.setVisible(not has)
