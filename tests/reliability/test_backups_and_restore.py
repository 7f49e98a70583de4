"""Check 2: backups under load, daily rotation, restore from CLI and GUI, never a file copy."""

from __future__ import annotations

import os
import shutil
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from reliability_helpers import assert_sound, names_in, run_cli

from netzwerk_app.app import AppContext, open_app
from netzwerk_app.domain import model as m
from netzwerk_app.domain.errors import DatabaseRecoveryNeeded
from netzwerk_app.infra.clock import FixedClock
from netzwerk_app.infra.paths import AppPaths
from netzwerk_app.infra.settings import Settings, save_settings
from netzwerk_app.services.backups import BackupService, RotationPolicy
from netzwerk_app.storage import backup, migrate

REPO_ROOT = Path(__file__).resolve().parents[2]


def test_backup_while_another_connection_writes_holds_every_row_committed_before(
    ctx: AppContext, tmp_path: Path
) -> None:
    committed = [0]
    stop = threading.Event()

    def keep_writing() -> None:
        # A second connection of the app's own kind (WAL, busy timeout) adds people.
        with closing(ctx.db.raw()) as conn:
            i = 0
            while not stop.is_set() or i < 200:
                conn.execute("BEGIN IMMEDIATE")
                conn.execute("INSERT INTO contacts (formatted_name) VALUES (?)", (f"W {i}",))
                conn.execute("COMMIT")
                i += 1
                committed[0] = i

    writer = threading.Thread(target=keep_writing)
    writer.start()
    try:
        while committed[0] < 200:
            stop.wait(0.001)
        before = committed[0]
        made = ctx.backups.backup_now(tmp_path / "during.sqlite3")
    finally:
        stop.set()
        writer.join()
    assert_sound(made)
    saved = set(names_in(made))
    assert {f"W {i}" for i in range(before)} <= saved
    assert not Path(f"{made}-wal").exists()


def _stamps(days: int, end: datetime) -> Iterator[datetime]:
    for back in range(days, -1, -1):
        yield end - timedelta(days=back)


def test_daily_backups_rotate_7_daily_4_weekly_6_monthly(ctx: AppContext) -> None:
    ctx.contacts.create(m.Contact(formatted_name="Kept Safe"))
    end = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
    made = [ctx.backups.auto_backup_if_due(now) for now in _stamps(400, end)]
    assert all(made)  # one a day, every day the app was started
    # A second start on the same day makes none.
    assert ctx.backups.auto_backup_if_due(end + timedelta(hours=5)) is None
    kept = backup.list_backups(ctx.paths.backup_dir, backup.AUTOMATIC)
    days = sorted({t.date() for p in kept if (t := backup.backup_time(p))})
    # the last 7 days ...
    assert [end.date() - timedelta(days=i) for i in range(7)] == sorted(days, reverse=True)[:7]
    weeks = {d.isocalendar()[:2] for d in days}
    months = {(d.year, d.month) for d in days}
    assert len(weeks) >= 4 and len(months) >= 6
    # ... and nothing else: 7 daily + at most 4 weekly + 6 monthly, overlapping.
    assert 7 < len(kept) <= 7 + 4 + 6
    oldest = min(days)
    assert (end.date() - oldest).days < 7 * 31  # older ones rotated out
    for path in kept:
        assert backup.integrity_ok(path)
        assert names_in(path) == ["Kept Safe"]


def test_rotation_is_configurable_in_the_settings(app_paths: AppPaths) -> None:
    app_paths.ensure()
    save_settings(
        app_paths.settings_file,
        Settings(backup_keep_daily=2, backup_keep_weekly=0, backup_keep_monthly=0),
    )
    ctx = open_app(app_paths)
    try:
        assert ctx.backups.policy == RotationPolicy(2, 0, 0)
        end = datetime(2026, 11, 27, 9, 0, tzinfo=UTC)
        for now in _stamps(10, end):
            ctx.backups.auto_backup_if_due(now)
        kept = backup.list_backups(app_paths.backup_dir, backup.AUTOMATIC)
        assert [backup.backup_time(p) for p in kept] == [end - timedelta(days=1), end]
    finally:
        ctx.close()


def test_the_app_start_makes_the_daily_backup_once(app_paths: AppPaths) -> None:
    open_app(app_paths).close()  # a new, empty database: nothing to back up yet
    assert backup.list_backups(app_paths.backup_dir, backup.AUTOMATIC) == []
    ctx = open_app(app_paths)
    ctx.contacts.create(m.Contact(formatted_name="Erika Musterfrau"))
    ctx.close()
    for _ in range(2):
        open_app(app_paths).close()
    autos = backup.list_backups(app_paths.backup_dir, backup.AUTOMATIC)
    assert len(autos) == 1 and backup.integrity_ok(autos[0])


def test_restore_from_the_cli_backs_up_the_current_state_first(
    app_paths: AppPaths, tmp_path: Path
) -> None:
    ctx = open_app(app_paths)
    ctx.contacts.create(m.Contact(formatted_name="Alt Bekannt"))
    saved = ctx.backups.backup_now(tmp_path / "saved.sqlite3")
    ctx.contacts.create(m.Contact(formatted_name="Neu Hinzu"))
    ctx.close()

    done = run_cli(app_paths.data_dir.parent, "restore", str(saved))
    assert done.returncode == 0, done.stderr
    assert "Restored" in done.stdout
    assert names_in(app_paths.database) == ["Alt Bekannt"]
    safety = backup.list_backups(app_paths.backup_dir, "pre-restore")
    assert len(safety) == 1 and sorted(names_in(safety[0])) == ["Alt Bekannt", "Neu Hinzu"]
    assert_sound(app_paths.database)


def test_restore_from_the_gui_backs_up_first(
    ctx: AppContext, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from netzwerk_app.gui.dialogs.settings_dialog import SettingsDialog
    from netzwerk_app.gui.main import create_application
    from netzwerk_app.gui.qt import QFileDialog, QMessageBox
    from netzwerk_app.gui.tasks import TaskRunner

    ctx.contacts.create(m.Contact(formatted_name="Alt Bekannt"))
    saved = ctx.backups.backup_now(tmp_path / "saved.sqlite3")
    ctx.contacts.create(m.Contact(formatted_name="Neu Hinzu"))
    create_application(ctx.paths, "en")
    tasks = TaskRunner()
    dialog = SettingsDialog(ctx.settings, ctx.paths.data_dir, ctx.backups, tasks)
    qtbot.addWidget(dialog)
    # The user picks the file and answers Yes: Qt's own modal dialogs, answered here.
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(saved), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.restore_button.click()
    qtbot.waitUntil(lambda: "Restored" in dialog.backup_status.text(), timeout=10000)
    tasks.wait()
    assert [s.contact.formatted_name for s in ctx.contacts.summaries()] == ["Alt Bekannt"]
    safety = backup.list_backups(ctx.paths.backup_dir, "pre-restore")
    assert len(safety) == 1 and sorted(names_in(safety[0])) == ["Alt Bekannt", "Neu Hinzu"]


# --- never a plain file copy of the database -------------------------------------------

_COPIERS = [
    (shutil, "copy"),
    (shutil, "copy2"),
    (shutil, "copyfile"),
    (shutil, "copyfileobj"),
    (shutil, "move"),
    (os, "link"),
    (os, "sendfile"),
    (os, "copy_file_range"),
]


@pytest.fixture
def no_file_copies(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every way Python copies a file's bytes, made to fail loudly (the OS boundary)."""
    calls: list[str] = []
    for module, name in _COPIERS:
        if not hasattr(module, name):
            continue

        def refuse(*args: Any, _name: str = name, **kwargs: Any) -> Any:
            calls.append(_name)
            raise AssertionError(f"{_name} used on the database: {args[:2]}")

        monkeypatch.setattr(module, name, refuse)
    # ... and the hand-made copy: reading a whole database file into memory.
    read_bytes = Path.read_bytes

    def read_checked(self: Path) -> bytes:
        if self.suffix == ".sqlite3" or ".sqlite3" in self.name:
            calls.append(f"read_bytes {self.name}")
            raise AssertionError(f"database file read whole: {self}")
        return read_bytes(self)

    monkeypatch.setattr(Path, "read_bytes", read_checked)
    return calls


def test_backup_restore_and_migration_never_copy_the_file(
    app_paths: AppPaths, tmp_path: Path, no_file_copies: list[str], clock: FixedClock
) -> None:
    ctx = open_app(app_paths, clock=clock)
    ctx.contacts.create(m.Contact(formatted_name="Kein Dateikopie"))
    made = ctx.backups.backup_now()
    ctx.backups.auto_backup_if_due(clock.now() + timedelta(days=2))
    ctx.backups.restore(made)
    ctx.close()
    # recovery from a damaged file: set aside by rename, restored through the API
    os.truncate(app_paths.database, app_paths.database.stat().st_size // 2)
    with pytest.raises(DatabaseRecoveryNeeded):
        open_app(app_paths)
    ctx = open_app(app_paths, recovering=True)
    ctx.backups.restore(made)
    ctx.close()
    old = tmp_path / "old.sqlite3"
    migrate.upgrade(old, tmp_path / "b", target="0001")
    migrate.upgrade(old, tmp_path / "b")
    assert no_file_copies == []


def test_no_code_copies_a_database_file_with_a_file_copy() -> None:
    # The patch above catches the paths the tests run; this catches the others.
    offenders = []
    for path in (REPO_ROOT / "netzwerk_app").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for needle in ("shutil.copy", "copyfile", "copyfileobj", "shutil.move", "copy_file_range"):
            if needle in text:
                offenders.append(f"{path.relative_to(REPO_ROOT)}: {needle}")
    assert offenders == []


def test_a_backup_that_fails_its_check_is_never_offered(ctx: AppContext) -> None:
    good = ctx.backups.backup_now()
    newer = (backup.backup_time(good) or ctx.clock.now()) + timedelta(days=1)
    bad = ctx.paths.backup_dir / backup.backup_name("manual", newer)
    bad.write_bytes(good.read_bytes()[:4096])  # truncated
    from netzwerk_app.services.recovery import newest_good_backup

    assert newest_good_backup(ctx.paths.backup_dir) == good
    with pytest.raises(sqlite3.DatabaseError), closing(sqlite3.connect(bad)) as conn:
        conn.execute("SELECT count(*) FROM contacts").fetchall()


def test_backup_service_with_a_custom_policy(ctx: AppContext) -> None:
    service = BackupService(ctx.db, ctx.paths.backup_dir, RotationPolicy(1, 1, 1))
    end = datetime(2026, 11, 27, tzinfo=UTC)
    for now in _stamps(60, end):
        service.auto_backup_if_due(now)
    kept = backup.list_backups(ctx.paths.backup_dir, backup.AUTOMATIC)
    assert [backup.backup_time(p) for p in kept] == [end]
