"""Backups: the ones the user asks for, the daily automatic ones, and restore.

The pre-migration backups live in storage.migrate.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from netzwerk_app.domain.errors import BackupError, SchemaTooNewError
from netzwerk_app.storage import backup, migrate
from netzwerk_app.storage.db import Database

log = logging.getLogger("netzwerk.services.backups")

AUTO_EVERY = timedelta(days=1)


@dataclass(frozen=True)
class RotationPolicy:
    """How many automatic backups survive: the newest of each of the last n days/weeks/months."""

    daily: int = 7
    weekly: int = 4
    monthly: int = 6


class BackupService:
    def __init__(
        self, db: Database, backup_dir: Path, policy: RotationPolicy | None = None
    ) -> None:
        self.db = db
        self.backup_dir = backup_dir
        self.policy = policy or RotationPolicy()

    def auto_backup_if_due(self, now: datetime | None = None) -> Path | None:
        """Make the daily automatic backup if the newest one is a day old; then rotate.

        Called at every start; costs a folder listing when nothing is due. Returns the
        new backup, or None when none was due.
        """
        now = now or datetime.now(UTC)
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

        Returns the safety backup of the state before the restore.
        """
        if not source.is_file() or not backup.integrity_ok(source):
            raise BackupError(
                f"{source.name} is not a readable Netzwerk backup; nothing was changed."
            )
        revision = migrate.current_revision(source)
        if revision is None:
            raise BackupError(f"{source.name} is not a Netzwerk backup; nothing was changed.")
        if revision not in migrate.known_revisions():
            raise SchemaTooNewError(
                f"{source.name} was written by a newer version of Netzwerk; nothing was changed."
            )
        safety = self.backup_now(self.backup_dir / backup.backup_name("pre-restore"))
        self.db.dispose()  # no pooled connection may hold old pages
        backup.copy_into(source, self.db.path)
        migrate.upgrade(self.db.path, self.backup_dir)
        return safety
