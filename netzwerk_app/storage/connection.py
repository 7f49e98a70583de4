"""Plain sqlite3 connections with the app's pragmas (no SQLAlchemy import: keeps the CLI fast)."""

from __future__ import annotations

import errno
import os
import sqlite3
import tempfile
from pathlib import Path

from netzwerk_app.domain.errors import ReadOnlyError

BUSY_TIMEOUT_MS = 5000
PRAGMAS = (
    "PRAGMA foreign_keys=ON",
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
    # Freed pages are overwritten, so a forgotten person leaves no bytes behind.
    "PRAGMA secure_delete=ON",
)


def apply_pragmas(dbapi_connection: sqlite3.Connection) -> None:
    """Settings every connection gets, whichever path opened it.

    ``isolation_level=None`` turns off pysqlite's own transaction handling; BEGIN is
    always emitted explicitly (see storage.db).
    """
    dbapi_connection.isolation_level = None
    for pragma in PRAGMAS:
        dbapi_connection.execute(pragma)


def connect_raw(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)
    apply_pragmas(conn)
    return conn


def is_read_only_error(exc: BaseException | None) -> bool:
    """SQLite's "attempt to write a readonly database" (SQLITE_READONLY and its kinds)."""
    return "readonly database" in str(exc).lower()


def check_writable(path: Path) -> None:
    """Raise ``ReadOnlyError`` when the database file or its folder cannot be written.

    Asked at start, so that the user reads one sentence instead of a failure at the
    first save. A write is really tried (and rolled back): permission bits say
    nothing for root or on a read-only mount. A damaged or busy file passes; the
    recovery check and the busy handling answer those.
    """
    folder = path.parent
    try:
        fd, probe = tempfile.mkstemp(dir=folder, prefix=".netzwerk-write-check-")
        os.close(fd)
        os.unlink(probe)
    except OSError as exc:
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            raise ReadOnlyError.for_folder(folder) from exc
        return  # a missing folder and the like: the steps after this one say so
    if not path.is_file() or path.stat().st_size == 0:
        return
    try:
        conn = sqlite3.connect(str(path), timeout=1, isolation_level=None)
        try:
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("CREATE TABLE IF NOT EXISTS _netzwerk_write_check (x)")
            conn.execute("ROLLBACK")
        finally:
            conn.close()
    except sqlite3.Error as exc:
        if is_read_only_error(exc):
            raise ReadOnlyError.for_database(path) from exc
