"""A small bar chart: events per month, with the share followed up within 24 hours."""

from __future__ import annotations

from netzwerk_app.gui.qt import QColor, QPainter, QSize, Qt, QWidget
from netzwerk_app.services.stats import MonthStat

MONTHS = {
    "de": ["Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"],
    "en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
}


class MonthChart(QWidget):
    def __init__(self, language: str = "en") -> None:
        super().__init__()
        self.stats: list[MonthStat] = []
        self.language = language if language in MONTHS else "en"
        self.setMinimumHeight(150)

    def sizeHint(self) -> QSize:
        return QSize(360, 170)

    def set_stats(self, stats: list[MonthStat]) -> None:
        self.stats = stats
        self.update()

    def paintEvent(self, _event: object) -> None:
        if not self.stats:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = painter.fontMetrics()
        label_h = metrics.height() + 4
        top, bottom = label_h + 2, self.height() - label_h - 2
        width = self.width()
        slot = width / len(self.stats)
        most = max((s.events for s in self.stats), default=0) or 1
        bar_color, share_color = QColor("#7c9be6"), QColor("#2f9e6e")
        text_color = self.palette().placeholderText().color()  # muted, light or dark
        for index, stat in enumerate(self.stats):
            x = index * slot
            height = (bottom - top) * stat.events / most
            bar_w = max(slot * 0.55, 4)
            left = x + (slot - bar_w) / 2
            if stat.events:
                painter.fillRect(
                    int(left), int(bottom - height), int(bar_w), int(height), bar_color
                )
                painter.setPen(text_color)
                painter.drawText(
                    int(x),
                    int(bottom - height - label_h),
                    int(slot),
                    label_h,
                    Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom,
                    str(stat.events),
                )
            share = stat.followed_up_share
            if share is not None:
                # A dot on the share scale (0 % bottom, 100 % top).
                y = bottom - (bottom - top) * share
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(share_color)
                painter.drawEllipse(int(x + slot / 2 - 3), int(y - 3), 6, 6)
            painter.setPen(text_color)
            painter.drawText(
                int(x),
                int(bottom + 2),
                int(slot),
                label_h,
                Qt.AlignmentFlag.AlignHCenter,
                MONTHS[self.language][stat.month.month - 1],
            )
        painter.end()
