"""Starting on a damaged database: keep it aside, name the newest good backup.

Nothing is restored or overwritten silently. The damaged file (with its -wal and
-shm) is renamed to ``….corrupt`` so that no later start writes into it, and the
caller gets a ``DatabaseRecoveryNeeded`` naming the newest backup that passes
``PRAGMA integrity_check``: the CLI prints it with the ``netzwerk restore`` command,
the GUI offers it in a dialog before the main window.
"""

from __future__ import annotations

import logging
import os
from datetime import UTC, datetime
from pathlib import Path

from netzwerk_app.domain.errors import QT_TRANSLATE_NOOP, DatabaseRecoveryNeeded
from netzwerk_app.storage import backup
from netzwerk_app.storage.connection import check_writable

log = logging.getLogger("netzwerk.services.recovery")

CORRUPT_SUFFIX = ".corrupt"


def newest_good_backup(backup_dir: Path) -> Path | None:
    """The most recent backup (any reason) whose integrity check passes."""
    dated = sorted(
        (
            (stamp, path)
            for path in backup.list_backups(backup_dir)
            if (stamp := backup.backup_time(path)) is not None
        ),
        reverse=True,
    )
    for _stamp, path in dated:
        if backup.integrity_ok(path):
            return path
        log.warning("backup %s fails its integrity check; skipped", path.name)
    return None


def set_aside(database: Path, now: datetime | None = None) -> Path:
    """Rename the damaged file and its journals to ``<name>.<stamp>.corrupt``."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%d-%H%M%S")
    target = database.with_name(f"{database.name}.{stamp}{CORRUPT_SUFFIX}")
    # A rename, not a copy: the bytes stay exactly as found, for rescue tools.
    os.replace(database, target)
    for extra in ("-wal", "-shm"):
        journal = database.with_name(database.name + extra)
        if journal.exists():
            os.replace(journal, target.with_name(target.name + extra))
    return target


def waiting_corrupt_copy(database: Path) -> Path | None:
    """The newest damaged file set aside while no database took its place yet."""
    if database.exists():
        return None
    kept = sorted(database.parent.glob(f"{database.name}.*{CORRUPT_SUFFIX}"))
    return kept[-1] if kept else None


def check_at_start(database: Path, backup_dir: Path, recovering: bool = False) -> None:
    """Raise ``DatabaseRecoveryNeeded`` (after moving the file aside) if it is damaged,
    ``ReadOnlyError`` if the file or its folder cannot be written.

    Until the user restores a backup or starts empty (``recovering=True``: the restore
    command, the recovery dialog), every start asks again instead of quietly beginning
    with an empty database beside the damaged one.
    """
    # A read-only file or folder is said as such, before anything mistakes it for damage.
    check_writable(database)
    waiting = None if recovering else waiting_corrupt_copy(database)
    if waiting is not None:
        good = newest_good_backup(backup_dir)
        raise DatabaseRecoveryNeeded(
            _message("earlier", good), waiting, good, kept=waiting, backup=good
        )
    problem = backup.quick_check_problem(database)
    # SQLite would take an empty file for a new database; with backups beside it, it
    # is a database truncated to nothing, not a first start.
    emptied = database.exists() and database.stat().st_size == 0
    if problem is None and emptied and newest_good_backup(backup_dir) is not None:
        problem = "the file is empty"
    if problem is None:
        return
    log.error("database %s is damaged: %s", database, problem)
    kept = set_aside(database)
    good = newest_good_backup(backup_dir)
    raise DatabaseRecoveryNeeded(
        _message(problem, good), kept, good, kept=kept, backup=good, problem=problem
    )


def _message(problem: str, good: Path | None) -> str:
    """The template for the damage found (``problem`` "earlier": at an earlier start)."""
    if problem == "earlier":
        if good is None:
            return QT_TRANSLATE_NOOP(
                "Errors",
                "The database was found damaged earlier and was kept aside as {kept}; "
                "there is no backup to restore: move that file elsewhere to start with "
                "an empty database.",
            )
        return QT_TRANSLATE_NOOP(
            "Errors",
            "The database was found damaged earlier and was kept aside as {kept}; the "
            "newest good backup is {backup} — restore it with: netzwerk restore {backup}",
        )
    if good is None:
        return QT_TRANSLATE_NOOP(
            "Errors",
            "The database was damaged ({problem}) and was kept aside as {kept}; there is no "
            "backup to restore: move that file elsewhere to start with an empty database.",
        )
    return QT_TRANSLATE_NOOP(
        "Errors",
        "The database was damaged ({problem}) and was kept aside as {kept}; the newest good "
        "backup is {backup} — restore it with: netzwerk restore {backup}",
    )
