"""A read-only database or data folder is said in one plain sentence.

Before, ``netzwerk contact add`` on a read-only database printed
``unexpected error (OperationalError('... attempt to write a readonly database'))``.

The tests run as root in CI, for whom permission bits do not stop a write; there
the file or folder is made immutable (``chattr +i``), which stops root too. As a
normal user ``chmod`` does it. Where neither is possible the CLI tests are skipped;
the translation of SQLite's own read-only error is tested on a real ``mode=ro``
connection in any case.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

import pytest
from reliability_helpers import names_in, run_cli

from netzwerk_app.app import open_app
from netzwerk_app.domain import model as m
from netzwerk_app.domain.errors import ReadOnlyError
from netzwerk_app.infra.paths import AppPaths
from netzwerk_app.storage.db import translate_error

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


@contextmanager
def read_only(path: Path) -> Iterator[None]:
    """``path`` cannot be written while inside, by root neither."""
    if os.geteuid() != 0:
        mode = path.stat().st_mode
        path.chmod(0o555 if path.is_dir() else 0o444)
        try:
            yield
        finally:
            path.chmod(mode)
        return
    chattr = shutil.which("chattr")
    if chattr is None or subprocess.run([chattr, "+i", str(path)], check=False).returncode:
        pytest.skip("running as root without chattr +i: nothing makes a file read-only")
    try:
        yield
    finally:
        subprocess.run([chattr, "-i", str(path)], check=True)


@pytest.fixture
def filled(app_paths: AppPaths) -> AppPaths:
    ctx = open_app(app_paths)
    try:
        ctx.contacts.create(m.Contact(formatted_name="Anna Lesbar"))
    finally:
        ctx.close()
    return app_paths


def test_sqlites_read_only_error_becomes_the_sentence(tmp_path: Path) -> None:
    path = tmp_path / "netzwerk.sqlite3"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE t (x)")
    with (
        closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as conn,
        pytest.raises(sqlite3.OperationalError) as caught,
    ):
        conn.execute("INSERT INTO t VALUES (1)")
    error = translate_error(caught.value, path)
    assert isinstance(error, ReadOnlyError)
    assert str(error) == f"The database {path} is read-only; check the file's permissions."


def test_a_read_only_database_file_is_said_by_the_cli(filled: AppPaths) -> None:
    base, db = filled.data_dir.parent, filled.database
    with read_only(db):
        for command in (["contacts"], ["contact", "add", "--name", "Bernd Neu"]):
            done = run_cli(base, *command)
            assert done.returncode == 1, command
            assert done.stderr == (
                f"netzwerk: The database {db} is read-only; check the file's permissions.\n"
            )
    assert names_in(db) == ["Anna Lesbar"]
    assert run_cli(base, "contact", "add", "--name", "Bernd Neu").returncode == 0


def test_a_read_only_data_folder_is_said_by_the_cli(filled: AppPaths) -> None:
    base = filled.data_dir.parent
    for extra in ("-wal", "-shm"):  # as after a clean shut-down
        Path(f"{filled.database}{extra}").unlink(missing_ok=True)
    with read_only(filled.data_dir):
        done = run_cli(base, "contacts")
    assert done.returncode == 1 and "Traceback" not in done.stderr
    assert done.stderr == (
        f"netzwerk: The folder {filled.data_dir} is read-only; check its permissions.\n"
    )
    assert filled.database.exists()  # not taken for damage and moved aside


def test_the_gui_start_shows_the_sentence(filled: AppPaths, qtbot: Any) -> None:
    from netzwerk_app.gui.main import run_gui
    from netzwerk_app.gui.qt import QApplication, QMessageBox, QTimer

    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, answer)
            return
        seen.append(box.text())
        box.accept()

    args = argparse.Namespace(quit_after=300, no_err_windows=False, verbose=False, files=[])
    with read_only(filled.database):
        QTimer.singleShot(0, answer)
        with pytest.raises(ReadOnlyError):
            run_gui(filled, args)
    assert seen == [f"The database {filled.database} is read-only; check the file's permissions."]
