"""A failure is said in the user's language: the sentence of a typed error goes through
the German catalogue in the GUI (message bar, dialog labels, import report)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from factories import make_contact
from pytestqt.qtbot import QtBot

from netzwerk_app.app import AppContext
from netzwerk_app.gui.dialogs.event_dialog import EventDialog
from netzwerk_app.gui.dialogs.import_dialog import ImportDialog
from netzwerk_app.gui.i18n import sentence_text
from netzwerk_app.gui.main import create_application
from netzwerk_app.gui.main_window import MainWindow
from netzwerk_app.gui.qt import QDate, QDateTime, QDialog, QTime, QTimeZone
from netzwerk_app.gui.tasks import TaskRunner
from netzwerk_app.interchange.qr_payload import NO_CONTACT as NO_CONTACT_EN
from netzwerk_app.interchange.qr_payload import parse_payload

GONE = {
    "de": "Es gibt keinen Kontakt mit der Nummer {id}.",
    "en": "There is no contact with the number {id}.",
}
SKIPPED_HOUR = {  # 29 March 2026, Berlin: the clocks jump from 02:00 to 03:00
    "de": "2026-03-29 02:30 gibt es in Europe/Berlin nicht (die Uhren werden vorgestellt); "
    "wählen Sie eine andere Zeit.",
    "en": "2026-03-29 02:30 does not exist in Europe/Berlin (clocks go forward); "
    "choose another time.",
}
A_FOLDER = {
    "de": "„Visitenkarten“ ist ein Ordner, keine Datei; nur Dateien können gelesen werden.",
    "en": "“Visitenkarten” is a folder, not a file; only files can be read.",
}


@pytest.fixture(params=["de", "en"])
def language(request: pytest.FixtureRequest, ctx: AppContext) -> Iterator[str]:
    create_application(ctx.paths, request.param)
    yield request.param
    create_application(ctx.paths, "en")  # the other tests expect English


@pytest.fixture
def window(open_window: Callable[..., MainWindow], language: str) -> MainWindow:
    """The shared window in the language the ``language`` fixture set up."""
    return open_window(language=None)


def test_opening_a_person_erased_meanwhile_is_said_in_the_users_language(
    ctx: AppContext, window: MainWindow, qtbot: QtBot, language: str
) -> None:
    gone = make_contact(ctx, "Gone Already")
    ctx.privacy.forget(gone.id)  # erased meanwhile (another window, the CLI)
    window.show_contact(gone.id)
    expected = GONE[language].format(id=gone.id)
    qtbot.waitUntil(lambda: window.message_bar.text() == expected, timeout=20000)
    assert window.message_bar.isVisible()


def test_a_time_the_clocks_skip_is_refused_in_the_users_language(
    ctx: AppContext, qtbot: QtBot, language: str
) -> None:
    dlg = EventDialog(ctx.events.networks(), clock=ctx.clock, zone=ctx.events.zone)
    qtbot.addWidget(dlg)
    dlg.title_edit.setText("Unternehmerfrühstück")
    day = QDate(2026, 3, 29)
    dlg.start.setDateTime(QDateTime(day, QTime(2, 30), QTimeZone.utc()))
    dlg.end.setDateTime(QDateTime(day, QTime(4, 30), QTimeZone.utc()))
    dlg._accept()
    assert dlg.result() != QDialog.DialogCode.Accepted
    assert not dlg.error.isHidden()
    assert dlg.error.text() == SKIPPED_HOUR[language]


def test_importing_a_folder_is_refused_in_the_users_language(
    ctx: AppContext, qtbot: QtBot, tmp_path: Path, language: str
) -> None:
    folder = tmp_path / "Visitenkarten"
    folder.mkdir()
    tasks = TaskRunner()
    dialog = ImportDialog(ctx.importer, tasks, [folder], [])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    qtbot.waitUntil(lambda: A_FOLDER[language] in dialog.report.toPlainText(), timeout=20000)
    tasks.wait()
    assert ctx.contacts.count() == 0


NO_CONTACT = {"de": "In diesem Code wurde kein Kontakt gefunden.", "en": NO_CONTACT_EN}


def test_a_code_without_a_contact_is_said_in_the_users_language(
    ctx: AppContext, language: str
) -> None:
    payload = parse_payload("WIFI:T:WPA;S:Cafe;P:geheim;;")  # a Wi-Fi code, no person
    assert sentence_text(payload.message) == NO_CONTACT[language]
