"""Check 4, per revision: each migration step on a populated database with foreign keys.

tests/unit/storage/test_migrations.py runs the whole chain at once; here every step
runs on its own, so a later revision cannot hide a step that loses rows.
"""

from __future__ import annotations

import importlib.util
import sqlite3
from contextlib import closing
from pathlib import Path
from types import ModuleType

import pytest
from reliability_helpers import assert_sound

from netzwerk_app.storage import backup, migrate


def _unit_migration_tests() -> ModuleType:
    # Reuse the populated revision-0001 fixture instead of writing a second one.
    path = Path(__file__).resolve().parents[1] / "unit" / "storage" / "test_migrations.py"
    spec = importlib.util.spec_from_file_location("unit_test_migrations", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


UNIT = _unit_migration_tests()


def _chain() -> list[str]:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory(str(migrate.migrations_dir()))
    return [rev.revision for rev in reversed(list(script.walk_revisions()))]


STEPS = list(zip(_chain()[:-1], _chain()[1:], strict=True))


def _dump(path: Path) -> list[str]:
    with closing(sqlite3.connect(path)) as conn:
        return list(conn.iterdump())


def test_the_chain_has_every_revision() -> None:
    assert _chain()[0] == "0001" and _chain()[-1] == migrate.HEAD_REVISION
    assert len(STEPS) == len(_chain()) - 1 >= 2


def at_revision(tmp_path: Path, revision: str) -> Path:
    """A database of the first schema, filled, then upgraded to ``revision``."""
    db = tmp_path / "netzwerk.sqlite3"
    UNIT.make_rev1_database(db)
    migrate.upgrade(db, tmp_path / "setup-backups", target=revision)
    return db


@pytest.mark.parametrize(("before", "after"), STEPS, ids=[f"{a}-{b}" for a, b in STEPS])
def test_each_step_keeps_rows_and_links_and_backs_up_first(
    tmp_path: Path, before: str, after: str
) -> None:
    db = at_revision(tmp_path, before)
    counts = UNIT.counts(db)
    assert min(counts.values()) > 0

    result = migrate.upgrade(db, tmp_path / "backups", target=after)

    assert (result.from_revision, result.to_revision) == (before, after)
    assert UNIT.counts(db) == counts
    assert_sound(db)
    assert result.backup is not None and backup.integrity_ok(result.backup)
    assert migrate.current_revision(result.backup) == before
    assert UNIT.counts(result.backup) == counts


@pytest.mark.parametrize(("before", "after"), STEPS, ids=[f"{a}-{b}" for a, b in STEPS])
def test_an_exception_in_each_step_leaves_the_database_unchanged(
    tmp_path: Path, before: str, after: str
) -> None:
    db = at_revision(tmp_path, before)
    snapshot = _dump(db)

    def explode(**_kwargs: object) -> None:
        raise RuntimeError("power cut")

    with pytest.raises(RuntimeError, match="power cut"):
        migrate.upgrade(db, tmp_path / "backups", target=after, on_version_apply=explode)
    assert _dump(db) == snapshot
    assert migrate.current_revision(db) == before
