"""The consistency panel: what someone said beside what their website and profiles say.

Used on the contact page and on My card (``for_user=True``, note with contact_id None).
The hint is computed on every edit by the pure domain function; the verdict stays
the user's decision and is stored, with the pasted text, through ConsistencyService.
"""

from __future__ import annotations

from netzwerk_app.domain import model as m
from netzwerk_app.domain.consistency import SOURCES, ConsistencyHint, HintReason, consistency_hint
from netzwerk_app.domain.errors import NetzwerkError
from netzwerk_app.gui.i18n import error_text
from netzwerk_app.gui.qt import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    Qt,
    QTimer,
    QtWidgets,
    QVBoxLayout,
    Signal,
)
from netzwerk_app.gui.tasks import TaskRunner
from netzwerk_app.gui.widgets.autosave import Autosave
from netzwerk_app.gui.widgets.safe_links import open_external
from netzwerk_app.infra.clock import local_today
from netzwerk_app.services.consistency import ConsistencyService


def plain(text: str = "", object_name: str = "", selectable: bool = True) -> QLabel:
    """A wrapping label that never interprets markup (data is shown literally)."""
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if object_name:
        label.setObjectName(object_name)
    return label


def website_of(urls: list[m.Url]) -> str:
    """The first URL that is not a LinkedIn or XING profile."""
    for url in urls:
        lowered = url.value.lower()
        if "linkedin.com/" not in lowered and "xing.com/" not in lowered:
            return url.value
    return ""


class ConsistencyPanel(QFrame):
    """``show_for(contact_id, said, note, links)``; emits ``note_saved(note)`` after a save."""

    note_saved = Signal(object)

    def __init__(self, service: ConsistencyService, tasks: TaskRunner, for_user: bool = False):
        super().__init__()
        self.service, self.tasks, self.for_user = service, tasks, for_user
        self.setObjectName("contactCard")
        self.contact_id: int | None = None
        self.note: m.ConsistencyNote | None = None
        self.said: list[str] = []
        self.names: list[str] = []  # the person's own names: no evidence either way
        self.links: dict[str, str] = {}
        self.hint: ConsistencyHint | None = None

        title = plain(self.tr("Pitch and online presence"), "sectionTitle", selectable=False)
        intro = plain(
            self.tr("Does your pitch tell the same story as your website and profiles?")
            if for_user
            else self.tr("Does their pitch tell the same story as their website and profiles?"),
            "cardMuted",
            selectable=False,
        )

        said_head = plain(
            self.tr("What you say") if for_user else self.tr("What they said"),
            "panelHeading",
            selectable=False,
        )
        self.said_label = plain(object_name="saidText")
        left = QVBoxLayout()
        left.setSpacing(6)
        left.addWidget(said_head)
        left.addWidget(self.said_label)
        left.addStretch(1)

        online_head = plain(
            self.tr("What your website / LinkedIn / XING says")
            if for_user
            else self.tr("What their website / LinkedIn / XING says"),
            "panelHeading",
            selectable=False,
        )
        self.online_text = QPlainTextEdit()
        self.online_text.setObjectName("onlineText")
        self.online_text.setPlaceholderText(
            self.tr("Paste text from the website or a profile here …")
        )
        self.online_text.setMinimumHeight(110)
        self.online_text.setTabChangesFocus(True)
        self.link_buttons: dict[str, QPushButton] = {}
        link_row = QHBoxLayout()
        link_row.setSpacing(6)
        for source, text in self._source_names().items():
            button = QPushButton(self.tr("Open {source}").format(source=text))
            button.setObjectName("linkButton")
            button.clicked.connect(lambda _c=False, s=source: self._open(s))
            self.link_buttons[source] = button
            link_row.addWidget(button)
        link_row.addStretch(1)
        right = QVBoxLayout()
        right.setSpacing(6)
        right.addWidget(online_head)
        right.addWidget(self.online_text, 1)
        right.addLayout(link_row)

        columns = QHBoxLayout()
        columns.setSpacing(20)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        # The computed hint, in a tinted box.
        self.hint_box = QFrame()
        self.hint_box.setObjectName("consistencyHint")
        hint_layout = QVBoxLayout(self.hint_box)
        hint_layout.setContentsMargins(12, 10, 12, 10)
        hint_layout.setSpacing(4)
        self.hint_summary = plain(object_name="hintSummary")
        self.hint_shared = plain()
        self.hint_only_pitch = plain()
        self.hint_only_online = plain()
        for label in (
            self.hint_summary,
            self.hint_shared,
            self.hint_only_pitch,
            self.hint_only_online,
        ):
            hint_layout.addWidget(label)

        # The user's own judgement.
        self.source_boxes: dict[str, QtWidgets.QCheckBox] = {}
        checked_row = QHBoxLayout()
        checked_row.setSpacing(12)
        checked_row.addWidget(plain(self.tr("Checked:"), selectable=False))
        for source, text in self._source_names().items():
            box = QtWidgets.QCheckBox(text)
            self.source_boxes[source] = box
            checked_row.addWidget(box)
        checked_row.addStretch(1)

        self.verdict = QtWidgets.QComboBox()
        self.verdict.setObjectName("verdictCombo")
        for verdict, text in self._verdict_names().items():
            self.verdict.addItem(text, verdict.value)
        self.use_suggestion = QPushButton(self.tr("Use suggestion"))
        self.use_suggestion.clicked.connect(self._apply_suggestion)
        self.checked_on = plain(object_name="cardMuted", selectable=False)
        verdict_row = QHBoxLayout()
        verdict_row.setSpacing(8)
        verdict_label = plain(self.tr("Verdict:"), selectable=False)
        verdict_label.setBuddy(self.verdict)
        verdict_row.addWidget(verdict_label)
        verdict_row.addWidget(self.verdict)
        verdict_row.addWidget(self.use_suggestion)
        verdict_row.addSpacing(12)
        verdict_row.addWidget(self.checked_on, 1)

        self.details = QPlainTextEdit()
        self.details.setObjectName("consistencyDetails")
        self.details.setPlaceholderText(
            self.tr("Details: what matches, what does not, what to suggest …")
        )
        self.details.setMinimumHeight(70)
        self.details.setMaximumHeight(120)
        self.details.setTabChangesFocus(True)

        self.save_button = QPushButton(self.tr("Save note"))
        self.save_button.setObjectName("primaryButton")
        self.save_button.clicked.connect(self.save)
        self.status = plain(object_name="panelStatus", selectable=False)
        save_row = QHBoxLayout()
        save_row.addWidget(self.status, 1)
        save_row.addWidget(self.save_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 18, 20, 18)
        layout.setSpacing(10)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(columns)
        layout.addWidget(self.hint_box)
        layout.addLayout(checked_row)
        layout.addLayout(verdict_row)
        layout.addWidget(self.details)
        layout.addLayout(save_row)

        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self._update_hint)
        self.online_text.textChanged.connect(self._debounce.start)
        self.show_for(None, [], None, {})
        self.autosave = Autosave(self, self._snapshot, self._autosave)
        self.autosave.watch(
            self.online_text, self.details, self.verdict, *self.source_boxes.values()
        )

    def _source_names(self) -> dict[str, str]:
        names = {"website": self.tr("Website"), "linkedin": "LinkedIn", "xing": "XING"}
        return {source: names[source] for source in SOURCES}

    def _verdict_names(self) -> dict[m.Verdict, str]:
        return {
            m.Verdict.UNCHECKED: self.tr("Not checked yet"),
            m.Verdict.CONSISTENT: self.tr("Consistent"),
            m.Verdict.MISMATCH: self.tr("Mismatch"),
        }

    # --- showing -----------------------------------------------------------------

    def show_for(
        self,
        contact_id: int | None,
        said: list[str],
        note: m.ConsistencyNote | None,
        links: dict[str, str],
        names: list[str] | None = None,
        *,
        loaded: bool = False,
    ) -> None:
        """Fill the panel; ``links``: source -> URL; ``names`` (None: kept) are ignored.

        ``loaded``: the data is the stored one, so from now on edits save themselves.
        """
        self.contact_id, self.note, self.said, self.links = contact_id, note, said, dict(links)
        if names is not None:
            self.names = list(names)
        if said:
            self.said_label.setText("\n\n".join(f"“{text.strip()}”" for text in said))
            self.said_label.setObjectName("saidText")
        else:
            self.said_label.setText(
                self.tr("No pitch yet. Write your elevator pitch above.")
                if self.for_user
                else self.tr("No pitch recorded yet. Note what they say at the next event.")
            )
        self.online_text.blockSignals(True)
        self.online_text.setPlainText(note.online_text if note else "")
        self.online_text.blockSignals(False)
        self.details.setPlainText(note.details if note else "")
        verdict = note.verdict if note else m.Verdict.UNCHECKED
        self.verdict.setCurrentIndex(max(0, self.verdict.findData(verdict.value)))
        for source, box in self.source_boxes.items():
            box.setChecked(bool(note and source in note.sources_checked))
        self._show_checked_on(note)
        self.set_links(links)
        self.status.setText("")
        self._update_hint()
        if loaded:
            self.autosave.loaded()

    def flush(self) -> None:
        """Save a note typed and not yet saved (before another contact is shown)."""
        self.autosave.flush()

    def set_links(self, links: dict[str, str]) -> None:
        self.links = dict(links)
        for source, button in self.link_buttons.items():
            button.setEnabled(bool(self.links.get(source, "").strip()))

    def set_said(self, said: list[str]) -> None:
        """Update "what they said" (e.g. after the pitch was edited) keeping the note."""
        note = self.current_note()
        self.show_for(self.contact_id, said, note, self.links)

    def _show_checked_on(self, note: m.ConsistencyNote | None) -> None:
        if note and note.checked_on:
            self.checked_on.setText(
                self.tr("Last checked {date}").format(date=note.checked_on.strftime("%d.%m.%Y"))
            )
        else:
            self.checked_on.setText("")

    def _update_hint(self) -> None:
        hint = consistency_hint(self.said, self.online_text.toPlainText(), self.names)
        self.hint = hint
        texts = {
            HintReason.NOTHING: self.tr("Nothing to compare yet."),
            HintReason.NO_PITCH: self.tr("No pitch to compare yet."),
            HintReason.NO_ONLINE_TEXT: self.tr(
                "Paste text from the website or a profile to compare."
            ),
            HintReason.MOST_SHARED: self.tr(
                "Looks consistent: {shared} of {total} key terms of the pitch appear online."
            ),
            HintReason.SOME_SHARED: self.tr(
                "Partly consistent: {shared} of {total} key terms of the pitch appear online. "
                "Have a closer look."
            ),
            HintReason.FEW_SHARED: self.tr(
                "Possible mismatch: only {shared} of {total} key terms of the pitch appear online."
            ),
        }
        total = len(hint.shared) + len(hint.only_in_pitch)
        self.hint_summary.setText(texts[hint.reason].format(shared=len(hint.shared), total=total))
        self.hint_box.setProperty("verdict", hint.suggested.value)
        self.hint_box.style().unpolish(self.hint_box)
        self.hint_box.style().polish(self.hint_box)
        comparable = hint.reason not in (
            HintReason.NOTHING,
            HintReason.NO_PITCH,
            HintReason.NO_ONLINE_TEXT,
        )
        lines = (
            (self.hint_shared, self.tr("Shared: {terms}"), hint.shared),
            (self.hint_only_pitch, self.tr("Only in the pitch: {terms}"), hint.only_in_pitch),
            (self.hint_only_online, self.tr("Only online: {terms}"), hint.only_online),
        )
        for label, pattern, terms in lines:
            label.setVisible(comparable and bool(terms))
            label.setText(pattern.format(terms=", ".join(terms[:20])))
        self.use_suggestion.setEnabled(comparable and hint.suggested is not m.Verdict.UNCHECKED)

    def _apply_suggestion(self) -> None:
        if self.hint is not None:
            self.verdict.setCurrentIndex(self.verdict.findData(self.hint.suggested.value))

    def _open(self, source: str) -> None:
        url = self.links.get(source, "")
        if url:
            open_external(url, self)

    # --- saving ------------------------------------------------------------------

    def current_note(self) -> m.ConsistencyNote:
        """The note as the form shows it (a new object; the stored one is untouched)."""
        verdict = m.Verdict(self.verdict.currentData())
        old = self.note
        checked_on = old.checked_on if old else None
        if old is None or verdict is not old.verdict:
            checked_on = (
                local_today(self.service.clock, self.service.zone)
                if verdict is not m.Verdict.UNCHECKED
                else checked_on
            )
        return m.ConsistencyNote(
            contact_id=self.contact_id,
            verdict=verdict,
            sources_checked=[s for s, box in self.source_boxes.items() if box.isChecked()],
            online_text=self.online_text.toPlainText().strip(),
            details=self.details.toPlainText().strip(),
            checked_on=checked_on,
            id=old.id if old else None,
        )

    def save(self) -> None:
        """The Save button: the same save as the automatic one, at once."""
        self.status.setText(self.tr("Saving …"))
        self.autosave.save_now()

    def _snapshot(self) -> object:
        sources = [s for s, box in self.source_boxes.items() if box.isChecked()]
        texts = (self.online_text.toPlainText().strip(), self.details.toPlainText().strip())
        return (self.verdict.currentData(), sources, texts)

    def _autosave(self, snapshot: object) -> None:
        note, service, contact_id = self.current_note(), self.service, self.contact_id
        self.save_button.setEnabled(False)
        self.tasks.run(
            lambda: service.save(note),
            lambda saved: self._autosaved(snapshot, contact_id, saved),
            self._autosave_failed,
        )

    def _autosaved(self, snapshot: object, contact_id: int | None, note: m.ConsistencyNote) -> None:
        self.save_button.setEnabled(True)
        if contact_id != self.contact_id:
            return  # another person's page by now; their note was saved all the same
        self.note = note
        self.autosave.saved(snapshot)
        self._show_checked_on(note)
        self.status.setText(self.tr("Note saved."))
        self.note_saved.emit(note)

    def _autosave_failed(self, error: NetzwerkError) -> None:
        self.autosave.failed()  # the text stays; the window's message bar says why
        self.save_button.setEnabled(True)
        self.status.setText(error_text(error))
        self.tasks.failed.emit(error_text(error))
