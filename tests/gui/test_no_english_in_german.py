"""The German window shows no English: every screen and dialog is walked in German with
demo data (and the cards, types, notes and warnings that used to leak), and every
visible text — labels, buttons, tooltips, placeholders, combo items, table headers,
menus, list items, the import report, the message bar — is checked against the English
sources of the catalogue and against common English words."""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from factories import make_contact
from pytestqt.qtbot import QtBot

from netzwerk_app.app import AppContext
from netzwerk_app.domain import model as m
from netzwerk_app.gui.main import create_application
from netzwerk_app.gui.main_window import MainWindow
from netzwerk_app.gui.qt import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QMenu,
    QPlainTextEdit,
    Qt,
    QTabBar,
    QTextEdit,
    QTimer,
    QWidget,
)
from netzwerk_app.gui.tasks import TaskRunner
from netzwerk_app.infra.resources import resource_path
from netzwerk_app.services.demo import load_demo

BERLIN = ZoneInfo("Europe/Berlin")
SUNDAY_EVENING = datetime(2026, 11, 29, 19, 0, tzinfo=BERLIN)

# Words that are English and never German; names and data in the demo do not use them.
ENGLISH_WORDS = {
    "the", "and", "of", "is", "are", "were", "with", "from", "this", "your", "you", "not",
    "on", "at", "to", "request", "pending", "email", "voice", "pref", "cell", "line",
    "imported", "merged", "skipped", "snoozed", "connection", "people", "contacts",
    "added", "could", "been", "has", "have", "there", "which", "their", "they", "none",
    "nothing", "please", "here", "only", "should", "would", "its", "card", "left", "out",
    "done", "open", "save", "saving", "loading", "work", "home", "other", "mobile",
}  # fmt: skip
# Texts that are the same in both languages (names of things, not English words).
ALLOWED = {"Pitch", "Event", "Events", "Follow-up", "Follow-ups", "LinkedIn", "XING", "E-Mail"}


def _plain(text: str) -> str:
    text = re.sub(r"<[^>]+>", " ", text) if "<" in text and ">" in text else text
    text = html.unescape(text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return " ".join(text.split())


def english_sources() -> list[tuple[str, re.Pattern[str]]]:
    """Each English source whose German differs, as a pattern ({x} and %n match anything)."""
    root = ET.parse(resource_path("translations", "netzwerk_de.ts")).getroot()
    found = []
    for message in root.iter("message"):
        source = _plain(message.findtext("source") or "")
        if message.find("translation").get("type") in ("unfinished", "obsolete", "vanished"):
            continue  # not translated yet: tests/unit/test_translations.py says so
        forms = [f.text or "" for f in message.iter("numerusform")]
        german = [_plain(t) for t in forms] or [_plain(message.findtext("translation") or "")]
        if source in german or source in ALLOWED:
            continue
        literal = re.sub(r"\{\w*\}|%n", "", source)
        if len(re.sub(r"[^A-Za-z]", "", literal)) < 4:  # "{n} / {limit}", "–" …
            continue
        pattern = re.escape(source)
        pattern = re.sub(r"\\\{\w*\\\}|%n", ".+?", pattern)
        found.append((source, re.compile(rf"(?:^|(?<=[\s(•:]))(?:{pattern})(?=$|[\s).:,;])")))
    return found


def visible_texts(top: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every text a user can see or hover on ``top`` and its children."""
    texts: list[tuple[str, str]] = [("title", top.windowTitle())]
    widgets = [top, *top.findChildren(QWidget)]
    for widget in widgets:
        if widget is not top and not widget.isVisibleTo(top):
            continue
        name = f"{type(widget).__name__}#{widget.objectName()}"
        texts.append((name + " tooltip", widget.toolTip()))
        if isinstance(widget, QLabel | QAbstractButton):
            texts.append((name, widget.text()))
        if isinstance(widget, QGroupBox):
            texts.append((name, widget.title()))
        if isinstance(widget, QLineEdit):
            texts.append((name + " placeholder", widget.placeholderText()))
        if isinstance(widget, QPlainTextEdit | QTextEdit):
            texts.append((name + " placeholder", widget.placeholderText()))
            texts += [(name, line) for line in widget.toPlainText().splitlines()]
        if isinstance(widget, QComboBox):
            texts += [(name + " item", widget.itemText(i)) for i in range(widget.count())]
            texts.append((name + " current", widget.currentText()))
        if isinstance(widget, QTabBar):
            texts += [(name + " tab", widget.tabText(i)) for i in range(widget.count())]
        if isinstance(widget, QListWidget):
            texts += [(name + " item", widget.item(i).text()) for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            for column in range(model.columnCount()):
                header = model.headerData(column, Qt.Orientation.Horizontal)
                texts.append((name + " header", str(header or "")))
            for row in range(min(model.rowCount(), 30)):
                for column in range(model.columnCount()):
                    value = model.data(model.index(row, column))
                    texts.append((name + " cell", str(value or "")))
        if isinstance(widget, QMenu):
            texts += [(name + " action", a.text()) for a in widget.actions()]
            texts += [(name + " action tip", a.toolTip()) for a in widget.actions()]
    return [(where, _plain(text)) for where, text in texts if text and _plain(text)]


def english_in(
    top: QWidget, sources: list[tuple[str, re.Pattern[str]]], allowed: tuple[str, ...] = ()
) -> list[str]:
    leaks = []
    for where, text in visible_texts(top):
        if text in ALLOWED or text in allowed:
            continue
        shown = re.sub(r"\S+@\S+|\S*/\S*|\S+\.(?:vcf|csv|png|svg|ics)\b", " ", text)
        for source, pattern in sources:
            if pattern.search(shown):
                leaks.append(f"{where}: {text!r} (English source {source!r})")
                break
        else:
            words = {w.lower() for w in re.findall(r"[A-Za-z]+", shown)}
            english = sorted(words & ENGLISH_WORDS)
            if english:
                leaks.append(f"{where}: {text!r} (English words {english})")
    return leaks


@pytest.fixture
def german(ctx: AppContext) -> Iterator[None]:
    create_application(ctx.paths, "de")
    yield
    create_application(ctx.paths, "en")  # the other tests expect English


@pytest.fixture
def sources() -> list[tuple[str, re.Pattern[str]]]:
    return english_sources()


@pytest.fixture
def leaky(ctx: AppContext) -> m.Contact:
    """A contact with what used to be shown raw: vCard types, a source note, follow-ups."""
    load_demo(ctx.db, SUNDAY_EVENING)
    contact = make_contact(
        ctx,
        "Ärzte Zeta",  # sorts last: the demo's people come first in the list
        org="Praxis Zeta",
        gdpr_note="Met at “Unternehmerfrühstück” on 2026-11-29",
    )
    contact.phones = [m.Phone("+49 89 123456", ("voice", "pref")), m.Phone("+49 151 1", ("cell",))]
    contact.urls = [m.Url("https://www.linkedin.com/in/zeta", ("linkedin",))]
    contact.emails = [m.Email("zeta@example.org", ("internet", "work"))]
    ctx.contacts.update(contact)
    start = SUNDAY_EVENING - timedelta(hours=12)
    event = ctx.events.create_event("Unternehmerfrühstück", start, start + timedelta(hours=2))
    assert event.id is not None and contact.id is not None
    ctx.events.record_encounter(event.id, contact.id, pitch="Hausarztpraxis in Pasing")
    return contact


def test_no_screen_of_the_main_window_shows_english(
    ctx: AppContext,
    open_window: Callable[..., MainWindow],
    qtbot: QtBot,
    german: None,
    leaky: m.Contact,
    sources: list[tuple[str, re.Pattern[str]]],
) -> None:
    window = open_window(language=None, size=(1360, 860))
    leaks: list[str] = []
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    for menu in menus:
        leaks += english_in(menu, sources)
    for page in (window.PAGE_TODAY, window.PAGE_EVENTS, window.PAGE_MY_CARD):
        window.sidebar.setCurrentRow(page)
        qtbot.wait(400)
        window.tasks.wait()
        qtbot.wait(200)
        if page == window.PAGE_TODAY:  # one dash in the queue and the side panel: –
            shown = [t for _w, t in visible_texts(window.today_view) if " – " in t or " — " in t]
            assert shown and not [t for t in shown if " — " in t]
        if page == window.PAGE_TODAY and window.today_view.items:
            for row in range(min(window.today_view.queue_list.count(), 6)):
                window.today_view.queue_list.setCurrentRow(row)
                qtbot.wait(100)
                leaks += english_in(window, sources)
        if page == window.PAGE_EVENTS:
            window.events_view.table.selectRow(0)
            qtbot.wait(200)
        leaks += english_in(window, sources)
    window.sidebar.setCurrentRow(window.PAGE_CONTACTS)
    assert leaky.id is not None
    window.show_contact(leaky.id)
    page = window.contacts_view
    qtbot.waitUntil(
        lambda: "Praxis Zeta" in _plain(" ".join(t for _w, t in visible_texts(page))), timeout=20000
    )
    qtbot.wait(300)
    leaks += english_in(window, sources)
    # What used to be raw English is there in German:
    shown_types = {c.currentText() for c in page.findChildren(QComboBox) if c.isVisible()}
    assert {"Telefon, bevorzugt", "Mobil", "LinkedIn", "Internet, Geschäftlich"} <= shown_types
    notes = {e.text() for e in page.findChildren(QLineEdit)}
    assert "Getroffen bei „Unternehmerfrühstück“ am 29.11.2026" in notes
    followups = [w.text() for w in page.findChildren(QLabel) if "Kontaktanfrage ·" in w.text()]
    assert followups and " · offen" in followups[0], followups
    ctx.contacts.trash([leaky.id])
    window.sidebar.setCurrentRow(window.PAGE_TRASH)
    qtbot.waitUntil(lambda: window.trash_view.model.rowCount() == 1, timeout=20000)
    window.trash_view.table.selectRow(0)
    leaks += english_in(window, sources)
    assert leaks == [], "\n".join(leaks)


def _dialog_leaks(
    dialog: QWidget, qtbot: QtBot, sources: list[tuple[str, re.Pattern[str]]]
) -> list[str]:
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.wait(200)
    return english_in(dialog, sources)


def test_no_dialog_shows_english(
    ctx: AppContext,
    open_window: Callable[..., MainWindow],
    qtbot: QtBot,
    german: None,
    leaky: m.Contact,
    sources: list[tuple[str, re.Pattern[str]]],
    tmp_path: Path,
) -> None:
    from netzwerk_app.gui.dialogs.duplicates_dialog import DuplicatesDialog
    from netzwerk_app.gui.dialogs.event_dialog import EventDialog
    from netzwerk_app.gui.dialogs.export_dialog import ExportDialog
    from netzwerk_app.gui.dialogs.first_card_dialog import FirstCardDialog
    from netzwerk_app.gui.dialogs.qr_dialog import QrDialog
    from netzwerk_app.gui.dialogs.qr_read_dialog import QrReadDialog
    from netzwerk_app.gui.dialogs.settings_dialog import SettingsDialog
    from netzwerk_app.interchange.qr import CardData

    window = open_window(language=None)
    tasks = TaskRunner()
    for name in ("Jan Meier", "Jana Meier"):
        make_contact(ctx, name, org="Meier Consulting")
    leaks: list[str] = []
    settings = SettingsDialog(ctx.settings, ctx.paths.data_dir, ctx.backups, tasks)
    qtbot.addWidget(settings)
    settings.show()
    leaks += english_in(settings, sources, allowed=("English",))  # each language in its own
    leaks += _dialog_leaks(ExportDialog(12, tmp_path), qtbot, sources)
    leaks += _dialog_leaks(EventDialog(ctx.events.networks()), qtbot, sources)
    leaks += _dialog_leaks(QrReadDialog(ctx.qr, ctx.events, tasks), qtbot, sources)
    leaks += _dialog_leaks(FirstCardDialog(ctx.my_card, tasks, None), qtbot, sources)
    from netzwerk_app.gui.dialogs.sync_dialog import SyncDialog
    from netzwerk_app.sync.engine import SyncService

    leaks += _dialog_leaks(SyncDialog(SyncService(ctx.db, ctx.clock), tasks), qtbot, sources)
    card = CardData.of_my_card(ctx.my_card.get())
    leaks += _dialog_leaks(QrDialog(ctx.qr, tasks, card, "Meine Karte"), qtbot, sources)
    tasks.wait()
    duplicates = DuplicatesDialog(ctx.duplicates, tasks)
    qtbot.addWidget(duplicates)
    duplicates.show()
    tasks.wait()
    qtbot.wait(300)
    leaks += english_in(duplicates, sources)

    # The events page's own dialogs: each network's Sie/Du, and "repeat" with its regulars.
    events = window.events_view
    window.sidebar.setCurrentRow(window.PAGE_EVENTS)
    qtbot.waitUntil(lambda: events.model.rowCount() > 0, timeout=20000)
    events.edit_networks()
    window.tasks.wait()
    qtbot.wait(300)
    leaks += english_in(events.networks_dialog, sources)
    events.networks_dialog.close()
    breakfast = next(
        e.event for e in ctx.events.list_events() if e.network_name == "BNI Chapter Isartal"
    )
    events.select_event(breakfast.id)
    qtbot.waitUntil(lambda: events.details is not None, timeout=20000)
    repeated: list[list[str]] = []

    def read_repeat() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(50, read_repeat)
            return
        qtbot.wait(200)
        repeated.append(english_in(dialog, sources))
        regulars = dialog.findChild(QListWidget, "regularsList")
        repeated.append([] if regulars is not None and regulars.count() else ["no regulars"])
        dialog.reject()

    QTimer.singleShot(50, read_repeat)
    events.repeat_event()  # the chapter's next breakfast, its regulars to tick
    qtbot.waitUntil(lambda: len(repeated) == 2, timeout=20000)
    leaks += repeated[0] + repeated[1]

    about: list[list[str]] = []

    def read_about() -> None:
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(50, read_about)
            return
        about.append(english_in(box, sources))
        box.close()

    QTimer.singleShot(50, read_about)
    window.about()
    assert about
    leaks += about[0]
    tasks.wait()
    assert leaks == [], "\n".join(leaks)


CARDS = """BEGIN:VCARD
VERSION:3.0
FN:Karin Kühn
N:Kühn;Karin;;;
URL:not a link at all
EMAIL;TYPE=INTERNET:karin@kuehn.example
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Karin Kühn
N:Kühn;Karin;;;
EMAIL;TYPE=INTERNET:karin@kuehn.example
END:VCARD
BEGIN:VCARD
VERSION:3.0
END:VCARD
BEGIN:VCARD
VERSION:3.0
FN:Outer Olaf
BEGIN:VCARD
VERSION:3.0
FN:Inner Ines
END:VCARD
END:VCARD
"""


def test_the_scan_dialog_shows_no_english(
    ctx: AppContext, qtbot: QtBot, german: None, sources: list[tuple[str, re.Pattern[str]]]
) -> None:
    """Each step of a card scan: the start, a card to review (one field unsure, one from
    the QR code), a known person, a photo that failed, the summary, the question on close."""
    from netzwerk_app.domain.card_reading import CardReading, ReadPhone
    from netzwerk_app.gui.dialogs.scan_dialog import ScanDialog
    from netzwerk_app.gui.dialogs.scan_steps import SUMMARY
    from netzwerk_app.services.card_scan import ScannedPhoto

    tasks = TaskRunner()
    scan = ScanDialog(ctx.card_scan, ctx.events, tasks)
    leaks = _dialog_leaks(scan, qtbot, sources)
    reading = CardReading(
        given_name="Anna",
        family_name="Müller",
        title="lnhaberin",
        phones=[ReadPhone("+49 89 1234567"), ReadPhone("+49 171 2345678", ("cell",))],
        emails=["a.mueller@mueller-soehne.de"],
        field_confidence={"title": 0.4},
        from_qr={"emails"},
    )
    scan._photo_read(ScannedPhoto(Path("01-mueller.jpg"), [reading]))
    scan._photo_read(
        ScannedPhoto(Path("kaputt.jpg"), [], "x", "No business card was found in this picture.")
    )
    leaks += english_in(scan, sources)
    scan.ui.show_known("Anna Müller")
    leaks += english_in(scan, sources)
    scan.close()
    assert scan.ui.confirm_close is not None
    qtbot.waitUntil(scan.ui.confirm_close.isVisible)
    leaks += english_in(scan.ui.confirm_close, sources)
    scan.ui.confirm_close.reject()
    scan.skip()
    leaks += english_in(scan, sources)  # the photo that failed
    scan.skip()
    leaks += english_in(scan, sources)  # the summary
    assert scan.ui.pages.currentIndex() == SUMMARY
    tasks.wait()
    assert leaks == []


def test_the_import_report_is_german(
    ctx: AppContext,
    qtbot: QtBot,
    german: None,
    sources: list[tuple[str, re.Pattern[str]]],
    tmp_path: Path,
) -> None:
    from netzwerk_app.gui.dialogs.import_dialog import ImportDialog

    cards = tmp_path / "visitenkarten.vcf"
    cards.write_text(CARDS, encoding="utf-8")
    tasks = TaskRunner()
    dialog = ImportDialog(ctx.importer, tasks, [cards], [])
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.start()
    qtbot.waitUntil(lambda: "Importiert:" in dialog.report.toPlainText(), timeout=20000)
    tasks.wait()
    report = dialog.report.toPlainText()
    assert "Zeile 14: Die Karte ist leer." in report  # the refusals and warnings, in German
    assert "Die Karte enthielt eine weitere Karte" in report
    assert "schon vorhanden als #1 Karin Kühn (dieselbe E-Mail-Adresse" in report
    leaks = english_in(dialog, sources)
    assert leaks == [], "\n".join(leaks)


def test_no_two_entries_of_a_german_menu_share_an_accelerator(
    open_window: Callable[..., MainWindow], german: None
) -> None:
    window = open_window(language=None)
    clashes = {}
    menus = [a.menu() for a in window.menuBar().actions() if a.menu() is not None]
    bar = [a.text() for a in window.menuBar().actions()]
    for title, texts in [("menu bar", bar)] + [
        (menu.title(), [a.text() for a in menu.actions()]) for menu in menus
    ]:
        keys = [re.search(r"&(\w)", t).group(1).lower() for t in texts if re.search(r"&(\w)", t)]
        doubled = sorted({k for k in keys if keys.count(k) > 1})
        if doubled:
            clashes[title] = (doubled, texts)
    assert clashes == {}
