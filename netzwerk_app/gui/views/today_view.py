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
from netzwerk_app.domain.model import Channel
from netzwerk_app.gui.qt import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QShowEvent,
    QStackedWidget,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from netzwerk_app.gui.tasks import TaskRunner
from netzwerk_app.gui.views.contacts_view import empty_state
from netzwerk_app.gui.views.followup_labels import number_text
from netzwerk_app.gui.views.today_actions import TodayActions
from netzwerk_app.gui.views.today_keys import key_action, keyed_button
from netzwerk_app.gui.views.today_side import TodaySide, section
from netzwerk_app.gui.views.today_status import (
    ActionStatus,
    item_channel,
    item_kind,
    queue_line,
)
from netzwerk_app.gui.widgets.consistency_panel import plain as plain_label
from netzwerk_app.gui.widgets.findings import finding_texts, underline_findings
from netzwerk_app.gui.widgets.sync_arrivals import SyncArrivals
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


class TodayView(TodayActions, QWidget):
    open_contact = Signal(int)
    open_event = Signal(int)
    draft_ahead = Signal()  # a draft is about to show (the window asks for the user's name)

    def __init__(
        self,
        followups: FollowUpService,
        events: EventService,
        stats: StatsService,
        tasks: TaskRunner,
        zone: tzinfo,
        language: str = "en",
        calendar: CalendarExportService | None = None,
        settings_file: Path | None = None,
    ) -> None:
        super().__init__()
        self.settings_file = settings_file
        self.followups, self.events, self.stats, self.tasks = followups, events, stats, tasks
        self.calendar = calendar or CalendarExportService(followups)
        self.zone = zone
        self.items: list[QueueItem] = []
        self.current: QueueItem | None = None

        self.heading = plain_label("", "pageTitle")
        # --- the queue -----------------------------------------------------------------
        self.queue_list = QListWidget()
        self.queue_list.setObjectName("queueList")
        self.queue_list.setUniformItemSizes(True)
        self._row = 0
        self.queue_list.currentRowChanged.connect(self._on_item)
        self.queue_empty = empty_state(
            self.tr(
                "Nothing due today.\n\nAfter your next event, log the people you met: "
                "tomorrow morning their connection requests are drafted here."
            )
        )
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
        self.body.setTabChangesFocus(True)  # Tab leaves the message box
        self.count = plain_label("", "draftCount")
        self.problems = plain_label("", "formError")
        # What the user typed per follow-up until its save is done: a reload of the
        # queue or a switch to another item shows it instead of the stored draft.
        self._edits: dict[int, tuple[str, str]] = {}
        self._check_timer = QTimer(self, singleShot=True, interval=250)
        self._check_timer.timeout.connect(self._check)
        self.body.textChanged.connect(self._on_text_changed)
        self.subject.textChanged.connect(self._on_text_changed)
        # Every button keeps its place for every kind of item: disabled, never hidden.
        self.copy_button = keyed_button(self, self.tr("Copy text"), "copy", self.copy_text)
        self.profile_button = keyed_button(
            self, self.tr("Open profile"), "profile", self.open_profile
        )
        self._profile_texts = (self.tr("Open profile"), self.tr("Search on LinkedIn"))
        self.mail_button = keyed_button(self, self.tr("Open e-mail draft"), "mail", self.open_mail)
        self.xing_search_button = keyed_button(
            self, self.tr("Search on XING"), "xing", self.search_xing
        )
        self.done_button = keyed_button(self, self.tr("Done"), "done", self.mark_done)
        self.done_button.setObjectName("primaryButton")
        self.snooze_button = keyed_button(
            self, self.tr("Later"), "later", partial(self.snooze, rules.SnoozeOption.TOMORROW)
        )
        snooze_menu = QMenu(self.snooze_button)
        for label, option in (
            (self.tr("In an hour"), rules.SnoozeOption.ONE_HOUR),
            (self.tr("Tomorrow morning"), rules.SnoozeOption.TOMORROW),
            (self.tr("Next week"), rules.SnoozeOption.NEXT_WEEK),
        ):
            snooze_menu.addAction(label, partial(self.snooze, option))
        self.snooze_button.setMenu(snooze_menu)
        self.skip_button = keyed_button(self, self.tr("Skip …"), "skip", self.skip)
        self.profile_field = QLineEdit()
        self.profile_field.setObjectName("profileField")
        self.profile_field.setPlaceholderText(
            self.tr("Found them? Paste their LinkedIn or XING profile address")
        )
        self.profile_field.returnPressed.connect(self.save_profile)
        self.save_profile_button = keyed_button(
            self, self.tr("Save profile"), "paste", self.paste_profile
        )
        self.status = ActionStatus(self)
        self.status.undo_requested.connect(self.undo)
        key_action(self, "undo", self.status.undo_button.click)
        # Three rows, so that long German words fit: reach them, find them, act.
        rows = (
            (self.copy_button, self.profile_button, self.mail_button, self.xing_search_button),
            (self.profile_field, self.save_profile_button),
            (self.status, self.skip_button, self.snooze_button, self.done_button),
        )
        writer_frame, writer = section(self.tr("Message"))
        writer.addWidget(self.who)
        writer.addWidget(self.what)
        wide: tuple[QWidget, ...] = (self.profile_field, self.status)
        for number, row in enumerate(rows):
            line = QHBoxLayout()
            for control in row:
                line.addWidget(control, 1 if control in wide else 0)
            if number == 0:
                line.addStretch(1)
            writer.addLayout(line)
        for part in (self.subject, self.body, self.count, self.problems):
            writer.addWidget(part)
        writer.setStretchFactor(self.body, 1)
        self.writer_frame = writer_frame

        self.side = TodaySide(zone, language)
        self.side.open_contact.connect(self.open_contact)
        self.side.add_arrivals(SyncArrivals(events, tasks, zone, on_change=self.refresh))

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
        left.addWidget(queue_frame, 1)
        left.addWidget(writer_frame, 1)
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
        # The item shown before, else the one now in its place (the next after a done).
        row_to_select = min(self._row, max(0, len(self.items) - 1))
        for row, item in enumerate(self.items):
            self.queue_list.addItem(QListWidgetItem(queue_line(item)))
            if item.followup.id == selected:
                row_to_select = row
        self.queue_list.blockSignals(False)
        self.queue_stack.setCurrentWidget(self.queue_list if self.items else self.queue_empty)
        if any(item.draft.draft is not None for item in self.items):
            self.draft_ahead.emit()
        if self.items:
            self.queue_list.setCurrentRow(row_to_select)
            self._on_item(row_to_select)
            focus = QApplication.focusWidget()
            if self.isVisible() and (focus is None or not self.isAncestorOf(focus)):
                self.queue_list.setFocus()  # the keyboard starts in the queue
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
        if 0 <= row < len(self.items):
            self._row = row
        self.show_item(self.items[row] if 0 <= row < len(self.items) else None)

    def showEvent(self, event: QShowEvent) -> None:
        """The profile button is as wide as its longer text: the buttons never move."""
        super().showEvent(event)
        text, widths = self.profile_button.text(), []
        for candidate in self._profile_texts:
            self.profile_button.setText(candidate)
            widths.append(self.profile_button.sizeHint().width())
        self.profile_button.setText(text)
        self.profile_button.setMinimumWidth(max(widths))

    def _set_text(self, body: str, subject: str) -> None:
        self.body.blockSignals(True)
        self.subject.blockSignals(True)
        self.body.setPlainText(body)
        self.subject.setText(subject)
        self.subject.blockSignals(False)
        self.body.blockSignals(False)

    def show_item(self, item: QueueItem | None) -> None:
        self.current = item
        self.writer_frame.setEnabled(item is not None)
        if item is None:
            self.who.setText(self.tr("Choose a follow-up on the left."))
            self.what.setText("")
            self._set_text("", "")
            self.count.setText("")
            self.problems.setText("")
            return
        self.who.setText(item.contact_name)
        bits = [item_kind(item), item_channel(item)]
        if item.network:
            bits.append(item.network)
        self.what.setText(" · ".join(bits))
        draft = item.draft.draft
        self._set_text(draft.body if draft else "", draft.subject if draft else "")
        edited = self._edits.get(item.followup.id) if item.followup.id is not None else None
        if edited is not None and draft is not None:
            self._set_text(*edited)
            self._check_timer.start()  # saved again, and counted for what is shown
        mail = bool(draft and draft.mode == "email")
        # Nothing is hidden or moved between kinds: what does not apply is disabled.
        self.subject.setEnabled(mail)
        self.body.setEnabled(draft is not None)
        self.copy_button.setEnabled(draft is not None)
        self.profile_button.setEnabled(bool(item.profile_url or item.search_url))
        self.profile_button.setText(
            self._profile_texts[0]
            if item.profile_url or not item.search_url
            else self._profile_texts[1]
        )
        self.mail_button.setEnabled(
            item.followup.channel is Channel.EMAIL and bool(item.email) and draft is not None
        )
        self.xing_search_button.setEnabled(bool(item.xing_search_url))
        searching = item.search_url is not None
        self.profile_field.setEnabled(searching)
        self.save_profile_button.setEnabled(searching)
        self.profile_field.clear()
        self._show_view(item.draft)

    def _show_view(self, view: DraftView) -> None:
        draft = view.draft
        if draft is None:
            self.count.setText(self.tr("No message needed: just do it and mark it done."))
            self.problems.setText("")
            return
        plain = self.current is not None and self.current.without_note
        if draft.limit is None:
            self.count.setText(self.tr("{n} characters").format(n=number_text(draft.length)))
        else:
            self.count.setText(
                self.tr("{n} / {limit} characters").format(
                    n=number_text(draft.length), limit=number_text(draft.limit)
                )
            )
        if plain:
            self.count.setText(
                self.tr("Connect without a note now; this text is the thank-you once connected.")
                + "  "
                + self.count.text()
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
