"""Shared fixtures. Nothing here touches the user's real data folders."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

# Headless Qt for every test; set before anything imports PySide6.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Belt and braces: if some code forgot --basedir it still lands in a temp folder.
os.environ.pop("NETZWERK_HOME", None)

from netzwerk_app.app import AppContext, open_app
from netzwerk_app.infra.paths import AppPaths, under_basedir

REPO_ROOT = Path(__file__).resolve().parents[1]
CORPUS = REPO_ROOT.parent / "shared" / "vcard-corpus"


@pytest.fixture(autouse=True)
def _isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Point platformdirs' folders at a temp dir so no test can reach real data."""
    home = tmp_path_factory.mktemp("home")
    for var in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))


@pytest.fixture
def app_paths(tmp_path: Path) -> AppPaths:
    return under_basedir(tmp_path / "netzwerk")


@pytest.fixture
def ctx(app_paths: AppPaths) -> Iterator[AppContext]:
    context = open_app(app_paths)
    yield context
    context.close()


_exit_status: list[int] = []


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    _exit_status.append(int(exitstatus))


@pytest.hookimpl(trylast=True)
def pytest_unconfigure(config: pytest.Config) -> None:
    """End the process once pytest has reported, before Python tears down Qt.

    PySide6 can crash while the interpreter finalises thousands of Qt wrappers
    (seen as a segfault or a bool_dealloc abort after every test had passed). The
    result is already printed; leaving through os._exit keeps the exit status
    pytest decided and skips only that teardown.
    """
    if _exit_status and "PySide6.QtCore" in sys.modules:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(_exit_status[-1])
