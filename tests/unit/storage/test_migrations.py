"""Migrations on a populated database: nothing lost, nothing half-done, no downgrade."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import create_engine

from netzwerk_app.domain.errors import MigrationError, SchemaTooNewError
from netzwerk_app.storage import backup, migrate
from netzwerk_app.storage.schema import metadata

TABLES = (
    "contacts",
    "networks",
    "events",
    "encounters",
    "followups",
    "consistency_notes",
    "referrals",
    "one_to_ones",
)


def make_rev1_database(path: Path, contacts: int = 25) -> None:
    """A database as the first released schema left it, with parents and children."""
    migrate.upgrade(path, path.parent / "unused-backups", target="0001")
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA foreign_keys=ON")
        conn.execute("INSERT INTO networks (id, name) VALUES (1, 'BNI Chapter Isartal')")
        conn.execute(
            'INSERT INTO events (id, network_id, title, start, "end") '
            "VALUES (1, 1, 'Frühstück', '2026-11-24 06:45:00', '2026-11-24 08:45:00')"
        )
        for i in range(1, contacts + 1):
            # Revision 0001 allowed a missing formatted name; 0002 must keep such rows.
            name = None if i % 5 == 0 else f"Jürgen Müller {i}"
            conn.execute(
                "INSERT INTO contacts (id, formatted_name, family_name, emails) VALUES (?, ?, ?, ?)",
                (i, name, "Müller", f'[{{"value": "j{i}@example.de", "types": [], "label": ""}}]'),
            )
            conn.execute(
                "INSERT INTO encounters (event_id, contact_id, pitch) VALUES (1, ?, 'Steuern')",
                (i,),
            )
            conn.execute(
                "INSERT INTO followups (contact_id, event_id, kind, channel, due_at) "
                "VALUES (?, 1, 'connection_request', 'linkedin', '2026-11-25 07:30:00')",
                (i,),
            )
            conn.execute(
                "INSERT INTO consistency_notes (contact_id, verdict) VALUES (?, 'mismatch')", (i,)
            )
            conn.execute(
                "INSERT INTO referrals (contact_id, direction, referred_on) VALUES (?, 'given', '2026-11-01')",
                (i,),
            )
            conn.execute(
                "INSERT INTO one_to_ones (contact_id, scheduled_at) VALUES (?, '2026-12-01 09:00:00')",
                (i,),
            )
        conn.commit()


def counts(path: Path) -> dict[str, int]:
    with closing(sqlite3.connect(path)) as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def dump(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as conn:
        return list(conn.iterdump())


def test_head_revision_constant_matches_alembic() -> None:
    assert migrate.script_head() == migrate.HEAD_REVISION


def test_upgrade_keeps_every_row_and_makes_a_verified_backup(tmp_path: Path) -> None:
    db = tmp_path / "netzwerk.sqlite3"
    make_rev1_database(db)
    before = counts(db)
    assert before["encounters"] == 25

    result = migrate.upgrade(db, tmp_path / "backups")

    assert (result.from_revision, result.to_revision) == ("0001", migrate.HEAD_REVISION)
    assert counts(db) == before
    with closing(sqlite3.connect(db)) as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        # The rebuilt table got the new constraint and the empty names became ''.
        assert (
            conn.execute("SELECT count(*) FROM contacts WHERE formatted_name = ''").fetchone()[0]
            == 5
        )
        with pytest.raises(sqlite3.IntegrityError):
            conn.execute("INSERT INTO contacts (formatted_name) VALUES (NULL)")
    assert result.backup is not None and result.backup.exists()
    assert backup.integrity_ok(result.backup)
    assert counts(result.backup) == before
    assert migrate.current_revision(result.backup) == "0001"


def test_failure_halfway_leaves_the_database_exactly_as_before(tmp_path: Path) -> None:
    db = tmp_path / "netzwerk.sqlite3"
    make_rev1_database(db)
    before = dump(db)

    def explode(*, ctx: object, step: object, heads: object, run_args: object) -> None:
        # Called after revision 0002 rebuilt the contacts table, before the commit.
        raise RuntimeError("power cut")

    with pytest.raises(RuntimeError, match="power cut"):
        migrate.upgrade(db, tmp_path / "backups", on_version_apply=explode)

    assert dump(db) == before
    assert migrate.current_revision(db) == "0001"
    # And the real upgrade still works afterwards.
    migrate.upgrade(db, tmp_path / "backups")
    assert migrate.current_revision(db) == migrate.HEAD_REVISION


def test_foreign_key_problems_abort_the_migration(tmp_path: Path) -> None:
    db = tmp_path / "netzwerk.sqlite3"
    make_rev1_database(db, contacts=3)
    with closing(sqlite3.connect(db)) as conn:  # foreign keys off: an orphan slips in
        conn.execute("INSERT INTO encounters (event_id, contact_id) VALUES (1, 999)")
        conn.commit()
    assert_refused_untouched(db, tmp_path / "backups", MigrationError, "nothing was changed")


def assert_refused_untouched(db: Path, backups: Path, error: type[Exception], match: str) -> None:
    """The upgrade refuses with ``error`` (its sentence matching) and changes nothing."""
    before = dump(db)
    with pytest.raises(error, match=match):
        migrate.upgrade(db, backups)
    assert dump(db) == before


def test_database_from_a_newer_app_is_refused(tmp_path: Path) -> None:
    db = tmp_path / "netzwerk.sqlite3"
    migrate.upgrade(db, tmp_path / "backups")
    with closing(sqlite3.connect(db)) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()
    assert_refused_untouched(
        db, tmp_path / "backups", SchemaTooNewError, "newer version of Netzwerk"
    )


def test_only_the_last_ten_migration_backups_are_kept(tmp_path: Path) -> None:
    backups = tmp_path / "backups"
    for _ in range(12):
        db = tmp_path / "netzwerk.sqlite3"
        db.unlink(missing_ok=True)
        make_rev1_database(db, contacts=1)
        migrate.upgrade(db, backups)
    assert len(backup.list_backups(backups, migrate.PRE_MIGRATION)) == 10


def test_a_foreign_sqlite_file_is_not_touched(tmp_path: Path) -> None:
    db = tmp_path / "other.sqlite3"
    with closing(sqlite3.connect(db)) as conn:
        conn.execute("CREATE TABLE photos (id INTEGER)")
        conn.commit()
    with pytest.raises(MigrationError, match="not a Netzwerk database"):
        migrate.upgrade(db, tmp_path / "backups")


def test_migrated_schema_matches_the_mapped_tables(tmp_path: Path) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    db = tmp_path / "netzwerk.sqlite3"
    migrate.upgrade(db, tmp_path / "backups")
    engine = create_engine(f"sqlite:///{db}")
    with engine.connect() as conn:
        # The FTS5 virtual table and its shadow tables are not modelled by SQLAlchemy.
        opts = {"include_name": lambda name, kind, _p: not str(name).startswith("contact_search")}
        diff = compare_metadata(MigrationContext.configure(conn, opts=opts), metadata)
    engine.dispose()
    assert diff == []
