"""Import contacts from files: vCard, LinkedIn ``Connections.csv``, our own CSV.

The kind of a file is told by its content. Each file is imported in ONE write
transaction: if the app is killed (or the import cancelled) half-way, the database
is as it was before that file; earlier files stay imported. A card that matches a
contact already there is never silently doubled (see ``matching``); the caller
chooses merge, skip (the default) or keep both. Merges can be undone (``undo``).

One file's cards go through a ``job.FileJob``; a LinkedIn export through
``linkedin``. The GUI runs ``import_files`` on its worker thread with
``on_progress(done, total)`` and ``should_cancel()``; the results are plain
dataclasses (``results``).
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from datetime import date, tzinfo
from pathlib import Path

from sqlalchemy.orm import Session

from netzwerk_app.domain import model as m
from netzwerk_app.domain.errors import QT_TRANSLATE_NOOP, NetzwerkError, ValidationError
from netzwerk_app.infra.clock import Clock, SystemClock, local_today
from netzwerk_app.infra.gc_pause import cycle_collector_paused
from netzwerk_app.infra.input_files import require_regular_file
from netzwerk_app.infra.timezone import local_zone
from netzwerk_app.interchange import prescan
from netzwerk_app.interchange.csv_io import read_contacts_csv
from netzwerk_app.interchange.sniff import sniff
from netzwerk_app.interchange.vcard import CardFailure, NotAVCardError, iter_vcards
from netzwerk_app.services.importing.job import FileJob
from netzwerk_app.services.importing.linkedin import linkedin_contact, read_connections
from netzwerk_app.services.importing.matching import IndexCarry, load_index
from netzwerk_app.services.importing.results import (
    DUPLICATE_POLICIES,
    CancelCheck,
    DuplicatePolicy,
    ImportFailure,
    ImportResult,
    LinkedInCandidate,
    LinkedInNewPolicy,
    ProgressCallback,
    UndoResult,
)
from netzwerk_app.services.importing.undo import undo_merge_in
from netzwerk_app.storage.contact_rows import unsaved_contact
from netzwerk_app.storage.db import Database
from netzwerk_app.storage.repository import Repository

log = logging.getLogger("netzwerk.services.import")

PROGRESS_EVERY = 25  # cards between two progress reports (a GUI signal each)
_BEGIN = re.compile(rb"BEGIN[ \t]*:[ \t]*VCARD", re.IGNORECASE)


class _Cancelled(Exception):
    pass


def _count_units(data: bytes) -> int:
    """Cards (or CSV lines) in a file, for the progress total; an estimate is enough."""
    cards = sum(1 for _ in _BEGIN.finditer(data))
    return cards or max(data.count(b"\n") - 1, 1)


class _Progress:
    def __init__(
        self, total: int, on_progress: ProgressCallback | None, should_cancel: CancelCheck | None
    ) -> None:
        self.done, self.total = 0, total
        self.on_progress, self.should_cancel = on_progress, should_cancel

    def step(self) -> None:
        if self.should_cancel is not None and self.should_cancel():
            raise _Cancelled
        self.done += 1
        self.total = max(self.total, self.done)
        if self.on_progress is not None and self.done % PROGRESS_EVERY == 0:
            self.on_progress(self.done, self.total)

    def report(self) -> None:
        if self.on_progress is not None:
            self.on_progress(self.done, self.total)


class ImportService:
    def __init__(
        self,
        db: Database,
        phone_region: str = "DE",
        clock: Clock | None = None,
        zone: tzinfo | None = None,
    ) -> None:
        self.db = db
        self.phone_region = phone_region or "DE"
        self.clock: Clock = clock or SystemClock()
        self.zone = zone or local_zone()

    def _today(self, today: date | None) -> date:
        return today or local_today(self.clock, self.zone)

    def _job(
        self,
        repo: Repository,
        name: str,
        policy: DuplicatePolicy,
        event_id: int | None,
        today: date | None,
    ) -> FileJob:
        """A job for contacts that come from no file (picked LinkedIn rows, a QR code)."""
        index = load_index(repo, self.phone_region)
        return FileJob(repo, name, policy, index, event_id, self._today(today), self.clock.now())

    # --- importing files -------------------------------------------------------------

    @cycle_collector_paused()
    def import_files(
        self,
        paths: Sequence[Path],
        on_duplicate: DuplicatePolicy = "skip",
        event_id: int | None = None,
        linkedin_new: LinkedInNewPolicy = "offer",
        on_progress: ProgressCallback | None = None,
        should_cancel: CancelCheck | None = None,
        today: date | None = None,
    ) -> ImportResult:
        """Import every file, each in its own transaction; see the module docstring.

        ``event_id`` records every imported or merged contact as met at that event.
        LinkedIn connections that match no contact are returned in ``linkedin_new``
        (``offer``), added as contacts (``add``) or only counted (``skip``).
        """
        _check_policy(on_duplicate)
        if event_id is not None:
            with self.db.read() as session:
                Repository(session).get(m.Event, event_id, "event")
        total = 0
        for path in paths:
            try:
                if path.is_file() and path.stat().st_size <= prescan.MAX_FILE_BYTES:
                    total += _count_units(path.read_bytes())
            except OSError:
                pass  # reported when the file is imported
        progress = _Progress(total, on_progress, should_cancel)
        result = ImportResult()
        carry = IndexCarry(self.phone_region)
        for path in paths:
            try:
                result.extend(
                    self._import_file(
                        path,
                        on_duplicate,
                        event_id,
                        linkedin_new,
                        progress,
                        self._today(today),
                        carry,
                    )
                )
            except _Cancelled:
                result.cancelled = True
                result.warnings.append(
                    f"{path.name}: the import was cancelled; nothing from this file was imported."
                )
                break
            except NetzwerkError as error:  # disk full, database locked, ...
                result.failed.append(
                    ImportFailure.of_file(
                        path.name,
                        NetzwerkError(
                            QT_TRANSLATE_NOOP(
                                "Errors", "Nothing from this file was imported: {reason}"
                            ),
                            reason=error,
                        ),
                    )
                )
        progress.report()
        return result

    def _import_file(
        self,
        path: Path,
        policy: DuplicatePolicy,
        event_id: int | None,
        linkedin_new: LinkedInNewPolicy,
        progress: _Progress,
        today: date,
        carry: IndexCarry,
    ) -> ImportResult:
        name = path.name
        try:
            require_regular_file(path)  # /dev/zero, a FIFO, a folder: refused, never opened
            size = path.stat().st_size
            if size > prescan.MAX_FILE_BYTES:
                return _file_failure(
                    name,
                    NetzwerkError(
                        QT_TRANSLATE_NOOP(
                            "Errors", "“{name}” is {size} MB; files over 50 MB are not imported."
                        ),
                        name=name,
                        size=f"{size / (1024 * 1024):.0f}",
                    ),
                )
            data = path.read_bytes()
        except OSError as error:
            return _file_failure(
                name,
                NetzwerkError(
                    QT_TRANSLATE_NOOP("Errors", "The file could not be read ({reason})."),
                    reason=error.strerror or error,
                ),
            )
        # Anything else goes to the vCard reader, which says in one sentence what the
        # file is instead (empty, an image, binary, no BEGIN:VCARD).
        kind = sniff(data)
        box, data = [data], b""  # handed on by _read_vcards, not kept here
        with self.db.write() as session:
            repo = Repository(session)
            job = FileJob(repo, name, policy, carry.take(repo), event_id, today, self.clock.now())
            if kind == "linkedin_csv":
                read_connections(job, box.pop(), linkedin_new, progress.step)
            elif kind == "netzwerk_csv":
                for number, contact in enumerate(read_contacts_csv(box.pop()), start=2):
                    progress.step()
                    job.take(contact, number)
            else:
                # the reader drops the file's bytes once they are text: 29 MB for
                # 40,000 Google-style cards that need not be held while they import
                self._read_vcards(job, box, progress)
            result = job.finish()
            mark = carry.mark(repo)
        carry.keep(job.index, mark)  # only once the file's transaction committed
        log.info("imported %s: %s", name, result.summary())
        return result

    def _read_vcards(self, job: FileJob, box: list[bytes], progress: _Progress) -> None:
        """Import the cards of the file whose bytes are the only item of ``box``."""
        try:
            # contacts built without an ORM event per field: a sixth of a small card's cost
            for item in iter_vcards(box.pop(), job.file_name, unsaved_contact):
                progress.step()
                if isinstance(item, CardFailure):
                    job.fail(item.line, item.name, item.reason)
                    continue
                for text in item.warnings:
                    job.warn(item.line, item.contact.display_name, text)
                job.take(item.contact, item.line, item.netzwerk)
        except NotAVCardError as error:
            job.result.failed.append(ImportFailure.of_file(job.file_name, error))

    def add_linkedin_contacts(
        self,
        candidates: Sequence[LinkedInCandidate],
        on_duplicate: DuplicatePolicy = "skip",
        event_id: int | None = None,
        today: date | None = None,
    ) -> ImportResult:
        """Add the LinkedIn connections the user picked from ``linkedin_new``."""
        with self.db.write() as session:
            repo = Repository(session)
            if event_id is not None:
                repo.get(m.Event, event_id, "event")
            name = candidates[0].file if candidates else "LinkedIn"
            job = self._job(repo, name, on_duplicate, event_id, today)
            for candidate in candidates:
                job.take(linkedin_contact(candidate, job.today), candidate.line)
            return job.finish()

    def import_contacts(
        self,
        contacts: Sequence[m.Contact],
        source_name: str,
        on_duplicate: DuplicatePolicy = "skip",
        today: date | None = None,
        carry: IndexCarry | None = None,
        then: Callable[[Session, ImportResult], None] | None = None,
    ) -> ImportResult:
        """Import contacts read from elsewhere (a QR code) in one transaction, with the
        same duplicate check as a file; ``source_name`` stands where a file name would.

        ``carry``: the duplicate index kept between calls (a stack of business cards,
        one card a call), read again only when the contacts changed in between.
        ``then``: more writes for what was stored (a card's photo, its encounter) in the
        same transaction; when it raises, nothing of the import is kept either.
        """
        _check_policy(on_duplicate)
        with self.db.write() as session:
            repo = Repository(session)
            if carry is None:
                job = self._job(repo, source_name, on_duplicate, None, today)
            else:
                job = FileJob(
                    repo,
                    source_name,
                    on_duplicate,
                    carry.take(repo),
                    None,
                    self._today(today),
                    self.clock.now(),
                )
            for number, contact in enumerate(contacts, start=1):
                job.take(contact, number)
            result = job.finish()
            if then is not None:
                then(session, result)
            mark = carry.mark(repo) if carry is not None else ()
        if carry is not None:
            carry.keep(job.index, mark)  # only once the transaction committed
        log.info("imported %s: %s", source_name, result.summary())
        return result

    # --- merges -----------------------------------------------------------------------

    def merges_of(self, contact_id: int) -> list[m.MergeRecord]:
        """The merges into one contact, oldest first (for an "undo merge" menu)."""
        with self.db.read() as session:
            return Repository(session).merges_of(contact_id)

    def undo_merge(self, merge_id: int) -> UndoResult:
        """Put the contact back as it was before the merge and give the merged card
        back as a contact of its own (with the encounters the merge recorded)."""
        with self.db.write() as session:
            return undo_merge_in(Repository(session), merge_id, self.clock.now())


def _check_policy(policy: str) -> None:
    if policy not in DUPLICATE_POLICIES:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "Unknown duplicate policy “{policy}”."), policy=policy
        )


def _file_failure(name: str, problem: NetzwerkError) -> ImportResult:
    return ImportResult(failed=[ImportFailure.of_file(name, problem)])
