"""The event dialog's kind: chosen once, stored with the event, named in the drafts."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from netzwerk_app.app import AppContext
from netzwerk_app.gui.dialogs.event_dialog import EventDialog
from netzwerk_app.gui.main import create_application


def test_the_kind_chosen_in_the_dialog_is_stored_with_the_event(
    ctx: AppContext, qtbot: QtBot
) -> None:
    create_application(ctx.paths, "de")
    dlg = EventDialog(ctx.events.networks(), clock=ctx.clock, zone=ctx.events.zone)
    qtbot.addWidget(dlg)
    dlg.title_edit.setText("Bau 2026")
    assert dlg.kind.currentData() == "" and dlg.kind.count() == 11
    dlg.kind.setCurrentIndex(dlg.kind.findData("fair"))
    assert dlg.kind.currentText() == "Messe"
    event = ctx.events.create_event(**dlg.values())  # type: ignore[arg-type]
    assert event.kind == "fair"
    again = EventDialog(ctx.events.networks(), event, "", clock=ctx.clock, zone=ctx.events.zone)
    qtbot.addWidget(again)
    assert again.kind.currentData() == "fair"
