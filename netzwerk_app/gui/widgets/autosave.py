"""Edits save themselves: when a field is left, after a short pause in typing, and
before the page shows something else or the window closes (``flush()``).

One mechanism for every page. The page gives two functions: ``snapshot()`` (the form's
values, comparable with ``==``) and ``save(snapshot)`` (starts the save as a task and
later calls ``saved(snapshot)`` or ``failed()``). A save starts only when the form
differs from what was loaded or last saved, so signals from filling the form in code,
or from moving between fields without typing, never write anything. A failed save
leaves the text in the fields; the next change, field change or flush tries again.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from netzwerk_app.domain.errors import NetzwerkError
from netzwerk_app.gui.i18n import error_text
from netzwerk_app.gui.qt import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QEvent,
    QLineEdit,
    QObject,
    QPlainTextEdit,
    QTimer,
    QWidget,
)
from netzwerk_app.gui.widgets.tables import show_line

if TYPE_CHECKING:
    from netzwerk_app.gui.qt import QLabel, QPushButton
    from netzwerk_app.gui.tasks import TaskRunner

TYPING_PAUSE_MS = 1500
EDITABLE = (QLineEdit, QPlainTextEdit, QComboBox, QAbstractButton, QAbstractSpinBox)


class _Nothing:
    """No form loaded (nothing to save) / no save under way."""


NOTHING = _Nothing()


class Autosave(QObject):
    def __init__(
        self,
        root: QWidget,
        snapshot: Callable[[], object],
        save: Callable[[object], None],
        pause_ms: int = TYPING_PAUSE_MS,
    ) -> None:
        super().__init__(root)
        self._snapshot, self._save = snapshot, save
        self._mark = f"autosaveWatched{id(self)}"  # per helper: two may share a widget
        self.baseline: object = NOTHING
        self._sent: object = NOTHING
        self.timer = QTimer(self, singleShot=True, interval=pause_ms)
        self.timer.timeout.connect(self.flush)
        self._roots: list[QWidget] = []

    # --- what the page tells us ----------------------------------------------------------

    def loaded(self) -> None:
        """The form now shows stored data: this is what counts as unchanged."""
        self.timer.stop()
        self._scan()  # rows and encounter boxes built for this record
        self.baseline, self._sent = self._snapshot(), NOTHING

    def unloaded(self) -> None:
        """The form shows nothing (empty page): nothing to save."""
        self.timer.stop()
        self.baseline, self._sent = NOTHING, NOTHING

    def saved(self, snapshot: object) -> None:
        self.baseline = snapshot
        if self._sent == snapshot:
            self._sent = NOTHING

    def failed(self) -> None:
        self._sent = NOTHING  # the edits stay pending; the next trigger tries again

    # --- triggers ------------------------------------------------------------------------

    def watch(self, *widgets: QWidget) -> None:
        """Typing or choosing in these widgets (and their children, also those added
        later, e.g. rows of a list) saves after a pause; leaving one of them saves at
        once. Pass containers that live as long as the page."""
        self._roots.extend(widgets)
        self._scan()

    def _scan(self) -> None:
        for root in self._roots:
            for child in (root, *root.findChildren(QWidget)):
                if not child.property(self._mark):
                    child.setProperty(self._mark, True)
                    self._connect(child)

    def _connect(self, widget: QWidget) -> None:
        later = self.changed
        if isinstance(widget, EDITABLE):
            # Focus-out of the field itself: leaving it saves at once.
            widget.installEventFilter(self)
        if isinstance(widget, QLineEdit):
            widget.textEdited.connect(later)
            widget.editingFinished.connect(self.flush)
        elif isinstance(widget, QPlainTextEdit):
            widget.textChanged.connect(later)
        elif isinstance(widget, QComboBox):
            widget.activated.connect(later)
        elif isinstance(widget, QAbstractButton) and widget.isCheckable():
            widget.toggled.connect(later)
        elif isinstance(widget, QAbstractSpinBox):
            widget.editingFinished.connect(later)
            changed = getattr(widget, "valueChanged", None) or getattr(widget, "dateChanged", None)
            if changed is not None:
                changed.connect(later)
        signal = getattr(widget, "changed", None)  # our list and encounter editors
        if signal is not None and hasattr(signal, "connect"):
            signal.connect(later)

    def changed(self, *_args: object) -> None:
        if self.baseline is not NOTHING:
            self.timer.start()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.flush()  # the user left the field
        return False

    # --- saving --------------------------------------------------------------------------

    def pending(self) -> bool:
        return self.baseline is not NOTHING and self._snapshot() != self.baseline

    def flush(self) -> None:
        """Save now if the form differs from what is stored (and is not being saved)."""
        self.timer.stop()
        if self.baseline is NOTHING:
            return
        if self._snapshot() != self.baseline:
            self.save_now()

    def save_now(self) -> None:
        """The Save button: save the form as it is, unless exactly that is being saved."""
        self.timer.stop()
        snapshot = self._snapshot()
        if snapshot == self._sent:
            return
        self._sent = snapshot
        self._save(snapshot)


class AutosaveLines:
    """The error and status lines of a page that saves itself (mixed into the page).

    A failed save leaves the text in the fields; the page's error line and the
    window's message bar say what happened.
    """

    autosave: Autosave
    save_button: QPushButton
    error: QLabel
    status: QLabel
    tasks: TaskRunner

    def autosave_failed(self, error: NetzwerkError) -> None:
        self.autosave.failed()
        self.save_button.setEnabled(True)
        self.set_status("")
        self.show_error(error_text(error))
        self.tasks.failed.emit(error_text(error))

    def show_error(self, text: str) -> None:
        show_line(self.error, text)

    def set_status(self, text: str) -> None:
        show_line(self.status, text)
