"""Plain sqlite3 connections with the app's pragmas (no SQLAlchemy import: keeps the CLI fast)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

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
