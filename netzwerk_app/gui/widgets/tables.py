"""Shared helpers for the app's lists: a row table, its selection, and a status line.

Every list of the app (events, contacts, trash, possible duplicates) is a table that
selects whole rows, hides the row numbers and shades every other row; a status or
error line is a label that is shown only while it has something to say.
"""

from __future__ import annotations

from netzwerk_app.gui.qt import QAbstractItemModel, QAbstractItemView, QLabel, QTableView


def row_table(
    model: QAbstractItemModel, *, multi: bool = False, wrap: bool = False, grid: bool = False
) -> QTableView:
    """A table over ``model`` that selects whole rows (several with ``multi``)."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(
        QAbstractItemView.SelectionMode.ExtendedSelection
        if multi
        else QAbstractItemView.SelectionMode.SingleSelection
    )
    table.verticalHeader().hide()
    if not grid:
        table.setShowGrid(False)
    table.setAlternatingRowColors(True)
    table.setWordWrap(wrap)
    return table


def selected_rows(table: QTableView) -> list[int]:
    """The selected rows, top to bottom, each once."""
    return sorted({index.row() for index in table.selectionModel().selectedRows()})


def show_line(label: QLabel, text: str) -> None:
    """Put ``text`` on a status or error line; an empty text hides the line."""
    label.setText(text)
    label.setVisible(bool(text))
