"""A calm, modern look on every platform (Fusion + a small style sheet)."""

from netzwerk_app.gui.style_contact import CONTACT_STYLE_SHEET

STYLE_SHEET = """
QWidget#sidebar { background: #f3f4f7; border-right: 1px solid #e1e3e8; }
QListWidget#sidebar { font-size: 14px; padding-top: 12px; outline: 0; border: none;
                      background: #f3f4f7; border-right: 1px solid #e1e3e8; }
QListWidget#sidebar::item { padding: 9px 16px; border-radius: 6px; margin: 2px 8px; }
QListWidget#sidebar::item:selected { background: #dfe7fb; color: #1b3a8a; }
QFrame#contactCard, QWidget#contactCard {
    background: #ffffff; border: 1px solid #e1e3e8; border-radius: 10px;
}
QLabel#cardName { font-size: 20px; font-weight: 600; color: #1d2330; }
QLabel#cardOrg { font-size: 14px; color: #3b4456; }
QLabel#cardMuted { color: #6b7385; }
QLabel#emptyState { color: #6b7385; font-size: 15px; }
QLineEdit#searchField { padding: 7px 10px; border: 1px solid #cfd3dc; border-radius: 7px; font-size: 14px; }
QTableView { border: 1px solid #e1e3e8; border-radius: 8px; selection-background-color: #dfe7fb;
             selection-color: #1d2330; alternate-background-color: #fafbfc; }
QHeaderView::section { background: #ffffff; border: none; border-bottom: 1px solid #e1e3e8;
                       padding: 6px; font-weight: 600; color: #3b4456; }
"""

STYLE_SHEET += (
    """
QLabel#pageTitle { font-size: 22px; font-weight: 600; color: #1d2330; }
QLabel#sectionTitle { font-size: 13px; font-weight: 600; color: #3b4456; }
QLabel#formError { color: #b3261e; }
QLabel#draftCount { color: #3b4456; }
QLabel#draftCount[over="true"] { color: #b3261e; font-weight: 600; }
QPushButton#primaryButton { background: #2f5bd3; color: white; border: none; border-radius: 6px;
                            padding: 6px 14px; font-weight: 600; }
QPushButton#primaryButton:disabled { background: #a9b8e6; }
QPushButton#dangerButton { color: #b3261e; }
QListWidget#queueList { border: none; }
QListWidget#queueList::item { padding: 6px 4px; border-bottom: 1px solid #eef0f3; color: #1d2330; }
QListWidget#queueList::item:selected { background: #dfe7fb; color: #1d2330; border-radius: 4px; }
QListWidget#plainList { border: none; }
QListWidget#plainList::item { padding: 3px 2px; }
"""
    + CONTACT_STYLE_SHEET
)
