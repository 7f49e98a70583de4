"""The event dialog on the user's wall clock: today's hour from the app's clock, and a
time the clocks skip refused with a sentence instead of being moved."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from pytestqt.qtbot import QtBot

from netzwerk_app.app import AppContext
from netzwerk_app.gui.dialogs.event_dialog import EventDialog
from netzwerk_app.gui.main import create_application
from netzwerk_app.gui.qt import QDate, QDateTime, QDialog, QTime, QTimeZone


def dialog(ctx: AppContext, qtbot: QtBot) -> EventDialog:
    create_application(ctx.paths, "en")
    dlg = EventDialog(ctx.events.networks(), clock=ctx.clock, zone=ctx.events.zone)
    qtbot.addWidget(dlg)
    dlg.title_edit.setText("Unternehmerfrühstück")
    return dlg


def type_start(dlg: EventDialog, y: int, mo: int, d: int, h: int, mi: int) -> None:
    dlg.start.setDateTime(QDateTime(QDate(y, mo, d), QTime(h, mi), QTimeZone.utc()))
    dlg.end.setDateTime(QDateTime(QDate(y, mo, d), QTime(h + 2, mi), QTimeZone.utc()))


def test_a_new_event_starts_at_this_hour_of_the_apps_clock(
    ctx: AppContext, qtbot: QtBot, moment: datetime
) -> None:
    dlg = dialog(ctx, qtbot)
    shown = dlg.start.dateTime()
    assert (shown.date().day(), shown.time().hour()) == (moment.day, moment.hour)
    values = dlg.values()
    assert values["start"] == moment.replace(minute=0)
    assert values["end"] == moment.replace(minute=0).astimezone(UTC) + timedelta(hours=2)


def test_a_time_the_clocks_skip_is_refused_with_a_sentence(
    ctx: AppContext, qtbot: QtBot
) -> None:
    dlg = dialog(ctx, qtbot)
    type_start(dlg, 2026, 3, 29, 2, 30)
    dlg._accept()
    assert dlg.result() != QDialog.DialogCode.Accepted
    assert not dlg.error.isHidden()
    assert dlg.error.text() == (
        "2026-03-29 02:30 does not exist in Europe/Berlin (clocks go forward); "
        "choose another time."
    )
    type_start(dlg, 2026, 3, 29, 3, 30)  # after the change: fine
    dlg._accept()
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert dlg.values()["start"] == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)


def test_a_time_that_happens_twice_is_its_first_occurrence(
    ctx: AppContext, qtbot: QtBot, berlin: ZoneInfo
) -> None:
    dlg = dialog(ctx, qtbot)
    type_start(dlg, 2026, 10, 25, 2, 30)
    dlg._accept()
    assert dlg.result() == QDialog.DialogCode.Accepted
    start = dlg.values()["start"]
    assert isinstance(start, datetime)
    assert start.astimezone(UTC) == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)  # summer time


def test_editing_shows_the_events_berlin_wall_time(ctx: AppContext, qtbot: QtBot) -> None:
    start = datetime(2026, 11, 24, 5, 45, tzinfo=UTC)  # 06:45 in Berlin
    event = ctx.events.create_event("Frühstück", start, start + timedelta(hours=2), "BNI")
    create_application(ctx.paths, "en")
    dlg = EventDialog(ctx.events.networks(), event, "BNI", None, ctx.clock, ctx.events.zone)
    qtbot.addWidget(dlg)
    assert dlg.start.dateTime().toString("dd.MM.yyyy HH:mm") == "24.11.2026 06:45"
    assert dlg.values()["start"] == start
