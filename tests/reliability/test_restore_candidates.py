"""A restore that fails leaves the live database as it was; commands keep working.

Before, ``restore`` copied the file over the live database and migrated it there: a
file that failed to migrate left a database on which every command failed,
``restore`` included. Now the candidate is copied, checked and migrated beside the
database, and only a copy that came through replaces it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from reliability_helpers import assert_sound, names_in, run_cli

from netzwerk_app.app import open_app
from netzwerk_app.domain import model as m
from netzwerk_app.domain.errors import BackupError, NetzwerkError, SchemaTooNewError
from netzwerk_app.infra.paths import AppPaths
from netzwerk_app.storage import backup, migrate


def _sql(path: Path, *statements: str) -> None:
    with closing(sqlite3.connect(path)) as conn:
        for statement in statements:
            conn.execute(statement)
        conn.commit()


def bogus_version(good: Path, bad: Path) -> None:
    """Tables of today's schema, but a version that says 0001: the next step fails."""
    bad.write_bytes(good.read_bytes())
    _sql(bad, "UPDATE alembic_version SET version_num = '0001'")


def future_schema(good: Path, bad: Path) -> None:
    bad.write_bytes(good.read_bytes())
    _sql(bad, "UPDATE alembic_version SET version_num = '9999'")


def missing_table(good: Path, bad: Path) -> None:
    bad.write_bytes(good.read_bytes())
    _sql(bad, "PRAGMA foreign_keys=OFF", "DROP TABLE followups")


def other_program(_good: Path, bad: Path) -> None:
    _sql(bad, "CREATE TABLE songs (title TEXT)", "INSERT INTO songs VALUES ('Yesterday')")


def not_sqlite(_good: Path, bad: Path) -> None:
    bad.write_text("BEGIN:VCARD\r\nFN:Kein Backup\r\nEND:VCARD\r\n", "utf-8")


BAD_CANDIDATES: dict[str, tuple[Callable[[Path, Path], None], type[NetzwerkError], str]] = {
    "bogus_alembic_version": (bogus_version, BackupError, "could not be brought up"),
    "schema_from_the_future": (future_schema, SchemaTooNewError, "newer version"),
    "table_missing": (missing_table, BackupError, "the table followups is missing"),
    "another_programs_database": (other_program, BackupError, "is not a Netzwerk backup"),
    "not_sqlite": (not_sqlite, BackupError, "is not a readable Netzwerk backup"),
}


@pytest.fixture
def live(app_paths: AppPaths, tmp_path: Path) -> Path:
    """A database with Alt Bekannt and Neu Hinzu; returns a good backup of only Alt."""
    ctx = open_app(app_paths)
    try:
        ctx.contacts.create(m.Contact(formatted_name="Alt Bekannt"))
        good = ctx.backups.backup_now(tmp_path / "gut.sqlite3")
        ctx.contacts.create(m.Contact(formatted_name="Neu Hinzu"))
    finally:
        ctx.close()
    return good


@pytest.mark.parametrize("case", list(BAD_CANDIDATES))
def test_a_candidate_that_fails_leaves_the_database_untouched(
    app_paths: AppPaths, live: Path, tmp_path: Path, case: str
) -> None:
    make, error, words = BAD_CANDIDATES[case]
    bad = tmp_path / f"{case}.sqlite3"
    make(live, bad)
    ctx = open_app(app_paths, recovering=True)
    try:
        with pytest.raises(error, match=words) as caught:
            ctx.backups.restore(bad)
        assert str(caught.value).startswith(bad.name)
        assert str(caught.value).endswith("nothing was changed.")
        # still usable through the same context, nothing restored, no safety copy made
        assert [s.contact.display_name for s in ctx.contacts.summaries()] == [
            "Alt Bekannt",
            "Neu Hinzu",
        ]
        assert backup.list_backups(app_paths.backup_dir, "pre-restore") == []
    finally:
        ctx.close()
    assert sorted(names_in(app_paths.database)) == ["Alt Bekannt", "Neu Hinzu"]
    assert migrate.is_current(app_paths.database)
    assert_sound(app_paths.database)
    # no candidate copy is left in the data folder
    assert sorted(p.name for p in app_paths.data_dir.iterdir() if "restore" in p.name) == []


def test_after_a_failed_restore_every_command_works_and_a_good_restore_goes_through(
    app_paths: AppPaths, live: Path, tmp_path: Path
) -> None:
    base = app_paths.data_dir.parent
    bad = tmp_path / "kaputt.sqlite3"
    bogus_version(live, bad)
    failed = run_cli(base, "restore", str(bad))
    assert failed.returncode == 1 and "Traceback" not in failed.stderr
    assert failed.stderr.strip() == (
        f"netzwerk: {bad.name} could not be brought up to this version of Netzwerk; "
        "nothing was changed."
    )
    listed = run_cli(base, "contacts")
    assert listed.returncode == 0, listed.stderr
    assert "Alt Bekannt" in listed.stdout and "Neu Hinzu" in listed.stdout
    shown = run_cli(base, "show", "1")
    assert shown.returncode == 0 and "Alt Bekannt" in shown.stdout
    restored = run_cli(base, "restore", str(live))
    assert restored.returncode == 0, restored.stderr
    assert names_in(app_paths.database) == ["Alt Bekannt"]


def test_an_old_backup_is_migrated_on_its_copy_and_restored(
    app_paths: AppPaths, live: Path, tmp_path: Path
) -> None:
    old = tmp_path / "alt-0002.sqlite3"
    migrate.upgrade(old, tmp_path / "unused", target="0002")
    _sql(
        old,
        "INSERT INTO contacts (formatted_name, created_at, updated_at)"
        " VALUES ('Aus Alter Zeit', '2026-01-01 00:00:00', '2026-01-01 00:00:00')",
    )
    ctx = open_app(app_paths)
    try:
        ctx.backups.restore(old)
        assert [s.contact.display_name for s in ctx.contacts.summaries()] == ["Aus Alter Zeit"]
    finally:
        ctx.close()
    assert migrate.is_current(app_paths.database)
    assert migrate.current_revision(old) == "0002"  # the user's file itself is never changed
