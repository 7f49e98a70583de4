"""Heute / Today: due follow-ups with their drafted messages, events, people losing touch.

The writer on the right: edit the draft, watch the count against the network's
limit, copy it, open the profile, then mark it done — the app never sends.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import tzinfo
from functools import partial
from pathlib import Path

from netzwerk_app.domain import followups as rules
from netzwerk_app.domain.errors import NetzwerkError
from netzwerk_app.domain.links import mailto_url
from netzwerk_app.domain.model import Channel
from netzwerk_app.gui.i18n import error_text
from netzwerk_app.gui.qt import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    Qt,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from netzwerk_app.gui.tasks import TaskRunner
from netzwerk_app.gui.views.contacts_view import plain_label
from netzwerk_app.gui.views.followup_labels import channel_label, kind_label, number_text
from netzwerk_app.gui.views.today_side import TodaySide, section
from netzwerk_app.gui.widgets.findings import finding_texts, underline_findings
from netzwerk_app.gui.widgets.safe_links import open_external
from netzwerk_app.services.calendar_export import CalendarExportService
from netzwerk_app.services.events import EventService, EventSummary
from netzwerk_app.services.followup_data import DraftView, Queue, QueueItem
from netzwerk_app.services.followups import FollowUpService
from netzwerk_app.services.stats import MonthStat, StatsService


@dataclass(frozen=True)
class TodayData:
    queue: Queue
    events: list[EventSummary]
    stats: list[MonthStat]


class TodayView(QWidget):
    open_contact = Signal(int)
    open_event = Signal(int)

    def __init__(
        self,
        followups: FollowUpService,
        events: EventService,
        stats: StatsService,
        tasks: TaskRunner,
        zone: tzinfo,
        language: str = "en",
        calendar: CalendarExportService | None = None,
    ) -> None:
        super().__init__()
        self.followups, self.events, self.stats, self.tasks = followups, events, stats, tasks
        self.calendar = calendar or CalendarExportService(followups)
        self.zone = zone
        self.items: list[QueueItem] = []
        self.current: QueueItem | None = None

        self.heading = plain_label("", "pageTitle")
        # --- the queue -----------------------------------------------------------------
        self.queue_list = QListWidget()
        self.queue_list.setObjectName("queueList")
        self.queue_list.currentRowChanged.connect(self._on_item)
        self.queue_empty = plain_label(
            self.tr(
                "Nothing due today.\n\nAfter your next event, log the people you met: "
                "tomorrow morning their connection requests are drafted here."
            ),
            "emptyState",
        )
        self.queue_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.queue_stack = QStackedWidget()
        self.queue_stack.addWidget(self.queue_list)
        self.queue_stack.addWidget(self.queue_empty)

        # --- the writer ----------------------------------------------------------------
        self.who = plain_label("", "cardName")
        self.what = plain_label("", "cardMuted")
        self.subject = QLineEdit()
        self.subject.setPlaceholderText(self.tr("Subject"))
        self.body = QPlainTextEdit()
        self.body.setObjectName("draftText")
        self.count = plain_label("", "draftCount")
        self.problems = plain_label("", "formError")
        # What the user typed per follow-up until its save is done: a reload of the
        # queue or a switch to another item shows it instead of the stored draft.
        self._edits: dict[int, tuple[str, str]] = {}
        self._check_timer = QTimer(self, singleShot=True, interval=250)
        self._check_timer.timeout.connect(self._check)
        self.body.textChanged.connect(self._on_text_changed)
        self.subject.textChanged.connect(self._on_text_changed)
        self.copy_button = QPushButton(self.tr("Copy text"))
        self.copy_button.clicked.connect(self.copy_text)
        self.profile_button = QPushButton(self.tr("Open profile"))
        self.profile_button.clicked.connect(self.open_profile)
        self.mail_button = QPushButton(self.tr("Open e-mail draft"))
        self.mail_button.clicked.connect(self.open_mail)
        self.done_button = QPushButton(self.tr("Done"))
        self.done_button.setObjectName("primaryButton")
        self.done_button.clicked.connect(self.mark_done)
        self.snooze_button = QPushButton(self.tr("Later"))
        snooze_menu = QMenu(self.snooze_button)
        for label, option in (
            (self.tr("In an hour"), rules.SnoozeOption.ONE_HOUR),
            (self.tr("Tomorrow morning"), rules.SnoozeOption.TOMORROW),
            (self.tr("Next week"), rules.SnoozeOption.NEXT_WEEK),
        ):
            snooze_menu.addAction(label, partial(self.snooze, option))
        self.snooze_button.setMenu(snooze_menu)
        self.skip_button = QPushButton(self.tr("Skip …"))
        self.skip_button.clicked.connect(self.skip)
        actions = QHBoxLayout()
        for button in (self.copy_button, self.profile_button, self.mail_button):
            actions.addWidget(button)
        actions.addStretch(1)
        for button in (self.skip_button, self.snooze_button, self.done_button):
            actions.addWidget(button)
        writer_frame, writer = section(self.tr("Message"))
        for widget in (self.who, self.what, self.subject, self.body, self.count, self.problems):
            writer.addWidget(widget)
        writer.addLayout(actions)
        self.writer_frame = writer_frame

        self.side = TodaySide(zone, language)
        self.side.open_contact.connect(self.open_contact)

        left = QVBoxLayout()
        queue_frame, queue_layout = section(self.tr("Due follow-ups"))
        self.quota = plain_label("", "cardMuted")
        self.calendar_button = QPushButton(self.tr("Add to my calendar …"))
        self.calendar_button.clicked.connect(self.export_calendar)
        quota_row = QHBoxLayout()
        quota_row.addWidget(self.quota, 1)
        quota_row.addWidget(self.calendar_button)
        queue_layout.addLayout(quota_row)
        queue_layout.addWidget(self.queue_stack, 1)
        left.addWidget(queue_frame, 2)
        left.addWidget(writer_frame, 3)
        columns = QHBoxLayout()
        columns.addLayout(left, 3)
        columns.addWidget(self.side, 2)
        page = QVBoxLayout(self)
        page.setContentsMargins(16, 16, 16, 16)
        page.addWidget(self.heading)
        page.addLayout(columns, 1)
        self.show_item(None)

    # --- loading -------------------------------------------------------------------

    def refresh(self) -> None:
        followups, events, stats, zone = self.followups, self.events, self.stats, self.zone

        def load() -> TodayData:
            now = followups.clock.now()
            return TodayData(
                followups.queue(now), events.list_events(), stats.last_twelve_months(now, zone)
            )

        self.tasks.run(load, self._show)

    def _show(self, data: TodayData) -> None:
        now = data.queue.at.astimezone(self.zone)
        self.heading.setText(self.tr("Today, {date}").format(date=now.strftime("%d.%m.%Y")))
        selected = self.current.followup.id if self.current else None
        self.items = data.queue.items
        self.queue_list.blockSignals(True)
        self.queue_list.clear()
        row_to_select = 0
        for row, item in enumerate(self.items):
            overdue = self.tr(" (overdue)") if item.overdue else ""
            text = (
                f"{item.contact_name} — {kind_label(item.followup.kind)} · "
                f"{channel_label(item.followup.channel)}{overdue}"
            )
            if item.event_title:
                text += f"\n{item.event_title}"
            if item.personal_note:
                text += "  ★ " + self.tr("worth a personal note")
            entry = QListWidgetItem(text)
            self.queue_list.addItem(entry)
            if item.followup.id == selected:
                row_to_select = row
        self.queue_list.blockSignals(False)
        self.queue_stack.setCurrentWidget(self.queue_list if self.items else self.queue_empty)
        if self.items:
            self.queue_list.setCurrentRow(row_to_select)
            self._on_item(row_to_select)
        else:
            self.show_item(None)
        self._show_quota(data.queue)
        self.side.show_data(data.events, data.queue, data.stats)

    def _show_quota(self, queue: Queue) -> None:
        quota = queue.quota
        if quota.quota is None:
            self.quota.setText(self.tr("LinkedIn Premium: no monthly limit on personal notes."))
        else:
            self.quota.setText(
                self.tr("Personal LinkedIn notes left this month: {left} of {quota}").format(
                    left=quota.remaining, quota=quota.quota
                )
            )

    # --- the writer ----------------------------------------------------------------

    def _on_item(self, row: int) -> None:
        self.flush()  # the text typed for the item being left is saved first
        self.show_item(self.items[row] if 0 <= row < len(self.items) else None)

    def show_item(self, item: QueueItem | None) -> None:
        self.current = item
        self.writer_frame.setEnabled(item is not None)
        if item is None:
            self.who.setText(self.tr("Choose a follow-up on the left."))
            self.what.setText("")
            self.body.blockSignals(True)
            self.body.setPlainText("")
            self.body.blockSignals(False)
            self.subject.hide()
            self.count.setText("")
            self.problems.setText("")
            return
        self.who.setText(item.contact_name)
        bits = [kind_label(item.followup.kind), channel_label(item.followup.channel)]
        if item.network:
            bits.append(item.network)
        self.what.setText(" · ".join(bits))
        draft = item.draft.draft
        self.body.blockSignals(True)
        self.subject.blockSignals(True)
        self.body.setPlainText(draft.body if draft else "")
        self.subject.setText(draft.subject if draft else "")
        self.subject.blockSignals(False)
        self.body.blockSignals(False)
        edited = self._edits.get(item.followup.id) if item.followup.id is not None else None
        if edited is not None and draft is not None:
            self.body.blockSignals(True)
            self.subject.blockSignals(True)
            self.body.setPlainText(edited[0])
            self.subject.setText(edited[1])
            self.subject.blockSignals(False)
            self.body.blockSignals(False)
            self._check_timer.start()  # saved again, and counted for what is shown
        self.subject.setVisible(bool(draft and draft.mode == "email"))
        self.body.setEnabled(draft is not None)
        self.copy_button.setEnabled(draft is not None)
        self.profile_button.setEnabled(bool(item.profile_url))
        self.mail_button.setVisible(item.followup.channel is Channel.EMAIL)
        self.mail_button.setEnabled(bool(item.email) and draft is not None)
        self._show_view(item.draft)

    def _show_view(self, view: DraftView) -> None:
        draft = view.draft
        if draft is None:
            self.count.setText(self.tr("No message needed: just do it and mark it done."))
            self.problems.setText("")
            return
        if draft.limit is None:
            self.count.setText(self.tr("{n} characters").format(n=number_text(draft.length)))
        else:
            self.count.setText(
                self.tr("{n} / {limit} characters").format(
                    n=number_text(draft.length), limit=number_text(draft.limit)
                )
            )
        self.count.setProperty("over", draft.over_limit)
        self.count.style().unpolish(self.count)
        self.count.style().polish(self.count)
        messages = finding_texts(view.draft, view.findings)
        self.problems.setText("\n".join(messages))
        underline_findings(self.body, view.findings)

    def _on_text_changed(self) -> None:
        if self.current is not None and self.current.followup.id is not None:
            self._edits[self.current.followup.id] = (
                self.body.toPlainText(),
                self.subject.text(),
            )
        self._check_timer.start()

    def flush(self) -> None:
        """Save a pending edit now (before another item, page or the window's close)."""
        if self._check_timer.isActive():
            self._check_timer.stop()
            self._check()

    def _check(self) -> None:
        item = self.current
        if item is None or item.followup.id is None:
            return
        followup_id, body, subject = item.followup.id, self.body.toPlainText(), self.subject.text()
        followups = self.followups

        def check_and_save() -> DraftView:
            followups.save_draft(followup_id, body, subject)
            return followups.check_draft(followup_id, body, subject)

        self.tasks.run(check_and_save, self._checked(followup_id, (body, subject)))

    def _checked(self, followup_id: int, saved: tuple[str, str]):  # type: ignore[no-untyped-def]
        def show(view: DraftView) -> None:
            if self._edits.get(followup_id) == saved:
                del self._edits[followup_id]  # stored: the database has it now
            if self.current and self.current.followup.id == followup_id:
                self._show_view(view)

        return show

    def copy_text(self) -> None:
        text = self.body.toPlainText()
        if self.subject.isVisible() and self.subject.text():
            text = f"{self.subject.text()}\n\n{text}"
        QApplication.clipboard().setText(text)
        self.count.setText(self.tr("Copied. Paste it into the network's message box."))

    def open_mail(self) -> None:
        item = self.current
        if item is None or not item.email:
            return
        url = mailto_url(item.email, self.subject.text(), self.body.toPlainText())
        if url is None:
            self.problems.setText(self.tr("This e-mail address cannot be used for a draft."))
            return
        open_external(url, self)

    def export_calendar(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Add to my calendar"),
            str(Path.home() / "netzwerk-follow-ups.ics"),
            self.tr("Calendar files (*.ics)"),
        )
        if not name:
            return
        calendar = self.calendar
        self.tasks.run(lambda: calendar.export(Path(name)), self._exported, self._problem)

    def _exported(self, count: int) -> None:
        self.quota.setText(self.tr("%n follow-up(s) written to the calendar file.", "", count))

    def open_profile(self) -> None:
        if self.current and self.current.profile_url:
            open_external(self.current.profile_url, self)

    def _act(self, work) -> None:  # type: ignore[no-untyped-def]
        self.tasks.run(work, lambda _r: self.refresh(), self._problem)

    def _problem(self, error: NetzwerkError) -> None:
        self.problems.setText(error_text(error))

    def mark_done(self) -> None:
        if self.current and self.current.followup.id is not None:
            followup_id, followups = self.current.followup.id, self.followups
            self._act(lambda: followups.mark_done(followup_id))

    def snooze(self, option: rules.SnoozeOption) -> None:
        if self.current and self.current.followup.id is not None:
            followup_id, followups = self.current.followup.id, self.followups
            self._act(lambda: followups.snooze(followup_id, option))

    def skip(self) -> None:
        if not self.current or self.current.followup.id is None:
            return
        reason, ok = QInputDialog.getText(self, self.tr("Skip"), self.tr("Why skip this one?"))
        if ok and reason.strip():
            followup_id, followups = self.current.followup.id, self.followups
            self._act(lambda: followups.skip(followup_id, reason))
