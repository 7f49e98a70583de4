"""The ``gui`` command (and ``netzwerk`` without a command): the desktop app.

The only command that loads Qt; the window opens the database itself.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from netzwerk_app.infra.paths import AppPaths


def cmd_gui(paths: AppPaths, args: argparse.Namespace) -> int:
    from netzwerk_app.gui.main import run_gui

    return run_gui(paths, args)
