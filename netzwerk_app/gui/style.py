"""A calm, modern look on every platform (Fusion + a small style sheet)."""

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
