"""System libraries Qt needs but cannot name itself when they are missing.

Qt ≥ 6.5 needs libxcb-cursor0 for its X11 (xcb) platform plugin; stock Ubuntu desktops
lack it and Qt then aborts with a long message about plugins. We check first and say in
one sentence which package to install.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping

XCB_CURSOR = "libxcb-cursor.so.0"
XCB_CURSOR_MISSING = (
    "Netzwerk needs the system library libxcb-cursor0: install it with "
    "'sudo apt install libxcb-cursor0' (Debian/Ubuntu) and start again."
)


def can_load(name: str) -> bool:
    """True when the dynamic linker finds the shared library ``name``."""
    import ctypes  # only where X11 is used: not part of every start

    try:
        ctypes.CDLL(name)
    except OSError:
        return False
    return True


def uses_xcb(env: Mapping[str, str], platform: str) -> bool:
    """Will Qt start its X11 (xcb) platform plugin here?"""
    if not platform.startswith("linux") or not env.get("DISPLAY"):
        return False
    chosen = env.get("QT_QPA_PLATFORM", "").split(";")[0].split(":")[0].strip()
    if chosen:
        return chosen == "xcb"
    # Unset: Qt prefers Wayland in a Wayland session and needs no xcb-cursor there.
    wayland = env.get("XDG_SESSION_TYPE") == "wayland" and bool(env.get("WAYLAND_DISPLAY"))
    return not wayland


def missing_library_message(
    env: Mapping[str, str], platform: str, loadable: Callable[[str], bool] = can_load
) -> str | None:
    """The sentence to print before Qt would abort, or None when all is there."""
    if uses_xcb(env, platform) and not loadable(XCB_CURSOR):
        return XCB_CURSOR_MISSING
    return None
