"""Files only the user can read: folders 0700 and files 0600, whatever the umask.

Before, with the usual umask 022 the database, its -wal, backups, logs and settings
were 0644 and the folders 0755: every local user could read every contact.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from netzwerk_app.app import open_app
from netzwerk_app.domain import model as m
from netzwerk_app.infra.paths import AppPaths
from netzwerk_app.infra.settings import Settings, save_settings

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


@pytest.fixture
def umask_022() -> Iterator[None]:
    before = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(before)


def modes(base: Path) -> dict[str, str]:
    """Every folder and file below ``base`` with its permission bits, as text."""
    return {
        str(p.relative_to(base)): oct(stat.S_IMODE(p.lstat().st_mode))
        for p in sorted(base.rglob("*"))
    }


def use_the_app(paths: AppPaths, tmp_path: Path) -> None:
    ctx = open_app(paths)
    try:
        ctx.contacts.create(m.Contact(formatted_name="Clara Privat"))
        ctx.backups.backup_now()
        save_settings(paths.settings_file, Settings(language="de"))
        # an export lands where the user chose; it is theirs to share, and 0600 too
        export = tmp_path / "export.vcf"
        ctx.exporter.export(export)
        assert stat.S_IMODE(export.stat().st_mode) == 0o600
        # while the database is open, its -wal and -shm exist: they count too
        assert Path(f"{paths.database}-wal").exists()
        found = modes(paths.data_dir.parent)
    finally:
        ctx.close()
    check_private(found)


def check_private(found: dict[str, str]) -> None:
    assert found, "nothing was created"
    wrong = {name: mode for name, mode in found.items() if mode not in ("0o700", "0o600")}
    assert wrong == {}


def test_everything_the_app_makes_is_private_with_umask_022(
    app_paths: AppPaths, tmp_path: Path, umask_022: None
) -> None:
    use_the_app(app_paths, tmp_path)
    found = modes(app_paths.data_dir.parent)
    assert {"data", "backups", "logs", "config", "data/netzwerk.sqlite3"} <= found.keys()
    assert any(name.startswith("backups/netzwerk-") for name in found)
    assert "logs/netzwerk.log" in found and "config/settings.json" in found
    for folder in ("data", "backups", "logs", "config"):
        assert found[folder] == "0o700"
    check_private(found)


def test_an_older_installation_readable_by_others_is_fixed_at_the_next_start(
    app_paths: AppPaths, tmp_path: Path, umask_022: None
) -> None:
    use_the_app(app_paths, tmp_path)
    base = app_paths.data_dir.parent
    for path in [base / name for name in modes(base)]:  # as an older version left it
        path.chmod(0o755 if path.is_dir() else 0o644)
    owner_read_only = app_paths.backup_dir / "kept-read-only.sqlite3"
    owner_read_only.write_bytes(b"")
    owner_read_only.chmod(0o444)
    assert "0o644" in modes(base).values()

    open_app(app_paths).close()

    found = modes(base)
    assert found.pop("backups/kept-read-only.sqlite3") == "0o400"  # still read-only
    check_private(found)


def test_a_backup_is_private_even_without_the_apps_umask(
    app_paths: AppPaths, tmp_path: Path, umask_022: None
) -> None:
    ctx = open_app(app_paths)
    try:
        os.umask(0o022)  # as for a caller that never ran the app's start
        made = ctx.backups.backup_now(tmp_path / "elsewhere" / "copy.sqlite3")
    finally:
        ctx.close()
    assert oct(stat.S_IMODE(made.stat().st_mode)) == "0o600"
