"""Backups: the ones the user asks for, the daily automatic ones, and restore.

The pre-migration backups live in storage.migrate.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from netzwerk_app.domain.errors import (
    QT_TRANSLATE_NOOP,
    BackupError,
    NetzwerkError,
    SchemaTooNewError,
)
from netzwerk_app.infra.clock import Clock, SystemClock
from netzwerk_app.infra.input_files import require_regular_file
from netzwerk_app.storage import backup, migrate
from netzwerk_app.storage.db import Database

log = logging.getLogger("netzwerk.services.backups")

_NOT_A_BACKUP = QT_TRANSLATE_NOOP("Errors", "{name} is not a Netzwerk backup; nothing was changed.")

AUTO_EVERY = timedelta(days=1)


@dataclass(frozen=True)
class RotationPolicy:
    """How many automatic backups survive: the newest of each of the last n days/weeks/months."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 6


class BackupService:
    def __init__(
        self,
        db: Database,
        backup_dir: Path,
        policy: RotationPolicy | None = None,
        clock: Clock | None = None,
    ) -> None:
        self.db = db
        self.backup_dir = backup_dir
        self.policy = policy or RotationPolicy()
        self.clock: Clock = clock or SystemClock()

    def auto_backup_if_due(self, now: datetime | None = None) -> Path | None:
        """Make the daily automatic backup if the newest one is a day old; then rotate.

        Called at every start; costs a folder listing when nothing is due. Returns the
        new backup, or None when none was due.
        """
        now = now or self.clock.now()
        newest = max(
            (
                t
                for p in backup.list_backups(self.backup_dir, backup.AUTOMATIC)
                if (t := backup.backup_time(p)) is not None
            ),
            default=None,
        )
        if newest is not None and now - newest < AUTO_EVERY:
            return None
        made = backup.backup_database(
            self.db.path, self.backup_dir / backup.backup_name(backup.AUTOMATIC, now)
        )
        gone = backup.rotate_automatic(
            self.backup_dir, self.policy.daily, self.policy.weekly, self.policy.monthly
        )
        log.info("automatic backup %s; %d old ones rotated out", made.name, len(gone))
        return made

    def backup_now(self, destination: Path | None = None) -> Path:
        """A verified copy, to ``destination`` or into the backup folder."""
        target = destination or self.backup_dir / backup.backup_name("manual")
        return backup.backup_database(self.db.path, target)

    def list_backups(self) -> list[Path]:
        return backup.list_backups(self.backup_dir)

    def restore(self, source: Path) -> Path:
        """Replace the database with a backup; the current state is backed up first.

        The backup is copied into the data folder, checked and migrated there; only a
        copy that migrated cleanly replaces the live database, so a file that fails
        at any step leaves the database as it was. Returns the safety backup of the
        state before the restore.
        """
        require_regular_file(source)
        if not source.is_file():
            raise BackupError(
                QT_TRANSLATE_NOOP("Errors", "{path} was not found; nothing was changed."),
                path=source,
            )
        candidate = self._checked_copy(source)
        try:
            safety = self.backup_now(self.backup_dir / backup.backup_name("pre-restore"))
            self.db.dispose()  # no pooled connection may hold old pages
            backup.copy_into(candidate, self.db.path)
        finally:
            backup.remove_database_file(candidate)
        return safety

    def _checked_copy(self, source: Path) -> Path:
        """A copy of ``source`` beside the database, migrated to this version's schema."""
        name = source.name
        candidate = self.db.path.with_name(f".restore-{uuid.uuid4().hex}.sqlite3")
        try:
            try:
                backup.backup_database(source, candidate)  # a consistent, verified copy
            except BackupError as exc:
                log.warning("restore candidate %s unreadable: %s", source, exc)
                raise BackupError(
                    QT_TRANSLATE_NOOP(
                        "Errors", "{name} is not a readable Netzwerk backup; nothing was changed."
                    ),
                    name=name,
                ) from exc
            try:
                revision = migrate.current_revision(candidate)
            except NetzwerkError as exc:
                raise BackupError(_NOT_A_BACKUP, name=name) from exc
            if revision is None:
                raise BackupError(_NOT_A_BACKUP, name=name)
            if revision not in migrate.known_revisions():
                raise SchemaTooNewError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{name} was written by a newer version of Netzwerk; nothing was changed.",
                    ),
                    name=name,
                )
            try:
                migrate.upgrade(candidate, self.backup_dir, backup_first=False)
            except Exception as exc:  # any failure of a foreign file means: do not restore it
                log.warning("restore candidate %s does not migrate", source, exc_info=True)
                raise BackupError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{name} could not be brought up to this version of Netzwerk; "
                        "nothing was changed.",
                    ),
                    name=name,
                ) from exc
            problem = migrate.schema_problem(candidate)
            if problem is not None:
                raise BackupError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{name} is not a complete Netzwerk backup ({problem}); nothing was changed.",
                    ),
                    name=name,
                    problem=problem,
                )
            backup.make_self_contained(candidate)
        except BaseException:
            backup.remove_database_file(candidate)
            raise
        return candidate
