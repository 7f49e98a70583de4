"""My card driven through the real widgets on a real database."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from netzwerk_app.app import AppContext
from netzwerk_app.domain import model as m
from netzwerk_app.gui.qt import Qt
from netzwerk_app.gui.views.my_card_view import MyCardView
from netzwerk_app.services.demo import load_demo

# Offscreen warns when a top-level window's size hints change; in the app the view
# is never a top-level window.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


@pytest.fixture
def view(show_screen: Callable[[type[MyCardView]], MyCardView]) -> MyCardView:
    return show_screen(MyCardView)


def loaded(qtbot: QtBot, view: MyCardView) -> None:
    view.refresh()
    qtbot.waitUntil(lambda: not view.status.isVisible(), timeout=20000)


def test_edit_save_and_reload_my_card(ctx: AppContext, view: MyCardView, qtbot: QtBot) -> None:
    loaded(qtbot, view)
    assert view.edits["given_name"].text() == ""
    qtbot.keyClicks(view.edits["given_name"], "Martina")
    qtbot.keyClicks(view.edits["family_name"], "Schreiber")
    qtbot.keyClicks(view.edits["linkedin_url"], "https://www.linkedin.com/in/martina")
    qtbot.mouseClick(view.phones.add_button, Qt.MouseButton.LeftButton)
    qtbot.keyClicks(view.phones.rows[-1][2], "+49 89 2345678")
    view.elevator_pitch.setPlainText("Ich schreibe Texte für Handwerksbetriebe.")
    qtbot.keyClicks(view.one_line_pitch, "Texte fuer Handwerker")
    assert view.consistency.link_buttons["linkedin"].isEnabled()
    assert not view.consistency.link_buttons["xing"].isEnabled()
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: view.status.text() == "Saved.", timeout=20000)

    card = ctx.my_card.get()
    assert card.formatted_name == "Martina Schreiber"
    assert card.phones == [m.Phone("+49 89 2345678", ("work",))]
    assert card.elevator_pitch == "Ich schreibe Texte für Handwerksbetriebe."

    fresh = MyCardView(ctx, view.tasks)  # the page as the next start of the app builds it
    qtbot.addWidget(fresh)
    fresh.resize(1000, 800)
    fresh.show()
    loaded(qtbot, fresh)
    assert fresh.edits["given_name"].text() == "Martina"
    assert fresh.edits["formatted_name"].text() == "Martina Schreiber"
    assert "Handwerksbetriebe" in fresh.consistency.said_label.text()


def test_bad_profile_url_is_explained(ctx: AppContext, view: MyCardView, qtbot: QtBot) -> None:
    loaded(qtbot, view)
    qtbot.keyClicks(view.edits["xing_url"], "javascript:alert(1)")
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(view.error.isVisible, timeout=20000)
    assert "XING" in view.error.text()
    assert ctx.my_card.get().id is None


def test_own_consistency_note(ctx: AppContext, view: MyCardView, qtbot: QtBot) -> None:
    load_demo(ctx.db, ctx.clock.now())
    loaded(qtbot, view)
    panel = view.consistency
    assert "Handwerksbetriebe" in panel.said_label.text()
    panel.online_text.insertPlainText("Texte, Websites und Broschüren für Handwerksbetriebe.")
    qtbot.waitUntil(lambda: "handwerksbetriebe" in panel.hint_shared.text(), timeout=3000)
    qtbot.mouseClick(panel.use_suggestion, Qt.MouseButton.LeftButton)
    assert panel.verdict.currentData() == m.Verdict.CONSISTENT.value
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.note is not None and panel.note.id is not None, timeout=20000)
    note = ctx.consistency.latest(None)
    assert note is not None and note.contact_id is None
    assert note.verdict is m.Verdict.CONSISTENT
