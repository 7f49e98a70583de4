"""Style rules for the contact page and My card; appended to gui.style's sheet.

Colours are ``$names`` from gui.style's LIGHT / DARK tables, never literals.
"""

CONTACT_STYLE_SHEET = """
QWidget#contactPageContent, QWidget#myCardContent { background: $window; }
QScrollArea#contactScroll, QScrollArea#myCardScroll { background: $window; border: none; }
QLabel#sectionTitle { font-size: 15px; font-weight: 600; color: $text; padding-bottom: 2px; }
QLabel#panelHeading { font-weight: 600; color: $heading; }
QLabel#saidText { color: $text; font-style: italic; }
QLabel#pageError, QLabel#panelError { color: $error_text; background: $error_bg;
    border: 1px solid $error_border; border-radius: 6px; padding: 6px 10px; }
QLabel#pageStatus, QLabel#panelStatus { color: $success; }
QLabel#encounterTitle { font-weight: 600; color: $accent_text; }
QFrame#encounterBox { background: $alt; border: 1px solid $border_soft; border-radius: 8px; }
QFrame#consistencyHint { background: $sidebar; border: 1px solid $border; border-radius: 8px; }
QFrame#consistencyHint[verdict="consistent"] { background: $good_bg; border-color: $good_border; }
QFrame#consistencyHint[verdict="mismatch"] { background: $warn_bg; border-color: $warn_border; }
QLabel#hintSummary { font-weight: 600; color: $text; }
QPushButton#primaryButton { background: $accent; color: $on_accent; border: 1px solid $accent_hover;
    border-radius: 6px; padding: 6px 18px; font-weight: 600; }
QPushButton#primaryButton:hover { background: $accent_hover; color: $on_accent; }
QPushButton#primaryButton:disabled { background: $disabled_bg; border-color: $disabled_bg;
    color: $disabled_text; }
QPushButton#rowRemove { border: none; color: $muted; font-size: 16px; background: transparent; }
QPushButton#rowRemove:hover { color: $error; }
QPushButton#rowAdd { border: none; color: $link; background: transparent; padding: 2px 0; }
QPushButton#rowAdd:hover { text-decoration: underline; }
QListWidget#referralList, QListWidget#oneToOneList { border: 1px solid $border;
    border-radius: 6px; background: $base; }
"""
