"""Check 7: a name made of HTML shows literally in every view, dialog and tooltip.

Walks the real widgets of the main window (demo data plus the hostile contact, met
at an event, with follow-ups due, one copy in the trash) and checks every label,
tooltip, item model, delegate and text widget that could render markup.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any

import pytest

from netzwerk_app.app import AppContext
from netzwerk_app.domain import model as m
from netzwerk_app.services.demo import load_demo

HOSTILE = '<b>x</b><img src=x><a href="file:///etc/passwd">y</a>'
MARKERS = ("<img", "<a href", "<b>")


@pytest.fixture
def window(open_window: Callable[..., Any]) -> Any:
    return open_window()


def _hostile_data(ctx: AppContext) -> tuple[int, int]:
    load_demo(ctx.db, ctx.clock.now())
    contact = ctx.contacts.create(
        m.Contact(
            formatted_name=HOSTILE,
            given_name=HOSTILE,
            organization=HOSTILE,
            title=HOSTILE,
            note=HOSTILE,
            emails=[m.Email("evil@example.de", (), HOSTILE)],
            tags=[HOSTILE],
        )
    )
    trashed = ctx.contacts.create(m.Contact(formatted_name=HOSTILE + " 2"))
    ctx.contacts.trash([trashed.id or 0])
    # Met on Wednesday: the request is overdue on Saturday (a Friday meeting's
    # request waits for Monday when weekends are skipped).
    start = ctx.clock.now() - timedelta(days=3, hours=2)
    event = ctx.events.create_event(
        HOSTILE, start, start + timedelta(hours=2), HOSTILE, place=HOSTILE, topic=HOSTILE
    )
    ctx.events.record_encounter(
        event.id or 0, contact.id or 0, pitch=HOSTILE, offering=HOSTILE, notes=HOSTILE
    )
    return contact.id or 0, event.id or 0


def _renders_markup(text: str, fmt: Any) -> bool:
    from netzwerk_app.gui.qt import Qt

    if not any(marker in text for marker in MARKERS):
        return False
    if fmt == Qt.TextFormat.PlainText:
        return False
    return fmt == Qt.TextFormat.RichText or Qt.mightBeRichText(text)


def _problems(app: Any) -> tuple[list[str], int]:
    """Widgets that would render the hostile text as markup, and how often it showed."""
    from netzwerk_app.gui.qt import (
        QAbstractItemView,
        QItemDelegate,
        QLabel,
        QModelIndex,
        QStyledItemDelegate,
        Qt,
        QTextEdit,
    )

    problems: list[str] = []
    literal = 0
    for widget in app.allWidgets():
        where = f"{type(widget).__name__}({widget.objectName()})"
        tip = widget.toolTip()
        if any(marker in tip for marker in MARKERS) and Qt.mightBeRichText(tip):
            problems.append(f"tooltip of {where}: {tip!r}")
        if isinstance(widget, QLabel):
            text = widget.text()
            if HOSTILE in text:
                literal += 1
            if _renders_markup(text, widget.textFormat()):
                problems.append(f"{where} renders {text!r}")
            if widget.openExternalLinks() and "href" in text:
                problems.append(f"{where} opens links itself")
        elif isinstance(widget, QTextEdit):
            html = widget.toHtml()
            if '<img src="x"' in html or 'href="file:' in html:
                problems.append(f"{where} renders HTML")
            if HOSTILE in widget.toPlainText():
                literal += 1
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            root = QModelIndex()
            try:
                columns = model.columnCount(root)
            except TypeError:  # QAbstractListModel hides it: one column
                columns = 1
            delegates = [widget.itemDelegate()] + [
                widget.itemDelegateForColumn(c) for c in range(columns)
            ]
            for delegate in filter(None, delegates):
                cls = type(delegate)
                # Qt's own delegates (also the combo-box one) paint plain text; one of
                # ours that paints itself could render HTML.
                ours = cls.__module__.startswith("netzwerk_app")
                if (
                    ours
                    and cls not in (QStyledItemDelegate, QItemDelegate)
                    and "paint" in vars(cls)
                ):
                    problems.append(f"{where} paints with {cls.__name__}")
            for row in range(min(model.rowCount(root), 300)):
                for col in range(columns):
                    index = model.index(row, col)
                    shown = model.data(index, Qt.ItemDataRole.DisplayRole)
                    if isinstance(shown, str) and HOSTILE in shown:
                        literal += 1
                    tip = model.data(index, Qt.ItemDataRole.ToolTipRole)
                    if isinstance(tip, str) and _renders_markup(tip, Qt.TextFormat.AutoText):
                        problems.append(f"tooltip in {where} row {row}: {tip!r}")
    return problems, literal


def test_every_view_shows_the_hostile_name_literally(
    ctx: AppContext, window: Any, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from netzwerk_app.gui.qt import QApplication, QDesktopServices, QLabel, Qt

    contact_id, event_id = _hostile_data(ctx)
    window.refresh()
    seen: dict[str, int] = {}
    for page in (
        window.PAGE_TODAY,
        window.PAGE_EVENTS,
        window.PAGE_CONTACTS,
        window.PAGE_MY_CARD,
        window.PAGE_TRASH,
    ):
        window.sidebar.setCurrentRow(page)
        if page == window.PAGE_EVENTS:
            window.events_view.select_event(event_id)
        if page == window.PAGE_CONTACTS:
            window.show_contact(contact_id)
        qtbot.wait(300)
        window.tasks.wait()
        qtbot.wait(100)
        problems, literal = _problems(QApplication.instance())
        assert problems == [], problems
        seen[window.sidebar.item(page).text()] = literal
    print(seen)
    # Clicking where the name's link would be opens nothing.
    opened: list[object] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    for label in QApplication.instance().allWidgets():
        if isinstance(label, QLabel) and HOSTILE in label.text() and label.isVisible():
            qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=label.rect().center())
            qtbot.mouseClick(label, Qt.MouseButton.LeftButton, pos=label.rect().topRight())
    assert opened == []
    assert seen["Contacts"] >= 2 and seen["Trash"] >= 1 and seen["Events"] >= 1
    assert seen["Today"] >= 1
