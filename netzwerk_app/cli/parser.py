"""The one ``netzwerk`` parser, built from a table of commands.

Each row names a command, the function that runs it ("module:function" in this
package) and its arguments. Building the parser imports no command module, so
``netzwerk --version`` and ``netzwerk --help`` load nothing heavy; the dispatcher
imports a command's module only when that command runs.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from netzwerk_app import __version__
from netzwerk_app.cli.command_table import COMMANDS, GUI
from netzwerk_app.cli.table import Command

__all__ = ["COMMANDS", "Command", "build_parser", "function"]


class _Parsers(Mapping[str, argparse.ArgumentParser]):
    """The sub-parsers of one level, each built when argparse first looks it up.

    argparse finds a command's parser in this mapping (``choices``); building all forty
    up front cost every start ~10 ms (the desktop app's too), so a command pays only for
    its own. The help lists every row from its name and help without building it.
    """

    def __init__(self, prog: str, rows: tuple[Command, ...]) -> None:
        self._prog = prog
        self._rows = {row.name: row for row in rows}
        self._built: dict[str, argparse.ArgumentParser] = {}

    def __getitem__(self, name: str) -> argparse.ArgumentParser:
        parser = self._built.get(name)
        if parser is None:
            parser = argparse.ArgumentParser(prog=f"{self._prog} {name}")
            _fill(parser, self._rows[name])  # a KeyError for an unknown name, as in a dict
            self._built[name] = parser
        return parser

    def __iter__(self) -> Iterator[str]:
        return iter(self._rows)

    def __len__(self) -> int:
        return len(self._rows)


def _subcommands(
    parser: argparse.ArgumentParser, rows: tuple[Command, ...], **options: Any
) -> None:
    sub = parser.add_subparsers(**options)
    # What add_parser() would do for each row, with the parser itself left for later.
    sub._name_parser_map = sub.choices = _Parsers(sub._prog_prefix, rows)  # type: ignore[assignment]
    for row in rows:
        sub._choices_actions.append(sub._ChoicesPseudoAction(row.name, (), row.help))


def _fill(parser: argparse.ArgumentParser, row: Command) -> None:
    for a in row.args:
        parser.add_argument(*a.flags, **a.options)
    if row.actions:
        _subcommands(parser, row.actions, dest=row.dest, metavar="ACTION", required=True)
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
    _subcommands(parser, COMMANDS, dest="command", metavar="COMMAND")
    return parser


def function(spec: str) -> Callable[..., Any]:
    """The function a row names ("module:function"), its module imported now."""
    module, name = spec.split(":")
    function: Callable[..., Any] = getattr(importlib.import_module(f"{__package__}.{module}"), name)
    return function
