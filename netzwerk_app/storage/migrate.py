"""Bring a database file to the schema this version of the app expects.

Start-up calls ``upgrade``: a verified backup first (for an existing file), then
every pending Alembic revision inside ONE transaction with foreign keys switched
off outside it (batch table rebuilds would otherwise cascade-delete child rows),
then ``PRAGMA foreign_key_check`` before the commit. A database written by a newer
version of the app is refused, never downgraded.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from contextlib import closing
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from netzwerk_app.domain.errors import (
    QT_TRANSLATE_NOOP,
    DatabaseCorruptError,
    MigrationError,
    ReadOnlyError,
    SchemaTooNewError,
)
from netzwerk_app.storage import backup
from netzwerk_app.storage.connection import is_read_only_error

log = logging.getLogger("netzwerk.storage.migrate")

# The newest revision this code knows; a test checks it against Alembic's head, so
# the CLI can skip loading Alembic when the file is already current.
HEAD_REVISION = "0007"
PRE_MIGRATION = "pre-migration"


@dataclass(frozen=True)
class MigrationResult:
    from_revision: str | None
    to_revision: str
    backup: Path | None

    @property
    def changed(self) -> bool:
        return self.from_revision != self.to_revision


def migrations_dir() -> Path:
    return Path(str(resources.files("netzwerk_app.storage") / "migrations"))


def current_revision(path: Path) -> str | None:
    """The Alembic revision stored in the file; None for a new, empty database."""
    if not path.exists():
        return None
    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            tables = {
                row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")
            }
            if "alembic_version" not in tables:
                if tables:
                    raise MigrationError(
                        QT_TRANSLATE_NOOP(
                            "Errors", "{name} is not a Netzwerk database (it has other tables)."
                        ),
                        name=path.name,
                    )
                return None
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as exc:
        raise DatabaseCorruptError(
            QT_TRANSLATE_NOOP(
                "Errors", "The database file {name} is damaged or not a database ({reason})."
            ),
            name=path.name,
            reason=exc,
        ) from exc
    return None if row is None else str(row[0])


def _alembic_config(connection: Any, on_version_apply: Callable[..., None] | None) -> Any:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.attributes["connection"] = connection
    config.attributes["on_version_apply"] = on_version_apply
    return config


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(migrations_dir()))
    return {rev.revision for rev in script.walk_revisions()}


def script_head() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory(str(migrations_dir())).get_current_head()
    assert head is not None
    return head


def is_current(path: Path) -> bool:
    return current_revision(path) == HEAD_REVISION


def upgrade(
    path: Path,
    backup_dir: Path,
    keep_backups: int = 10,
    on_version_apply: Callable[..., None] | None = None,
    target: str = "head",
    backup_first: bool = True,
) -> MigrationResult:
    """Migrate the file at ``path`` to head; see the module docstring for the guarantees.

    ``target`` names an older revision only for tests that build historic databases.
    ``backup_first=False`` for a throw-away copy (a restore candidate) whose original
    stays untouched anyway.
    """
    before = current_revision(path)
    goal = HEAD_REVISION if target == "head" else target
    if before == goal:
        return MigrationResult(before, goal, None)
    if before is not None and before not in known_revisions():
        raise SchemaTooNewError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This database was written by a newer version of Netzwerk "
                "(schema {schema}). Please update the app; the file was not changed.",
            ),
            schema=before,
        )

    made: Path | None = None
    if before is not None and backup_first:
        made = backup.backup_database(path, backup_dir / backup.backup_name(f"{PRE_MIGRATION}"))
        backup.rotate(backup_dir, PRE_MIGRATION, keep_backups)

    from alembic import command
    from sqlalchemy.exc import DBAPIError

    from netzwerk_app.storage.db import create_sqlite_engine

    engine = create_sqlite_engine(path, pooled=False)
    try:
        with engine.connect() as conn:
            # PRAGMA foreign_keys is a no-op inside a transaction: switch it off first.
            raw = conn.connection.driver_connection
            assert raw is not None
            raw.execute("PRAGMA foreign_keys=OFF")
            try:
                with conn.execution_options(netzwerk_begin="IMMEDIATE").begin():
                    command.upgrade(_alembic_config(conn, on_version_apply), target)
                    problems = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                    if problems:
                        raise MigrationError(
                            QT_TRANSLATE_NOOP(
                                "Errors",
                                "The database update would break links between records "
                                "({count} problems); nothing was changed.",
                            ),
                            count=len(problems),
                        )
            finally:
                raw.execute("PRAGMA foreign_keys=ON")
    except (sqlite3.OperationalError, DBAPIError) as exc:
        if is_read_only_error(exc):
            raise ReadOnlyError.for_database(path) from exc
        raise MigrationError(
            QT_TRANSLATE_NOOP("Errors", "The database could not be updated: {reason}"), reason=exc
        ) from exc
    finally:
        engine.dispose()
    log.info("database migrated from %s to %s (backup: %s)", before, goal, made)
    return MigrationResult(before, goal, made)


def schema_problem(path: Path) -> str | None:
    """What the file lacks of the schema this version works with, or None.

    A file can carry the right ``alembic_version`` and still miss tables or columns
    (edited by hand, or another program's file); such a file must not replace the
    live database.
    """
    from netzwerk_app.storage.schema import metadata

    try:
        with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn:
            for table in metadata.sorted_tables:
                have = {row[1] for row in conn.execute(f'PRAGMA table_info("{table.name}")')}
                if not have:
                    return f"the table {table.name} is missing"
                missing = sorted(c.name for c in table.columns if c.name not in have)
                if missing:
                    return f"the table {table.name} lacks {', '.join(missing)}"
    except sqlite3.DatabaseError as exc:
        return str(exc)
    return None
