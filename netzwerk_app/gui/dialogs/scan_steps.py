"""The scan dialog's widgets: the event and progress line, the pages of each step
(start, waiting, review, a photo that failed, the summary) and the buttons; the
dialog (scan_dialog.py) decides what is shown."""

from __future__ import annotations

from typing import TYPE_CHECKING

from netzwerk_app.gui.dialogs.scan_review import ReviewForm
from netzwerk_app.gui.dialogs.scan_summary import ScanSummary
from netzwerk_app.gui.qt import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    Qt,
    QVBoxLayout,
    QWidget,
)
from netzwerk_app.gui.widgets.consistency_panel import plain
from netzwerk_app.gui.widgets.tables import show_line

if TYPE_CHECKING:
    from netzwerk_app.gui.dialogs.scan_dialog import ScanDialog
    from netzwerk_app.gui.dialogs.scan_stack import Step

START, WAITING, REVIEW, FAILED, SUMMARY = range(5)


def _centred(*widgets: QWidget) -> QWidget:
    page = QWidget()
    column = QVBoxLayout(page)
    column.setSpacing(14)
    column.addStretch(1)
    for widget in widgets:  # centred by stretches: a wrapping label keeps its height
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(widget)
        row.addStretch(1)
        column.addLayout(row)
    column.addStretch(1)
    return page


class ScanPages(QWidget):
    """Everything the scan dialog shows, laid out in ``dialog``."""

    def __init__(self, dialog: ScanDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        # The event line: all cards of the stack are recorded as met there.
        self.event_box = QComboBox()
        self.event_box.setObjectName("scanEvent")
        self.event_box.addItem(self.tr("— none —"), None)
        self.event_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        event_label = QLabel(self.tr("Met at &event:"))
        event_label.setBuddy(self.event_box)
        self.step_label = plain(object_name="sectionTitle", selectable=False)
        self.progress = plain(object_name="cardMuted", selectable=False)
        self.progress.setWordWrap(False)
        self.cancel_button = QPushButton(self.tr("Stop reading"))
        self.cancel_button.clicked.connect(dialog.cancel_reading)
        top = QHBoxLayout()
        top.addWidget(event_label)
        top.addWidget(self.event_box, 1)
        top.addSpacing(16)
        top.addWidget(self.progress)
        top.addWidget(self.cancel_button)

        self.error = plain(object_name="pageError")
        self.error.hide()
        self.busy = plain(object_name="pageStatus", selectable=False)
        self.busy.hide()

        self.pages = QStackedWidget()
        self.pages.addWidget(self._start_page())
        self.waiting_label = plain(object_name="emptyState", selectable=False)
        self.pages.addWidget(_centred(self.waiting_label))
        self.pages.addWidget(self._review_page())
        self.failed_name = plain(object_name="sectionTitle")
        self.failed_text = plain(object_name="pageError")
        self.failed_text.setMinimumWidth(520)
        self.failed_text.setMaximumWidth(640)
        self.failed_name.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.failed_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.pages.addWidget(_centred(self.failed_name, self.failed_text))
        self.summary = ScanSummary()
        self.summary_label, self.open_button = self.summary.headline, self.summary.open_button
        self.open_button.clicked.connect(dialog.open_contacts)
        self.summary.open_contact.connect(dialog.open_contact)
        self.pages.addWidget(self.summary)

        self.back_button = QPushButton(self.tr("&Back"))
        self.back_button.clicked.connect(dialog.back)
        self.back_side_button = QPushButton(self.tr("Back side of the &previous card"))
        self.back_side_button.setToolTip(
            self.tr("This photo shows the back of the card before: read both as one card.")
        )
        self.back_side_button.clicked.connect(dialog.back_side)
        self.skip_button = QPushButton(self.tr("S&kip"))
        self.skip_button.clicked.connect(dialog.skip)
        self.accept_button = QPushButton(self.tr("&Add card"))
        self.accept_button.setObjectName("primaryButton")
        self.accept_button.setDefault(True)
        self.accept_button.clicked.connect(dialog.accept_card)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(dialog.reject)
        for button in (self.back_button, self.back_side_button, self.skip_button):
            button.setAutoDefault(False)
        bottom = QHBoxLayout()
        bottom.addWidget(self.back_button)
        bottom.addWidget(self.back_side_button)
        bottom.addStretch(1)
        bottom.addWidget(self.busy)
        bottom.addWidget(self.skip_button)
        bottom.addWidget(self.accept_button)
        bottom.addSpacing(12)
        bottom.addWidget(self.close_button)

        layout = QVBoxLayout(dialog)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.setSpacing(10)
        layout.addLayout(top)
        layout.addWidget(self.step_label)
        layout.addWidget(self.error)
        layout.addWidget(self.pages, 1)
        layout.addLayout(bottom)
        self.hide()  # a holder of widgets laid out in the dialog, not shown itself
        self.confirm_close: QMessageBox | None = None

    def _start_page(self) -> QWidget:
        intro = plain(
            self.tr(
                "Photograph each business card (front and back if both are printed), "
                "then choose the photos or a folder of them, or drop them here. "
                "Reading happens on this computer; nothing leaves it."
            ),
            "emptyState",
            selectable=False,
        )
        intro.setFixedWidth(620)  # a fixed width: the layout then asks its height for it
        intro.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.photos_button = QPushButton(self.tr("Choose &photos …"))
        self.photos_button.setObjectName("primaryButton")
        self.photos_button.clicked.connect(self.dialog.choose_photos)
        self.folder_button = QPushButton(self.tr("Choose a &folder …"))
        self.folder_button.clicked.connect(self.dialog.choose_folder)
        buttons = QWidget()
        row = QHBoxLayout(buttons)
        row.addWidget(self.photos_button)
        row.addWidget(self.folder_button)
        return _centred(intro, buttons)

    def _review_page(self) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 0, 0)
        self.known = QFrame()
        self.known.setObjectName("scanKnown")
        self.known_text = plain(selectable=False)
        self.merge_button = QPushButton(self.tr("&Merge"))
        self.merge_button.clicked.connect(lambda: self.dialog.resolve("merge"))
        self.known_skip_button = QPushButton(self.tr("&Skip"))
        self.known_skip_button.clicked.connect(lambda: self.dialog.resolve("skip"))
        self.keep_both_button = QPushButton(self.tr("Keep b&oth"))
        self.keep_both_button.clicked.connect(lambda: self.dialog.resolve("keep-both"))
        row = QHBoxLayout(self.known)
        row.setContentsMargins(12, 8, 12, 8)
        row.addWidget(self.known_text, 1)
        for button in (self.merge_button, self.known_skip_button, self.keep_both_button):
            row.addWidget(button)
        self.known.hide()
        self.note = plain(object_name="cardMuted", selectable=False)
        self.form = ReviewForm()
        column.addWidget(self.known)
        column.addWidget(self.note)
        column.addWidget(self.form, 1)
        return page

    # --- what the dialog shows ----------------------------------------------------------

    def waiting(self) -> bool:
        return self.pages.currentIndex() in (WAITING, START)

    def show_start(self) -> None:
        self.pages.setCurrentIndex(START)
        self.photos_button.setFocus()

    def show_waiting(self) -> None:
        self.pages.setCurrentIndex(WAITING)

    def show_failed(self, name: str, sentence: str) -> None:
        self.failed_name.setText(name)
        self.failed_text.setText(sentence)
        self.pages.setCurrentIndex(FAILED)
        self.skip_button.setFocus()

    def show_review(self, step: Step) -> None:
        self.known.hide()
        self.form.setEnabled(True)
        if step.back_of is not None:
            self.note.setText(
                self.tr("Both sides as one card; adding it completes the contact stored before.")
            )
        else:
            self.note.setText(step.photo.name)
        self.pages.setCurrentIndex(REVIEW)
        self.form.focus_first()

    def show_summary(self, steps: list[Step], event_title: str | None) -> None:
        self.summary.show_stack(steps, event_title)
        self.pages.setCurrentIndex(SUMMARY)
        (self.open_button if self.open_button.isVisibleTo(self) else self.close_button).setFocus()

    def show_known(self, name: str) -> None:
        self.known_text.setText(
            self.tr("Already known: {name} — merge, skip or keep both?").format(name=name)
        )
        self.known.show()
        self.form.setEnabled(False)
        self.known_skip_button.setDefault(True)
        self.known_skip_button.setFocus()

    def set_busy(self, text: str) -> None:
        show_line(self.busy, text)
        self.show_error("")

    def show_error(self, text: str) -> None:
        show_line(self.error, text)

    def ask_close(self, pending: int) -> None:
        box = QMessageBox(self.dialog)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Scan business cards"))
        box.setText(
            self.tr("%n card(s) are not added yet. Close anyway and lose them?", "", pending)
        )
        self.close_anyway_button = box.addButton(
            self.tr("Close and lose them"), QMessageBox.ButtonRole.DestructiveRole
        )
        keep = box.addButton(self.tr("Keep reviewing"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        self.close_anyway_button.clicked.connect(self.dialog.close_anyway)
        self.confirm_close = box
        box.open()

    def update_state(self) -> None:
        d = self.dialog
        step = d._step()
        page = self.pages.currentIndex()
        total = len(d.steps) + d.unread + len(d._queue)
        if step is not None:
            number = d.current + 1
            self.step_label.setText(self.tr("Card {n} of {total}").format(n=number, total=total))
        else:
            self.step_label.setText("")
        self.step_label.setVisible(step is not None)
        reading = d.reading_now and not d._cancel.is_set()
        done = len(d.steps) and len({s.photo for s in d.steps})
        if reading:
            read = len({s.photo for s in d.steps})
            self.progress.setText(
                self.tr("Reading photo {n} of {total} …").format(
                    n=min(read + 1, read + d.unread), total=read + d.unread
                )
            )
        elif d._cancel.is_set() and d.steps:
            self.progress.setText(self.tr("Reading stopped."))
        else:
            self.progress.setText(self.tr("%n photo(s) read", "", done) if done else "")
        self.waiting_label.setText(self.progress.text())
        self.cancel_button.setVisible(bool(reading))
        reviewing = page == REVIEW and not self.known.isVisible()
        self.accept_button.setVisible(page == REVIEW)
        self.accept_button.setEnabled(reviewing and not d.saving)
        self.skip_button.setVisible(page in (REVIEW, FAILED))
        self.skip_button.setEnabled(page == FAILED or (reviewing and not d.saving))
        self.skip_button.setDefault(page == FAILED)
        self.accept_button.setDefault(page == REVIEW)
        self.back_button.setVisible(page in (REVIEW, FAILED))
        self.back_button.setEnabled(d._previous() >= 0 and not d.saving)
        self.back_side_button.setVisible(page == REVIEW)
        self.back_side_button.setEnabled(
            reviewing and d._front_index() >= 0 and step is not None and step.back_of is None
        )
        self.event_box.setEnabled(not d._any_stored())
        self.close_button.setText(self.tr("Close"))
