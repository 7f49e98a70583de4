"""The kind of an event (breakfast, fair, webinar, …) as a combo box for the event dialog.

The drafts name the event with the preposition its kind needs ("beim Frühstück",
"auf der Messe", "im Webinar"); "recognised from the title" leaves the key empty.
"""

from __future__ import annotations

from netzwerk_app.domain.errors import QT_TRANSLATE_NOOP
from netzwerk_app.gui.qt import QComboBox, QCoreApplication

CONTEXT = "EventKinds"
KIND_LABELS: tuple[tuple[str, str], ...] = (
    ("", QT_TRANSLATE_NOOP("EventKinds", "Recognised from the title")),
    ("breakfast", QT_TRANSLATE_NOOP("EventKinds", "Breakfast")),
    ("stammtisch", QT_TRANSLATE_NOOP("EventKinds", "Regulars' table")),
    ("lunch", QT_TRANSLATE_NOOP("EventKinds", "Business lunch")),
    ("barcamp", QT_TRANSLATE_NOOP("EventKinds", "Barcamp")),
    ("workshop", QT_TRANSLATE_NOOP("EventKinds", "Workshop")),
    ("fair", QT_TRANSLATE_NOOP("EventKinds", "Trade fair")),
    ("conference", QT_TRANSLATE_NOOP("EventKinds", "Conference")),
    ("webinar", QT_TRANSLATE_NOOP("EventKinds", "Webinar")),
    ("meetup", QT_TRANSLATE_NOOP("EventKinds", "Meetup")),
    ("other", QT_TRANSLATE_NOOP("EventKinds", "Other event")),
)


def event_kind_combo(current: str) -> QComboBox:
    """A combo of the kinds, translated, with ``current`` selected."""
    combo = QComboBox()
    for key, label in KIND_LABELS:
        combo.addItem(QCoreApplication.translate(CONTEXT, label), key)
    index = combo.findData(current)
    combo.setCurrentIndex(max(index, 0))
    return combo
