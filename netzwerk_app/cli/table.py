"""The shape of a row in the command table: a command, its arguments, lazy choices."""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Arg:
    flags: tuple[str, ...]
    options: Mapping[str, Any]


def arg(*flags: str, **options: Any) -> Arg:
    """One ``add_argument`` call, written as in argparse."""
    return Arg(flags, options)


@dataclass(frozen=True)
class Command:
    """A row of the table: a command, or a group whose ``actions`` are the commands."""

    name: str
    help: str
    run: str = ""  # "module:function"; the function gets (AppContext, args)
    args: tuple[Arg, ...] = ()
    actions: tuple[Command, ...] = ()
    dest: str = ""  # the attribute that names the chosen action of a group
    opens_app: bool = True  # False: the function gets (AppPaths, args) and opens nothing
    fast: str = ""  # tried first with (AppPaths, args); None from it = open the app
    recovering: bool = False  # may run on a damaged database (that is how it is answered)


class LazyChoices(Sequence[str]):
    """Choices held by a module that only the command itself should load.

    argparse looks at them when the option is given or help is printed, not when
    the parser is built.
    """

    def __init__(self, module: str, name: str) -> None:
        self._module, self._name = module, name

    def _values(self) -> tuple[str, ...]:
        return tuple(getattr(importlib.import_module(self._module), self._name))

    def __getitem__(self, index: Any) -> Any:
        return self._values()[index]

    def __len__(self) -> int:
        return len(self._values())

    def __iter__(self) -> Iterator[str]:
        return iter(self._values())

    def __contains__(self, value: object) -> bool:
        return value in self._values()
