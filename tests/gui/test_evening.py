"""An evening with the app, through the real widgets: trash, import, today, settings."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from factories import make_contact
from pytestqt.qtbot import QtBot

from netzwerk_app.app import AppContext
from netzwerk_app.domain import model as m
from netzwerk_app.gui.main import create_application
from netzwerk_app.gui.main_window import MainWindow
from netzwerk_app.gui.qt import QFileDialog, QInputDialog, QMessageBox
from netzwerk_app.gui.tasks import TaskRunner
from netzwerk_app.gui.views.today_view import TodayView
from netzwerk_app.gui.views.trash_view import TrashView
from netzwerk_app.infra.settings import load_settings
from netzwerk_app.services.demo import load_demo

VCF = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nN:Köhler;Ingrid;;;\r\nFN:Ingrid Köhler\r\n"
    "ORG:Köhler Fotografie\r\nEMAIL;TYPE=INTERNET:ingrid@koehler-foto.example\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Lukas Brandt\r\nTEL;TYPE=CELL:+49 170 1234567\r\nEND:VCARD\r\n"
)


def test_delete_and_restore_from_the_trash(
    ctx: AppContext, window: MainWindow, qtbot: QtBot
) -> None:
    for name in ("Anna Schmidt", "Björn Weiß"):
        ctx.contacts.create(m.Contact(formatted_name=name))
    window.sidebar.setCurrentRow(window.PAGE_CONTACTS)
    view = window.contacts_view
    view.refresh()
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=20000)
    view.table.selectRow(1)  # Björn
    view.delete_action.trigger()
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=20000)
    assert "trash" in view.selection_label.text()

    window.sidebar.setCurrentRow(window.PAGE_TRASH)
    trash = window.trash_view
    qtbot.waitUntil(lambda: trash.model.rowCount() == 1, timeout=20000)
    assert trash.model.data(trash.model.index(0, 0)) == "Björn Weiß"
    trash.table.selectRow(0)
    trash.restore_button.click()
    qtbot.waitUntil(lambda: trash.model.rowCount() == 0, timeout=20000)
    window.sidebar.setCurrentRow(window.PAGE_CONTACTS)  # the list reloads when seen again
    qtbot.waitUntil(lambda: view.model.rowCount() == 2, timeout=20000)


def test_delete_permanently_asks_first(
    ctx: AppContext,
    window: MainWindow,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    in_the_trash: Callable[[int], TrashView],
) -> None:
    c = make_contact(ctx, "Gone Forever")
    trash = in_the_trash(c.id)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    trash.erase_button.click()
    assert ctx.contacts.count(trash=True) == 1
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    trash.erase_button.click()
    qtbot.waitUntil(lambda: trash.model.rowCount() == 0, timeout=20000)
    assert ctx.contacts.count(trash=True) == 0


def test_import_a_vcf_from_the_file_menu(
    ctx: AppContext,
    window: MainWindow,
    qtbot: QtBot,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    card = tmp_path / "cards.vcf"
    card.write_text(VCF, encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a, **k: ([str(card)], ""))
    window.import_action.trigger()
    qtbot.waitUntil(lambda: hasattr(window, "import_dialog"), timeout=20000)
    dialog = window.import_dialog
    dialog.start_button.click()
    qtbot.waitUntil(lambda: dialog.report.isVisible(), timeout=20000)
    report = dialog.report.toPlainText()
    assert "Imported: 2" in report and "Could not be read: 0" in report
    dialog.reject()
    names = sorted(s.contact.formatted_name for s in ctx.contacts.summaries())
    assert names == ["Ingrid Köhler", "Lukas Brandt"]
    qtbot.waitUntil(lambda: window.contacts_view.model.rowCount() == 2, timeout=20000)


def test_importing_garbage_says_so_in_plain_words(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    png = tmp_path / "photo.vcf"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    window.import_files([png])
    qtbot.waitUntil(lambda: hasattr(window, "import_dialog"), timeout=20000)
    window.import_dialog.start_button.click()
    qtbot.waitUntil(lambda: window.import_dialog.report.isVisible(), timeout=20000)
    assert "photo.vcf" in window.import_dialog.report.toPlainText()
    window.import_dialog.reject()


def _demo_in_today(ctx: AppContext, window: MainWindow, qtbot: QtBot, at_least: int) -> TodayView:
    """The demo data loaded and the Today page showing at least that many items."""
    load_demo(ctx.db, ctx.clock.now())
    window.sidebar.setCurrentRow(window.PAGE_TODAY)
    today = window.today_view
    today.refresh()
    qtbot.waitUntil(lambda: len(today.items) >= at_least, timeout=20000)
    return today


def test_today_shows_the_queue_and_the_writer_counts(
    ctx: AppContext, window: MainWindow, qtbot: QtBot
) -> None:
    today = _demo_in_today(ctx, window, qtbot, at_least=1)
    assert today.queue_list.count() == len(today.items)
    item = next(i for i in today.items if i.draft.draft is not None and i.draft.draft.limit)
    limit = item.draft.draft.limit if item.draft.draft else 0
    assert limit
    today.queue_list.setCurrentRow(today.items.index(item))
    assert today.who.text() == item.contact_name
    today.body.setPlainText("ü" * (limit + 1))  # an umlaut counts as one character
    count = f"{limit + 1:,} / {limit:,}"  # English writes 1,000
    qtbot.waitUntil(lambda: count in today.count.text(), timeout=15000)
    assert today.count.property("over") is True
    before = len(today.items)
    today.done_button.click()
    qtbot.waitUntil(lambda: len(today.items) == before - 1, timeout=20000)


def test_a_message_typed_in_today_survives_switching_items_and_a_reload(
    ctx: AppContext, window: MainWindow, qtbot: QtBot
) -> None:
    today = _demo_in_today(ctx, window, qtbot, at_least=2)
    drafted = [i for i in today.items if i.draft.draft is not None]
    first, second = drafted[0], drafted[1]
    typed = "Liebe Grüße vom Frühstück – ich melde mich nächste Woche."
    today.queue_list.setCurrentRow(today.items.index(first))
    today.body.setPlainText(typed)
    # Straight to another item, before the pause that saves what was typed.
    today.queue_list.setCurrentRow(today.items.index(second))
    assert today.body.toPlainText() != typed
    # A reload of the queue while the save is still on its way keeps the text too.
    today.refresh()
    window.tasks.wait()
    qtbot.waitUntil(lambda: not today._check_timer.isActive(), timeout=5000)
    window.tasks.wait()
    assert first.followup.id is not None
    stored = ctx.followups.draft(first.followup.id).draft
    assert stored is not None and stored.body == typed
    today.queue_list.setCurrentRow(
        next(row for row, i in enumerate(today.items) if i.followup.id == first.followup.id)
    )
    assert today.body.toPlainText() == typed


def test_today_empty_state(window: MainWindow, qtbot: QtBot) -> None:
    today = window.today_view
    today.refresh()
    qtbot.waitUntil(lambda: today.queue_stack.currentWidget() is today.queue_empty, timeout=20000)
    assert "Nothing due today" in today.queue_empty.text()


def test_settings_are_saved(
    ctx: AppContext, window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from netzwerk_app.gui.dialogs.settings_dialog import SettingsDialog

    def change_and_accept(dialog: SettingsDialog) -> int:
        dialog.linkedin_account.setCurrentIndex(dialog.linkedin_account.findData("premium"))
        dialog.skip_weekends.setChecked(False)
        dialog.phone_region.setText("at")
        return 1

    monkeypatch.setattr(SettingsDialog, "exec", change_and_accept)
    window.open_settings()
    saved = load_settings(ctx.paths.settings_file)
    assert (saved.linkedin_account, saved.linkedin_note_limit) == ("premium", 300)
    assert saved.skip_weekends is False and saved.phone_region == "AT"
    assert ctx.settings.linkedin_note_limit == 300  # the running services see it too


def test_bulk_tag(
    ctx: AppContext, window: MainWindow, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name in ("Anna Schmidt", "Björn Weiß", "Clara Neu"):
        ctx.contacts.create(m.Contact(formatted_name=name))
    view = window.contacts_view
    view.refresh()
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=20000)
    view.table.selectAll()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("BNI", True))
    view.tag_action.trigger()
    qtbot.waitUntil(lambda: "Tagged 3" in view.selection_label.text(), timeout=20000)
    assert all(s.contact.tags == ["BNI"] for s in ctx.contacts.summaries())


def test_notifier_reports_only_new_due_follow_ups(ctx: AppContext, qtbot: QtBot) -> None:
    from datetime import timedelta

    from netzwerk_app.gui.qt import QIcon
    from netzwerk_app.gui.tray import DueNotifier

    create_application(ctx.paths, "en")
    tasks = TaskRunner()
    notifier = DueNotifier(ctx.followups, tasks, QIcon(), lambda: None)
    c = make_contact(ctx, "Due Person")

    def add_due() -> None:
        with ctx.db.write() as session:
            session.add(
                m.FollowUp(
                    contact_id=c.id or 0,
                    kind=m.FollowUpKind.COFFEE,
                    channel=m.Channel.PHONE,
                    due_at=ctx.clock.now() - timedelta(minutes=1),
                )
            )

    notifier.check()  # the baseline: nothing is announced at start
    qtbot.waitUntil(lambda: notifier._baseline_taken, timeout=20000)
    assert notifier.last_message == ""
    add_due()
    notifier.check()
    qtbot.waitUntil(lambda: notifier.last_message != "", timeout=20000)
    assert notifier.last_message == "1 follow-up due now"  # the English plural form
    tasks.wait()


def test_morning_request_is_edited_copied_sent_and_the_contact_shows_it(
    ctx: AppContext, moment: datetime, window: MainWindow, qtbot: QtBot
) -> None:
    from netzwerk_app.gui.qt import QApplication

    anna = ctx.contacts.create(
        m.Contact(
            formatted_name="Anna Schmidt",
            given_name="Anna",
            family_name="Schmidt",
            urls=[m.Url("https://www.linkedin.com/in/anna-schmidt")],
        )
    )
    # A breakfast four days back, 07:00-09:00: its next working morning (at the latest
    # the Monday after a Friday) has come at every one of the named moments.
    day = moment.date() - timedelta(days=4)
    start = datetime(day.year, day.month, day.day, 7, 0, tzinfo=moment.tzinfo)
    event = ctx.events.create_event(
        "Unternehmerfrühstück", start, start + timedelta(hours=2), "BNI Chapter Isartal"
    )
    assert anna.id and event.id
    ctx.events.record_encounter(
        event.id,
        anna.id,
        pitch="Steuerberatung für Ärzte",
        offering="Steuerberatung",
        talked_business=True,
    )
    today = window.today_view
    today.refresh()
    qtbot.waitUntil(
        lambda: any(i.contact_name == "Anna Schmidt" for i in today.items), timeout=20000
    )
    assert today.heading.text() == f"Today, {moment.strftime('%d.%m.%Y')}"
    row = next(
        n
        for n, i in enumerate(today.items)
        if i.contact_name == "Anna Schmidt" and i.followup.kind is m.FollowUpKind.CONNECTION_REQUEST
    )
    today.queue_list.setCurrentRow(row)
    assert "Unternehmerfrühstück" in today.body.toPlainText()  # the draft names the event
    today.body.setPlainText(today.body.toPlainText() + " Bis bald!")
    today.copy_button.click()
    assert QApplication.clipboard().text().endswith("Bis bald!")
    today.done_button.click()
    qtbot.waitUntil(
        lambda: all(
            i.contact_name != "Anna Schmidt"
            or i.followup.kind is not m.FollowUpKind.CONNECTION_REQUEST
            for i in today.items
        ),
        timeout=20000,
    )
    assert ctx.contacts.get(anna.id).linkedin_state is m.RelationshipState.SENT

    window.show_contact(anna.id)
    page = window.contacts_view.page
    qtbot.waitUntil(lambda: page.heading.text() == "Anna Schmidt", timeout=20000)
    assert page.linkedin_state.currentData() == m.RelationshipState.SENT.value
