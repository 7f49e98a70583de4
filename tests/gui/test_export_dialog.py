"""Exporting from the window: only the cards, unless the user ticks "my private notes"."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from netzwerk_app.app import AppContext
from netzwerk_app.domain import model as m
from netzwerk_app.gui.main_window import MainWindow

BREAKFAST = datetime(2026, 11, 24, 6, 45, tzinfo=ZoneInfo("Europe/Berlin"))
SECRET = "Scheidung, nicht ansprechen"


@pytest.fixture
def jana(ctx: AppContext) -> int:
    event = ctx.events.create_event(
        "Unternehmerfrühstück", BREAKFAST, BREAKFAST + timedelta(hours=2), "BNI Isartal"
    )
    contact = ctx.contacts.create(
        m.Contact(formatted_name="Jana Beispiel", emails=[m.Email("jana@beispiel.de")])
    )
    assert event.id is not None and contact.id is not None
    ctx.events.record_encounter(event.id, contact.id, notes=SECRET)
    return contact.id


def export_from_window(
    window: MainWindow, qtbot: QtBot, jana: int, out: Path, tick_private: bool
) -> str:
    window.export_contacts([jana])
    dialog = window.export_dialog
    assert not dialog.private.isChecked()  # off by default, every time
    assert "private notes" in dialog.private.text()
    assert "encounters" in dialog.private_hint.text()
    dialog.path.setText(str(out))
    if tick_private:
        dialog.private.click()
    dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
    qtbot.waitUntil(out.exists, timeout=20000)
    qtbot.waitUntil(lambda: "Exported 1" in window.statusBar().currentMessage(), timeout=20000)
    return out.read_text(encoding="utf-8")


def test_the_private_box_is_off_by_default_and_the_file_holds_only_the_card(
    window: MainWindow, qtbot: QtBot, jana: int, tmp_path: Path
) -> None:
    text = export_from_window(window, qtbot, jana, tmp_path / "jana.vcf", tick_private=False)
    assert "jana@beispiel.de" in text
    assert SECRET not in text and "X-NETZWERK" not in text


def test_ticked_the_export_carries_the_notes(
    window: MainWindow, qtbot: QtBot, jana: int, tmp_path: Path
) -> None:
    text = export_from_window(window, qtbot, jana, tmp_path / "voll.vcf", tick_private=True)
    assert "X-NETZWERK-DATA" in text and "Scheidung" in text


def test_choosing_csv_changes_the_file_name(window: MainWindow, jana: int) -> None:
    window.export_contacts([jana])
    dialog = window.export_dialog
    dialog.format.setCurrentIndex(dialog.format.findData("csv"))
    assert dialog.path.text().endswith("netzwerk-contacts.csv")
    assert dialog.options().format == "csv" and not dialog.options().include_private
    dialog.reject()
