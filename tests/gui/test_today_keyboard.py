"""The morning queue worked through with the keyboard only.

Twenty requests after a breakfast: every key is a QTest key click on the widget that
has the focus (no mouse, no method of ours called); the browser and the mail program
are Qt's URL handlers, which record what would have been opened. The test counts the
keys per request and checks that each request ends done exactly once, with the
contact's relationship state to show it.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from browser_double import Browser

from netzwerk_app.app import AppContext
from netzwerk_app.domain import model as m
from netzwerk_app.gui.main_window import MainWindow
from netzwerk_app.gui.qt import QApplication, Qt, QTimer
from netzwerk_app.infra.settings import load_settings
from netzwerk_app.services.contacts import new_contact


def breakfast(ctx: AppContext, people: int = 20) -> dict[int, m.Channel]:
    """Twenty people met at Friday's breakfast: LinkedIn, XING and e-mail only ones."""
    friday = ctx.clock.now() - timedelta(days=1)  # Friday 27 November, 10:00
    start = friday.replace(hour=6, minute=45)
    event = ctx.events.create_event(
        "Unternehmerfrühstück", start, start + timedelta(hours=2), "BNI Isartal"
    )
    assert event.id
    channels: dict[int, m.Channel] = {}
    for n in range(people):
        if n % 7 == 3:
            urls, emails, channel = [f"https://www.xing.com/profile/P_{n}"], [], m.Channel.XING
        elif n % 7 == 5:
            urls, emails, channel = [], [f"person{n}@example.org"], m.Channel.EMAIL
        else:
            urls, emails, channel = [f"https://www.linkedin.com/in/p{n}"], [], m.Channel.LINKEDIN
        contact = ctx.contacts.create(
            new_contact(f"Person {n:02d} Beispiel", urls=urls, emails=emails)
        )
        assert contact.id
        ctx.events.record_encounter(
            event.id, contact.id, pitch=f"Thema {n}", cooperation_idea=f"Idee {n}"
        )
        channels[contact.id] = channel
    return channels


class Keyboard:
    """Key clicks on whatever widget has the focus; counts them."""

    def __init__(self, qtbot: Any) -> None:
        self.qtbot = qtbot
        self.count = 0

    def press(
        self, key: Qt.Key, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        # After a dialog the window manager gives the focus back (offscreen: a moment).
        self.qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5000)
        target = QApplication.focusWidget()
        assert target is not None
        self.count += 1
        self.qtbot.keyClick(target, key, modifiers)  # QTest.keyClick

    def confirm_dialog_later(self) -> None:
        """Enter on the confirmation that the next key opens (a modal dialog)."""

        def enter() -> None:
            dialog = QApplication.activeModalWidget()
            if dialog is None:
                QTimer.singleShot(20, enter)
                return
            self.count += 1
            self.qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)

        QTimer.singleShot(20, enter)


CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_twenty_requests_by_keyboard_alone(
    ctx: AppContext, open_window: Any, qtbot: Any, browser: Browser
) -> None:
    channels = breakfast(ctx)
    # From Saturday 10:00 (the suite's clock) to Monday 08:31: the requests are due.
    ctx.clock.set(ctx.clock.now() + timedelta(days=2, hours=-1, minutes=-29))
    window: MainWindow = open_window(size=(1920, 1080))
    window.activateWindow()
    qtbot.waitExposed(window)
    window.sidebar.setCurrentRow(window.PAGE_TODAY)
    today = window.today_view
    today.refresh()
    qtbot.waitUntil(lambda: len(today.items) >= 20, timeout=30000)
    qtbot.waitUntil(lambda: today.queue_list.hasFocus(), timeout=5000)

    def requests_left() -> int:
        return sum(i.followup.kind is m.FollowUpKind.CONNECTION_REQUEST for i in today.items)

    assert requests_left() == 20  # one each, first in the queue (website reviews follow)

    keys = Keyboard(qtbot)
    confirmed: set[str] = set()
    done_ids: list[int] = []
    per_request: list[int] = []
    while requests_left():
        item = today.current
        assert item is not None and item.followup.id is not None
        assert item.followup.kind is m.FollowUpKind.CONNECTION_REQUEST
        before = keys.count
        keys.press(Qt.Key.Key_C, CTRL_SHIFT)  # copy
        assert QApplication.clipboard().text().endswith(today.body.toPlainText())
        host = "mail" if item.followup.channel is m.Channel.EMAIL else item.followup.channel.value
        if host not in confirmed:  # the first link to a host asks once
            keys.confirm_dialog_later()
            confirmed.add(host)
        opened = len(browser.opened)
        if item.followup.channel is m.Channel.EMAIL:
            keys.press(Qt.Key.Key_E, CTRL_SHIFT)  # the e-mail draft
        else:
            keys.press(Qt.Key.Key_O, CTRL_SHIFT)  # the profile
        qtbot.waitUntil(lambda n=opened: len(browser.opened) == n + 1, timeout=10000)
        remaining = requests_left()
        keys.press(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # done
        qtbot.waitUntil(lambda n=remaining: requests_left() == n - 1, timeout=20000)
        done_ids.append(item.followup.id)
        per_request.append(keys.count - before)
    window.tasks.wait()

    print(f"\nkeys per request: {per_request}; total {keys.count} for {len(per_request)}")
    assert len(per_request) == 20 and max(per_request) <= 5
    assert keys.count <= 3 * 20 + 3  # 3 a request, plus one confirmation per host
    assert sorted(done_ids) == sorted({*done_ids})  # none doubled
    followups = [f for c in channels for f in ctx.contacts.details(c).followups]
    requests = [f for f in followups if f.kind is m.FollowUpKind.CONNECTION_REQUEST]
    assert len(requests) == 20 and all(f.status is m.FollowUpStatus.DONE for f in requests)
    assert sorted(f.id for f in requests) == sorted(done_ids)  # none lost
    for contact_id, channel in channels.items():
        contact = ctx.contacts.get(contact_id)
        if channel is m.Channel.LINKEDIN:
            assert contact.linkedin_state is m.RelationshipState.SENT
        elif channel is m.Channel.XING:
            assert contact.xing_state is m.RelationshipState.SENT
    # Each host was confirmed once and is remembered in the settings.
    hosts = load_settings(ctx.paths.settings_file).confirmed_link_hosts.split(",")
    assert sorted(hosts) == ["mailto:", "www.linkedin.com", "www.xing.com"]
    assert len(browser.opened) == 20
