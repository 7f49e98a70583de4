"""A calm, modern look on every platform (Fusion, a palette and a small style sheet).

Two colour tables, LIGHT and DARK; ``apply_look`` picks one by the system's colour scheme
(``QStyleHints.colorScheme()``) and follows it live when the user switches. The sheets name
colours only as ``$names`` of these tables, so both schemes stay readable (tests check every
text/background pair for a WCAG AA contrast of 4.5:1).
"""

from __future__ import annotations

from string import Template
from typing import Any

from netzwerk_app.gui.style_contact import CONTACT_STYLE_SHEET

LIGHT: dict[str, str] = {
    "window": "#f6f7f9",
    "base": "#ffffff",
    "alt": "#fafbfc",
    "sidebar": "#f3f4f7",
    "border": "#e1e3e8",
    "border_soft": "#eef0f3",
    "input_border": "#cfd3dc",
    "text": "#1d2330",
    "heading": "#3b4456",
    "muted": "#5f6677",
    "selection": "#dfe7fb",
    "selection_text": "#1b3a8a",
    "accent": "#2f5bd3",
    "accent_hover": "#2a52bf",
    "on_accent": "#ffffff",
    "accent_text": "#1b3a8a",
    "link": "#2f5bd3",
    "disabled_bg": "#e3e6ec",
    "disabled_text": "#5f6677",
    "error": "#b3261e",
    "error_text": "#5f1410",
    "error_bg": "#fdecea",
    "error_border": "#f2b8b5",
    "success": "#3b6e3b",
    "good_bg": "#eef7ee",
    "good_border": "#cfe6cf",
    "warn_bg": "#fdf3e7",
    "warn_border": "#f3d9b5",
    "button": "#f3f4f7",
    "tooltip": "#ffffff",
}

DARK: dict[str, str] = {
    "window": "#1e2128",
    "base": "#262a33",
    "alt": "#2a2e38",
    "sidebar": "#1a1d23",
    "border": "#3a3f4b",
    "border_soft": "#323743",
    "input_border": "#4a505e",
    "text": "#e6e8ee",
    "heading": "#c3c8d4",
    "muted": "#a3aab8",
    "selection": "#2c3f6e",
    "selection_text": "#e6ecff",
    "accent": "#2f5bd3",
    "accent_hover": "#2a52bf",
    "on_accent": "#ffffff",
    "accent_text": "#a9c1ff",
    "link": "#8fb0ff",
    "disabled_bg": "#323743",
    "disabled_text": "#a3aab8",
    "error": "#ff8a80",
    "error_text": "#ffb4ab",
    "error_bg": "#3d1f1d",
    "error_border": "#6b2f2a",
    "success": "#8fd18f",
    "good_bg": "#1f3324",
    "good_border": "#2f5236",
    "warn_bg": "#3a2d1a",
    "warn_border": "#5e4827",
    "button": "#2c313b",
    "tooltip": "#2c313b",
}

_SHEET = """
QWidget#sidebar { background: $sidebar; border-right: 1px solid $border; }
QListWidget#sidebar { font-size: 14px; padding-top: 12px; outline: 0; border: none;
                      background: $sidebar; color: $text; border-right: 1px solid $border; }
QListWidget#sidebar::item { padding: 9px 16px; border-radius: 6px; margin: 2px 8px; }
QListWidget#sidebar::item:selected { background: $selection; color: $selection_text; }
QLabel#scanUnsure, QLabel#scanFromQr { font-weight: 700; padding: 0 6px; border-radius: 4px; }
QLabel#scanUnsure { background: $warn_bg; border: 1px solid $warn_border; color: $text; }
QLabel#scanFromQr { background: $good_bg; border: 1px solid $good_border; color: $text; }
QLineEdit[unsure="true"] { background: $warn_bg; }
QFrame#scanKnown { background: $warn_bg; border: 1px solid $warn_border; border-radius: 8px; }
QFrame#contactCard, QWidget#contactCard {
    background: $base; border: 1px solid $border; border-radius: 10px;
}
QLabel#cardName { font-size: 20px; font-weight: 600; color: $text; }
QLabel#cardOrg { font-size: 14px; color: $heading; }
QLabel#summaryHeadline { font-size: 16px; font-weight: 600; color: $text; }
QLabel#cardMuted { color: $muted; }
QLabel#emptyState { color: $muted; font-size: 15px; }
QLineEdit#searchField { padding: 7px 10px; border: 1px solid $input_border; border-radius: 7px;
                        font-size: 14px; }
QTableView { border: 1px solid $border; border-radius: 8px; selection-background-color: $selection;
             selection-color: $text; alternate-background-color: $alt; }
QHeaderView::section { background: $base; border: none; border-bottom: 1px solid $border;
                       padding: 6px; font-weight: 600; color: $heading; }
QLabel#pageTitle { font-size: 22px; font-weight: 600; color: $text; }
QLabel#sectionTitle { font-size: 13px; font-weight: 600; color: $heading; }
QLabel#formError { color: $error; }
QLabel#draftCount { color: $heading; }
QLabel#draftCount[over="true"] { color: $error; font-weight: 600; }
QPushButton#primaryButton { background: $accent; color: $on_accent; border: none; border-radius: 6px;
                            padding: 6px 14px; font-weight: 600; }
QPushButton#primaryButton:disabled { background: $disabled_bg; color: $disabled_text; }
QPushButton#dangerButton { color: $error; }
QListWidget#queueList { border: none; }
QListWidget#queueList::item { padding: 6px 4px; border-bottom: 1px solid $border_soft; color: $text; }
QListWidget#queueList::item:selected { background: $selection; color: $text; border-radius: 4px; }
QListWidget#plainList { border: none; }
QTreeWidget#scanSummary { border: 1px solid $border; border-radius: 8px;
                          alternate-background-color: $alt; selection-background-color: $selection;
                          selection-color: $text; }
QTreeWidget#scanSummary::item { padding: 5px 4px; }
QListWidget#plainList::item { padding: 3px 2px; }
QFrame#messageBar { background: $error_bg; border: 1px solid $error_border; border-radius: 8px; }
QFrame#messageBar QLabel { color: $error_text; font-size: 13px; background: transparent;
                           border: none; }
QFrame#messageBar QToolButton { border: none; color: $error_text; font-size: 15px;
                                padding: 0 6px; }
"""


def style_sheet(colors: dict[str, str]) -> str:
    """The application's style sheet in one colour table (LIGHT or DARK)."""
    return Template(_SHEET + CONTACT_STYLE_SHEET).substitute(colors)


STYLE_SHEET = style_sheet(LIGHT)

# Palette roles the app relies on, with the colour names they get: (text role, its background).
PALETTE_ROLES: dict[str, str] = {
    "Window": "window",
    "WindowText": "text",
    "Base": "base",
    "AlternateBase": "alt",
    "Text": "text",
    "Button": "button",
    "ButtonText": "text",
    "Highlight": "selection",
    "HighlightedText": "selection_text",
    "ToolTipBase": "tooltip",
    "ToolTipText": "text",
    "PlaceholderText": "muted",
    "Link": "link",
    "LinkVisited": "link",
    "BrightText": "error",
}
PALETTE_PAIRS: tuple[tuple[str, str], ...] = (
    ("WindowText", "Window"),
    ("WindowText", "Base"),
    ("Text", "Base"),
    ("Text", "AlternateBase"),
    ("Text", "Window"),
    ("ButtonText", "Button"),
    ("HighlightedText", "Highlight"),
    ("ToolTipText", "ToolTipBase"),
    ("PlaceholderText", "Base"),
    ("PlaceholderText", "Window"),
    ("Link", "Base"),
    ("Link", "Window"),
)

_current: dict[str, str] = LIGHT


def colors() -> dict[str, str]:
    """The colour table in use (for widgets that paint themselves)."""
    return _current


def is_dark(app: Any) -> bool:
    """Whether the system's palette is dark (Windows 11, macOS, GNOME in dark mode).

    Read from the palette the platform gave, before ours replaces it: asking for the
    colour scheme would build Qt's whole namespace before the first paint (~20 ms).
    """
    from netzwerk_app.gui.qt import QPalette

    return bool(app.palette().color(QPalette.ColorRole.Window).lightness() < 128)


def palette_for(table: dict[str, str]) -> Any:
    from netzwerk_app.gui.qt import QColor, QPalette

    palette = QPalette()
    for role_name, color_name in PALETTE_ROLES.items():
        palette.setColor(getattr(QPalette.ColorRole, role_name), QColor(table[color_name]))
    disabled = QColor(table["muted"])
    for role_name in ("WindowText", "Text", "ButtonText"):
        palette.setColor(
            QPalette.ColorGroup.Disabled, getattr(QPalette.ColorRole, role_name), disabled
        )
    return palette


def apply_look(app: Any, dark: bool | None = None) -> None:
    """Palette and style sheet for the system's colour scheme (or ``dark`` when given)."""
    global _current
    if dark is None:
        dark = is_dark(app)
    table = DARK if dark else LIGHT
    if table is _current and app.property("netzwerk_look") == ("dark" if dark else "light"):
        return
    _current = table
    app.setProperty("netzwerk_look", "dark" if dark else "light")
    app.setPalette(palette_for(table))
    app.setStyleSheet(style_sheet(table))


def follow_color_scheme(app: Any) -> None:
    """Apply the look now and again whenever the user switches light/dark mode."""

    def changed(scheme: Any) -> None:
        from netzwerk_app.gui.qt import Qt

        if scheme != Qt.ColorScheme.Unknown:
            apply_look(app, scheme == Qt.ColorScheme.Dark)

    apply_look(app, None if app.property("netzwerk_look") is None else _current is DARK)
    if not app.property("netzwerk_follows_scheme"):
        app.setProperty("netzwerk_follows_scheme", True)
        app.styleHints().colorSchemeChanged.connect(changed)
