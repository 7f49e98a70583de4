"""Connection settings, write locking, backups and the single-instance lock."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import threading
import time
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import text

from netzwerk_app.app import AppContext
from netzwerk_app.domain import model as m
from netzwerk_app.domain.errors import AlreadyRunningError, BackupError, DatabaseLockedError
from netzwerk_app.infra.instance import InstanceLock
from netzwerk_app.storage import backup
from netzwerk_app.storage.db import Database


def test_every_connection_gets_the_pragmas(ctx: AppContext) -> None:
    with ctx.db.read() as session:
        conn = session.connection()
        values = {
            name: conn.execute(text(f"PRAGMA {name}")).scalar()
            for name in (
                "foreign_keys",
                "journal_mode",
                "synchronous",
                "busy_timeout",
                "secure_delete",
            )
        }
    assert values == {
        "foreign_keys": 1,
        "journal_mode": "wal",
        "synchronous": 2,
        "busy_timeout": 5000,
        "secure_delete": 1,
    }


def test_write_transactions_take_the_write_lock_up_front(ctx: AppContext) -> None:
    """BEGIN IMMEDIATE: a second writer waits and then gets a plain 'busy' message."""
    other = sqlite3.connect(ctx.paths.database, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        ctx.db.engine.dispose()
        short = Database(ctx.paths.database)
        # Shorten the wait on the pooled connection the next session will reuse.
        with short.engine.connect() as conn:
            conn.connection.driver_connection.execute("PRAGMA busy_timeout=300")  # type: ignore[union-attr]
        start = time.monotonic()
        with pytest.raises(DatabaseLockedError, match="busy"), short.write() as session:
            session.add(m.Network(name="never written"))
            session.flush()
        assert 0.25 < time.monotonic() - start < 5
        short.dispose()
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_readers_are_not_blocked_by_a_writer(ctx: AppContext) -> None:
    ctx.contacts.create(m.Contact(formatted_name="Özlem Yılmaz"))
    other = sqlite3.connect(ctx.paths.database, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        assert [s.contact.formatted_name for s in ctx.contacts.summaries()] == ["Özlem Yılmaz"]
    finally:
        other.execute("ROLLBACK")
        other.close()


def test_backup_while_another_connection_writes(ctx: AppContext, tmp_path: Path) -> None:
    db_path = ctx.paths.database
    with closing(sqlite3.connect(db_path)) as conn:
        conn.executemany(
            "INSERT INTO networks (name) VALUES (?)", [(f"before {i}",) for i in range(500)]
        )
        conn.commit()
    stop = threading.Event()

    def keep_writing() -> None:
        with closing(sqlite3.connect(db_path, timeout=10)) as conn:
            i = 0
            while not stop.is_set():
                conn.execute("INSERT INTO networks (name) VALUES (?)", (f"during {i}",))
                conn.commit()
                i += 1

    writer = threading.Thread(target=keep_writing)
    writer.start()
    try:
        made = backup.backup_database(db_path, tmp_path / "copy.sqlite3")
    finally:
        stop.set()
        writer.join()
    assert backup.integrity_ok(made)
    with closing(sqlite3.connect(made)) as conn:
        names = {row[0] for row in conn.execute("SELECT name FROM networks")}
    assert {f"before {i}" for i in range(500)} <= names
    assert not Path(str(made) + "-wal").exists()


def test_backup_of_a_garbage_file_is_refused_and_nothing_is_left(tmp_path: Path) -> None:
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"this is not a database" * 100)
    with pytest.raises(BackupError):
        backup.backup_database(garbage, tmp_path / "out.sqlite3")
    assert not (tmp_path / "out.sqlite3").exists()
    assert list(tmp_path.glob("*.partial")) == []


def test_second_instance_is_refused_and_a_crashed_one_does_not_block(tmp_path: Path) -> None:
    lock_path = tmp_path / "netzwerk.lock"
    # A child process takes the lock and is killed without cleaning up.
    child = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from pathlib import Path;"
            "from netzwerk_app.infra.instance import InstanceLock;"
            "InstanceLock(Path(sys.argv[1])).acquire(); print('locked', flush=True); time.sleep(60)",
            str(lock_path),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "locked"
    with pytest.raises(AlreadyRunningError, match="already running"):
        InstanceLock(lock_path).acquire()
    child.kill()
    child.wait()
    with InstanceLock(lock_path):
        pass  # the stale lock file is still there, but the lock is free
    assert lock_path.exists()


def test_restore_brings_back_a_backup_and_keeps_a_safety_copy(
    ctx: AppContext, tmp_path: Path
) -> None:
    ctx.contacts.create(m.Contact(formatted_name="Before Backup"))
    saved = ctx.backups.backup_now()
    ctx.contacts.create(m.Contact(formatted_name="After Backup"))
    safety = ctx.backups.restore(saved)
    assert [s.contact.formatted_name for s in ctx.contacts.summaries()] == ["Before Backup"]
    assert [h.formatted_name for h in ctx.contacts.search("after")] == []
    with closing(sqlite3.connect(safety)) as conn:
        names = {row[0] for row in conn.execute("SELECT formatted_name FROM contacts")}
    assert names == {"Before Backup", "After Backup"}


def test_restore_refuses_garbage_and_changes_nothing(ctx: AppContext, tmp_path: Path) -> None:
    ctx.contacts.create(m.Contact(formatted_name="Still Here"))
    bad = tmp_path / "bad.sqlite3"
    bad.write_bytes(b"garbage" * 500)
    with pytest.raises(BackupError, match="nothing was changed"):
        ctx.backups.restore(bad)
    assert [s.contact.formatted_name for s in ctx.contacts.summaries()] == ["Still Here"]
