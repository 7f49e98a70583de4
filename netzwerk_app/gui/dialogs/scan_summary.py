"""The end of a scanned stack: one sentence of how it went, then a line per card —
what became of it (added, merged with whom, back side, skipped, a photo not read) —
so the user sees at a glance which cards need another look. A double click (or
Enter) on a stored card opens its contact."""

from __future__ import annotations

from dataclasses import dataclass

from netzwerk_app.gui.dialogs.scan_stack import Step
from netzwerk_app.gui.qt import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    Qt,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from netzwerk_app.gui.widgets.consistency_panel import plain

# What became of a card, as the summary counts it.
ADDED, MERGED, BACK_SIDE, KNOWN, SKIPPED, NOT_READ = (
    "added",
    "merged",
    "back_side",
    "known",
    "skipped",
    "not_read",
)


@dataclass(frozen=True)
class CardLine:
    """One card of the stack as the summary lists it."""

    card: str  # the name read from the card (or the photo's file name)
    kind: str  # ADDED | MERGED | BACK_SIDE | KNOWN | SKIPPED | NOT_READ
    other: str  # the contact it went into (merged, back side, known) or the sentence
    photo: str
    contact_id: int | None
    kept_apart: bool = False  # added beside a known contact ("keep both")


def card_lines(steps: list[Step]) -> list[CardLine]:
    """A line per card; a front joined with its back side is one card."""
    lines: list[CardLine] = []
    for step in steps:
        if step.state == "joined":
            continue
        photo = step.photo.name
        if step.reading is None:
            lines.append(CardLine(photo, NOT_READ, step.error, photo, None))
            continue
        card = step.reading.to_contact().display_name or photo
        if step.state != "stored":
            lines.append(CardLine(card, SKIPPED, "", photo, None))
        elif step.back_of is not None:
            front = steps[step.back_of]
            lines.append(CardLine(card, BACK_SIDE, front.name, photo, step.contact_id))
        elif step.outcome == "merged":
            known = step.known[1] if step.known is not None else step.name
            lines.append(CardLine(card, MERGED, known, photo, step.contact_id))
        elif step.outcome == "skipped":
            lines.append(CardLine(card, KNOWN, step.name, photo, step.contact_id))
        else:
            apart = step.outcome == "kept_both"
            lines.append(CardLine(card, ADDED, "", photo, step.contact_id, apart))
    return lines


class ScanSummary(QWidget):
    """The summary page; ``open_contact(id)`` for a card's line, the button for all."""

    open_contact = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.headline = plain(object_name="summaryHeadline")
        self.headline.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.cards = QTreeWidget()
        self.cards.setObjectName("scanSummary")
        self.cards.setHeaderLabels([self.tr("Card"), self.tr("What became of it")])
        self.cards.setRootIsDecorated(False)
        self.cards.setAlternatingRowColors(True)
        self.cards.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.cards.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.cards.setWordWrap(True)
        header = self.cards.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        self.cards.itemActivated.connect(self._activated)
        self.open_button = QPushButton(self.tr("Show the contacts"))
        self.open_button.setObjectName("primaryButton")
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 8, 0, 8)
        column.setSpacing(12)
        column.addWidget(self.headline)
        self.cards.setMaximumWidth(900)  # a readable line on a wide window
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.cards, 20)
        row.addStretch(1)
        column.addLayout(row, 1)
        self.hint = plain(
            self.tr("Double-click a card to open its contact."), "cardMuted", selectable=False
        )
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        column.addWidget(self.hint)
        column.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignHCenter)

    def show_stack(self, steps: list[Step], event_title: str | None) -> None:
        lines = card_lines(steps)
        self.headline.setText(self.sentence(lines, event_title))
        self.cards.clear()
        for line in lines:
            item = QTreeWidgetItem([line.card, self.what_became(line)])
            item.setToolTip(0, line.photo)
            item.setToolTip(1, self.what_became(line))
            if line.contact_id is not None:
                item.setData(0, Qt.ItemDataRole.UserRole, line.contact_id)
            self.cards.addTopLevelItem(item)
        self.cards.resizeColumnToContents(0)
        self.cards.setColumnWidth(0, min(self.cards.columnWidth(0) + 24, 320))
        stored = any(line.contact_id for line in lines)
        self.open_button.setVisible(stored)
        self.hint.setVisible(stored)

    def sentence(self, lines: list[CardLine], event_title: str | None) -> str:
        count = {kind: sum(1 for line in lines if line.kind == kind) for kind in _KINDS}
        parts = [self.tr("%n contact(s) added", "", count[ADDED])]
        if count[MERGED]:
            parts.append(self.tr("%n merged", "", count[MERGED]))
        if count[BACK_SIDE]:
            parts.append(self.tr("%n back side(s) added to their card", "", count[BACK_SIDE]))
        if count[KNOWN] + count[SKIPPED]:
            parts.append(self.tr("%n skipped", "", count[KNOWN] + count[SKIPPED]))
        if count[NOT_READ]:
            parts.append(self.tr("%n photo(s) not read", "", count[NOT_READ]))
        text = ", ".join(parts)
        if event_title is not None and count[ADDED] + count[MERGED] + count[KNOWN]:
            text += " — " + self.tr("recorded as met at {event}.").format(event=event_title)
        return text

    def what_became(self, line: CardLine) -> str:
        if line.kind == ADDED and line.kept_apart:
            return self.tr("Added as a contact of its own, beside the known one")
        if line.kind == ADDED:
            return self.tr("Added")
        if line.kind == MERGED:
            return self.tr("Merged with {name}").format(name=line.other)
        if line.kind == BACK_SIDE:
            return self.tr("Back side, added to {name}").format(name=line.other)
        if line.kind == KNOWN:
            return self.tr("Already known as {name}; left as it was").format(name=line.other)
        if line.kind == NOT_READ:
            return self.tr("Not read: {problem}").format(problem=line.other)
        return self.tr("Skipped")

    def _activated(self, item: QTreeWidgetItem, _column: int) -> None:
        contact_id = item.data(0, Qt.ItemDataRole.UserRole)
        if contact_id:
            self.open_contact.emit(int(contact_id))


_KINDS = (ADDED, MERGED, BACK_SIDE, KNOWN, SKIPPED, NOT_READ)
