"""Backups the user asks for (the automatic pre-migration ones live in storage.migrate)."""

from __future__ import annotations

from pathlib import Path

from netzwerk_app.storage import backup
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
