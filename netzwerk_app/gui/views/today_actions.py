"""What the Today writer's buttons do: copy, open (profile, search, e-mail draft), a
pasted profile, done / later / skip with a line saying what happened, and undo.

A mixin of ``TodayView`` (kept apart so that the view stays readable); its texts
are in the view's translation context.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from netzwerk_app.domain import followups as rules
from netzwerk_app.domain.errors import NetzwerkError
from netzwerk_app.domain.links import mailto_url
from netzwerk_app.gui.i18n import error_text
from netzwerk_app.gui.qt import QApplication, QLabel, QLineEdit, QPlainTextEdit, QWidget
from netzwerk_app.gui.tasks import TaskRunner
from netzwerk_app.gui.views.today_keys import open_remembered
from netzwerk_app.gui.views.today_status import ActionStatus, ask_skip_reason
from netzwerk_app.services.followups import FollowUpService, Undo

if TYPE_CHECKING:
    from netzwerk_app.services.followup_data import QueueItem

translate = QApplication.translate


class TodayActions:
    """Needs the view's writer widgets, services and ``refresh``."""

    current: QueueItem | None
    followups: FollowUpService
    tasks: TaskRunner
    settings_file: Path | None
    body: QPlainTextEdit
    subject: QLineEdit
    count: QLabel
    problems: QLabel
    profile_field: QLineEdit
    status: ActionStatus

    refresh: Callable[[], None]  # TodayView's
    flush: Callable[[], None]

    def _widget(self) -> QWidget:
        return cast("QWidget", self)

    def copy_text(self) -> None:
        text = self.body.toPlainText()
        if self.subject.isEnabled() and self.subject.text():
            text = f"{self.subject.text()}\n\n{text}"
        QApplication.clipboard().setText(text)
        self.count.setText(
            translate("TodayView", "Copied. Paste it into the network's message box.")
        )

    def open_mail(self) -> None:
        item = self.current
        if item is None or not item.email:
            return
        url = mailto_url(item.email, self.subject.text(), self.body.toPlainText())
        if url is None:
            self.problems.setText(
                translate("TodayView", "This e-mail address cannot be used for a draft.")
            )
            return
        self._open(url)

    def _open(self, url: str) -> None:
        open_remembered(url, self._widget(), self.followups.settings, self.settings_file)

    def open_profile(self) -> None:
        """The profile; without one, the LinkedIn people search (never scraped)."""
        if self.current and (url := self.current.profile_url or self.current.search_url):
            self._open(url)

    def search_xing(self) -> None:
        if self.current and self.current.xing_search_url:
            self._open(self.current.xing_search_url)

    def paste_profile(self) -> None:
        """The clipboard into the profile field (if empty), then saved."""
        if not self.profile_field.isEnabled():
            return
        if not self.profile_field.text().strip():
            self.profile_field.setText(QApplication.clipboard().text().strip())
        self.profile_field.setFocus()
        self.save_profile()

    def save_profile(self) -> None:
        item, text = self.current, self.profile_field.text()
        if item is None or item.followup.id is None or not text.strip():
            return
        followup_id, followups = item.followup.id, self.followups

        def saved(_f: object) -> None:
            self.status.say(translate("TodayView", "Profile saved."))
            self.refresh()

        self.tasks.run(lambda: followups.set_profile(followup_id, text), saved, self._problem)

    def _problem(self, error: NetzwerkError) -> None:
        self.problems.setText(error_text(error))

    def _act(self, work: Callable[[int], object], said: str) -> None:
        """Done / later / skip on the current item, said in the status line with an undo."""
        item = self.current
        if item is None or item.followup.id is None:
            return
        followup_id, followups = item.followup.id, self.followups
        self.flush()

        def run() -> Undo:
            undo = followups.snapshot(followup_id)
            work(followup_id)
            return undo

        def shown(undo: Undo) -> None:
            self.status.say(said.format(name=item.contact_name), undo)
            self.refresh()

        self.tasks.run(run, shown, self._problem)

    def undo(self, undo: Undo) -> None:
        followups = self.followups

        def shown(_f: object) -> None:
            self.status.say(translate("TodayView", "Undone: it is back in the queue."))
            self.refresh()

        self.tasks.run(lambda: followups.restore(undo), shown, self._problem)

    def mark_done(self) -> None:
        followups = self.followups
        self._act(followups.mark_done, translate("TodayView", "Done: {name}."))

    def snooze(self, option: rules.SnoozeOption) -> None:
        followups = self.followups
        said = {
            rules.SnoozeOption.ONE_HOUR: translate(
                "TodayView", "Later: {name} comes back in an hour."
            ),
            rules.SnoozeOption.TOMORROW: translate(
                "TodayView", "Later: {name} comes back tomorrow morning."
            ),
            rules.SnoozeOption.NEXT_WEEK: translate(
                "TodayView", "Later: {name} comes back next week."
            ),
        }.get(option, translate("TodayView", "Later: {name}."))
        self._act(lambda fid: followups.snooze(fid, option), said)

    def skip(self) -> None:
        if not self.current or self.current.followup.id is None:
            return
        reason = ask_skip_reason(self._widget())
        if reason is not None:
            followups = self.followups
            self._act(
                lambda fid: followups.skip(fid, reason), translate("TodayView", "Skipped: {name}.")
            )
