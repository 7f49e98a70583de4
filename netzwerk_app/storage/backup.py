"""Backups through SQLite's online backup API, verified before they count.

Never a file copy: a copied live WAL database can miss every committed row that
still sits in the -wal file.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from contextlib import closing
from datetime import UTC, datetime
from pathlib import Path

from netzwerk_app.domain.errors import BackupError

log = logging.getLogger("netzwerk.storage.backup")

BACKUP_SUFFIX = ".sqlite3"


def integrity_ok(path: Path) -> bool:
    """True when ``PRAGMA integrity_check`` of the file answers ``ok``."""
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError:
        return False
    return rows == [("ok",)]


def backup_database(source: Path, destination: Path) -> Path:
    """Write a consistent, verified, self-contained copy of ``source`` to ``destination``."""
    destination.parent.mkdir(parents=True, exist_ok=True)
    partial = destination.with_name(destination.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        with (
            closing(sqlite3.connect(str(source), timeout=5)) as src,
            closing(sqlite3.connect(str(partial))) as dst,
        ):
            src.backup(dst)
            # One file, no -wal beside it: the copy must stand alone.
            dst.execute("PRAGMA journal_mode=DELETE")
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(f"The backup could not be written: {exc}.") from exc
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(f"The backup could not be written: {exc.strerror}.") from exc
    if not integrity_ok(partial):
        partial.unlink(missing_ok=True)
        raise BackupError("The backup failed its integrity check and was discarded.")
    os.replace(partial, destination)
    log.info("backup written to %s", destination)
    return destination


def copy_into(source: Path, target: Path) -> None:
    """Overwrite the live database ``target`` with ``source`` through the backup API.

    The copy runs as one write transaction on ``target``: other connections see the
    old or the new database, never a mixture.
    """
    try:
        with (
            closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True)) as src,
            closing(sqlite3.connect(str(target), timeout=5)) as dst,
        ):
            src.backup(dst)
            dst.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    except sqlite3.Error as exc:
        raise BackupError(f"The backup could not be restored: {exc}.") from exc


def backup_name(reason: str, now: datetime | None = None) -> str:
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S-%f")
    return f"netzwerk-{stamp}-{reason}{BACKUP_SUFFIX}"


def list_backups(backup_dir: Path, reason: str | None = None) -> list[Path]:
    """Backups in ``backup_dir``, oldest first."""
    if not backup_dir.is_dir():
        return []
    pattern = f"netzwerk-*-{reason}{BACKUP_SUFFIX}" if reason else f"netzwerk-*{BACKUP_SUFFIX}"
    return sorted(backup_dir.glob(pattern))


def rotate(backup_dir: Path, reason: str, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` backups made for ``reason``; return the deleted."""
    existing = list_backups(backup_dir, reason)
    doomed = existing[:-keep] if keep > 0 else existing
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed
