"""Backups the user asks for (the automatic pre-migration ones live in storage.migrate)."""

from __future__ import annotations

from pathlib import Path

from netzwerk_app.domain.errors import BackupError, SchemaTooNewError
from netzwerk_app.storage import backup, migrate
from netzwerk_app.storage.db import Database


class BackupService:
    def __init__(self, db: Database, backup_dir: Path) -> None:
        self.db = db
        self.backup_dir = backup_dir

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
