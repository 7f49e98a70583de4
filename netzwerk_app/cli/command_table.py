"""The table of ``netzwerk`` commands: name, help, the function that runs it
("module:function" in this package) and its arguments."""

from __future__ import annotations

import argparse

from netzwerk_app.cli.record_commands import RECORD_COMMANDS
from netzwerk_app.cli.table import Arg, Command, LazyChoices, arg
from netzwerk_app.domain.addressing import EventKind

LANGUAGES, FORMS = ("de", "en"), ("sie", "du")
CHANNELS = ("linkedin", "xing", "email")
ON_DUPLICATE = ("merge", "skip", "keep-both")
EXPORT_FORMATS = ("vcard3", "vcard4", "csv")
QR_FIELDS = LazyChoices("netzwerk_app.interchange.qr", "ALL_FIELDS")
EVENT_KINDS = tuple(kind.value for kind in EventKind if kind.value)  # "" = unknown
JSON = arg("--json", action="store_true")
SCAN_DUPLICATE = "someone already there: skip (default; still met at the event), merge, keep both"

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
        "skip a follow-up (a reason is optional)",
        "followups:cmd_skip",
        (
            arg("id", type=int, metavar="FOLLOWUP_ID"),
            arg("reason", nargs="*", metavar="REASON", help="why, if you like (optional)"),
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
    *RECORD_COMMANDS,
    Command(
        "me",
        "show or set your own card (drafts are signed with your name)",
        "me:cmd_me",
        (
            *(arg(f"--{n}") for n in ("name", "org", "title", "pitch", "email")),
            *(arg(f"--{n}", metavar="URL") for n in ("linkedin", "xing")),
            arg("--linkedin-account", choices=("free", "premium")),
            JSON,
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
                    arg("--kind", default="", choices=EVENT_KINDS, help="for 'beim Frühstück'"),
                    JSON,
                ),
            ),
            Command(
                "repeat",
                "show a network's next event, prefilled from its last one, and its regulars",
                "events:cmd_event_repeat",
                (
                    arg("network", metavar="NETWORK_OR_EVENT_ID", help="network name or event ID"),
                    arg("--save", action="store_true", help="add the prefilled event"),
                    arg("--met", default="", metavar="ID,...", help="with --save: who came"),
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
            arg(
                "--lang",
                "--language",
                dest="language",
                choices=LANGUAGES,
                help="write in this language (default: each person's own)",
            ),
            arg("--form", choices=FORMS, help="Sie or Du (default: each person's own)"),
            arg("--ics", metavar="FILE", help="write the open follow-ups to a calendar file"),
        ),
    ),
    Command(
        "draft",
        "the drafted message of one follow-up, with its length",
        "followups:cmd_draft",
        (
            arg("id", type=int, metavar="FOLLOWUP_ID"),
            arg(
                "--lang",
                "--language",
                dest="language",
                choices=LANGUAGES,
                help="write in this language (default: each person's own)",
            ),
            arg("--form", choices=FORMS, help="Sie or Du (default: each person's own)"),
            arg("--channel", choices=CHANNELS, help="draft for this channel instead"),
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
        "scan",
        "read paper business cards from photos (and add them)",
        "scan:cmd_scan",
        (
            arg("images", nargs="+", metavar="IMAGE", help="photos of cards, or folders of them"),
            arg("--event", type=int, metavar="ID", help="add the cards, met at this event"),
            arg("--add", action="store_true", help="add the cards (without an event)"),
            arg("--on-duplicate", choices=ON_DUPLICATE, default="skip", help=SCAN_DUPLICATE),
            JSON,
        ),
        fast="scan:start_reader",
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
        "carddav",
        "CardDAV accounts for two-way sync (Nextcloud, iCloud, Radicale, ...)",
        dest="carddav_command",
        actions=(
            Command(
                "add",
                "add an account: discovers the address book and prints the account's ID",
                "sync:cmd_carddav_add",
                (
                    arg("url", metavar="URL", help="server, well-known or address book URL"),
                    arg("--username", required=True, metavar="USER"),
                    arg(
                        "--password-stdin",
                        action="store_true",
                        help="read the password from standard input (kept in the keyring)",
                    ),
                    arg("--book", metavar="NAME_OR_PATH", help="which address book"),
                    JSON,
                ),
            ),
            Command("list", "list the accounts", "sync:cmd_carddav_list", (JSON,)),
            Command(
                "remove",
                "forget an account (contacts and server cards stay)",
                "sync:cmd_carddav_remove",
                (arg("id", type=int, metavar="ID"),),
            ),
        ),
    ),
    Command(
        "sync",
        "sync with every CardDAV account: pulled, pushed, merged, conflicts, deleted",
        "sync:cmd_sync",
        (arg("--password-stdin", action="store_true"), JSON),
    ),
    Command(
        "merge",
        "merge contact OTHER_ID into KEEP_ID (undo with netzwerk undo-merge)",
        "duplicates:cmd_merge",
        (arg("keep_id", type=int), arg("other_id", type=int), JSON),
    ),
)
