"""A normal start loads only what it uses: Alembic only when a migration is due, the
QR and calendar libraries only when a code or a calendar is made (checked in a fresh
interpreter each, as the user's process starts)."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from netzwerk_app.app import open_app
from netzwerk_app.infra.paths import AppPaths
from netzwerk_app.storage import migrate

REPO_ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("alembic", "qrcode", "PIL", "icalendar", "zxingcpp")

OPEN_APP = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from netzwerk_app.app import open_app
    from netzwerk_app.infra.paths import under_basedir

    open_app(under_basedir(Path(sys.argv[1]))).close()
    print("LOADED", *sorted(m for m in sys.argv[2:] if m in sys.modules))
    """
)

WINDOW = textwrap.dedent(
    """
    import sys
    from netzwerk_app.cli import main

    status = main(["--basedir", sys.argv[1], "--no-err-windows", "gui"])
    print("LOADED", *sorted(m for m in sys.argv[2:] if m in sys.modules))
    sys.exit(status)
    """
)


def _child(script: str, basedir: Path, **env: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", script, str(basedir), *HEAVY],
        capture_output=True,
        text=True,
        timeout=180,
        cwd=REPO_ROOT,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", **env),
    )
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    loaded = next(ln for ln in lines if ln.startswith("LOADED"))
    return lines[:-1] + loaded.split()[1:]


@pytest.fixture
def current(app_paths: AppPaths) -> AppPaths:
    open_app(app_paths).close()
    assert migrate.current_revision(app_paths.database) == migrate.HEAD_REVISION
    return app_paths


def test_a_current_database_opens_without_alembic(current: AppPaths) -> None:
    assert _child(OPEN_APP, current.data_dir.parent) == []


def test_a_database_due_for_a_migration_loads_alembic_and_is_migrated(
    app_paths: AppPaths,
) -> None:
    app_paths.ensure()
    migrate.upgrade(app_paths.database, app_paths.backup_dir, target="0001")
    assert _child(OPEN_APP, app_paths.data_dir.parent) == ["alembic"]
    assert migrate.current_revision(app_paths.database) == migrate.HEAD_REVISION


def test_the_window_paints_without_alembic_qr_or_calendar_libraries(current: AppPaths) -> None:
    out = _child(WINDOW, current.data_dir.parent, NETZWERK_REPORT_FIRST_PAINT="1")
    assert out[0].startswith("first-paint ")  # the benchmark's report: the window was drawn
    assert out[1:] == []


def test_the_window_paints_before_sqlalchemy_and_the_services_are_imported(
    current: AppPaths,
) -> None:
    """``-X importtime`` writes a line as each module is loaded; on the same pipe as the
    first-paint report, everything of the database comes after the window was drawn."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", WINDOW, str(current.data_dir.parent)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        timeout=180,
        cwd=REPO_ROOT,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen", NETZWERK_REPORT_FIRST_PAINT="1"),
    )
    assert done.returncode == 0, done.stdout[-3000:]
    lines = done.stdout.splitlines()
    painted = next(i for i, ln in enumerate(lines) if ln.startswith("first-paint "))
    loaded = [ln.rsplit("|", 1)[-1].strip() for ln in lines if ln.startswith("import time:")]
    before = [ln.rsplit("|", 1)[-1].strip() for ln in lines[:painted] if "|" in ln]
    database = ("sqlalchemy", "netzwerk_app.app", "netzwerk_app.storage", "netzwerk_app.services")
    assert {"sqlalchemy", "netzwerk_app.app", "netzwerk_app.storage.db"} <= set(loaded)
    assert [name for name in before if name.startswith(database)] == []
    assert "PySide6.QtWidgets" in before and "netzwerk_app.gui.main_window" in before


SHELL_WINDOW = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6 import QtCore, QtWidgets
    from netzwerk_app.gui import first_paint
    from netzwerk_app.gui.main import MainWindow, create_application
    from netzwerk_app.gui.tasks import TaskRunner
    from netzwerk_app.infra.paths import under_basedir

    paths = under_basedir(Path(sys.argv[1]))
    app = create_application(paths, "de")
    window = MainWindow(None, TaskRunner(), "de", paths)

    def painted():
        # PySide6 builds a class's enums on its first use: Qt's namespace and QStyle
        # take 7-20 ms each, which the start must not spend before its first paint.
        print("BUILT", "Qt" in vars(QtCore), "QStyle" in vars(QtWidgets))
        app.quit()

    first_paint.after_first_paint(window, painted)
    window.show()
    app.exec()
    """
)


def test_the_start_window_paints_without_building_qt_namespace_or_qstyle(
    app_paths: AppPaths,
) -> None:
    done = subprocess.run(
        [sys.executable, "-c", SHELL_WINDOW, str(app_paths.data_dir.parent)],
        capture_output=True,
        text=True,
        timeout=120,
        cwd=REPO_ROOT,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
    )
    assert done.returncode == 0, done.stderr
    assert "BUILT False False" in done.stdout.splitlines()


def test_the_version_is_the_installed_packages_without_importlib_metadata() -> None:
    from importlib.metadata import version

    done = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, netzwerk_app; "
            "print(netzwerk_app.__version__, 'importlib.metadata' in sys.modules)",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=REPO_ROOT,
    )
    assert done.stdout.split() == [version("netzwerk"), "False"]


def test_qt_names_are_the_ones_a_star_import_gave() -> None:
    from netzwerk_app.gui import qt

    star: dict[str, object] = {}
    exec(  # what gui/qt.py did before its names were looked up lazily
        "from PySide6.QtCore import *\nfrom PySide6.QtGui import *\nfrom PySide6.QtWidgets import *",
        star,
    )
    names = [name for name in star if not name.startswith("_")]
    assert len(names) > 500
    assert [n for n in names if getattr(qt, n) is not star[n]] == []
    assert qt.Qt is qt.QtGui.Qt and qt.Signal is qt.QtCore.Signal
    with pytest.raises(AttributeError):
        _ = qt.NoSuchQtName
