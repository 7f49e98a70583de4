"""Scanning a stack of paper business cards after a BNI breakfast, through the real
dialog: the real OCR child reads photos of tests/data/cards/, the reviewed cards go
into a real SQLite database, met at the event with their follow-ups planned."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from pytestqt.qtbot import QtBot

from netzwerk_app.app import AppContext
from netzwerk_app.domain import model as m
from netzwerk_app.domain.card_reading import CardReading, ReadPhone
from netzwerk_app.gui.dialogs.scan_dialog import ScanDialog
from netzwerk_app.gui.dialogs.scan_review import ReviewForm
from netzwerk_app.gui.dialogs.scan_steps import FAILED, REVIEW, START, SUMMARY
from netzwerk_app.gui.dialogs.settings_dialog import SettingsDialog
from netzwerk_app.gui.main import create_application
from netzwerk_app.gui.main_window import MainWindow
from netzwerk_app.gui.qt import QDropEvent, QMessageBox, QMimeData, QPointF, Qt, QUrl
from netzwerk_app.gui.tasks import TaskRunner
from netzwerk_app.gui.views.contact_page import ContactPage
from netzwerk_app.infra.settings import load_settings
from netzwerk_app.services.card_scan import ScannedPhoto
from netzwerk_app.storage.repository import Repository

pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

BERLIN = ZoneInfo("Europe/Berlin")
BREAKFAST_START = datetime(2026, 11, 28, 7, 0, tzinfo=BERLIN)  # the clock: 10:00 that day
CARDS = Path(__file__).resolve().parents[1] / "data" / "cards"
READ_TIMEOUT = 120_000  # ms: the OCR child on two shared cores


def one_card_photos(count: int) -> list[tuple[str, dict[str, Any]]]:
    """The first ``count`` photos holding one card with a name and an e-mail."""
    truth = json.loads((CARDS / "truth.json").read_text(encoding="utf-8"))
    chosen = []
    for name in sorted(truth):
        cards = truth[name]
        if len(cards) == 1 and cards[0].get("family_name") and cards[0].get("emails"):
            chosen.append((name, cards[0]))
    return chosen[:count]


@pytest.fixture
def breakfast(ctx: AppContext) -> int:
    event = ctx.events.create_event(
        "Frühstück", BREAKFAST_START, BREAKFAST_START + timedelta(hours=2), "BNI Isartal"
    )
    assert event.id is not None
    return event.id


@pytest.fixture
def scan(ctx: AppContext, qtbot: QtBot, tasks: TaskRunner) -> Iterator[ScanDialog]:
    create_application(ctx.paths, "en")
    dialog = ScanDialog(ctx.card_scan, ctx.events, tasks)
    qtbot.addWidget(dialog)
    dialog.resize(1200, 760)
    dialog.show()
    yield dialog
    dialog.cancel_reading()
    dialog.reader_tasks.wait(READ_TIMEOUT)


def summary_lines(dialog: ScanDialog) -> list[tuple[str, str]]:
    cards = dialog.ui.summary.cards
    return [
        (cards.topLevelItem(i).text(0), cards.topLevelItem(i).text(1))
        for i in range(cards.topLevelItemCount())
    ]


def on_step(qtbot: QtBot, dialog: ScanDialog, *pages: int) -> None:
    qtbot.waitUntil(
        lambda: dialog.ui.pages.currentIndex() in pages and not dialog.saving,
        timeout=READ_TIMEOUT,
    )


def press_enter(qtbot: QtBot, dialog: ScanDialog) -> None:
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)


def test_a_stack_of_five_cards_reviewed_with_enter_met_at_the_breakfast(
    ctx: AppContext, breakfast: int, scan: ScanDialog, qtbot: QtBot, tmp_path: Path
) -> None:
    photos = one_card_photos(5)
    assert len(photos) == 5
    stack = tmp_path / "stapel"
    stack.mkdir()
    (stack / "00-kaputt.jpg").write_text("kein Bild", encoding="utf-8")
    for name, _card in photos:
        shutil.copy(CARDS / name, stack / name)
    # The third person is known already (the same e-mail): asked inline, merged.
    known_card = photos[2][1]
    known = ctx.contacts.create(
        m.Contact(
            formatted_name=f"{known_card['given_name']} {known_card['family_name']}",
            given_name=known_card["given_name"],
            family_name=known_card["family_name"],
            emails=[m.Email(known_card["emails"][0])],
        )
    )
    qtbot.waitUntil(lambda: scan.event_id() == breakfast, timeout=20000)  # today's preselected

    scan.read([stack])  # a folder: its photos, by name

    # The broken photo is the first step, shown while the rest are still being read.
    on_step(qtbot, scan, FAILED)
    assert scan.reading_now
    assert scan.ui.failed_name.text() == "00-kaputt.jpg"
    assert scan.ui.failed_text.text() == (  # one plain sentence
        "This file is not a picture that can be read (use a PNG or JPEG image)."
    )
    assert scan.ui.step_label.text() == "Card 1 of 6"
    press_enter(qtbot, scan)  # skips the photo that failed

    shown = []  # the family names as the form showed them
    for number in range(2, 7):
        on_step(qtbot, scan, REVIEW)
        assert scan.ui.step_label.text() == f"Card {number} of 6"
        if number == 3:  # a reading slip fixed by typing
            edit = scan.form.edits["title"]
            edit.setFocus()
            edit.selectAll()
            qtbot.keyClicks(edit, "Inhaberin und Gesellschafterin")
        shown.append(scan.form.edits["family_name"].text())
        press_enter(qtbot, scan)
        if number == 4:
            qtbot.waitUntil(scan.ui.known.isVisible, timeout=READ_TIMEOUT)
            assert known_card["family_name"] in scan.ui.known_text.text()
            qtbot.mouseClick(scan.ui.merge_button, Qt.MouseButton.LeftButton)

    on_step(qtbot, scan, SUMMARY)
    assert scan.ui.summary_label.text() == (
        "4 contacts added, 1 merged, 1 photo not read — recorded as met at Frühstück."
    )
    lines = summary_lines(scan)  # a line per card, in the stack's order
    assert len(lines) == 6
    assert lines[0] == (
        "00-kaputt.jpg",
        "Not read: This file is not a picture that can be read (use a PNG or JPEG image).",
    )
    assert lines[3][1] == f"Merged with {known.formatted_name}"
    assert [what for _card, what in lines].count("Added") == 4
    with qtbot.waitSignal(scan.show_contacts) as opened:
        qtbot.mouseClick(scan.ui.open_button, Qt.MouseButton.LeftButton)
    ids = opened.args[0]
    assert len(ids) == 5 and known.id in ids

    met = ctx.events.event(breakfast).encounters
    assert sorted(c.id for _e, c in met) == sorted(ids)
    with ctx.db.read() as session:
        repo = Repository(session)
        planned = [i for i in ids if repo.followups_of(i)]
    # Everyone with a profile gets the follow-up of a breakfast (the app's rule: whom
    # one did not talk to is followed, which needs a profile).
    with_profile = [i for i in ids if ctx.contacts.get(i).profile_url(m.Platform.LINKEDIN)]
    assert with_profile and planned == with_profile
    assert all(ctx.card_scan.card_photos(i) for i in ids)  # the card photos are kept
    people = {ctx.contacts.get(i).family_name: ctx.contacts.get(i) for i in ids}
    assert sorted(people) == sorted(shown)  # what was reviewed is what is stored
    assert people[shown[1]].title == "Inhaberin und Gesellschafterin"
    assert ctx.contacts.count() == 5  # the known person was merged, not doubled


def test_closing_in_the_middle_of_the_stack_asks_and_keeps_what_was_typed(
    ctx: AppContext, scan: ScanDialog, qtbot: QtBot
) -> None:
    (first, _), (second, _) = one_card_photos(2)
    scan.read([CARDS / first, CARDS / second])
    on_step(qtbot, scan, REVIEW)
    scan.form.edits["title"].setText("Inhaberin")

    scan.close()
    box = scan.ui.confirm_close
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    assert scan.isVisible()
    assert "2 cards are not added yet" in box.text()
    keep = next(b for b in box.buttons() if box.buttonRole(b) == QMessageBox.ButtonRole.RejectRole)
    qtbot.mouseClick(keep, Qt.MouseButton.LeftButton)
    assert scan.isVisible()
    assert scan.form.edits["title"].text() == "Inhaberin"  # nothing typed is lost

    scan.close()
    box = scan.ui.confirm_close
    assert box is not None
    qtbot.waitUntil(box.isVisible)
    qtbot.mouseClick(scan.ui.close_anyway_button, Qt.MouseButton.LeftButton)
    assert not scan.isVisible()
    assert ctx.contacts.count() == 0  # nothing stored unasked


def test_unsure_fields_are_marked_by_a_sign_and_a_tooltip_and_qr_fields_say_so(
    qtbot: QtBot,
) -> None:
    form = ReviewForm()
    qtbot.addWidget(form)
    form.show_reading(
        CardReading(
            given_name="Bärbel",
            family_name="Großmann",
            title="lnhaberin",
            phones=[ReadPhone("+49 171 2345678", ("cell",))],
            emails=["baerbel@grossmann-druck.de"],
            field_confidence={"title": 0.41, "given_name": 0.97},
            from_qr={"emails"},
        )
    )
    unsure = form.markers["title"]
    assert unsure.text() == "?"  # a sign, not only a colour
    assert unsure.toolTip() == "Please check: read with uncertainty"
    assert form.edits["title"].toolTip() == "Please check: read with uncertainty"
    assert "given_name" not in form.markers
    assert form.markers["emails"].toolTip() == "From the QR code printed on the card"
    assert form.phones[0][1].currentText() == "Mobile"


def card_reading(image: bytes) -> CardReading:
    return CardReading(
        file="01-mueller.jpg",
        given_name="Anna",
        family_name="Müller",
        organization="Müller & Söhne",
        emails=["a.mueller@mueller-soehne.de"],
        image=image,
    )


def test_the_contact_page_shows_the_card_photo_and_where_the_contact_came_from(
    ctx: AppContext, show_screen: Callable[[Any], Any], qtbot: QtBot
) -> None:
    photo = (CARDS / "01-mueller.jpg").read_bytes()
    added = ctx.card_scan.add(card_reading(photo))
    page = show_screen(ContactPage)
    page.load(added.contact_id)
    qtbot.waitUntil(page.card_photo.isVisible, timeout=20000)
    assert page.source_label.text() == "from a business card (photo)"
    assert "from a business card (photo)" in page.source.text()
    qtbot.mouseClick(page.card_photo, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(page.card_photo.enlarged.isVisible)
    assert page.card_photo.images == [photo]


def test_unticking_keep_card_photos_in_the_settings_keeps_none(
    ctx: AppContext, window: MainWindow, monkeypatch: pytest.MonkeyPatch
) -> None:
    def untick_and_accept(dialog: SettingsDialog) -> int:
        assert dialog.keep_card_photos.isChecked()  # on by default
        dialog.keep_card_photos.setChecked(False)
        return 1

    monkeypatch.setattr(SettingsDialog, "exec", untick_and_accept)
    window.open_settings()
    assert load_settings(ctx.paths.settings_file).keep_card_photos is False
    added = ctx.card_scan.add(card_reading((CARDS / "01-mueller.jpg").read_bytes()))
    assert ctx.card_scan.card_photos(added.contact_id) == []


def dropped(files: list[Path], mime: QMimeData) -> QDropEvent:
    """A drop of ``files`` (the event does not own ``mime``: the caller keeps it)."""
    mime.setUrls([QUrl.fromLocalFile(str(f)) for f in files])
    return QDropEvent(
        QPointF(20, 20),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )


def test_photos_dropped_on_the_window_are_scanned_and_the_menu_opens_the_scan(
    window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    photo = tmp_path / "karte.jpg"
    photo.write_text("kein Bild", encoding="utf-8")  # fails fast: no OCR work needed
    mime = QMimeData()
    window.dropEvent(dropped([photo], mime))
    scan = window.scan_dialog
    qtbot.waitUntil(lambda: scan.ui.pages.currentIndex() == FAILED, timeout=READ_TIMEOUT)
    assert scan.ui.failed_name.text() == "karte.jpg"
    scan.reader_tasks.wait(READ_TIMEOUT)
    scan.close()
    assert not scan.isVisible()  # nothing to lose: closes without asking

    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&File")
    action = next(a for a in menu.actions() if a.text() == "S&can business cards …")
    assert action.shortcut().toString() == "Ctrl+Shift+K"
    action.trigger()
    assert window.scan_dialog is not scan and window.scan_dialog.isVisible()
    assert window.scan_dialog.ui.pages.currentIndex() == START  # choose photos or a folder


def test_back_side_of_the_previous_card_completes_it_and_back_returns_to_a_skipped_card(
    ctx: AppContext, scan: ScanDialog, qtbot: QtBot
) -> None:
    front_photo = (CARDS / "01-mueller.jpg").read_bytes()
    front = card_reading(front_photo)
    back = CardReading(file="01-back.jpg", phones=[ReadPhone("+49 171 2345678", ("cell",))])
    other = CardReading(file="02.jpg", given_name="Jörg", family_name="Weiß")
    # What the reading worker hands over, photo by photo.
    for name, reading in (("01.jpg", front), ("01-back.jpg", back), ("02.jpg", other)):
        scan._relay.photo.emit(ScannedPhoto(Path(name), [reading]))
    on_step(qtbot, scan, REVIEW)
    assert not scan.ui.back_side_button.isEnabled()  # nothing before the first card
    press_enter(qtbot, scan)  # Anna Müller added
    qtbot.waitUntil(lambda: scan.current == 1 and not scan.saving, timeout=20000)
    assert scan.form.edits["family_name"].text() == ""  # the back has no name
    qtbot.mouseClick(scan.ui.skip_button, Qt.MouseButton.LeftButton)
    assert scan.ui.step_label.text() == "Card 3 of 3"
    qtbot.mouseClick(scan.ui.back_button, Qt.MouseButton.LeftButton)  # not added: back to it
    assert scan.ui.step_label.text() == "Card 2 of 3"
    assert not scan.ui.back_button.isEnabled()  # the card before was added already
    qtbot.mouseClick(scan.ui.back_side_button, Qt.MouseButton.LeftButton)
    assert scan.form.edits["family_name"].text() == "Müller"  # both sides as one card
    press_enter(qtbot, scan)
    qtbot.waitUntil(lambda: scan.current == 2 and not scan.saving, timeout=20000)
    qtbot.mouseClick(scan.ui.skip_button, Qt.MouseButton.LeftButton)
    on_step(qtbot, scan, SUMMARY)
    assert scan.ui.summary_label.text() == (
        "1 contact added, 1 back side added to its card, 1 skipped"
    )
    (front_line, back_line, other_line) = summary_lines(scan)
    assert front_line[0].endswith("Müller") and front_line[1] == "Added"
    assert back_line[1].startswith("Back side, added to ") and back_line[1].endswith("Müller")
    assert other_line == ("Jörg Weiß", "Skipped")

    (anna,) = ctx.contacts.summaries()
    assert anna.contact.id is not None
    # A card's line opens its contact (Enter or a double click).
    cards = scan.ui.summary.cards
    cards.setFocus()
    cards.setCurrentItem(cards.topLevelItem(0))
    with qtbot.waitSignal(scan.show_contacts) as opened:
        qtbot.keyClick(cards, Qt.Key.Key_Return)
    assert opened.args[0] == [anna.contact.id]
    stored = ctx.contacts.get(anna.contact.id)
    assert [p.value for p in stored.phones] == ["+49 171 2345678"]  # from the back
    assert len(ctx.card_scan.card_photos(anna.contact.id)) == 1  # the front's photo


def test_stop_reading_keeps_the_cards_read_and_reads_no_more(
    scan: ScanDialog, qtbot: QtBot
) -> None:
    photos = [CARDS / name for name, _card in one_card_photos(4)]
    scan.read(photos)
    on_step(qtbot, scan, REVIEW)
    assert scan.ui.cancel_button.isVisible()
    qtbot.mouseClick(scan.ui.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not scan.reading_now, timeout=READ_TIMEOUT)
    assert 1 <= len(scan.steps) < 4  # the photo being read when stopped may still come
    assert scan.ui.progress.text() == "Reading stopped."
    assert not scan.ui.cancel_button.isVisible()
    assert scan.ui.step_label.text() == f"Card 1 of {len(scan.steps)}"


def test_keyboard_only_a_known_person_merged_with_alt_m(
    ctx: AppContext, scan: ScanDialog, qtbot: QtBot
) -> None:
    known = ctx.contacts.create(
        m.Contact(
            formatted_name="Anna Müller",
            given_name="Anna",
            family_name="Müller",
            emails=[m.Email("a.mueller@mueller-soehne.de")],
        )
    )
    photo = (CARDS / "01-mueller.jpg").read_bytes()
    scan._relay.photo.emit(ScannedPhoto(Path("01-mueller.jpg"), [card_reading(photo)]))
    on_step(qtbot, scan, REVIEW)
    first = scan.focusWidget()
    assert first is scan.form.edits["prefix"]
    qtbot.keyClick(first, Qt.Key.Key_Tab)
    assert scan.focusWidget() is scan.form.edits["given_name"]  # the form's order
    press_enter(qtbot, scan)
    qtbot.waitUntil(scan.ui.known.isVisible, timeout=20000)
    assert scan.focusWidget() is scan.ui.known_skip_button  # the import's default: skip
    qtbot.keyClick(scan.focusWidget(), Qt.Key.Key_M, Qt.KeyboardModifier.AltModifier)
    on_step(qtbot, scan, SUMMARY)
    assert scan.ui.summary_label.text() == "0 contacts added, 1 merged"
    assert ctx.contacts.count() == 1
    assert known.id is not None
    assert ctx.card_scan.card_photos(known.id)  # the card photo went with the merge


def test_a_bug_while_reading_ends_the_reading_with_a_sentence(
    scan: ScanDialog, qtbot: QtBot
) -> None:
    """A bug in the reading worker goes to the crash dialog; the scan must not go on
    saying "Reading photo 1 of 2 …" for ever, and it says what happened."""
    scan.read([CARDS / name for name, _card in one_card_photos(2)])
    assert scan.reading_now and scan.ui.cancel_button.isVisible()
    scan.reader_tasks.failed.emit("Something went wrong; details are in the log.")
    assert not scan.reading_now
    assert not scan.ui.cancel_button.isVisible()
    assert not scan.ui.progress.text().startswith("Reading photo")
    assert scan.ui.error.text() == "Something went wrong; details are in the log."


def test_the_recogniser_starts_when_the_scan_opens_and_ends_when_it_closes_unused(
    ctx: AppContext, qtbot: QtBot, tasks: TaskRunner
) -> None:
    from netzwerk_app.interchange import card_ocr

    create_application(ctx.paths, "en")
    dialog = ScanDialog(ctx.card_scan, ctx.events, tasks)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: card_ocr._spare is not None, timeout=READ_TIMEOUT)
    child = card_ocr._spare._process if card_ocr._spare is not None else None
    assert child is not None and child.is_alive()
    dialog.reject()  # nothing read: closes without asking
    assert dialog.reader_tasks.wait(READ_TIMEOUT)
    assert card_ocr._spare is None
    assert not child.is_alive()
