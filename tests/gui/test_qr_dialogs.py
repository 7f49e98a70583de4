"""QR dialogs driven through the real widgets on a real database; the rendered
windows are read back with zxing-cpp like a phone camera would."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import zxingcpp
from PIL import Image
from pytestqt.qtbot import QtBot

from netzwerk_app.app import AppContext
from netzwerk_app.domain import model as m
from netzwerk_app.gui.dialogs.qr_dialog import PresentationWindow, QrDialog
from netzwerk_app.gui.dialogs.qr_read_dialog import QrReadDialog
from netzwerk_app.gui.qt import QImage, Qt
from netzwerk_app.gui.tasks import TaskRunner
from netzwerk_app.gui.views.my_card_view import MyCardView
from netzwerk_app.interchange.qr import CardData, encode

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

CARD = CardData(
    "Bärbel Großmann",
    "Bärbel",
    "Großmann",
    "Großmann Druck & Medien",
    "Inhaberin",
    (m.Phone("+49 89 555 1234", ("WORK",)),),
    (m.Email("baerbel@grossmann-druck.de"),),
    "https://grossmann-druck.de",
    "https://www.linkedin.com/in/baerbel-grossmann",
    "",
)


def decoded(path: Path) -> list[str]:
    return [bytes(r.bytes).decode("utf-8") for r in zxingcpp.read_barcodes(Image.open(path))]


def test_qr_dialog_fields_version_and_export(
    ctx: AppContext, tasks: TaskRunner, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = QrDialog(ctx.qr, tasks, CARD, "My card")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.code is not None and "TEL" in dialog.code.payload
    assert not dialog.boxes["xing"].isEnabled()  # nothing to tick
    assert dialog.version.text().startswith(f"QR version {dialog.code.version}")
    assert not dialog.warning.isVisible()
    shot = tmp_path / "qr-dialog.png"
    dialog.grab().save(str(shot))
    assert decoded(shot) == [dialog.code.payload]

    dialog.boxes["phone"].setChecked(False)
    assert "TEL" not in dialog.code.payload
    dialog.url_only.setChecked(True)
    assert dialog.code.payload == CARD.linkedin_url
    assert not dialog.boxes["name"].isEnabled()
    dialog.url_only.setChecked(False)

    dialog.save_to(tmp_path / "card.png")
    qtbot.waitUntil(lambda: dialog.status.text().startswith("Saved"), timeout=20000)
    assert Image.open(tmp_path / "card.png").size[0] >= 1200
    assert decoded(tmp_path / "card.png") == [dialog.code.payload]
    dialog.save_to(tmp_path / "card.svg")
    qtbot.waitUntil(lambda: (tmp_path / "card.svg").exists(), timeout=20000)


def test_big_code_shows_the_warning(ctx: AppContext, tasks: TaskRunner, qtbot: QtBot) -> None:
    wordy = CardData(
        "Katharina Großmann-Schäfer",
        organization="Großmann-Schäfer Unternehmensberatung für Nachfolgeregelungen GmbH",
        website="https://www.example.de/" + "ueber-uns/team/" * 60,
    )
    dialog = QrDialog(ctx.qr, tasks, wordy, "Katharina")
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.warning.isVisible() and "website" in dialog.warning.text()
    assert dialog.warning.textFormat() == Qt.TextFormat.PlainText


def test_presentation_window_decodes_and_closes_on_esc(qtbot: QtBot, tmp_path: Path) -> None:
    code = encode("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Jürgen Weiß\r\nEND:VCARD\r\n")
    window = PresentationWindow(code, "Jürgen Weiß")
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    shot = tmp_path / "presentation.png"
    assert window.grab().save(str(shot))
    assert decoded(shot) == [code.payload]
    assert window.name.text() == "Jürgen Weiß"
    assert window.name.textFormat() == Qt.TextFormat.PlainText
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert not window.isVisible()


def test_my_card_view_opens_the_dialog_with_unsaved_edits(
    ctx: AppContext, tasks: TaskRunner, qtbot: QtBot
) -> None:
    view = MyCardView(ctx, tasks)
    qtbot.addWidget(view)
    view.edits["given_name"].setText("Özlem")
    view.edits["family_name"].setText("Yılmaz")
    view.qr_button.click()
    assert "FN:Özlem Yılmaz" in view.qr_dialog.code.payload  # type: ignore[union-attr]
    view.qr_dialog.close()


@pytest.fixture
def read_dialog(
    ctx: AppContext, tasks: TaskRunner, qtbot: QtBot, moment: datetime
) -> Iterator[QrReadDialog]:
    """The dialog at each named moment, while a breakfast started half an hour ago runs
    (and yesterday's event is over)."""
    yesterday = moment - timedelta(days=1)
    ctx.events.create_event("Gestern", yesterday, yesterday + timedelta(hours=2), "BNI Isartal")
    start = moment - timedelta(minutes=30)
    ctx.events.create_event("Frühstück", start, start + timedelta(hours=2), "BNI Isartal")
    dialog = QrReadDialog(ctx.qr, ctx.events, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.event_box.count() == 3, timeout=20000)
    yield dialog


def test_read_preview_and_add_to_the_current_event(
    ctx: AppContext, read_dialog: QrReadDialog, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = read_dialog
    assert "Frühstück" in dialog.event_box.currentText()  # the event running now is chosen
    assert dialog.add_button.text() == "Add to event"
    picture = tmp_path / "photo.png"
    hostile = "<b>Jörg</b> Weiß"
    vcard = (
        f"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:{hostile}\r\n"
        "URL:https://www.linkedin.com/in/joerg-weiss\r\n"
        "URL:javascript:alert(1)\r\nEND:VCARD\r\n"
    )
    picture.write_bytes(encode(vcard).png(min_pixels=400))
    dialog.read_file(picture)
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20000)
    assert dialog.found.isVisible() and dialog.add_button.isEnabled()
    labels = dialog.found.findChildren(type(dialog.error))
    assert all(w.textFormat() == Qt.TextFormat.PlainText for w in labels)
    shown = [w.text() for w in labels]
    assert hostile in shown and "javascript:alert(1)" in shown  # shown literally, never linked
    with qtbot.waitSignal(dialog.added, timeout=20000):
        dialog.add_button.click()
    [summary] = [s for s in ctx.contacts.summaries() if s.contact.display_name == hostile]
    details = ctx.contacts.details(summary.contact.id or 0)
    assert details.contact.source == m.Source.QR_CODE
    assert len(details.encounters) == 1 and details.followups
    assert "follow-up is planned" in dialog.status.text()


def test_garbage_and_clipboard_pictures_give_a_sentence(
    read_dialog: QrReadDialog, qtbot: QtBot, tmp_path: Path
) -> None:
    dialog = read_dialog
    junk = tmp_path / "holiday.jpg"
    junk.write_bytes(b"\xff\xd8\xff\xe0" + b"not a photo" * 10)
    dialog.read_file(junk)
    qtbot.waitUntil(lambda: dialog.error.isVisible(), timeout=20000)
    assert dialog.error.text().startswith("This file is not a picture")
    assert not dialog.add_button.isEnabled()

    blank = QImage(300, 300, QImage.Format.Format_RGB32)
    blank.fill(Qt.GlobalColor.white)
    dialog.read_image(blank, "clipboard")
    qtbot.waitUntil(lambda: "No QR code" in dialog.error.text(), timeout=20000)

    text = QImage.fromData(encode("Gutschein 10 %").png(min_pixels=300))
    dialog.read_image(text, "clipboard")
    qtbot.waitUntil(lambda: dialog.preview is not None, timeout=20000)
    assert dialog.text.toPlainText() == "Gutschein 10 %"
    assert dialog.error.text() == "No contact found in this code."
    assert not dialog.add_button.isEnabled()
