"""Repeat last event: a weekly chapter's 30 people, regulars ticked and guests typed.

The issue's target: 30 people, regulars and a few guests, in under 5 minutes (typing
a name and a pitch costs 15-18 s a person, so 30 typed take 7-9 minutes). The test
drives the real window: Repeat, tick 25 regulars, Save, type 5 guests in the
roster; it counts the clicks and keys and estimates the time from them.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from netzwerk_app.app import AppContext
from netzwerk_app.domain import model as m
from netzwerk_app.gui.main_window import MainWindow
from netzwerk_app.gui.qt import QDialogButtonBox, Qt, QTimer
from netzwerk_app.infra.clock import FixedClock

BERLIN = ZoneInfo("Europe/Berlin")
# Tuesday breakfasts at 06:45; the user records this Tuesday's right after it.
LAST_TUESDAY = datetime(2026, 11, 24, 6, 45, tzinfo=BERLIN)
AFTER_BREAKFAST = datetime(2026, 12, 1, 9, 0, tzinfo=BERLIN)
GUESTS = [
    ("Lena Vogt", "Webdesign fuer Praxen"),
    ("Tim Kurz", "Fotograf"),
    ("Ida Roth", "Steuerberatung"),
    ("Ben Falk", "IT-Service"),
    ("Mia Hahn", "Coaching"),
]
# Time per action: the 15-18 s per typed person; a tick is reading a name and
# clicking its row (keystroke-level model: mental 1.35 s + point 1.1 s + click 0.2 s,
# rounded up to 3 s); opening Repeat, checking the prefilled form and saving: 15 s.
TYPED_PERSON_S = (15, 18)
TICK_S = 3
DIALOG_S = 15


@pytest.fixture
def window(open_window: Callable[..., MainWindow], qtbot: QtBot) -> MainWindow:
    win = open_window(size=(1280, 900))
    win.activateWindow()
    qtbot.waitActive(win)
    return win


def chapter(ctx: AppContext) -> list[m.Contact]:
    """Six breakfasts; 28 members came to most of them, a guest now and then."""
    members = [
        ctx.contacts.create(
            m.Contact(
                formatted_name=f"Mitglied {n:02d}",
                urls=[m.Url(f"https://www.linkedin.com/in/mitglied-{n:02d}")],
            )
        )
        for n in range(28)
    ]
    for week in range(6):
        start = LAST_TUESDAY - timedelta(weeks=week)
        event = ctx.events.create_event(
            "Unternehmerfrühstück", start, start + timedelta(hours=1, minutes=45),
            "BNI Isartal", place="Hotel Post",
        )  # fmt: skip
        came = [c.id or 0 for n, c in enumerate(members) if (n + week) % 4 != 0]
        guest = ctx.contacts.create(m.Contact(formatted_name=f"Gast {week}"))
        ctx.events.record_met(event.id or 0, [*came, guest.id or 0])
    return members


def test_thirty_people_of_a_weekly_chapter_in_under_five_minutes(
    ctx: AppContext, clock: FixedClock, window: MainWindow, qtbot: QtBot
) -> None:
    members = chapter(ctx)
    clock.set(AFTER_BREAKFAST)
    window.refresh()
    window.sidebar.setCurrentRow(window.PAGE_EVENTS)
    events = window.events_view
    qtbot.waitUntil(lambda: events.model.rowCount() == 6, timeout=20000)
    events.table.selectRow(0)  # last week's breakfast
    qtbot.waitUntil(lambda: events.repeat_button.isEnabled(), timeout=20000)

    clicks, keys, seen = 0, 0, {}

    def tick_and_save() -> None:
        nonlocal clicks
        dialog = events.dialog
        seen["title"] = dialog.title_edit.text()
        seen["place"] = dialog.place.text()
        seen["start"] = dialog.start.dateTime().toString("yyyy-MM-dd HH:mm")
        checklist = dialog.regulars.list
        seen["regulars"] = checklist.count()
        for row in range(25):
            item = checklist.item(row)
            checklist.scrollToItem(item)
            rect = checklist.visualItemRect(item)
            qtbot.mouseClick(checklist.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            clicks += 1
        seen["ticked"] = len(dialog.ticked())
        buttons = dialog.findChild(QDialogButtonBox)
        save = buttons.button(QDialogButtonBox.StandardButton.Save)
        qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
        clicks += 1

    # The dialog opens once the plan is loaded, modal: a timer drives it when it shows.
    def drive_when_open() -> None:
        dialog = getattr(events, "dialog", None)
        if dialog is not None and dialog.isVisible() and "ticked" not in seen:
            poll.stop()
            tick_and_save()

    poll = QTimer(interval=20)
    poll.timeout.connect(drive_when_open)
    poll.start()
    qtbot.mouseClick(events.repeat_button, Qt.MouseButton.LeftButton)
    clicks += 1
    qtbot.waitUntil(lambda: "ticked" in seen, timeout=20000)
    poll.stop()

    assert seen["title"] == "Unternehmerfrühstück" and seen["place"] == "Hotel Post"
    assert seen["start"] == "2026-12-01 06:45"  # a week after the last one
    assert seen["regulars"] == 28 and seen["ticked"] == 25  # no one-time guest listed

    roster = events.roster
    qtbot.waitUntil(lambda: roster.model.rowCount() == 25, timeout=20000)
    # Straight on with the guests: the cursor waits in the roster's name field.
    qtbot.waitUntil(lambda: window.focusWidget() is roster.name, timeout=20000)
    qtbot.waitUntil(window.isActiveWindow, timeout=20000)
    for name, pitch in GUESTS:
        qtbot.keyClicks(roster.name, name)
        qtbot.keyClick(roster.name, Qt.Key.Key_Tab)
        assert roster.pitch.hasFocus()
        qtbot.keyClicks(roster.pitch, pitch)
        qtbot.keyClick(roster.pitch, Qt.Key.Key_Return)
        keys += len(name) + 1 + len(pitch) + 1
    qtbot.waitUntil(lambda: roster.model.rowCount() == 30, timeout=20000)

    new_event = roster.event_id or 0
    met = {c.display_name for _e, c in ctx.events.event(new_event).encounters}
    assert len(met) == 30 and {n for n, _p in GUESTS} <= met
    ticked = {c.display_name for c in members[:28]} & met
    assert len(ticked) == 25

    low = len(GUESTS) * TYPED_PERSON_S[0] + 25 * TICK_S + DIALOG_S
    high = len(GUESTS) * TYPED_PERSON_S[1] + 25 * TICK_S + DIALOG_S
    typed_all = (30 * TYPED_PERSON_S[0], 30 * TYPED_PERSON_S[1])
    print(
        f"\nrepeat event: {clicks} clicks (1 Repeat + 25 ticks + 1 Save), "
        f"{keys} keys for 5 guests; estimate {low}-{high} s "
        f"({low / 60:.1f}-{high / 60:.1f} min) against {typed_all[0]}-{typed_all[1]} s typed"
    )
    assert clicks == 27
    assert high < 5 * 60


def test_new_event_with_a_network_chosen_starts_from_its_last_event(
    ctx: AppContext, clock: FixedClock, window: MainWindow, qtbot: QtBot
) -> None:
    chapter(ctx)
    ctx.events.ensure_network("Webgrrls München")  # a network without events yet
    clock.set(AFTER_BREAKFAST)
    window.refresh()
    window.sidebar.setCurrentRow(window.PAGE_EVENTS)
    events = window.events_view
    qtbot.waitUntil(lambda: events.network_filter.count() == 3, timeout=20000)
    seen: list[tuple[str, str, int]] = []

    def look_and_cancel() -> None:
        dialog = getattr(events, "dialog", None)
        if dialog is not None and dialog.isVisible():
            poll.stop()
            seen.append(
                (
                    dialog.network.currentText(),
                    dialog.title_edit.text(),
                    dialog.regulars.list.count(),
                )
            )
            dialog.reject()

    poll = QTimer(interval=20)
    poll.timeout.connect(look_and_cancel)
    for network in ("BNI Isartal", "Webgrrls München"):
        events.dialog = None
        events.network_filter.setCurrentIndex(events.network_filter.findText(network))
        poll.start()
        qtbot.mouseClick(events.new_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda n=network: any(s[0] == n for s in seen), timeout=20000)
    assert seen == [
        ("BNI Isartal", "Unternehmerfrühstück", 28),
        ("Webgrrls München", "", 0),  # nothing to repeat: an empty form for the network
    ]
    assert len(ctx.events.list_events()) == 6  # cancelled: nothing added
