"""Style rules for the contact page and My card; appended to gui.style.STYLE_SHEET."""

CONTACT_STYLE_SHEET = """
QWidget#contactPageContent, QWidget#myCardContent { background: #f6f7f9; }
QScrollArea#contactScroll, QScrollArea#myCardScroll { background: #f6f7f9; border: none; }
QLabel#sectionTitle { font-size: 15px; font-weight: 600; color: #1d2330; padding-bottom: 2px; }
QLabel#panelHeading { font-weight: 600; color: #3b4456; }
QLabel#saidText { color: #1d2330; font-style: italic; }
QLabel#pageError, QLabel#panelError { color: #a3261b; background: #fdecea;
    border: 1px solid #f5c2bd; border-radius: 6px; padding: 6px 10px; }
QLabel#pageStatus, QLabel#panelStatus { color: #3b6e3b; }
QLabel#encounterTitle { font-weight: 600; color: #1b3a8a; }
QFrame#encounterBox { background: #fafbfc; border: 1px solid #e6e8ee; border-radius: 8px; }
QFrame#consistencyHint { background: #f3f4f7; border: 1px solid #e1e3e8; border-radius: 8px; }
QFrame#consistencyHint[verdict="consistent"] { background: #eef7ee; border-color: #cfe6cf; }
QFrame#consistencyHint[verdict="mismatch"] { background: #fdf3e7; border-color: #f3d9b5; }
QLabel#hintSummary { font-weight: 600; color: #1d2330; }
QPushButton#primaryButton { background: #2f5bd3; color: #ffffff; border: 1px solid #2a52bf;
    border-radius: 6px; padding: 6px 18px; font-weight: 600; }
QPushButton#primaryButton:hover { background: #2a52bf; }
QPushButton#primaryButton:disabled { background: #a9b8e6; border-color: #a9b8e6; }
QPushButton#rowRemove { border: none; color: #6b7385; font-size: 16px; background: transparent; }
QPushButton#rowRemove:hover { color: #a3261b; }
QPushButton#rowAdd { border: none; color: #2f5bd3; background: transparent; padding: 2px 0; }
QPushButton#rowAdd:hover { text-decoration: underline; }
QListWidget#referralList, QListWidget#oneToOneList { border: 1px solid #e1e3e8;
    border-radius: 6px; background: #ffffff; }
"""
