"""My card: the user's own card data, pitches and profile URLs, and the same
consistency check as for contacts, against the user's own online texts."""

from __future__ import annotations

import dataclasses

from netzwerk_app.app import AppContext
from netzwerk_app.domain import model as m
from netzwerk_app.gui.qt import (
    QFrame,
    QHBoxLayout,
    QKeySequence,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from netzwerk_app.gui.tasks import TaskRunner
from netzwerk_app.gui.widgets.autosave import Autosave, AutosaveLines
from netzwerk_app.gui.widgets.consistency_panel import ConsistencyPanel, plain
from netzwerk_app.gui.widgets.form_parts import card_column, form_layout, two_forms
from netzwerk_app.gui.widgets.value_list_editor import ValueListEditor

TEXT_FIELDS = ("formatted_name", "given_name", "family_name", "organization", "title")
URL_FIELDS = ("website", "linkedin_url", "xing_url")


class MyCardView(AutosaveLines, QWidget):
    """``refresh()`` loads the card and the user's latest consistency note; edits save
    themselves (``Autosave``), ``flush()`` saves what is pending."""

    def __init__(self, ctx: AppContext, tasks: TaskRunner) -> None:
        super().__init__()
        self.ctx, self.tasks = ctx, tasks
        self.setObjectName("myCardView")
        self.card: m.MyCard = m.MyCard()

        header = QFrame()
        header.setObjectName("contactCard")
        self.heading = plain(self.tr("My card"), "cardName")
        intro = plain(
            self.tr(
                "Your own business card: shown as a QR code at events and used "
                "in the messages the app drafts for you."
            ),
            "cardMuted",
            selectable=False,
        )
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.setObjectName("primaryButton")
        self.save_button.setShortcut(QKeySequence.StandardKey.Save)
        self.save_button.clicked.connect(self.save)
        self.qr_button = QPushButton(self.tr("Show as QR code"))
        self.qr_button.setObjectName("myCardQr")
        self.qr_button.clicked.connect(self.show_qr)
        self.status = plain(object_name="pageStatus", selectable=False)
        self.error = plain(object_name="pageError")
        self.error.hide()
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(intro)
        top = QHBoxLayout()
        top.addLayout(titles, 1)
        top.addWidget(self.qr_button)
        top.addWidget(self.save_button)
        header_layout = QVBoxLayout(header)
        header_layout.setContentsMargins(20, 18, 20, 18)
        header_layout.addLayout(top)
        header_layout.addWidget(self.error)
        header_layout.addWidget(self.status)

        labels = {
            "given_name": self.tr("First name"),
            "family_name": self.tr("Last name"),
            "formatted_name": self.tr("Display name"),
            "organization": self.tr("Organisation"),
            "title": self.tr("Job title"),
            "website": self.tr("Website"),
            "linkedin_url": self.tr("LinkedIn profile"),
            "xing_url": self.tr("XING profile"),
        }
        name_card, left, right = two_forms(self.tr("Name and work"))
        self.edits: dict[str, QLineEdit] = {}
        for field in ("given_name", "family_name", "formatted_name", "organization", "title"):
            edit = QLineEdit()
            edit.setObjectName(f"my_{field}")
            self.edits[field] = edit
            (left if field in ("given_name", "family_name", "formatted_name") else right).addRow(
                labels[field], edit
            )
        self.edits["formatted_name"].setPlaceholderText(self.tr("Built from the name if empty"))

        reach_card, reach = form_layout(self.tr("Phone, e-mail and profiles"))
        self.phones = ValueListEditor(m.Phone, self.tr("Phone number"), self.tr("+ Add phone"))
        self.emails = ValueListEditor(m.Email, self.tr("E-mail address"), self.tr("+ Add e-mail"))
        reach.addRow(self.tr("Phones"), self.phones)
        reach.addRow(self.tr("E-mails"), self.emails)
        for field in URL_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(f"my_{field}")
            edit.setPlaceholderText("https://…")
            edit.textEdited.connect(lambda _t: self._update_links())
            self.edits[field] = edit
            reach.addRow(labels[field], edit)

        pitch_card, pitch_form = form_layout(self.tr("Your pitch"))
        self.elevator_pitch = QPlainTextEdit()
        self.elevator_pitch.setObjectName("my_elevator_pitch")
        self.elevator_pitch.setPlaceholderText(
            self.tr("What you say in the introduction round (about 60 seconds)")
        )
        self.elevator_pitch.setTabChangesFocus(True)
        self.elevator_pitch.setFixedHeight(100)
        self.one_line_pitch = QLineEdit()
        self.one_line_pitch.setObjectName("my_one_line_pitch")
        self.one_line_pitch.setPlaceholderText(self.tr("What you do, in one line"))
        pitch_form.addRow(self.tr("Elevator pitch"), self.elevator_pitch)
        pitch_form.addRow(self.tr("One line"), self.one_line_pitch)
        self.elevator_pitch.textChanged.connect(self._update_said)
        self.one_line_pitch.textEdited.connect(lambda _t: self._update_said())

        self.consistency = ConsistencyPanel(ctx.consistency, tasks, for_user=True)

        self.scroller = card_column(
            (header, name_card, reach_card, pitch_card, self.consistency),
            "myCardContent",
            "myCardScroll",
        )
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroller)
        self.set_status("")
        self.autosave = Autosave(self, self._snapshot, self._autosave)
        self.autosave.watch(name_card, reach_card, pitch_card)

    def refresh(self) -> None:
        self.flush()  # queued first: the worker saves, then reads
        my_card, consistency = self.ctx.my_card, self.ctx.consistency
        self.set_status(self.tr("Loading …"))
        self.tasks.run(
            lambda: (my_card.get(), consistency.latest(None)), self._loaded, self.autosave_failed
        )

    def _loaded(self, result: tuple[m.MyCard, m.ConsistencyNote | None]) -> None:
        card, note = result
        self.card = card
        for field, edit in self.edits.items():
            edit.setText(getattr(card, field))
        self.phones.set_values(card.phones)
        self.emails.set_values(card.emails)
        self.elevator_pitch.blockSignals(True)
        self.elevator_pitch.setPlainText(card.elevator_pitch)
        self.elevator_pitch.blockSignals(False)
        self.one_line_pitch.setText(card.one_line_pitch)
        names = [card.formatted_name, card.given_name, card.family_name]
        self.consistency.show_for(None, self._said(), note, self._links(), names, loaded=True)
        self.show_error("")
        self.set_status("")
        self.autosave.loaded()

    def flush(self) -> None:
        """Save what was typed and not yet saved (before another page or on close)."""
        self.autosave.flush()
        self.consistency.flush()

    def _said(self) -> list[str]:
        texts = (self.elevator_pitch.toPlainText(), self.one_line_pitch.text())
        return [t.strip() for t in texts if t.strip()]

    def _links(self) -> dict[str, str]:
        return {
            "website": self.edits["website"].text().strip(),
            "linkedin": self.edits["linkedin_url"].text().strip(),
            "xing": self.edits["xing_url"].text().strip(),
        }

    def _update_said(self) -> None:
        self.consistency.set_said(self._said())

    def _update_links(self) -> None:
        self.consistency.set_links(self._links())

    def form_card(self) -> m.MyCard:
        values = {field: edit.text().strip() for field, edit in self.edits.items()}
        return m.MyCard(
            **values,
            phones=self.phones.values(),
            emails=self.emails.values(),
            elevator_pitch=self.elevator_pitch.toPlainText().strip(),
            one_line_pitch=self.one_line_pitch.text().strip(),
            id=self.card.id,
        )

    def save(self) -> None:
        """The Save button: the same save as the automatic one, at once."""
        self.autosave.save_now()

    def _snapshot(self) -> object:
        values = dataclasses.asdict(self.form_card())  # MyCard compares by identity
        values.pop("id")
        return values

    def _autosave(self, snapshot: object) -> None:
        card = self.form_card()
        my_card = self.ctx.my_card
        self.save_button.setEnabled(False)
        self.set_status(self.tr("Saving …"))
        self.tasks.run(
            lambda: my_card.save(card),
            lambda saved: self._saved(snapshot, saved),
            self.autosave_failed,
        )

    def show_qr(self) -> None:
        """The card as it is in the form (unsaved edits too), as a QR code."""
        from netzwerk_app.gui.dialogs.qr_dialog import QrDialog
        from netzwerk_app.interchange.qr import CardData

        self.qr_dialog = QrDialog(
            self.ctx.qr, self.tasks, CardData.of_my_card(self.form_card()), self.tr("My card"), self
        )
        self.qr_dialog.open()

    def _saved(self, snapshot: object, card: m.MyCard) -> None:
        self.card = card
        self.save_button.setEnabled(True)
        self.show_error("")
        name = self.edits["formatted_name"]
        if not name.text().strip() and isinstance(snapshot, dict):
            name.setText(card.formatted_name)  # built from the name; typing on is kept
            snapshot = {**snapshot, "formatted_name": card.formatted_name}
        self.autosave.saved(snapshot)
        # "Saved." only when all is saved; more edits may have come in meanwhile.
        self.set_status(self.tr("Saving …") if self.autosave.pending() else self.tr("Saved."))
