"""Possible duplicates in the window: the hint, the list side by side, merge, keep apart."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from netzwerk_app.app import AppContext
from netzwerk_app.gui.dialogs.duplicates_dialog import DuplicatesDialog
from netzwerk_app.gui.main import create_application
from netzwerk_app.gui.main_window import MainWindow
from netzwerk_app.gui.qt import QApplication, QMessageBox, QPushButton, QTimer
from netzwerk_app.gui.tasks import TaskRunner


def card(*lines: str) -> str:
    return "BEGIN:VCARD\r\nVERSION:3.0\r\n" + "".join(f"{x}\r\n" for x in lines) + "END:VCARD\r\n"


@pytest.fixture
def schmidts(ctx: AppContext, tmp_path: Path) -> tuple[int, int]:
    path = tmp_path / "bank.vcf"
    path.write_text(
        card(
            "FN:Michael Schmidt",
            "ORG:Deutsche Bank AG",
            "EMAIL:michael.schmidt@db.example",
            "TEL:+49 69 910 10001",
        )
        + card("FN:Michaela Schmidt", "ORG:Deutsche Bank AG", "TITLE:Prokuristin"),
        encoding="utf-8",
    )
    (pair,) = ctx.importer.import_files([path]).possible_duplicates
    return pair.other_id, pair.contact_id


@pytest.fixture
def dialog(ctx: AppContext, qtbot: QtBot, tasks: TaskRunner) -> DuplicatesDialog:
    create_application(ctx.paths, "en")
    dlg = DuplicatesDialog(ctx.duplicates, tasks)
    qtbot.addWidget(dlg)
    dlg.show()
    return dlg


def click_later(text: str) -> None:
    """Press the button ``text`` of the message box that is about to open."""

    def press() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox), box
        (button,) = [b for b in box.findChildren(QPushButton) if b.text() == text]
        button.click()

    QTimer.singleShot(50, press)


def test_pairs_side_by_side_and_keep_apart_is_remembered(
    ctx: AppContext,
    schmidts: tuple[int, int],
    dialog: DuplicatesDialog,
    qtbot: QtBot,
    qtmodeltester,  # type: ignore[no-untyped-def]
) -> None:
    michael, michaela = schmidts
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=20000)
    qtmodeltester.check(dialog.model)
    first = dialog.model.index(0, 0).data()
    assert first.splitlines() == [
        f"Michael Schmidt (#{michael})",
        "Deutsche Bank AG",
        "michael.schmidt@db.example",
        "+49 69 910 10001",
    ]
    assert dialog.model.index(0, 1).data().startswith(f"Michaela Schmidt (#{michaela})")
    assert dialog.model.index(0, 2).data() == (
        "a similar name at Deutsche Bank AG, nothing else to tell"
    )
    dialog.resize(900, 420)
    assert dialog.merge_button.isEnabled() and dialog.apart_button.isEnabled()

    with qtbot.waitSignal(dialog.changed, timeout=20000):
        dialog.apart_button.click()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0, timeout=20000)
    assert dialog.stack.currentWidget() is dialog.empty
    assert ctx.duplicates.pairs() == [] and ctx.contacts.count() == 2


def test_merge_asks_which_to_keep_and_can_be_undone(
    ctx: AppContext, schmidts: tuple[int, int], dialog: DuplicatesDialog, qtbot: QtBot
) -> None:
    michael, michaela = schmidts
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=20000)
    click_later(f"Keep Michaela Schmidt (#{michaela})")
    with qtbot.waitSignal(dialog.changed, timeout=20000):
        dialog.merge_button.click()
    assert ctx.contacts.count() == 1
    kept = ctx.contacts.get(michaela)
    assert [e.value for e in kept.emails] == ["michael.schmidt@db.example"]
    assert "Undo: netzwerk undo-merge" in dialog.message.text()
    merge_id = int(dialog.message.text().rsplit(" ", 1)[1])
    undone = ctx.importer.undo_merge(merge_id)
    assert undone.split_contact_id == michael and ctx.contacts.count() == 2


def test_cancelling_the_choice_merges_nothing(
    ctx: AppContext, schmidts: tuple[int, int], dialog: DuplicatesDialog, qtbot: QtBot
) -> None:
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1, timeout=20000)
    click_later("Cancel")
    dialog.merge_button.click()
    dialog.tasks.wait()
    assert ctx.contacts.count() == 2


def test_the_contacts_view_hints_and_the_menu_opens_the_review(
    ctx: AppContext,
    schmidts: tuple[int, int],
    qtbot: QtBot,
    open_window: Callable[..., MainWindow],
) -> None:
    window = open_window()
    window.sidebar.setCurrentRow(window.PAGE_CONTACTS)
    hint = window.contacts_view.duplicates_hint
    qtbot.waitUntil(hint.isVisible, timeout=20000)
    assert hint.label.text() == "1 possible duplicate from imports to review."

    def close_review() -> None:
        review = QApplication.activeModalWidget()
        assert isinstance(review, DuplicatesDialog)
        review.accept()

    QTimer.singleShot(100, close_review)
    hint.button.click()
    (action,) = [a for a in window.menuBar().actions() if a.text() == "&Edit"]
    texts = [a.text() for a in action.menu().actions()]
    assert "Possible &duplicates …" in texts
    window.tasks.wait()


def test_the_import_report_counts_possible_duplicates(ctx: AppContext, tmp_path: Path) -> None:
    from netzwerk_app.gui.dialogs.import_dialog import summary_text

    path = tmp_path / "roster.vcf"
    path.write_text(card("FN:Anna Berg", "ORG:Kanzlei") * 2, encoding="utf-8")
    result = ctx.importer.import_files([path])
    assert "Possible duplicates to review: 1" in summary_text(result, lambda text: text)
