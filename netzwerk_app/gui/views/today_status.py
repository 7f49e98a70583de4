"""The Today queue's small parts: one line per item, the optional skip reason, and the
status line that says what done / later / skip did, with an undo."""

from __future__ import annotations

from netzwerk_app.domain.model import FollowUpKind
from netzwerk_app.gui.qt import (
    QApplication,
    QHBoxLayout,
    QInputDialog,
    QKeySequence,
    QLineEdit,
    QPushButton,
    Qt,
    QWidget,
    Signal,
)
from netzwerk_app.gui.views.followup_labels import channel_label, kind_label
from netzwerk_app.gui.views.today_keys import KEYS
from netzwerk_app.services.followup_data import QueueItem
from netzwerk_app.services.followups import Undo


def item_kind(item: QueueItem) -> str:
    """The kind as the user acts on it ("Connect without a note" when the note waits)."""
    if item.without_note:
        return QApplication.translate("Today", "Connect without a note")
    return kind_label(item.followup.kind)


def item_channel(item: QueueItem) -> str:
    """The channel; a LinkedIn request without a known profile says it needs a search."""
    name = channel_label(item.followup.channel)
    if (
        item.profile_url is None
        and item.search_url
        and item.followup.kind
        in (
            FollowUpKind.CONNECTION_REQUEST,
            FollowUpKind.FOLLOW_INSTEAD,
        )
        and item.followup.channel.value in ("linkedin", "xing")
    ):
        return QApplication.translate("Today", "{network}, profile to find").format(network=name)
    return name


def queue_line(item: QueueItem) -> str:
    """One line per item, so that at least twelve fit at 1920 × 1080."""
    translate = QApplication.translate
    text = f"{item.contact_name} – {item_kind(item)} · {item_channel(item)}"  # as the side panel
    if item.event_title:
        text += f" · {item.event_title}"
    if item.overdue:
        text += translate("TodayView", " (overdue)")
    if item.personal_note:
        text += "  ★ " + translate("TodayView", "worth a personal note")
    return text


def skip_presets() -> list[str]:
    translate = QApplication.translate
    return [
        translate("Today", "No reason"),
        translate("Today", "No profile found"),
        translate("Today", "Already in touch"),
        translate("Today", "Not a good fit"),
        translate("Today", "I will call instead"),
    ]


def ask_skip_reason(parent: QWidget) -> str | None:
    """The optional reason: presets, free text allowed; Enter takes "No reason".

    None when cancelled; "" for no reason.
    """
    presets = skip_presets()
    reason, ok = QInputDialog.getItem(
        parent,
        QApplication.translate("Today", "Skip"),
        QApplication.translate("Today", "Why skip this one? (optional)"),
        presets,
        0,
        True,
    )
    if not ok:
        return None
    reason = reason.strip()
    return "" if reason == presets[0] else reason


class ActionStatus(QWidget):
    """What the last done / later / skip did, and the button that takes it back."""

    undo_requested = Signal(object)  # the Undo to restore

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._undo: Undo | None = None
        self.label = QLineEdit()  # read-only, so a long German sentence never wraps
        self.label.setObjectName("actionStatus")
        self.label.setReadOnly(True)
        self.label.setFrame(False)
        self.label.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.undo_button = QPushButton(self.tr("Undo"))
        keys = QKeySequence(KEYS["undo"]).toString(QKeySequence.SequenceFormat.NativeText)
        self.undo_button.setToolTip(f"{self.tr('Undo')} ({keys})")
        self.undo_button.setEnabled(False)
        self.undo_button.clicked.connect(self._clicked)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label, 1)
        row.addWidget(self.undo_button)

    def say(self, text: str, undo: Undo | None = None) -> None:
        self.label.setText(text)
        self.label.setCursorPosition(0)
        self._undo = undo
        self.undo_button.setEnabled(undo is not None)

    def _clicked(self) -> None:
        if self._undo is not None:
            undo, self._undo = self._undo, None
            self.undo_button.setEnabled(False)
            self.undo_requested.emit(undo)
