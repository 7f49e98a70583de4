"""The shared list helpers (gui/widgets/tables.py) and the QR module runs, as a user sees them."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from netzwerk_app.gui.qt import QAbstractItemView, QItemSelectionModel, QLabel, QStandardItemModel
from netzwerk_app.gui.widgets.tables import row_table, selected_rows, show_line
from netzwerk_app.interchange.qr import encode


def model(rows: int) -> QStandardItemModel:
    return QStandardItemModel(rows, 2)


def test_a_row_table_selects_whole_rows_one_or_many(qtbot: QtBot) -> None:
    single, multi = row_table(model(5)), row_table(model(5), multi=True)
    for table in (single, multi):
        qtbot.addWidget(table)
        assert table.selectionBehavior() is QAbstractItemView.SelectionBehavior.SelectRows
        assert not table.verticalHeader().isVisibleTo(table)
    assert single.selectionMode() is QAbstractItemView.SelectionMode.SingleSelection
    assert multi.selectionMode() is QAbstractItemView.SelectionMode.ExtendedSelection
    assert not multi.showGrid() and row_table(model(1), grid=True).showGrid()


def test_selected_rows_are_each_row_once_top_to_bottom(qtbot: QtBot) -> None:
    table = row_table(model(5), multi=True)
    qtbot.addWidget(table)
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for row in (3, 0, 3):
        table.selectionModel().select(table.model().index(row, 1), flags)
    assert selected_rows(table) == [0, 3]


def test_a_status_line_shows_only_while_it_has_something_to_say(qtbot: QtBot) -> None:
    label = QLabel()
    qtbot.addWidget(label)
    label.show()
    show_line(label, "Saved.")
    assert label.isVisible() and label.text() == "Saved."
    show_line(label, "")
    assert not label.isVisible()


def test_the_dark_runs_of_a_qr_code_cover_exactly_its_dark_modules() -> None:
    code = encode("BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Anna Müller\r\nEND:VCARD\r\n")
    dark = {(y, x) for y, start, end in code.dark_runs() for x in range(start, end)}
    expected = {(y, x) for y, row in enumerate(code.modules) for x, on in enumerate(row) if on}
    assert dark == expected
    runs = list(code.dark_runs())
    assert all(end > start for _y, start, end in runs)
