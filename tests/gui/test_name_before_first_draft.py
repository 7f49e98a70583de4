"""Before the first draft the app asks for the user's name (issue 12: "on first start,
and before the first draft"): the Today page about to show a draft while the card has
no name opens the same dialog, once a session; the drafts are signed once it is given."""

from __future__ import annotations

from typing import Any

from breakfast_scene import met_at_tuesday_breakfast
from pytestqt.qtbot import QtBot

from netzwerk_app.app import AppContext
from netzwerk_app.gui.dialogs.first_card_dialog import FirstCardDialog, NameAsker
from netzwerk_app.gui.qt import QApplication, Qt
from netzwerk_app.infra.clock import FixedClock
from netzwerk_app.services.contacts import new_contact


def open_dialogs() -> list[FirstCardDialog]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, FirstCardDialog) and w.isVisible()
    ]


def a_request_due(ctx: AppContext, clock: FixedClock) -> None:
    """Anna (e-mail only) met at Tuesday's breakfast: her e-mail is due Wednesday."""
    met_at_tuesday_breakfast(
        ctx,
        clock,
        new_contact("Anna Schmidt", emails=["anna@schmidt-steuer.de"]),
        "Steuerberatung für Ärztinnen",
    )


def window_with_asker(ctx: AppContext, open_window: Any) -> Any:
    window = open_window(language="de", show=False)
    window.name_asker = NameAsker(window, ctx.my_card, window.tasks, window.refresh)
    window.show()
    return window


def test_the_first_draft_asks_for_the_name_and_is_signed_with_it(
    ctx: AppContext, clock: FixedClock, qtbot: QtBot, open_window: Any
) -> None:
    a_request_due(ctx, clock)
    window = window_with_asker(ctx, open_window)
    today = window.today_view
    qtbot.waitUntil(lambda: len(open_dialogs()) == 1, timeout=20000)
    assert "Martina" not in today.body.toPlainText()
    dialog = open_dialogs()[0]
    qtbot.keyClicks(dialog.name, "Martina Schreiber")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=20000)
    signed = "Viele Grüße\nMartina Schreiber"
    qtbot.waitUntil(lambda: today.body.toPlainText().endswith(signed), timeout=20000)
    assert today.current is not None and today.current.contact_name == "Anna Schmidt"
    assert ctx.my_card.has_name()


def test_later_is_not_asked_again_in_the_same_session(
    ctx: AppContext, clock: FixedClock, qtbot: QtBot, open_window: Any
) -> None:
    a_request_due(ctx, clock)
    window = window_with_asker(ctx, open_window)
    qtbot.waitUntil(lambda: len(open_dialogs()) == 1, timeout=20000)
    open_dialogs()[0].reject()  # "Later"
    window.today_view.refresh()
    window.tasks.wait()
    qtbot.wait(50)
    assert open_dialogs() == []
    assert not ctx.my_card.has_name()
