"""Shared fixtures. Nothing here touches the user's real data folders."""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest

# Headless Qt for every test; set before anything imports PySide6.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# Belt and braces: if some code forgot --basedir it still lands in a temp folder.
os.environ.pop("NETZWERK_HOME", None)

from netzwerk_app.app import AppContext, open_app
from netzwerk_app.infra.clock import FixedClock
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


BERLIN = ZoneInfo("Europe/Berlin")

# Named moments the suite runs at; no test reads the real clock. The time-sensitive
# tests run at each of them (``moment`` fixture): a weekend morning, a Sunday night
# (the next working morning is Monday), both daylight-saving nights in Berlin
# (02:30 on 29 March 2026 does not exist; on 25 October it happens twice, this is
# the first, summer-time one) and the last half hour of the year. A doubled local
# time never equals a datetime of another zone (PEP 495): compare it in UTC.
SATURDAY_MORNING = datetime(2026, 11, 28, 10, 0, tzinfo=BERLIN)
MOMENTS = {
    "saturday_10_00": SATURDAY_MORNING,
    "sunday_23_40": datetime(2026, 11, 29, 23, 40, tzinfo=BERLIN),
    "spring_forward_night": datetime(2026, 3, 29, 3, 30, tzinfo=BERLIN),
    "fall_back_night": datetime(2026, 10, 25, 2, 30, fold=0, tzinfo=BERLIN),
    "new_years_eve": datetime(2026, 12, 31, 23, 30, tzinfo=BERLIN),
}


@pytest.fixture
def clock() -> FixedClock:
    """The app's clock, standing on a Saturday morning unless a test moves it."""
    return FixedClock(SATURDAY_MORNING)


@pytest.fixture(params=sorted(MOMENTS), ids=sorted(MOMENTS))
def moment(request: pytest.FixtureRequest, clock: FixedClock) -> datetime:
    """Runs a test once per named moment, with the app's clock set to it."""
    value: datetime = MOMENTS[request.param]
    clock.set(value)
    return value


@pytest.fixture
def app_paths(tmp_path: Path) -> AppPaths:
    return under_basedir(tmp_path / "netzwerk")


def _tzset() -> None:
    if hasattr(time, "tzset"):  # POSIX; elsewhere the app's own zone (TZ) still is Berlin
        time.tzset()


@pytest.fixture
def berlin() -> Iterator[ZoneInfo]:
    """The process runs on Berlin's wall clock (as the users do), whatever the machine's."""
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Berlin"
    _tzset()
    yield BERLIN
    if before is None:
        os.environ.pop("TZ", None)
    else:
        os.environ["TZ"] = before
    _tzset()


@pytest.fixture
def ctx(app_paths: AppPaths, clock: FixedClock, berlin: ZoneInfo) -> Iterator[AppContext]:
    """The app on a fresh database, in Berlin, its clock fixed (``clock``)."""
    context = open_app(app_paths, clock=clock)
    yield context
    context.close()


@pytest.fixture
def open_window(ctx: AppContext, qtbot: Any) -> Iterator[Callable[..., Any]]:
    """Opens the real main window over the test's database; its tasks end with the test.

    ``open_window(language="de", size=(1100, 700), show=False)``; ``language=None``
    keeps the application as it is (a test that installed its own catalogue).
    Qt is imported only when a test asks for a window.
    """
    from netzwerk_app.gui.main import create_application
    from netzwerk_app.gui.main_window import MainWindow
    from netzwerk_app.gui.tasks import TaskRunner

    runners: list[TaskRunner] = []

    def open_(
        language: str | None = "en", size: tuple[int, int] | None = None, show: bool = True
    ) -> MainWindow:
        if language is not None:
            create_application(ctx.paths, language)
        tasks = TaskRunner()
        runners.append(tasks)
        win = MainWindow(ctx, tasks)
        qtbot.addWidget(win)
        if size is not None:
            win.resize(*size)
        if show:
            win.show()
        return win

    yield open_
    for tasks in runners:
        tasks.wait()


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
