"""The Today writer's buttons, their keyboard shortcuts, and links opened once confirmed.

Every action of the queue has a button and a shortcut (shown in the button's tooltip,
in the Help menu's "Keyboard shortcuts" dialog); the buttons keep their places for
every kind of follow-up: what does not apply is disabled, never hidden. A link's
host is confirmed once; the app remembers it (setting ``confirmed_link_hosts``).
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from urllib.parse import urlsplit

from netzwerk_app.domain.errors import NetzwerkError
from netzwerk_app.gui.qt import (
    QAction,
    QApplication,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QKeySequence,
    QLabel,
    QPushButton,
    Qt,
    QtCore,
    QtGui,
    QVBoxLayout,
    QWidget,
)
from netzwerk_app.gui.widgets.safe_links import LinkCheck, check_url, confirm_open, open_external
from netzwerk_app.infra.settings import Settings, save_settings

# One place for the keys: the buttons, their tooltips and the Help menu's list.
KEYS = {
    "copy": "Ctrl+Shift+C",
    "profile": "Ctrl+Shift+O",
    "mail": "Ctrl+Shift+E",
    "xing": "Ctrl+Shift+X",
    "paste": "Ctrl+Shift+V",
    "done": "Ctrl+Return",
    "later": "Ctrl+Shift+L",
    "skip": "Ctrl+Shift+S",
    "undo": "Ctrl+Alt+Z",
}


def shortcut_rows() -> list[tuple[str, str]]:
    """(what it does, keys as shown on this system) for the Help menu's list."""
    translate = QApplication.translate
    native = QKeySequence.SequenceFormat.NativeText
    rows = [
        (translate("TodayKeys", "Next / previous follow-up"), "↓ / ↑"),
        (translate("TodayKeys", "Leave the message box"), "Tab"),
        (translate("TodayKeys", "Copy the message"), KEYS["copy"]),
        (translate("TodayKeys", "Open the profile (or the LinkedIn search)"), KEYS["profile"]),
        (translate("TodayKeys", "Open the e-mail draft"), KEYS["mail"]),
        (translate("TodayKeys", "Search on XING"), KEYS["xing"]),
        (translate("TodayKeys", "Paste their profile address"), KEYS["paste"]),
        (translate("TodayKeys", "Mark as done"), KEYS["done"]),
        (translate("TodayKeys", "Later: tomorrow morning"), KEYS["later"]),
        (translate("TodayKeys", "Skip"), KEYS["skip"]),
        (translate("TodayKeys", "Undo the last done, later or skip"), KEYS["undo"]),
    ]
    return [
        (what, keys if "/" in keys or keys == "Tab" else QKeySequence(keys).toString(native))
        for what, keys in rows
    ]


class ShortcutsDialog(QDialog):
    """Help > Keyboard shortcuts: the morning queue without the mouse."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("The Today page works without the mouse:"))
        layout.addWidget(intro)
        form = QFormLayout()
        for what, keys in shortcut_rows():
            key_label = QLabel(keys)
            key_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            form.addRow(what, key_label)
        layout.addLayout(form)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


def keyed_button(owner: QWidget, text: str, key: str, slot: Callable[[], None]) -> QPushButton:
    """A button whose shortcut works anywhere on ``owner`` and is named in its tooltip."""
    button = QPushButton(text)
    button.clicked.connect(slot)
    sequence = QKeySequence(KEYS[key])
    button.setToolTip(
        f"{text.rstrip(' …')} ({sequence.toString(QKeySequence.SequenceFormat.NativeText)})"
    )
    action = QAction(owner)
    action.setShortcut(sequence)
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(button.click)  # a disabled button ignores it
    owner.addAction(action)
    return button


def key_action(owner: QWidget, key: str, slot: Callable[[], None]) -> QAction:
    action = QAction(owner)
    action.setShortcut(QKeySequence(KEYS[key]))
    action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
    action.triggered.connect(slot)
    owner.addAction(action)
    return action


def _host(url: str) -> str:
    scheme = url.split(":", 1)[0].lower()
    if scheme in ("mailto", "tel"):
        return f"{scheme}:"  # the mail or phone program, asked about once
    return (urlsplit(url).hostname or "").lower()


def _check(url: str) -> LinkCheck:
    """``check_url``; a mailto: link with subject and body (built by ``mailto_url``,
    which refuses header tricks) is checked by its address."""
    url = url.strip(" ")
    if url.lower().startswith("mailto:") and "?" in url:
        address, _, _query = url[len("mailto:") :].partition("?")
        checked = check_url(f"mailto:{address}")
        return LinkCheck(checked.ok, url if checked.ok else "", checked.target, checked.reason)
    return check_url(url)


def _confirmed(checked: LinkCheck, parent: QWidget) -> bool:
    """The question ``open_external`` asks, with the real host or address shown."""
    answer = confirm_open(checked, parent)
    # Back to where the keyboard was (once the dialog's deactivation has passed).
    window = parent.window()
    QtCore.QTimer.singleShot(0, window.activateWindow)
    return answer


def open_remembered(
    url: str, parent: QWidget, settings: Settings, settings_file: Path | None
) -> bool:
    """Open ``url``; its host is confirmed the first time only, then remembered."""
    checked = _check(url)
    if not checked.ok:
        return open_external(url, parent)  # says why it is not opened
    known = {h for h in settings.confirmed_link_hosts.split(",") if h}
    host = _host(checked.url)
    if host not in known:
        focus = QApplication.focusWidget()
        if not _confirmed(checked, parent):
            return False
        if focus is not None:
            QtCore.QTimer.singleShot(0, focus.setFocus)
        settings.confirmed_link_hosts = ",".join(sorted(known | {host}))
        if settings_file is not None:
            # Not saved (disk full): remembered for this session; the old file stays.
            with suppress(NetzwerkError):
                save_settings(settings_file, settings)
    qurl = QtCore.QUrl(checked.url, QtCore.QUrl.ParsingMode.StrictMode)
    return qurl.isValid() and bool(QtGui.QDesktopServices.openUrl(qurl))
