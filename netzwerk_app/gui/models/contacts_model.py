"""The contact list: a thin table model over rows the ContactService returns.

Rows arrive page by page (``fetchMore``) from the worker thread, so a list of
100,000 people opens as fast as a list of 10. Sorting happens in SQL, the German
way (storage.db's ``de_key``); the Name column sorts by first name or, with the
setting "sort by surname", by surname.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from netzwerk_app.domain.model import RelationshipState
from netzwerk_app.gui.models.rows import Index, RowTableModel
from netzwerk_app.gui.qt import QModelIndex, Qt
from netzwerk_app.services.contacts import ContactService, ContactSummary

PAGE = 200


def state_label(state: RelationshipState) -> str:
    from netzwerk_app.gui.qt import QApplication

    labels = {
        RelationshipState.NONE: QApplication.translate("State", "–"),
        RelationshipState.REQUEST_DRAFTED: QApplication.translate("State", "Request drafted"),
        RelationshipState.SENT: QApplication.translate("State", "Request sent"),
        RelationshipState.CONNECTED: QApplication.translate("State", "Connected"),
        RelationshipState.FOLLOWING: QApplication.translate("State", "Following"),
        RelationshipState.IGNORED: QApplication.translate("State", "Ignored"),
    }
    return labels[state]


class ContactTableModel(RowTableModel[ContactSummary]):
    SORT_KEYS = {0: "name", 1: "organization"}

    def __init__(
        self,
        service: ContactService,
        run: Callable[..., None],
        trash: bool = False,
        by_surname: Callable[[], bool] = lambda: False,
    ) -> None:
        super().__init__()
        self.service = service
        self.trash = trash  # the trash view lists deleted contacts
        self._run = run  # TaskRunner.run: the model never queries on the GUI thread
        self._by_surname = by_surname  # read at each load: a changed setting applies
        self.total = 0
        self.sort_column = 0
        self.query = ""
        self._loading = False
        self._generation = 0

    # --- loading -------------------------------------------------------------------

    def reload(self, query: str | None = None) -> None:
        if query is not None:
            self.query = query.strip()
        self._generation += 1
        generation = self._generation
        text, sort, trash = self.query, self.sort_key, self.trash
        service = self.service

        def load() -> tuple[list[ContactSummary], int]:
            if text and not trash:
                rows = service.search_summaries(text)
                return rows, len(rows)
            rows = service.summaries(sort=sort, limit=PAGE, trash=trash)
            return rows, service.count(trash=trash)

        self._loading = True
        self._run(load, lambda result: self._replace(generation, *result))

    def _replace(self, generation: int, rows: list[ContactSummary], total: int) -> None:
        if generation != self._generation:
            return  # a newer search was typed meanwhile
        self._loading = False
        self.beginResetModel()
        self.rows, self.total = rows, total
        self.endResetModel()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._loading and len(self.rows) < self.total

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent):
            return
        self._loading = True
        generation, offset, sort, service, trash = (
            self._generation,
            len(self.rows),
            self.sort_key,
            self.service,
            self.trash,
        )
        self._run(
            lambda: service.summaries(sort=sort, offset=offset, limit=PAGE, trash=trash),
            lambda rows: self._append(generation, rows),
        )

    def _append(self, generation: int, rows: list[ContactSummary]) -> None:
        self._loading = False
        if generation != self._generation or not rows:
            return
        first = len(self.rows)
        self.beginInsertRows(QModelIndex(), first, first + len(rows) - 1)
        self.rows.extend(rows)
        self.endInsertRows()

    # --- Qt model API ----------------------------------------------------------------

    def titles(self) -> tuple[str, ...]:
        return (
            self.tr("Name"),
            self.tr("Organisation"),
            self.tr("Last met"),
            self.tr("LinkedIn"),
            self.tr("Tags"),
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        contact = row.contact
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return contact.display_name
            if column == 1:
                return contact.organization
            if column == 2:
                return row.last_met.astimezone().strftime("%d.%m.%Y") if row.last_met else ""
            if column == 3:
                return state_label(contact.linkedin_state)
            if column == 4:
                return ", ".join(contact.tags)
        if role == Qt.ItemDataRole.UserRole:
            return contact.id
        return None

    @property
    def sort_key(self) -> str:
        key = self.SORT_KEYS[self.sort_column]
        return "surname" if key == "name" and self._by_surname() else key

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column not in self.SORT_KEYS or self.query:
            return
        self.sort_column = column
        self.reload()

    def contact_ids(self, rows: list[int]) -> list[int]:
        return [i for i in (self.contact_id(r) for r in rows) if i is not None]

    def contact_id(self, row: int) -> int | None:
        return self.rows[row].contact.id if 0 <= row < len(self.rows) else None
