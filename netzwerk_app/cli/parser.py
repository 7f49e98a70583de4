"""The one ``netzwerk`` parser, built from a table of commands.

Each row names a command, the function that runs it ("module:function" in this
package) and its arguments. Building the parser imports no command module, so
``netzwerk --version`` and ``netzwerk --help`` load nothing heavy; the dispatcher
imports a command's module only when that command runs.
"""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from netzwerk_app import __version__


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


LANGUAGES, FORMS = ("de", "en"), ("sie", "du")
CHANNELS = ("linkedin", "xing", "email")
ON_DUPLICATE = ("merge", "skip", "keep-both")
EXPORT_FORMATS = ("vcard3", "vcard4", "csv")
QR_FIELDS = LazyChoices("netzwerk_app.interchange.qr", "ALL_FIELDS")
JSON = arg("--json", action="store_true")

FOLLOWUP_ACTIONS = (  # `netzwerk followup done 3` and `netzwerk done 3`
    Command(
        "done",
        "mark a follow-up done (sent)",
        "followups:cmd_done",
        (
            arg("id", type=int, metavar="FOLLOWUP_ID"),
            arg("--at", metavar="ISO", help="when it was done (default: now)"),
            arg("--no-note", action="store_true", help="the request went out without a note"),
        ),
    ),
    Command(
        "snooze",
        "bring a follow-up back later",
        "followups:cmd_snooze",
        (
            arg("id", type=int, metavar="FOLLOWUP_ID"),
            arg(
                "until",
                nargs="?",
                default="tomorrow",
                metavar="hour|tomorrow|week|DATE",
                help="one hour, tomorrow morning, next week's Monday, or a date "
                "(default: tomorrow)",
            ),
        ),
    ),
    Command(
        "skip",
        "skip a follow-up, with a reason",
        "followups:cmd_skip",
        (
            arg("id", type=int, metavar="FOLLOWUP_ID"),
            arg("reason", nargs="*", metavar="REASON"),
        ),
    ),
)


def _qr_write_args(with_id: bool) -> tuple[Arg, ...]:
    return (
        *((arg("id", type=int),) if with_id else ()),
        arg("-o", "--output", metavar="FILE", required=True, help="FILE.png or FILE.svg"),
        arg(
            "--fields",
            nargs="+",
            choices=QR_FIELDS,
            metavar="FIELD",
            help="what the code holds (default: all of %(choices)s)",
        ),
        arg(
            "--url-only",
            action="store_true",
            help="only the LinkedIn profile URL (else XING, else the website)",
        ),
    )


GUI = Command(
    "gui",
    "start the desktop app (the default)",
    "gui:cmd_gui",
    (
        arg("files", nargs="*", metavar="FILE", help="files to import (what 'Open with' passes)"),
        # For smoke tests of the packaged app: close the window after MS milliseconds.
        arg("--quit-after", type=int, metavar="MS", help=argparse.SUPPRESS),
    ),
    opens_app=False,
)

COMMANDS: tuple[Command, ...] = (
    GUI,
    Command("demo", "fill the database with realistic sample data", "demo:cmd_demo"),
    Command(
        "contacts",
        "list contacts",
        "records:cmd_contacts",
        (JSON, arg("--trash", action="store_true", help="list the trash instead")),
    ),
    Command(
        "search",
        "search contacts",
        "records:cmd_search",
        (arg("text", nargs="+"), arg("--limit", type=int, default=50), JSON),
        fast="records:search_without_orm",
    ),
    Command(
        "show", "show everything about one contact", "records:cmd_show", (arg("id", type=int), JSON)
    ),
    Command(
        "contact",
        "create contacts",
        dest="contact_command",
        actions=(
            Command(
                "add",
                "add a contact",
                "records:cmd_contact_add",
                (
                    arg("--name", required=True, help='"Full Name"'),
                    arg("--org", default=""),
                    arg("--email", action="append", default=[]),
                    arg("--phone", action="append", default=[]),
                    arg("--url", action="append", default=[]),
                    JSON,
                ),
            ),
        ),
    ),
    Command("events", "list events", "events:cmd_events", (JSON,)),
    Command(
        "event",
        "create events",
        dest="event_command",
        actions=(
            Command(
                "add",
                "add an event",
                "events:cmd_event_add",
                (
                    arg("--network", required=True),
                    arg("--title", required=True),
                    arg("--start", required=True, help="ISO date and time, e.g. 2026-11-24T06:45"),
                    arg("--end", required=True),
                    arg("--place", default=""),
                    arg("--speaker", default=""),
                    arg("--topic", default=""),
                    JSON,
                ),
            ),
        ),
    ),
    Command(
        "backup",
        "write a verified backup of the database",
        "backups:cmd_backup",
        (arg("-o", "--output", metavar="FILE"),),
    ),
    Command(
        "restore",
        "replace the database with a backup (backs up first)",
        "backups:cmd_restore",
        (arg("file", metavar="FILE"),),
        recovering=True,
    ),
    Command(
        "forget",
        "delete one person completely (GDPR)",
        "privacy:cmd_forget",
        (
            arg("id", type=int),
            arg("--yes", action="store_true", help="do not ask for confirmation"),
        ),
    ),
    Command(
        "export-person",
        "export everything about one person (GDPR)",
        "privacy:cmd_export_person",
        (arg("id", type=int), arg("-o", "--output", metavar="DIR", required=True)),
    ),
    Command(
        "import",
        "import vCard files, LinkedIn Connections.csv or our CSV",
        "interchange:cmd_import",
        (
            arg("files", nargs="+", metavar="FILE"),
            arg("--event", type=int, metavar="ID", help="record everyone as met at this event"),
            arg(
                "--on-duplicate",
                choices=ON_DUPLICATE,
                default="skip",
                help="what to do with a card of someone already there (default: skip)",
            ),
            arg(
                "--linkedin-new",
                choices=("add", "skip"),
                default=None,
                help="LinkedIn connections that match no contact: add them, or leave them out "
                "(default: list them)",
            ),
            JSON,
        ),
    ),
    Command(
        "export",
        "export contacts as vCard or CSV",
        "interchange:cmd_export",
        (
            arg("--format", choices=EXPORT_FORMATS, default="vcard3"),
            arg("--event", type=int, metavar="ID", help="the people met at this event"),
            arg(
                "--contact",
                type=int,
                nargs="+",
                action="extend",
                metavar="ID",
                help="these contacts",
            ),
            arg("--no-photos", action="store_true", help="leave photos out"),
            arg(
                "--include-private",
                action="store_true",
                help="a full export with your private notes (encounters, pitches, source note, "
                "relationship states); by default only the cards go out",
            ),
            arg("-o", "--output", metavar="FILE", required=True),
        ),
    ),
    Command(
        "undo-merge",
        "undo a merge made by an import",
        "interchange:cmd_undo_merge",
        (arg("id", type=int),),
    ),
    Command(
        "meet",
        "log that you met a contact at an event",
        "followups:cmd_meet",
        (
            arg("contact_id", type=int, metavar="CONTACT_ID"),
            arg("--event", type=int, required=True, metavar="EVENT_ID"),
            *(
                arg(f"--{name}", default=None)
                for name in ("pitch", "offering", "customers", "idea", "notes")
            ),
            JSON,
        ),
    ),
    Command(
        "queue",
        "today's follow-ups with drafted messages",
        "followups:cmd_queue",
        (
            JSON,
            arg("--all", action="store_true", help="every open follow-up, not only due ones"),
            arg("--at", metavar="ISO", help="as if it were this time (e.g. 2026-11-25T08:31)"),
            arg("--lang", "--language", dest="language", choices=LANGUAGES),
            arg("--form", choices=FORMS),
            arg("--ics", metavar="FILE", help="write the open follow-ups to a calendar file"),
        ),
    ),
    Command(
        "draft",
        "the drafted message of one follow-up, with its length",
        "followups:cmd_draft",
        (
            arg("id", type=int, metavar="FOLLOWUP_ID"),
            arg("--lang", "--language", dest="language", choices=LANGUAGES),
            arg("--form", choices=FORMS),
            arg("--channel", choices=CHANNELS),
            JSON,
        ),
    ),
    Command(
        "followup",
        "mark a follow-up done, snooze or skip it",
        dest="followup_command",
        actions=FOLLOWUP_ACTIONS,
    ),
    *FOLLOWUP_ACTIONS,
    Command(
        "qr",
        "show cards as QR codes, read QR codes from pictures",
        dest="qr_command",
        actions=(
            Command(
                "me", "write my card as a QR code (PNG or SVG)", "qr:cmd_me", _qr_write_args(False)
            ),
            Command(
                "contact",
                "write a contact as a QR code (PNG or SVG)",
                "qr:cmd_contact",
                _qr_write_args(True),
            ),
            Command(
                "read",
                "read QR codes from a picture",
                "qr:cmd_read",
                (
                    arg("image", metavar="IMAGE"),
                    arg(
                        "--event",
                        type=int,
                        metavar="ID",
                        help="add the people found, met at this event",
                    ),
                    arg(
                        "--add", action="store_true", help="add the people found (without an event)"
                    ),
                    arg(
                        "--on-duplicate",
                        choices=ON_DUPLICATE,
                        default="skip",
                        help="someone already there: skip (default; still recorded at the event), "
                        "merge, keep both",
                    ),
                    JSON,
                ),
            ),
        ),
    ),
    Command(
        "duplicates",
        "list possible duplicates (similar names, nothing identifying)",
        "duplicates:cmd_duplicates",
        (
            JSON,
            arg(
                "--keep-apart",
                nargs=2,
                type=int,
                metavar=("ID", "OTHER_ID"),
                help="remember that these two are different people (never listed again)",
            ),
        ),
    ),
    Command(
        "keep-apart",
        "remember that two contacts are different people",
        "duplicates:cmd_keep_apart",
        (arg("id", type=int), arg("other_id", type=int)),
    ),
    Command(
        "merge",
        "merge contact OTHER_ID into KEEP_ID (undo with netzwerk undo-merge)",
        "duplicates:cmd_merge",
        (arg("keep_id", type=int), arg("other_id", type=int), JSON),
    ),
)


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
