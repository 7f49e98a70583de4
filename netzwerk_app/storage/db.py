"""The SQLite engine: pragmas on every connection, explicit transactions.

pysqlite's own transaction handling is switched off (``isolation_level=None``) and
BEGIN is emitted by us, so that DDL runs inside real transactions and write
transactions take the write lock up front (BEGIN IMMEDIATE) instead of failing
half-way with "database is locked".
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from netzwerk_app.domain.collation import german_compare, german_key, surname_key
from netzwerk_app.domain.errors import (
    QT_TRANSLATE_NOOP,
    DatabaseCorruptError,
    DatabaseLockedError,
    DiskFullError,
    NetzwerkError,
    ReadOnlyError,
)
from netzwerk_app.storage.connection import (
    BUSY_TIMEOUT_MS,
    apply_pragmas,
    connect_raw,
    is_read_only_error,
)

log = logging.getLogger("netzwerk.storage")


def translate_error(exc: BaseException, path: Path | None = None) -> NetzwerkError | None:
    """Map a driver error to the expected problem it stands for, if any."""
    orig = exc.orig if isinstance(exc, DBAPIError) else exc
    message = str(orig).lower()
    if is_read_only_error(orig):
        return ReadOnlyError.for_database(path or "file")
    if "database is locked" in message or "database table is locked" in message:
        return DatabaseLockedError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database is busy in another program or window. Please try again in a moment.",
            )
        )
    if "disk is full" in message or "disk i/o error" in message:
        return DiskFullError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The disk is full or cannot be written. Free some space; nothing was changed.",
            )
        )
    if "file is not a database" in message or "malformed" in message:
        return DatabaseCorruptError(
            QT_TRANSLATE_NOOP("Errors", "The database file is damaged and cannot be read.")
        )
    return None


def register_german_order(conn: sqlite3.Connection) -> None:
    """German (DIN 5007-1) order in SQL: ``ORDER BY de_key(name)`` or ``name COLLATE de``.

    The lists order by ``de_key()``: one Python call per row, then SQLite compares
    plain strings, where a collation calls Python for every comparison (3x slower).
    """
    conn.create_function("de_key", 1, german_key, deterministic=True)
    conn.create_function("de_surname_key", 3, surname_key, deterministic=True)
    conn.create_collation("de", german_compare)


def create_sqlite_engine(path: Path, *, pooled: bool = True) -> Engine:
    engine = create_engine(
        f"sqlite:///{path}",
        connect_args={"check_same_thread": False, "timeout": BUSY_TIMEOUT_MS / 1000},
        poolclass=None if pooled else NullPool,
    )

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
        apply_pragmas(dbapi_connection)
        register_german_order(dbapi_connection)

    @event.listens_for(engine, "begin")
    def _on_begin(conn: Any) -> None:
        mode = conn.get_execution_options().get("netzwerk_begin", "DEFERRED")
        conn.exec_driver_sql(f"BEGIN {mode}")

    return engine


class Database:
    """Opens sessions: ``read()`` for queries, ``write()`` for one IMMEDIATE transaction."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.engine = create_sqlite_engine(path)
        self._read = sessionmaker(bind=self.engine, expire_on_commit=False)
        self._write = sessionmaker(
            bind=self.engine.execution_options(netzwerk_begin="IMMEDIATE"),
            expire_on_commit=False,
        )

    @contextmanager
    def read(self) -> Iterator[Session]:
        session = self._read()
        try:
            yield session
        except (OperationalError, sqlite3.OperationalError) as exc:
            raise (translate_error(exc, self.path) or exc) from exc
        finally:
            # close(), not rollback(): rollback would expire the objects we hand out.
            session.close()

    @contextmanager
    def write(self) -> Iterator[Session]:
        session = self._write()
        try:
            yield session
            session.commit()
        except (OperationalError, sqlite3.OperationalError) as exc:
            session.rollback()
            raise (translate_error(exc, self.path) or exc) from exc
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def raw(self) -> sqlite3.Connection:
        return connect_raw(self.path)

    def dispose(self) -> None:
        self.engine.dispose()
