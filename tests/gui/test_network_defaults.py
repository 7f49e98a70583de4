"""Each network's Sie/Du and language, set in the dialog the events screen opens."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from pytestqt.qtbot import QtBot

from netzwerk_app.app import AppContext
from netzwerk_app.domain import model as m
from netzwerk_app.gui.dialogs.network_defaults_dialog import NetworkDefaultsDialog
from netzwerk_app.gui.main_window import MainWindow
from netzwerk_app.gui.qt import QDialogButtonBox, Qt

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")
BREAKFAST = datetime(2026, 11, 24, 5, 45, tzinfo=UTC)


def test_the_events_screen_sets_a_network_to_du_and_english(
    ctx: AppContext, window: MainWindow, qtbot: QtBot
) -> None:
    for network in ("BNI Isartal", "Webgrrls München"):
        ctx.events.create_event("Treffen", BREAKFAST, BREAKFAST, network_name=network)
    window.sidebar.setCurrentRow(window.PAGE_EVENTS)
    view = window.events_view
    qtbot.mouseClick(view.networks_button, Qt.MouseButton.LeftButton)
    dialog = view.networks_dialog
    assert isinstance(dialog, NetworkDefaultsDialog)
    qtbot.waitUntil(lambda: len(dialog.rows) == 2, timeout=20000)
    webgrrls = ctx.events.ensure_network("Webgrrls München").id
    assert webgrrls is not None
    form, lang = dialog.rows[webgrrls]
    assert (form.currentData(), lang.currentData()) == ("", "")  # not set yet

    form.setCurrentIndex(form.findData("du"))
    lang.setCurrentIndex(lang.findData("en"))
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton
    )
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20000)

    stored = {n.name: n for n in ctx.events.networks()}
    assert stored["Webgrrls München"].default_address_form is m.AddressForm.DU
    assert stored["Webgrrls München"].default_language is m.Language.EN
    assert stored["BNI Isartal"].default_address_form is None  # left as it was
    # opened again, it shows what was saved
    qtbot.mouseClick(view.networks_button, Qt.MouseButton.LeftButton)
    again = view.networks_dialog
    qtbot.waitUntil(lambda: len(again.rows) == 2, timeout=20000)
    assert [c.currentData() for c in again.rows[webgrrls]] == ["du", "en"]
    again.reject()
