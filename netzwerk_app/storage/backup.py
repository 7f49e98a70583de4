"""Backups through SQLite's online backup API, verified before they count.

Never a file copy: a copied live WAL database can miss every committed row that
still sits in the -wal file.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable, Sequence
from contextlib import closing
from datetime import UTC, date, datetime
from pathlib import Path

from netzwerk_app.domain.errors import QT_TRANSLATE_NOOP, BackupError

log = logging.getLogger("netzwerk.storage.backup")

BACKUP_SUFFIX = ".sqlite3"
AUTOMATIC = "auto"
SQLITE_HEADER = b"SQLite format 3\x00"


def integrity_ok(path: Path) -> bool:
    """True when ``PRAGMA integrity_check`` of the file answers ``ok``."""
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            rows = conn.execute("PRAGMA integrity_check").fetchall()
    except sqlite3.DatabaseError:
        return False
    return rows == [("ok",)]


def quick_check_problem(path: Path) -> str | None:
    """Why the database file at ``path`` cannot be used, or None when it looks sound.

    Cheap enough for every start: the header, then ``PRAGMA quick_check`` (which
    reads every page, so a truncated file is caught, but skips the index contents
    that make ``integrity_check`` slow). A missing or empty file is a new database.
    """
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        return None
    if size == 0:
        return None
    with path.open("rb") as handle:
        if handle.read(len(SQLITE_HEADER)) != SQLITE_HEADER:
            return "it is not an SQLite database"
    try:
        # Not read-only: a -wal left by a crash must be replayed to judge the file.
        with closing(sqlite3.connect(str(path), timeout=5)) as conn:
            rows = conn.execute("PRAGMA quick_check").fetchall()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc).lower():
            return None  # busy in another process, not damaged
        return str(exc)
    except sqlite3.DatabaseError as exc:
        return str(exc)
    if rows != [("ok",)]:
        return "; ".join(str(row[0]) for row in rows[:3])
    return None


def _plain(exc: sqlite3.Error) -> str:
    # SQLite says "disk I/O error" for a full disk or a read-only folder.
    text = str(exc)
    if "disk" in text.lower() or "readonly" in text.lower():
        return f"the disk is full or the folder cannot be written ({text})"
    return text


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
        raise BackupError(
            QT_TRANSLATE_NOOP("Errors", "The backup could not be written: {reason}."),
            reason=_plain(exc),
        ) from exc
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(
            QT_TRANSLATE_NOOP("Errors", "The backup could not be written: {reason}."),
            reason=exc.strerror,
        ) from exc
    if not integrity_ok(partial):
        partial.unlink(missing_ok=True)
        raise BackupError(
            QT_TRANSLATE_NOOP("Errors", "The backup failed its integrity check and was discarded.")
        )
    if os.name == "posix":  # every contact is in it: only the user may read it
        os.chmod(partial, 0o600)
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
        raise BackupError(
            QT_TRANSLATE_NOOP("Errors", "The backup could not be restored: {reason}."),
            reason=exc,
        ) from exc


def remove_database_file(path: Path) -> None:
    """Delete a database file together with its -wal, -shm and -journal."""
    for suffix in ("", "-wal", "-shm", "-journal"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)


def make_self_contained(path: Path) -> None:
    """Fold a -wal into the file and stop using one: the file alone is the database."""
    try:
        with closing(sqlite3.connect(str(path), timeout=5)) as conn:
            conn.execute("PRAGMA journal_mode=DELETE")
    except sqlite3.Error as exc:
        raise BackupError(
            QT_TRANSLATE_NOOP("Errors", "The database copy could not be finished: {reason}."),
            reason=_plain(exc),
        ) from exc


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


def backup_time(path: Path) -> datetime | None:
    """When a backup was made, from its name (``netzwerk-YYYYmmdd-HHMMSS-ffffff-...``)."""
    parts = path.name.split("-")
    if len(parts) < 5 or parts[0] != "netzwerk":
        return None
    try:
        return datetime.strptime("-".join(parts[1:4]), "%Y%m%d-%H%M%S-%f").replace(tzinfo=UTC)
    except ValueError:
        return None


def _period_rules(
    daily: int, weekly: int, monthly: int
) -> list[tuple[int, Callable[[date], object]]]:
    return [
        (daily, lambda d: d),
        (weekly, lambda d: d.isocalendar()[:2]),
        (monthly, lambda d: (d.year, d.month)),
    ]


def backups_to_keep(backups: Sequence[Path], daily: int, weekly: int, monthly: int) -> set[Path]:
    """The backups a daily/weekly/monthly schedule keeps (the scheme of ``borg prune``).

    Newest first, each rule keeps the newest backup of each of its last ``n`` periods
    (days, ISO weeks, months) that has one; a backup kept by any rule stays.
    """
    dated = sorted(((t, p) for p in backups if (t := backup_time(p)) is not None), reverse=True)
    keep: set[Path] = set()
    for count, period_of in _period_rules(daily, weekly, monthly):
        seen: list[object] = []
        for stamp, path in dated:
            if len(seen) >= count:
                break
            period = period_of(stamp.date())
            if period not in seen:
                seen.append(period)
                keep.add(path)
    return keep


def rotate_automatic(backup_dir: Path, daily: int, weekly: int, monthly: int) -> list[Path]:
    """Delete the automatic backups the schedule no longer keeps; return the deleted."""
    existing = list_backups(backup_dir, AUTOMATIC)
    keep = backups_to_keep(existing, daily, weekly, monthly)
    doomed = [p for p in existing if p not in keep and backup_time(p) is not None]
    for path in doomed:
        path.unlink(missing_ok=True)
    return doomed
