"""A stretched pseudo-translation: every text 40 % longer, like long German words.

No label, button or check box of the main screens and dialogs may be cut off.
"""

from __future__ import annotations

import math
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from netzwerk_app.app import AppContext
from netzwerk_app.gui.dialogs.event_dialog import EventDialog
from netzwerk_app.gui.dialogs.import_dialog import ImportDialog
from netzwerk_app.gui.dialogs.settings_dialog import SettingsDialog
from netzwerk_app.gui.dialogs.sync_dialog import SyncDialog
from netzwerk_app.gui.i18n import install_catalogue
from netzwerk_app.gui.main import create_application
from netzwerk_app.gui.main_window import MainWindow
from netzwerk_app.gui.qt import QAbstractButton, QLabel, QScrollArea, QWidget
from netzwerk_app.services.demo import load_demo
from netzwerk_app.sync.engine import SyncService

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "netzwerk_de.ts"
# Placeholders, plural markers, accelerators and file filters stay as they are.
KEEP = re.compile(r"(\{[^}]*\}|%n|\*\.\w+|\([^)]*\*[^)]*\))")


def stretch(text: str) -> str:
    """Each word grows by 40 % and gets an umlaut, so metrics and glyphs both change."""

    def longer(match: re.Match[str]) -> str:
        word = match.group(0)
        extra = math.ceil(len(word) * 0.4)
        return word + ("äö" * extra)[:extra]

    parts = KEEP.split(text)
    return "".join(p if KEEP.fullmatch(p) else re.sub(r"[A-Za-z]{2,}", longer, p) for p in parts)


@pytest.fixture(scope="module")
def pseudo_qm(tmp_path_factory: pytest.TempPathFactory) -> Path:
    tree = ET.parse(TS)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        for child in list(translation):
            translation.remove(child)
        translation.attrib.pop("type", None)
        if message.get("numerus") == "yes":
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = stretch(source)
        else:
            translation.text = stretch(source)
    folder = tmp_path_factory.mktemp("pseudo")
    ts, qm = folder / "pseudo.ts", folder / "pseudo.qm"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), str(ts), "-qm", str(qm)], check=True, capture_output=True)
    return qm


def clipped(root: QWidget) -> list[str]:
    """Visible labels and buttons narrower (or lower) than their text needs."""
    problems = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root) or widget.width() <= 0:
            continue
        if isinstance(widget, QLabel) and widget.text():
            if widget.wordWrap():
                need = widget.heightForWidth(widget.width())
                if need > widget.height() + 1:
                    problems.append(f"label cut at the bottom: {widget.text()[:60]!r}")
            elif widget.sizeHint().width() > widget.width() + 1 and not _scrolls(widget):
                problems.append(f"label cut: {widget.text()[:60]!r}")
        elif isinstance(widget, QScrollArea):
            inner = widget.widget()
            if inner is not None and inner.width() > widget.viewport().width() + 1:
                problems.append(
                    f"needs sideways scrolling: {widget.objectName() or type(widget).__name__}"
                )
        elif (
            isinstance(widget, QAbstractButton)
            and widget.text()
            and widget.sizeHint().width() > widget.width() + 1
        ):
            problems.append(f"button cut: {widget.text()[:60]!r}")
    return problems


def _scrolls(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QScrollArea):
            return True
        parent = parent.parentWidget()
    return False


@pytest.fixture
def window(
    ctx: AppContext, open_window: Callable[..., MainWindow], pseudo_qm: Path
) -> Iterator[MainWindow]:
    app = create_application(ctx.paths, "en")
    assert install_catalogue(app, pseudo_qm)
    load_demo(ctx.db, ctx.clock.now())
    win = open_window(language=None, size=(1280, 800))
    win.refresh()
    yield win
    create_application(ctx.paths, "en")  # the next tests see plain English again


def test_the_pseudo_translation_is_really_used(window: MainWindow) -> None:
    assert window.sidebar.item(0).text() == stretch("Today")
    assert "äö" in window.menuBar().actions()[0].text()


def test_no_main_screen_cuts_off_a_long_word(window: MainWindow, qtbot: QtBot) -> None:
    problems: dict[str, list[str]] = {}
    for row in range(window.sidebar.count()):
        window.sidebar.setCurrentRow(row)
        if row == window.PAGE_CONTACTS:
            window.contacts_view.table.selectRow(0)  # the contact card is the widest screen
        qtbot.wait(150)
        window.tasks.wait()
        qtbot.wait(50)
        found = clipped(window.pages.currentWidget())
        if found:
            problems[window.sidebar.item(row).text()] = found
        item_width = window.sidebar.fontMetrics().horizontalAdvance(window.sidebar.item(row).text())
        assert item_width + 40 <= window.sidebar.width(), window.sidebar.item(row).text()
    assert problems == {}


def test_no_dialog_cuts_off_a_long_word(
    ctx: AppContext, window: MainWindow, qtbot: QtBot, tmp_path: Path
) -> None:
    dialogs = [
        EventDialog(ctx.events.networks(), parent=window),
        SettingsDialog(
            ctx.settings, ctx.paths.data_dir, ctx.backups, window.tasks, window, window.open_sync
        ),
        SyncDialog(SyncService(ctx.db, ctx.clock), window.tasks, window),
        ImportDialog(
            ctx.importer, window.tasks, [tmp_path / "karten.vcf"], ctx.events.list_events(), window
        ),
    ]
    problems = {}
    for dialog in dialogs:
        dialog.show()
        qtbot.waitExposed(dialog)
        found = clipped(dialog)
        if found:
            problems[dialog.windowTitle()] = found
        dialog.close()
    assert problems == {}


def test_the_scan_review_cuts_off_no_long_word(
    ctx: AppContext, window: MainWindow, qtbot: QtBot
) -> None:
    """The card scan at the size it opens with: start, a card with marks, a failed photo."""
    from netzwerk_app.domain.card_reading import CardReading, ReadPhone
    from netzwerk_app.gui.dialogs.scan_dialog import ScanDialog
    from netzwerk_app.services.card_scan import ScannedPhoto

    scan = ScanDialog(ctx.card_scan, ctx.events, window.tasks, window)
    scan.show()
    qtbot.waitExposed(scan)
    problems = clipped(scan)
    reading = CardReading(
        given_name="Anna",
        family_name="Müller",
        title="lnhaberin",
        phones=[ReadPhone("+49 171 2345678", ("cell",))],
        field_confidence={"title": 0.4},
        from_qr={"phones"},
    )
    scan._photo_read(ScannedPhoto(Path("01.jpg"), [reading]))
    scan._photo_read(
        ScannedPhoto(Path("02.jpg"), [], "x", "No business card was found in this picture.")
    )
    qtbot.wait(50)
    problems += clipped(scan)
    scan.ui.show_known("Anna Müller")
    qtbot.wait(50)
    problems += clipped(scan)
    scan.skip()
    qtbot.wait(50)
    problems += clipped(scan)
    scan.close_anyway()
    assert problems == []
