"""The ``netzwerk`` command. With no subcommand it starts the GUI.

Qt is imported only for the GUI, and SQLAlchemy only when a command needs it, so
that ``netzwerk search NAME`` answers quickly. Expected problems print one plain
sentence on stderr and give a non-zero exit status.
"""

from __future__ import annotations

import argparse
import logging
import os
import shlex
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from netzwerk_app import __version__, cli_duplicates, cli_followups, cli_interchange, cli_qr
from netzwerk_app.cli_output import (
    print_hits,
)
from netzwerk_app.cli_records import (
    cmd_contact_add,
    cmd_contacts,
    cmd_event_add,
    cmd_events,
    cmd_show,
)
from netzwerk_app.domain.errors import DatabaseRecoveryNeeded, NetzwerkError, ValidationError
from netzwerk_app.domain.wording import plural
from netzwerk_app.infra.clock import Clock
from netzwerk_app.infra.paths import AppPaths, resolve_paths

if TYPE_CHECKING:
    from netzwerk_app.app import AppContext

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


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
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("gui", help="start the desktop app (the default)")
    p.add_argument(
        "files", nargs="*", metavar="FILE", help="files to import (what 'Open with' passes)"
    )
    # For smoke tests of the packaged app: close the window after MS milliseconds.
    p.add_argument("--quit-after", type=int, metavar="MS", help=argparse.SUPPRESS)
    sub.add_parser("demo", help="fill the database with realistic sample data")

    p = sub.add_parser("contacts", help="list contacts")
    p.add_argument("--json", action="store_true")
    p.add_argument("--trash", action="store_true", help="list the trash instead")

    p = sub.add_parser("search", help="search contacts")
    p.add_argument("text", nargs="+")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("show", help="show everything about one contact")
    p.add_argument("id", type=int)
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("contact", help="create contacts")
    csub = p.add_subparsers(dest="contact_command", metavar="ACTION", required=True)
    add = csub.add_parser("add", help="add a contact")
    add.add_argument("--name", required=True, help='"Full Name"')
    add.add_argument("--org", default="")
    add.add_argument("--email", action="append", default=[])
    add.add_argument("--phone", action="append", default=[])
    add.add_argument("--url", action="append", default=[])
    add.add_argument("--json", action="store_true")

    p = sub.add_parser("events", help="list events")
    p.add_argument("--json", action="store_true")

    p = sub.add_parser("event", help="create events")
    esub = p.add_subparsers(dest="event_command", metavar="ACTION", required=True)
    add = esub.add_parser("add", help="add an event")
    add.add_argument("--network", required=True)
    add.add_argument("--title", required=True)
    add.add_argument("--start", required=True, help="ISO date and time, e.g. 2026-11-24T06:45")
    add.add_argument("--end", required=True)
    add.add_argument("--place", default="")
    add.add_argument("--speaker", default="")
    add.add_argument("--topic", default="")
    add.add_argument("--json", action="store_true")

    p = sub.add_parser("backup", help="write a verified backup of the database")
    p.add_argument("-o", "--output", metavar="FILE")

    p = sub.add_parser("restore", help="replace the database with a backup (backs up first)")
    p.add_argument("file", metavar="FILE")

    p = sub.add_parser("forget", help="delete one person completely (GDPR)")
    p.add_argument("id", type=int)
    p.add_argument("--yes", action="store_true", help="do not ask for confirmation")

    p = sub.add_parser("export-person", help="export everything about one person (GDPR)")
    p.add_argument("id", type=int)
    p.add_argument("-o", "--output", metavar="DIR", required=True)
    cli_interchange.add_parsers(sub)
    cli_followups.add_parsers(sub)
    cli_qr.add_parsers(sub)
    cli_duplicates.add_parsers(sub)
    return parser


# --- output helpers -----------------------------------------------------------------



# --- commands -----------------------------------------------------------------------


def cmd_search_fast(paths: AppPaths, args: argparse.Namespace) -> int | None:
    """Search on a current database without loading SQLAlchemy; None = take the full path."""
    from netzwerk_app.storage import migrate
    from netzwerk_app.storage.connection import connect_raw
    from netzwerk_app.storage.search_index import search_contacts

    if not paths.database.exists() or not migrate.is_current(paths.database):
        return None
    conn = connect_raw(paths.database)
    try:
        hits = search_contacts(conn, " ".join(args.text), args.limit)
    finally:
        conn.close()
    print_hits(hits, args.json)
    return EXIT_OK


def cmd_backup(ctx: AppContext, args: argparse.Namespace) -> int:
    path = ctx.backups.backup_now(Path(args.output) if args.output else None)
    print(f"Backup written and verified: {path}")
    return EXIT_OK


def cmd_restore(ctx: AppContext, args: argparse.Namespace) -> int:
    safety = ctx.backups.restore(Path(args.file))
    print(f"Restored {args.file}. The state before was saved to {safety}")
    return EXIT_OK


def cmd_forget(ctx: AppContext, args: argparse.Namespace) -> int:
    contact = ctx.contacts.get(args.id)
    if not args.yes:
        if not sys.stdin.isatty():
            raise ValidationError("Add --yes to delete without being asked.")
        answer = input(
            f"Delete {contact.display_name} and everything about them permanently? [y/N] "
        )
        if answer.strip().lower() not in ("y", "yes", "j", "ja"):
            print("Nothing was deleted.")
            return EXIT_OK
    name = ctx.privacy.forget(args.id)
    print(f"{name} and everything about them were deleted permanently.")
    return EXIT_OK


def cmd_export_person(ctx: AppContext, args: argparse.Namespace) -> int:
    for path in ctx.privacy.export_person(args.id, Path(args.output)):
        print(path)
    return EXIT_OK


def cmd_demo(ctx: AppContext, args: argparse.Namespace) -> int:
    from netzwerk_app.services.demo import load_demo

    summary = load_demo(ctx.db, ctx.clock.now())
    print(
        f"Demo data added: {plural(summary.networks, 'network', 'networks')}, "
        f"{plural(summary.events, 'event', 'events')}, "
        f"{plural(summary.contacts, 'contact', 'contacts')}, "
        f"{plural(summary.encounters, 'encounter', 'encounters')}, "
        f"{plural(summary.followups, 'follow-up', 'follow-ups')}."
    )
    return EXIT_OK


COMMANDS = {
    "contacts": cmd_contacts,
    "show": cmd_show,
    "events": cmd_events,
    "backup": cmd_backup,
    "forget": cmd_forget,
    "restore": cmd_restore,
    "export-person": cmd_export_person,
    "demo": cmd_demo,
    **cli_interchange.COMMANDS,
    **cli_qr.COMMANDS,
    **cli_duplicates.COMMANDS,
}


def dispatch(paths: AppPaths, args: argparse.Namespace, clock: Clock | None = None) -> int:
    if args.command == "search":
        fast = cmd_search_fast(paths, args)
        if fast is not None:
            return fast
    from netzwerk_app.app import open_app

    # `restore` is how a damaged database is answered: it must not be refused.
    ctx = open_app(
        paths, verbose=args.verbose, recovering=args.command == "restore", clock=clock
    )
    try:
        if args.command == "search":
            print_hits(ctx.contacts.search(" ".join(args.text), args.limit), args.json)
            return EXIT_OK
        if args.command == "contact":
            return cmd_contact_add(ctx, args)
        if args.command == "event":
            return cmd_event_add(ctx, args)
        if cli_followups.handles(args):
            return cli_followups.run(ctx, args)
        return COMMANDS[args.command](ctx, args)
    finally:
        ctx.close()


def main(argv: Sequence[str] | None = None, clock: Clock | None = None) -> int:
    """Run one command; ``clock`` (tests) fixes "now" for everything it does."""
    parser = build_parser()
    args = parser.parse_args(argv)
    paths = resolve_paths(args.basedir, args.temp_basedir)
    try:
        if args.command in (None, "gui"):
            from netzwerk_app.gui.main import run_gui

            return run_gui(paths, args)
        return dispatch(paths, args, clock)
    except NetzwerkError as exc:
        message = str(exc)
        if isinstance(exc, DatabaseRecoveryNeeded) and args.basedir:
            # The command to copy must restore into this data folder, not the default one.
            message = message.replace(
                "netzwerk restore", f"netzwerk --basedir {shlex.quote(args.basedir)} restore"
            )
        print(f"netzwerk: {message}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # `netzwerk contacts | head`: the reader left; not an error worth a traceback.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115
        return EXIT_OK
    except Exception as exc:  # a bug: say so briefly, keep the details in the log
        logging.getLogger("netzwerk.cli").exception("unexpected error")
        log_file = paths.log_dir / "netzwerk.log"
        print(f"netzwerk: unexpected error ({exc!r}); details are in {log_file}", file=sys.stderr)
        return EXIT_ERROR
    finally:
        paths.cleanup()
