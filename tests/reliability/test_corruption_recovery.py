"""Check 3: starting on a truncated or garbage database file."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
from reliability_helpers import assert_sound, names_in, people, run_cli

from netzwerk_app.app import open_app
from netzwerk_app.domain.errors import DatabaseRecoveryNeeded
from netzwerk_app.infra.paths import AppPaths
from netzwerk_app.storage import backup


def _populated(paths: AppPaths, tmp_path: Path, count: int = 2000) -> Path:
    """A database of ``count`` people and a verified manual backup of it."""
    ctx = open_app(paths)
    source = tmp_path / "people.vcf"
    source.write_text(people(count), encoding="utf-8", newline="")
    assert len(ctx.importer.import_files([source]).imported) == count
    made = ctx.backups.backup_now()
    ctx.close()
    return made


def click_in_recovery_dialog(button: str, seen: list[str] | None = None) -> None:
    """Once the recovery dialog is up, note its text and click ``button`` (a user's answer)."""
    from netzwerk_app.gui.dialogs import recovery_dialog
    from netzwerk_app.gui.qt import QApplication, QTimer

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, recovery_dialog.RecoveryDialog):
            QTimer.singleShot(20, answer)
            return
        if seen is not None:
            seen.append(dialog.text())
        chosen = getattr(dialog, button)
        assert chosen is not None
        chosen.click()

    QTimer.singleShot(0, answer)


def _digests(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(folder.iterdir())}


def _truncate(path: Path) -> bytes:
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    return data[: len(data) // 2]


def _garbage(path: Path) -> bytes:
    data = b"\x00garbage, not a database\xff" * 4096
    path.write_bytes(data)
    return data


def _emptied(path: Path) -> bytes:
    path.write_bytes(b"")
    return b""


@pytest.mark.parametrize(
    "damage", [_truncate, _garbage, _emptied], ids=["truncated", "garbage", "empty"]
)
def test_cli_keeps_the_file_aside_and_names_the_newest_good_backup(
    app_paths: AppPaths, tmp_path: Path, damage: Any
) -> None:
    good = _populated(app_paths, tmp_path)
    # A newer backup that is itself damaged must not be the one offered.
    broken = app_paths.backup_dir / backup.backup_name("manual")
    broken.write_bytes(good.read_bytes()[:8192])
    damaged_bytes = damage(app_paths.database)
    backups_before = _digests(app_paths.backup_dir)

    done = run_cli(app_paths.data_dir.parent, "contacts")
    assert done.returncode == 1
    message = done.stderr.strip()
    assert message.count("\n") == 0, message  # one plain sentence, no traceback
    basedir = app_paths.data_dir.parent
    assert f"netzwerk --basedir {basedir} restore {good}" in message  # copy-paste ready
    assert str(broken) not in message
    kept = list(app_paths.data_dir.glob("netzwerk.sqlite3.*.corrupt"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged_bytes
    assert str(kept[0]) in message
    assert _digests(app_paths.backup_dir) == backups_before  # nothing overwritten

    # Asked again, not quietly started empty, until the user answers.
    again = run_cli(app_paths.data_dir.parent, "contacts")
    assert again.returncode == 1 and f"restore {good}" in again.stderr
    assert not app_paths.database.exists()

    restored = run_cli(app_paths.data_dir.parent, "restore", str(good))
    assert restored.returncode == 0, restored.stderr
    assert len(names_in(app_paths.database)) == 2000
    assert_sound(app_paths.database)
    assert kept[0].read_bytes() == damaged_bytes  # still there for rescue tools


def test_without_any_backup_the_cli_says_so_and_keeps_the_file(app_paths: AppPaths) -> None:
    app_paths.ensure()
    damaged = _garbage(app_paths.database)
    done = run_cli(app_paths.data_dir.parent, "contacts")
    assert done.returncode == 1 and "no backup" in done.stderr
    kept = list(app_paths.data_dir.glob("*.corrupt"))
    assert [k.read_bytes() for k in kept] == [damaged]


def test_the_service_raises_a_typed_error_with_the_paths(
    app_paths: AppPaths, tmp_path: Path
) -> None:
    good = _populated(app_paths, tmp_path, 300)
    _truncate(app_paths.database)
    with pytest.raises(DatabaseRecoveryNeeded) as caught:
        open_app(app_paths)
    assert caught.value.backup == good
    assert Path(str(caught.value.corrupt_copy)).exists()
    assert not app_paths.database.exists()


def test_gui_offers_the_backup_before_the_main_window_and_restores_on_yes(
    app_paths: AppPaths, tmp_path: Path, qtbot: Any
) -> None:
    from netzwerk_app.gui.dialogs import recovery_dialog
    from netzwerk_app.gui.main import create_application

    good = _populated(app_paths, tmp_path, 300)
    _garbage(app_paths.database)
    with pytest.raises(DatabaseRecoveryNeeded) as caught:
        open_app(app_paths)
    create_application(app_paths, "en")
    shown: list[str] = []

    click_in_recovery_dialog("restore_button", shown)
    assert recovery_dialog.resolve(app_paths, caught.value)
    assert str(good) in shown[0] and ".corrupt" in shown[0]
    ctx = open_app(app_paths)
    try:
        assert ctx.contacts.count() == 300
    finally:
        ctx.close()


def test_gui_quit_restores_nothing(app_paths: AppPaths, tmp_path: Path, qtbot: Any) -> None:
    from netzwerk_app.gui.dialogs import recovery_dialog
    from netzwerk_app.gui.main import create_application

    _populated(app_paths, tmp_path, 50)
    _truncate(app_paths.database)
    with pytest.raises(DatabaseRecoveryNeeded) as caught:
        open_app(app_paths)
    create_application(app_paths, "en")

    click_in_recovery_dialog("quit_button")
    assert not recovery_dialog.resolve(app_paths, caught.value)
    assert not app_paths.database.exists()
    with pytest.raises(DatabaseRecoveryNeeded):  # the next start asks again
        open_app(app_paths)


def test_gui_start_empty_is_a_choice_that_sticks(
    app_paths: AppPaths, tmp_path: Path, qtbot: Any
) -> None:
    from netzwerk_app.gui.dialogs import recovery_dialog
    from netzwerk_app.gui.main import create_application

    _populated(app_paths, tmp_path, 50)
    damaged = _garbage(app_paths.database)
    with pytest.raises(DatabaseRecoveryNeeded) as caught:
        open_app(app_paths)
    create_application(app_paths, "en")

    click_in_recovery_dialog("empty_button")
    assert recovery_dialog.resolve(app_paths, caught.value)
    ctx = open_app(app_paths)
    try:
        assert ctx.contacts.count() == 0
    finally:
        ctx.close()
    assert Path(str(caught.value.corrupt_copy)).read_bytes() == damaged  # still kept


def test_the_gui_start_asks_before_the_main_window_gets_any_data(
    app_paths: AppPaths, tmp_path: Path, qtbot: Any
) -> None:
    import argparse

    from netzwerk_app.gui.dialogs import recovery_dialog
    from netzwerk_app.gui.main import run_gui
    from netzwerk_app.gui.main_window import MainWindow
    from netzwerk_app.gui.qt import QApplication, QTimer

    _populated(app_paths, tmp_path, 40)
    _truncate(app_paths.database)
    asked: list[str] = []
    behind: list[tuple[bool, bool]] = []  # the window shown under the question

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, recovery_dialog.RecoveryDialog):
            QTimer.singleShot(20, answer)
            return
        asked.append(dialog.text())
        shown = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
        ]
        behind.extend((w.ready, w.import_action.isEnabled()) for w in shown)
        assert dialog.restore_button is not None
        dialog.restore_button.click()

    QTimer.singleShot(0, answer)
    args = argparse.Namespace(quit_after=300, no_err_windows=True, verbose=False)
    assert run_gui(app_paths, args) == 0  # then the main window filled and closed
    assert len(asked) == 1
    # Shown, but nothing in it to act on until the answer: no pages, no import.
    assert behind == [(False, False)]
    assert len(names_in(app_paths.database)) == 40
