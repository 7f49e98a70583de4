"""Possible duplicates as table rows: the two contacts side by side and why."""

from __future__ import annotations

import re
from typing import Any

from netzwerk_app.domain.model import Contact
from netzwerk_app.gui.qt import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from netzwerk_app.services.duplicate_review import PairView

Index = QModelIndex | QPersistentModelIndex


def describe(contact: Contact) -> str:
    """Name, organisation, e-mails and phones, one per line (plain text)."""
    lines = [f"{contact.display_name} (#{contact.id})"]
    if contact.organization:
        lines.append(contact.organization)
    lines += [e.value for e in contact.emails] + [p.value for p in contact.phones]
    return "\n".join(lines)


_SIMILAR = re.compile(r"^(the same|a similar) name(?: at (.+))?, nothing else to tell$")
_SAME_KEY = re.compile(r"^the same (e-mail address|profile|phone number) (\S+)(.*)$")


class DuplicatePairModel(QAbstractTableModel):
    """A thin model over the ``PairView`` rows the review service returns."""

    FIRST, SECOND, REASON = range(3)

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[PairView] = []

    def set_pairs(self, pairs: list[PairView]) -> None:
        self.beginResetModel()
        self.rows = list(pairs)
        self.endResetModel()

    def pair(self, row: int) -> PairView | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (self.tr("Contact"), self.tr("Possibly the same as"), self.tr("Why"))[section]

    def reason_text(self, reason: str) -> str:
        """The service's plain English reason in the user's language (known forms)."""
        found = _SIMILAR.match(reason)
        if found:
            same, org = found.group(1) == "the same", found.group(2)
            if org:
                text = (
                    self.tr("the same name at {org}")
                    if same
                    else self.tr("a similar name at {org}")
                )
                return text.format(org=org) + self.tr(", nothing else to tell")
            return (self.tr("the same name") if same else self.tr("a similar name")) + self.tr(
                ", nothing else to tell"
            )
        found = _SAME_KEY.match(reason)
        if found and not found.group(3):
            kind = {
                "e-mail address": self.tr("the same e-mail address {value}"),
                "profile": self.tr("the same profile {value}"),
                "phone number": self.tr("the same phone number {value}"),
            }[found.group(1)]
            return kind.format(value=found.group(2))
        if reason == "the same UID":
            return self.tr("the same UID")
        return reason

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        pair = self.rows[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if index.column() == self.FIRST:
                return describe(pair.first)
            if index.column() == self.SECOND:
                return describe(pair.second)
            return self.reason_text(pair.reason)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        return None
