"""The one ``netzwerk`` parser, built from a table of commands.

Each row names a command, the function that runs it ("module:function" in this
package) and its arguments. Building the parser imports no command module, so
``netzwerk --version`` and ``netzwerk --help`` load nothing heavy; the dispatcher
imports a command's module only when that command runs.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable
from typing import Any

from netzwerk_app import __version__
from netzwerk_app.cli.command_table import COMMANDS, GUI
from netzwerk_app.cli.table import Command

__all__ = ["COMMANDS", "Command", "build_parser", "function"]


def _add(sub: Any, row: Command) -> None:
    parser = sub.add_parser(row.name, help=row.help)
    for a in row.args:
        parser.add_argument(*a.flags, **a.options)
    if row.actions:
        actions = parser.add_subparsers(dest=row.dest, metavar="ACTION", required=True)
        for action in row.actions:
            _add(actions, action)
    else:
        parser.set_defaults(command_row=row)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="netzwerk",
        description="Netzwerk: contacts, events and follow-ups for people who network in person.",
    )
    parser.add_argument("--version", action="version", version=f"netzwerk {__version__}")
    where = parser.add_mutually_exclusive_group()
    where.add_argument("--basedir", metavar="DIR", help="keep all data below DIR")
    where.add_argument("--temp-basedir", action="store_true", help="use a throw-away data folder")
    parser.add_argument("--verbose", action="store_true", help="log debug details")
    parser.add_argument(
        "--no-err-windows", action="store_true", help="never show error dialogs (tests)"
    )
    parser.set_defaults(command_row=GUI)  # no command: the desktop app
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for row in COMMANDS:
        _add(sub, row)
    return parser


def function(spec: str) -> Callable[..., Any]:
    """The function a row names ("module:function"), its module imported now."""
    module, name = spec.split(":")
    function: Callable[..., Any] = getattr(importlib.import_module(f"{__package__}.{module}"), name)
    return function
