"""Scan a stack of paper business cards: choose photos (or a folder, or drop them),
review each card as soon as it is read, Enter stores it and shows the next.

Reading (OCR, about a second a photo) runs on its own worker so that storing a
reviewed card in the database worker never waits for the rest of the stack; each
photo's readings come back to the GUI thread by a queued signal.
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from netzwerk_app.domain.errors import NetzwerkError
from netzwerk_app.gui.dialogs.scan_review import ReviewForm
from netzwerk_app.gui.dialogs.scan_stack import Step, dropped_photos, photo_error
from netzwerk_app.gui.dialogs.scan_steps import ScanPages
from netzwerk_app.gui.i18n import error_text
from netzwerk_app.gui.qt import QDialog, QFileDialog, QObject, QWidget, Signal
from netzwerk_app.gui.tasks import TaskRunner
from netzwerk_app.infra.clock import local_now
from netzwerk_app.services.events import EventSummary
from netzwerk_app.services.qr import current_event

if TYPE_CHECKING:
    from netzwerk_app.services.card_scan import (
        CardAddResult,
        CardScanService,
        KnownContact,
        ScannedPhoto,
    )
    from netzwerk_app.services.events import EventService


class _Relay(QObject):
    photo = Signal(object)  # a ScannedPhoto, from the reading worker


class ScanDialog(QDialog):
    """Emits ``stored()`` after each stored card and ``show_contacts(ids)`` at the end."""

    stored = Signal()
    show_contacts = Signal(object)

    def __init__(
        self,
        scanner: CardScanService,
        events: EventService,
        tasks: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.scanner, self.events, self.tasks = scanner, events, tasks
        self.setObjectName("scanDialog")
        self.setWindowTitle(self.tr("Scan business cards"))
        self.setAcceptDrops(True)
        self.steps: list[Step] = []
        self.current = -1
        self.unread = 0  # photos of the stack not read yet
        self.reading_now = False
        self.saving = False
        self._queue: list[Path] = []
        self._cancel = threading.Event()
        self._event_titles: dict[int, str] = {}
        self._closing = False
        # Reading has a worker of its own: a stored card never waits for the OCR.
        self.reader_tasks = TaskRunner(self)
        # A bug while reading (crash dialog + log) must not leave "reading …" standing.
        self.reader_tasks.failed.connect(self._reading_broke)
        self.reader_tasks.run(scanner.warm_up)  # the models load while photos are chosen
        self._relay = _Relay(self)
        self._relay.photo.connect(self._photo_read)
        self.ui = ScanPages(self)
        self.form: ReviewForm = self.ui.form
        self.resize(1120, 700)
        self.setMinimumSize(880, 560)
        self.tasks.run(events.list_events, self._events_loaded)
        self.ui.show_start()  # the photos button has the focus: Enter chooses photos
        self._update()

    # --- events -------------------------------------------------------------------------

    def _events_loaded(self, rows: list[EventSummary]) -> None:
        box = self.ui.event_box
        for row in sorted(rows, key=lambda r: r.event.start, reverse=True)[:30]:
            day = row.event.start.astimezone().strftime("%d.%m.%Y")
            label = " · ".join(p for p in (day, row.network_name, row.event.title) if p)
            box.addItem(label, row.event.id)
            if row.event.id is not None:
                self._event_titles[row.event.id] = row.event.title or row.network_name
        now = current_event(rows, local_now(self.events.clock, self.events.zone))
        if now is not None and not self._any_stored():
            box.setCurrentIndex(box.findData(now))

    def event_id(self) -> int | None:
        value = self.ui.event_box.currentData()
        return int(value) if value is not None else None

    # --- reading ------------------------------------------------------------------------

    def choose_photos(self) -> None:
        from netzwerk_app.services.card_scan import IMAGE_SUFFIXES

        patterns = " ".join(f"*{suffix}" for suffix in IMAGE_SUFFIXES)
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Photos of business cards"),
            str(Path.home()),
            self.tr("Pictures ({patterns})").format(patterns=patterns),
        )
        if names:
            self.read([Path(n) for n in names])

    def choose_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(
            self, self.tr("Folder with photos of business cards"), str(Path.home())
        )
        if name:
            self.read([Path(name)])

    def read(self, paths: Sequence[Path]) -> None:
        """Add photos (or folders of photos) to the stack and read them in the background."""
        from netzwerk_app.services.card_scan import expand_stack

        photos = expand_stack(paths)
        if not photos:
            self.ui.show_error(self.tr("There are no photos among the chosen files."))
            return
        self.ui.show_error("")
        self._queue.extend(photos)
        self.unread += len(photos)
        if not self.reading_now:
            self._read_next_batch()
        self._update()

    def _read_next_batch(self) -> None:
        batch, self._queue = self._queue, []
        if not batch:
            return
        self.reading_now = True
        self._cancel.clear()
        scanner, relay, cancel = self.scanner, self._relay, self._cancel
        self.reader_tasks.run(
            lambda: scanner.scan(batch, on_photo=relay.photo.emit, cancelled=cancel.is_set),
            lambda _photos: self._batch_done(len(batch)),
            self._batch_failed,
        )

    def _photo_read(self, photo: ScannedPhoto) -> None:
        self.unread = max(0, self.unread - 1)
        if photo.error or not photo.readings:
            error = photo_error(photo) if photo.error else ""
            self.steps.append(
                Step(
                    photo.path, None, error or self.tr("No business card was found on this photo.")
                )
            )
        else:
            self.steps.extend(Step(photo.path, r) for r in photo.readings)
        if self.current < 0 or self.ui.waiting():
            self._go(self._next_open(self.current))
        self._update()

    def _batch_done(self, _count: int) -> None:
        self.reading_now = False
        if self._cancel.is_set():
            self.unread = 0
            self._queue.clear()
        if self._queue:
            self._read_next_batch()
        elif self.ui.waiting():
            self._go(self._next_open(self.current))
        self._update()

    def _batch_failed(self, error: NetzwerkError) -> None:
        self.reading_now = False
        self.unread = 0
        self.ui.show_error(error_text(error))
        if self.ui.waiting():
            self._go(self._next_open(self.current))
        self._update()

    def _reading_broke(self, sentence: str) -> None:
        self._queue.clear()
        self._batch_failed(NetzwerkError(sentence))

    def cancel_reading(self) -> None:
        self._cancel.set()
        self._queue.clear()
        self._update()

    # --- moving through the stack -------------------------------------------------------

    def _next_open(self, after: int) -> int:
        order: list[int] = [*range(after + 1, len(self.steps)), *range(0, max(after, 0))]
        for index in order:
            if self.steps[index].state == "open":
                return index
        return -1

    def _previous(self) -> int:
        for index in range(self.current - 1, -1, -1):
            step = self.steps[index]
            if step.reading is not None and step.state in ("open", "skipped"):
                return index
        return -1

    def _keep_edits(self) -> None:
        step = self._step()
        if step is not None and step.reading is not None and step.state == "open":
            step.edited = step.edited or self.form.edited()
            step.reading = self.form.reading()

    def _go(self, index: int) -> None:
        self.current = index
        step = self._step()
        if step is None:
            if self.reading_now or self._queue:
                self.ui.show_waiting()
            elif self.steps:
                self.ui.show_summary(self.steps, self._event_title())
            else:
                self.ui.show_start()
        elif step.reading is None:
            self.ui.show_failed(step.photo.name, step.error)
        else:
            self.form.show_reading(step.reading)
            self.ui.show_review(step)
        self._update()

    def _step(self) -> Step | None:
        return self.steps[self.current] if 0 <= self.current < len(self.steps) else None

    def skip(self) -> None:
        step = self._step()
        if step is None or self.saving:
            return
        self._keep_edits()
        step.state = "skipped"
        self._go(self._next_open(self.current))

    def back(self) -> None:
        index = self._previous()
        if index < 0 or self.saving:
            return
        self._keep_edits()
        self.steps[index].state = "open"
        self._go(index)

    def back_side(self) -> None:
        """This card is the back of the one before: one reading of both sides."""
        from netzwerk_app.interchange.card_parse import combine_sides

        step, front_index = self._step(), self._front_index()
        if step is None or step.reading is None or front_index < 0 or self.saving:
            return
        front = self.steps[front_index]
        assert front.reading is not None
        back = self.form.reading()
        step.reading = combine_sides(front.reading, back)
        step.edited = True
        if front.state == "stored":
            step.back_of = front_index  # stored with "merge": it updates that contact
            step.reading.image, step.reading.image_mime = back.image, back.image_mime
        else:
            front.state = "joined"
        self._go(self.current)

    def _front_index(self) -> int:
        for index in range(self.current - 1, -1, -1):
            step = self.steps[index]
            if step.reading is not None and step.state != "joined":
                return index
        return -1

    # --- storing ------------------------------------------------------------------------

    def accept_card(self) -> None:
        """Enter: store the card as the form shows it, then the next one."""
        step = self._step()
        if step is None or self.saving:
            return
        if step.reading is None:
            self.skip()
            return
        self._keep_edits()
        if step.back_of is not None:
            self._store(step, "merge", ask=False)  # completes the contact stored before
        else:
            self._store(step, "skip", ask=True)

    def resolve(self, policy: str) -> None:
        """The answer to "already known": merge, skip (still met there) or keep-both."""
        step = self._step()
        if step is None or step.known is None or self.saving:
            return
        self._store(step, policy, ask=False)

    def _store(self, step: Step, policy: str, ask: bool) -> None:
        assert step.reading is not None
        scanner, reading, event_id = self.scanner, step.reading, self.event_id()

        def work() -> tuple[CardAddResult | None, KnownContact | None]:
            if ask:  # a known person: the user says what to do before anything is stored
                known = scanner.known(reading)
                if known is not None:
                    return None, known
            return scanner.add(reading, event_id, on_duplicate=policy), None  # type: ignore[arg-type]

        self.saving = True
        self.ui.set_busy(self.tr("Saving …"))
        self._update()
        self.tasks.run(work, lambda done: self._stored(step, *done), self._store_failed)

    def _stored(self, step: Step, result: CardAddResult | None, known: KnownContact | None) -> None:
        self.saving = False
        self.ui.set_busy("")
        if result is None:
            assert known is not None
            step.known = (known.contact_id, known.name)
            self.ui.show_known(known.name)
            self._update()
            return
        step.contact_id, step.outcome, step.state = result.contact_id, result.outcome, "stored"
        step.name = result.name
        self.stored.emit()
        self._go(self._next_open(self.current))

    def _store_failed(self, error: NetzwerkError) -> None:
        self.saving = False
        self.ui.set_busy("")
        self.ui.show_error(error_text(error))
        self._update()

    # --- the end ------------------------------------------------------------------------

    def _any_stored(self) -> bool:
        return any(s.state == "stored" for s in self.steps)

    def _event_title(self) -> str | None:
        event_id = self.event_id()
        return None if event_id is None else self._event_titles.get(event_id, "")

    def contact_ids(self) -> list[int]:
        ids = [s.contact_id for s in self.steps if s.state == "stored" and s.contact_id]
        return list(dict.fromkeys(i for i in ids if i is not None))

    def open_contacts(self) -> None:
        self.show_contacts.emit(self.contact_ids())
        self.accept()

    def open_contact(self, contact_id: int) -> None:
        """One card's line of the summary: its contact."""
        self.show_contacts.emit([contact_id])
        self.accept()

    def pending(self) -> int:
        """Cards read but neither stored nor skipped, and photos not read yet."""
        open_cards = sum(1 for s in self.steps if s.state == "open" and s.reading is not None)
        return open_cards + self.unread + len(self._queue)

    def reject(self) -> None:
        """Closing with cards not yet stored asks first (nothing typed is lost unasked)."""
        if self._closing or self.pending() == 0:
            self._cancel.set()
            super().reject()
            return
        self._keep_edits()
        self.ui.ask_close(self.pending())

    def done(self, result: int) -> None:
        self.reader_tasks.run(self.scanner.cool_down)  # a recogniser no stack took
        super().done(result)

    def close_anyway(self) -> None:
        self._closing = True
        self.reject()

    def _update(self) -> None:
        self.ui.update_state()

    # --- drops --------------------------------------------------------------------------

    def dragEnterEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        if dropped_photos(event.mimeData()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        photos = dropped_photos(event.mimeData())
        if photos:
            event.acceptProposedAction()
            self.read(photos)
