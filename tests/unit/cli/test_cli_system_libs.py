"""Without libxcb-cursor0 on an X11 desktop the app says which package to install (Qt ≥ 6.5
would abort with a page about plugins instead)."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from netzwerk_app import cli
from netzwerk_app.infra.system_libs import XCB_CURSOR, missing_library_message, uses_xcb

X11_DESKTOP = {"DISPLAY": ":0", "XDG_SESSION_TYPE": "x11"}


def nothing_loads(_name: str) -> bool:
    return False


def everything_loads(_name: str) -> bool:
    return True


def test_missing_xcb_cursor_on_x11_names_the_package() -> None:
    asked: list[str] = []

    def loadable(name: str) -> bool:
        asked.append(name)
        return False

    message = missing_library_message(X11_DESKTOP, "linux", loadable)

    assert asked == [XCB_CURSOR]
    assert message is not None and "sudo apt install libxcb-cursor0" in message
    assert message.count(".") == 1 and message.endswith("start again.")


def test_present_library_or_other_platforms_are_not_refused() -> None:
    assert missing_library_message(X11_DESKTOP, "linux", everything_loads) is None
    assert missing_library_message(X11_DESKTOP, "win32", nothing_loads) is None
    assert missing_library_message(X11_DESKTOP, "darwin", nothing_loads) is None


@pytest.mark.parametrize(
    ("env", "xcb"),
    [
        ({"DISPLAY": ":0"}, True),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, True),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, False),
        ({"DISPLAY": ":0", "QT_QPA_PLATFORM": "wayland;xcb"}, False),
        ({}, False),  # no X server: Qt's own message about the display is the right one
        ({"DISPLAY": ":0", "XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"}, False),
    ],
)
def test_only_the_xcb_platform_needs_the_library(env: dict[str, str], xcb: bool) -> None:
    assert uses_xcb(env, "linux") is xcb
    assert (missing_library_message(env, "linux", nothing_loads) is not None) is xcb


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="X11 check is Linux-only")
def test_gui_start_without_the_library_prints_one_sentence_and_exits_1(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # The real check, with a library name this system cannot have.
    monkeypatch.setattr("netzwerk_app.infra.system_libs.XCB_CURSOR", "libnetzwerk-absent.so.0")
    monkeypatch.setenv("DISPLAY", ":0")
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")

    status = cli.main(["--basedir", str(tmp_path / "data"), "gui"])

    err = capsys.readouterr().err
    assert status == 1
    assert err.strip() == (
        "netzwerk: Netzwerk needs the system library libxcb-cursor0: install it with "
        "'sudo apt install libxcb-cursor0' (Debian/Ubuntu) and start again."
    )
