"""First start: the app asks for the user's name before the first draft, once."""

from __future__ import annotations

from typing import Any

from pytestqt.qtbot import QtBot

from netzwerk_app.app import AppContext
from netzwerk_app.gui.dialogs.first_card_dialog import FirstCardDialog, ask_for_name_once
from netzwerk_app.gui.main_window import MainWindow
from netzwerk_app.gui.qt import QApplication, Qt


def open_dialogs() -> list[FirstCardDialog]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, FirstCardDialog) and w.isVisible()
    ]


def asked_for_a_name(
    ctx: AppContext, qtbot: QtBot, open_window: Any
) -> tuple[MainWindow, FirstCardDialog]:
    """The German window started without the user's name: the dialog that asks for it."""
    window = open_window(language="de")
    ask_for_name_once(window, ctx.my_card, window.tasks)
    qtbot.waitUntil(lambda: len(open_dialogs()) == 1, timeout=20000)
    return window, open_dialogs()[0]


def test_without_a_name_the_app_asks_and_signs_with_it(
    ctx: AppContext, qtbot: QtBot, open_window: Any
) -> None:
    window, dialog = asked_for_a_name(ctx, qtbot, open_window)
    assert dialog.windowTitle() == "Willkommen bei Netzwerk"
    assert not dialog.save_button.isEnabled()  # a name is the one thing it needs
    qtbot.keyClicks(dialog.name, "Martina Schreiber")
    dialog.pitch.setText("Texte für Handwerksbetriebe")  # pasted: QTest types ASCII only
    qtbot.keyClick(dialog.pitch, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20000)
    card = ctx.my_card.get()
    assert (card.formatted_name, card.given_name, card.one_line_pitch) == (
        "Martina Schreiber",
        "Martina",
        "Texte für Handwerksbetriebe",
    )
    ask_for_name_once(window, ctx.my_card, window.tasks)  # the next start: not again
    window.tasks.wait()
    qtbot.wait(50)
    assert open_dialogs() == []


def test_a_bad_profile_address_is_one_sentence_and_the_dialog_stays(
    ctx: AppContext, qtbot: QtBot, open_window: Any
) -> None:
    _window, dialog = asked_for_a_name(ctx, qtbot, open_window)
    qtbot.keyClicks(dialog.name, "Martina Schreiber")
    qtbot.keyClicks(dialog.linkedin, "linkedin.com/in/martina")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.error.isVisible, timeout=20000)
    assert dialog.isVisible() and "https://" in dialog.error.text()
    assert not ctx.my_card.has_name()
    dialog.reject()
