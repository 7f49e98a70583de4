"""The contact page: every vCard field editable, encounters, follow-ups, referrals,
one-to-ones and the consistency panel, in card-like sections on a scroll area.

This module loads, shows and saves; the sections themselves are built in
``contact_page_widgets.ContactPageWidgets``.

All database work runs in the worker (TaskRunner); contact data is shown as plain text.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

from netzwerk_app.app import AppContext
from netzwerk_app.domain import model as m
from netzwerk_app.domain.errors import QT_TRANSLATE_NOOP, NetzwerkError, ValidationError
from netzwerk_app.gui.i18n import error_text
from netzwerk_app.gui.qt import (
    QtWidgets,
    Signal,
)
from netzwerk_app.gui.tasks import TaskRunner
from netzwerk_app.gui.views.contact_page_widgets import ContactPageWidgets, combo_value
from netzwerk_app.gui.views.followup_labels import channel_label, kind_label, status_label
from netzwerk_app.gui.views.note_texts import SourceNote
from netzwerk_app.gui.widgets.autosave import Autosave, AutosaveLines
from netzwerk_app.gui.widgets.consistency_panel import website_of
from netzwerk_app.gui.widgets.encounter_editor import TEXT_FIELDS, EncounterEditor
from netzwerk_app.gui.widgets.photo_label import image_format, image_from_bytes
from netzwerk_app.infra.input_files import require_regular_file
from netzwerk_app.interchange.pictures import read_picture_file
from netzwerk_app.services.consistency import said_texts
from netzwerk_app.services.contacts import ContactDetails

MAX_PHOTO_BYTES = 5 * 1024 * 1024
PHOTO_TOO_BIG = QT_TRANSLATE_NOOP(
    "Errors", "The picture is larger than 5 MB; please choose a smaller one."
)
Change = tuple[int, dict[str, object]]  # an encounter's event id and edited fields


def read_photo(path: Path) -> bytes:
    """Read an image file in the worker; too big or unreadable files are expected
    problems, each one sentence in the user's language."""
    require_regular_file(path)  # a FIFO or /dev/zero would never end
    with suppress(OSError):  # a file that cannot be read says why below
        if path.stat().st_size > MAX_PHOTO_BYTES:
            raise ValidationError(PHOTO_TOO_BIG)
    return read_picture_file(path, ValidationError)


class ContactPage(AutosaveLines, ContactPageWidgets):
    """``load(contact_id)``, ``clear()``, ``flush()``; emits ``contact_saved(id)`` after a save.

    Edits save themselves (``Autosave``): on leaving a field, after a pause in typing,
    and before another contact is shown; the Save button saves at once.
    """

    contact_saved = Signal(int)

    def __init__(self, ctx: AppContext, tasks: TaskRunner) -> None:
        super().__init__(ctx, tasks)
        self.details: ContactDetails | None = None
        self._loading: int | None = None
        self._photo: bytes | None = None
        self._photo_mime = ""
        self.source_note = SourceNote()  # shown in the user's language, stored as it was
        self.encounter_editors: list[EncounterEditor] = []
        self.photo_button.clicked.connect(self.choose_photo)
        self.remove_photo_button.clicked.connect(self.remove_photo)
        self.save_button.clicked.connect(self.save)
        self.qr_button.clicked.connect(self.show_qr)
        self.relationship.changed.connect(self._reload)
        self.autosave = Autosave(self, self._snapshot, self._autosave)
        self.autosave.watch(
            self.name_card, self.reach_card, self.personal_card, self.encounter_card
        )
        self.clear()

    # --- loading -----------------------------------------------------------------------

    def clear(self) -> None:
        """Show the empty state (pending edits are saved first)."""
        self.flush()
        self.autosave.unloaded()
        self.consistency.autosave.unloaded()
        self.details = None
        self._loading = None
        self.stack.setCurrentWidget(self.empty)

    def contact_id(self) -> int | None:
        """The person shown (or being loaded); None for the empty page."""
        return self._loading

    def flush(self) -> None:
        """Save what was typed and not yet saved (before another contact or on close)."""
        self.autosave.flush()
        self.consistency.flush()
        self.relationship.flush()

    def load(self, contact_id: int) -> None:
        self.flush()  # queued before the load: the worker saves, then reads
        self.autosave.unloaded()
        self.consistency.autosave.unloaded()
        self._loading = contact_id
        contacts = self.ctx.contacts
        self.set_status(self.tr("Loading …"))
        self.tasks.run(lambda: contacts.details(contact_id), self._loaded, self._load_failed)

    def _reload(self) -> None:
        if self.details and self.details.contact.id is not None:
            contact_id = self.details.contact.id
            contacts = self.ctx.contacts
            self.tasks.run(
                lambda: contacts.details(contact_id), self._refresh_sections, self._load_failed
            )

    def _load_failed(self, error: NetzwerkError) -> None:
        self.show_error(error_text(error))
        if self.stack.currentWidget() is self.empty:  # the card with its error line is hidden
            self.set_status("")
            self.tasks.failed.emit(error_text(error))

    def _loaded(self, details: ContactDetails) -> None:
        if details.contact.id != self._loading:
            return  # a newer load() is under way
        self.details = details
        c = details.contact
        for field, edit in self.edits.items():
            edit.setText(getattr(c, field))
        for field, combo in self.choices.items():
            value = getattr(c, field)
            combo.setCurrentIndex(max(0, combo.findData(value.value if value else "")))
        self.phones.set_values(c.phones)
        self.emails.set_values(c.emails)
        self.urls.set_values(c.urls)
        self.addresses.set_values(c.addresses)
        self.birthday.set_birthday(c.birthday)
        self.tags.setText(", ".join(c.tags))
        self.note.setPlainText(c.note)
        self.personally_known.setChecked(c.personally_known)
        self.linkedin_state.setCurrentIndex(self.linkedin_state.findData(c.linkedin_state.value))
        self.xing_state.setCurrentIndex(self.xing_state.findData(c.xing_state.value))
        self.keep_in_touch.setValue(c.keep_in_touch_days or 0)
        self.source_label.setText(self._source_name(c.source))
        self.gdpr_note.setText(self.source_note.show(c.gdpr_note))
        self._photo, self._photo_mime = c.photo, c.photo_mime
        self.card_photo.show_for(c.id)
        self._show_header()
        self._refresh_sections(details, encounters=True)
        self.show_error("")
        self.set_status("")
        self.stack.setCurrentWidget(self.scroller)
        self.scroller.verticalScrollBar().setValue(0)
        self.autosave.loaded()

    def _refresh_sections(self, details: ContactDetails, encounters: bool = False) -> None:
        """Sections that change without the form: follow-ups, referrals, notes."""
        if self.details is None or details.contact.id != self.details.contact.id:
            return
        self.details.referrals, self.details.one_to_ones = details.referrals, details.one_to_ones
        c = details.contact
        if encounters:
            self._show_encounters(details)
        self._show_followups(details.followups)
        self.relationship.show_for(c.id, details.referrals, details.one_to_ones)
        links = {
            "website": website_of(c.urls),
            "linkedin": c.profile_url(m.Platform.LINKEDIN) or "",
            "xing": c.profile_url(m.Platform.XING) or "",
        }
        note = details.consistency_notes[-1] if details.consistency_notes else None
        if encounters:
            said = said_texts([enc for enc, _ev in details.encounters])
            names = [c.formatted_name, c.given_name, c.family_name, c.nickname]
            self.consistency.show_for(c.id, said, note, links, names, loaded=True)

    def _show_header(self) -> None:
        c = self.form_contact(validate=False)
        self.heading.setText(c.display_name or self.tr("(no name)"))
        self.subheading.setText(" · ".join(p for p in (c.title, c.organization) if p))
        self.setWindowTitle(c.display_name)
        if not self.photo.set_photo(self._photo, c.display_name):
            self.show_error(self.tr("The stored photo cannot be shown."))
        self.remove_photo_button.setEnabled(self._photo is not None)
        created = c.created_at.astimezone().strftime("%d.%m.%Y") if c.created_at else ""
        self.source.setText(
            self.tr("Added {date} · {source}").format(
                date=created, source=self._source_name(c.source)
            )
        )

    def _show_encounters(self, details: ContactDetails) -> None:
        for editor in self.encounter_editors:
            editor.deleteLater()
        self.encounter_editors = []
        for encounter, event in details.encounters:
            editor = EncounterEditor(encounter, event)
            editor.changed.connect(self._encounter_edited)
            self.encounter_editors.append(editor)
            self.encounter_layout.addWidget(editor)
        self.no_encounters.setVisible(not details.encounters)

    def _encounter_edited(self) -> None:
        said = said_texts(
            [
                dataclasses.replace(
                    e.encounter, pitch=e.value("pitch"), offering=e.value("offering")
                )
                for e in self.encounter_editors
            ]
        )
        self.consistency.set_said(said)

    def _show_followups(self, followups: list[m.FollowUp]) -> None:
        if not followups:
            self.followups.setText(self.tr("No follow-ups for this person."))
            return
        lines = []
        for followup in followups:
            due = followup.due_at.astimezone().strftime("%d.%m.%Y %H:%M")
            kind, channel = kind_label(followup.kind), channel_label(followup.channel)
            line = f"{due} · {kind} · {channel} · {status_label(followup.status)}"
            if followup.drafted_message:
                line += f"\n    {followup.drafted_message}"
            lines.append(line)
        self.followups.setText("\n".join(lines))

    def _source_name(self, source: m.Source) -> str:
        return {
            m.Source.EVENT_CAPTURE: self.tr("captured at an event"),
            m.Source.VCARD_FILE: self.tr("vCard file"),
            m.Source.QR_CODE: self.tr("QR code"),
            m.Source.LINKEDIN_EXPORT: self.tr("LinkedIn export"),
            m.Source.MANUAL: self.tr("entered by hand"),
            m.Source.CARDDAV: self.tr("from your phone (CardDAV sync)"),
            m.Source.CARD_SCAN: self.tr("from a business card (photo)"),
        }[source]

    # --- photo -------------------------------------------------------------------------

    def choose_photo(self) -> None:
        path, _filter = QtWidgets.QFileDialog.getOpenFileName(
            self, self.tr("Choose a photo"), "", self.tr("Images (*.png *.jpg *.jpeg *.gif)")
        )
        if path:
            self.tasks.run(lambda: read_photo(Path(path)), self.set_photo, self._load_failed)

    def set_photo(self, data: bytes) -> None:
        """Use these image bytes as the photo (saved by itself like every edit)."""
        if image_from_bytes(data) is None:
            self.show_error(self.tr("This file is not a picture the app can read."))
            return
        self._photo, self._photo_mime = data, image_format(data)
        self.show_error("")
        self._show_header()
        self.autosave.changed()

    def remove_photo(self) -> None:
        self._photo, self._photo_mime = None, ""
        self._show_header()
        self.autosave.changed()

    # --- saving ------------------------------------------------------------------------

    def _form_values(self) -> dict[str, object]:
        values: dict[str, object] = {f: e.text().strip() for f, e in self.edits.items()}
        values.update({f: combo_value(f, combo) for f, combo in self.choices.items()})
        tags = [t.strip() for t in self.tags.text().split(",") if t.strip()]
        values.update(
            phones=self.phones.values(),
            emails=self.emails.values(),
            urls=self.urls.values(),
            addresses=self.addresses.values(),
            note=self.note.toPlainText().strip(),
            tags=list(dict.fromkeys(tags)),
            personally_known=self.personally_known.isChecked(),
            linkedin_state=m.RelationshipState(self.linkedin_state.currentData()),
            xing_state=m.RelationshipState(self.xing_state.currentData()),
            keep_in_touch_days=self.keep_in_touch.value() or None,
            gdpr_note=self.source_note.stored(self.gdpr_note.text().strip()),
            photo=self._photo,
            photo_mime=self._photo_mime if self._photo else "",
        )
        return values

    def form_contact(self, validate: bool = True) -> m.Contact:
        """The loaded contact with the form's values; fields not on the form are kept."""
        assert self.details is not None
        base = self.details.contact
        values = self._form_values()
        if validate:
            values["birthday"] = self.birthday.birthday()  # raises ValidationError
        copy = dataclasses.replace(base, **values)  # type: ignore[arg-type]
        return copy

    def show_qr(self) -> None:
        """The contact as in the form, as a QR code (to pass the contact on)."""
        from netzwerk_app.gui.dialogs.qr_dialog import QrDialog
        from netzwerk_app.interchange.qr import CardData

        if self.details is None:
            return
        card = CardData.of_contact(self.form_contact(validate=False))
        self.qr_dialog = QrDialog(self.ctx.qr, self.tasks, card, card.name, self)
        self.qr_dialog.open()

    def _prepare_save(self) -> tuple[Callable[[], ContactDetails], list[Change]] | None:
        """The save as worker function, or None (the reason shown) when the form is not valid."""
        if self.details is None:
            return None
        try:
            contact = self.form_contact()
        except ValidationError as exc:
            self.show_error(error_text(exc))
            return None
        if not m.derive_formatted_name(contact) and not contact.formatted_name:
            self.show_error(
                self.tr("A contact needs at least a name, an organisation, an e-mail or a phone.")
            )
            return None
        changes: list[Change] = []
        for editor in self.encounter_editors:
            if editor.met_at.id is not None and editor.changes():
                changes.append((editor.met_at.id, editor.changes()))
        contacts, events = self.ctx.contacts, self.ctx.events
        contact_id = contact.id
        assert contact_id is not None

        def work() -> ContactDetails:
            contacts.update(contact)
            for event_id, fields in changes:
                events.record_encounter(event_id, contact_id, **fields)
            return contacts.details(contact_id)

        return work, changes

    def save(self) -> None:
        """The Save button: the same save as the automatic one, at once."""
        if self.details is not None:
            self.autosave.save_now()

    # --- saving by itself (Autosave) -----------------------------------------------------

    def _snapshot(self) -> object:
        b = self.birthday
        return (
            self._form_values(),
            (b.known.isChecked(), b.day.value(), b.month.currentIndex(), b.year.value()),
            [
                (e.met_at.id, [e.value(n) for n in TEXT_FIELDS], e.talked_business.isChecked())
                for e in self.encounter_editors
            ],
        )

    def _autosave(self, snapshot: object) -> None:
        prepared = self._prepare_save()
        if prepared is None:
            self.autosave.failed()
            if self.error.text():  # e.g. a birthday that does not exist: say it loudly
                self.tasks.failed.emit(self.error.text())
            return
        work, changes = prepared
        self.save_button.setEnabled(False)
        self.set_status(self.tr("Saving …"))
        self.tasks.run(
            work,
            lambda details: self._autosaved(snapshot, details, changes),
            self.autosave_failed,
        )

    def _autosaved(self, snapshot: object, details: ContactDetails, changes: list[Change]) -> None:
        """Saved in the background: the fields stay as they are (the user may type on)."""
        self.save_button.setEnabled(True)
        if self.details is not None and self.details.contact.id == details.contact.id:
            self.details.contact = details.contact
            for editor in self.encounter_editors:
                for event_id, fields in changes:
                    if editor.met_at.id == event_id:
                        editor.encounter = dataclasses.replace(editor.encounter, **fields)  # type: ignore[arg-type]
            self.autosave.saved(snapshot)
            self._show_header()
            self.show_error("")
            # "Saved." only when all is saved; more edits may have come in meanwhile.
            self.set_status("" if self.autosave.pending() else self.tr("Saved."))
        if details.contact.id is not None:
            self.contact_saved.emit(details.contact.id)
