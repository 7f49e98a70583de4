"""On first start: the user's name (pitch and profiles optional) before the first draft.

Drafted e-mails are signed with the name; without it a message would end in
"Viele Grüße" and nobody. Asked once the database is open and again when the Today
page is about to show a draft, while the card has no name; at most once a session
("Later" asks again at the next start).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from netzwerk_app.domain.errors import NetzwerkError
from netzwerk_app.gui.i18n import error_text
from netzwerk_app.gui.qt import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)
from netzwerk_app.gui.tasks import TaskRunner

if TYPE_CHECKING:
    from netzwerk_app.services.my_card import MyCardService


class FirstCardDialog(QDialog):
    """Name (required), one-line pitch, LinkedIn and XING profile; saved in the worker."""

    def __init__(self, service: MyCardService, tasks: TaskRunner, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.service, self.tasks = service, tasks
        self.setObjectName("firstCardDialog")
        self.setWindowTitle(self.tr("Welcome to Netzwerk"))
        self.setMinimumWidth(460)
        intro = QLabel(
            self.tr(
                "The app drafts your messages after each event and signs them with "
                "your name. What is your name? Everything else can wait."
            )
        )
        intro.setWordWrap(True)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("e.g. Martina Schreiber"))
        self.pitch = QLineEdit()
        self.pitch.setPlaceholderText(self.tr("optional, e.g. Texts for craft businesses"))
        self.linkedin = QLineEdit()
        self.linkedin.setPlaceholderText("https://www.linkedin.com/in/…")
        self.xing = QLineEdit()
        self.xing.setPlaceholderText("https://www.xing.com/profile/…")
        self.error = QLabel()
        self.error.setObjectName("formError")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(self.tr("Your name"), self.name)
        form.addRow(self.tr("Your pitch in one line"), self.pitch)
        form.addRow(self.tr("LinkedIn profile"), self.linkedin)
        form.addRow(self.tr("XING profile"), self.xing)
        self.buttons = QDialogButtonBox()
        self.save_button = self.buttons.addButton(
            self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(self.tr("Later"), QDialogButtonBox.ButtonRole.RejectRole)
        self.save_button.setEnabled(False)
        self.save_button.setDefault(True)
        self.name.textChanged.connect(lambda text: self.save_button.setEnabled(bool(text.strip())))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        name, pitch = self.name.text(), self.pitch.text()
        linkedin, xing = self.linkedin.text().strip(), self.xing.text().strip()
        if not name.strip():
            return
        service = self.service
        self.save_button.setEnabled(False)
        self.tasks.run(
            lambda: service.update(
                name=name,
                pitch=pitch or None,
                linkedin_url=linkedin or None,
                xing_url=xing or None,
            ),
            lambda _card: self.accept(),
            self._problem,
        )

    def _problem(self, error: NetzwerkError) -> None:
        self.error.setText(error_text(error))
        self.error.show()
        self.save_button.setEnabled(True)


class NameAsker:
    """Asks for the user's name at most once a session, while the card has none: at
    start and before the first draft is shown. ``saved`` runs once a name is saved
    (the drafts are signed anew)."""

    def __init__(
        self,
        parent: QWidget,
        service: MyCardService,
        tasks: TaskRunner,
        saved: Callable[[], None] | None = None,
    ) -> None:
        self.parent, self.service, self.tasks, self.saved = parent, service, tasks, saved
        self.asked = False

    def ask(self) -> None:
        """Open the dialog (window-modal, not blocking) unless asked already or named."""
        if self.asked:
            return
        self.asked = True

        def asked(has_name: bool) -> None:
            if has_name:
                return
            if not self.parent.isVisible():
                self.asked = False  # nobody saw it: ask when the window is there
                return
            dialog = FirstCardDialog(self.service, self.tasks, self.parent)
            if self.saved is not None:
                dialog.accepted.connect(self.saved)
            dialog.setModal(True)
            dialog.open()

        self.tasks.run(self.service.has_name, asked)


def ask_for_name_once(parent: QWidget, service: MyCardService, tasks: TaskRunner) -> None:
    """Open the dialog (window-modal, not blocking) when the card has no name yet."""
    NameAsker(parent, service, tasks).ask()
