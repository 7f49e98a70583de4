"""The ``qr`` command of ``netzwerk``: write my card or a contact as a QR code, read
codes from a picture (and add the people found to an event).

Kept apart from ``cli.py`` like the other command groups; no Qt here.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

from netzwerk_app.domain.errors import ValidationError
from netzwerk_app.domain.wording import plural
from netzwerk_app.interchange.qr import ALL_FIELDS, FIELD_NAMES

if TYPE_CHECKING:
    from netzwerk_app.app import AppContext
    from netzwerk_app.interchange.qr import CardData
    from netzwerk_app.services.qr import QrAddResult, QrPreview

EXIT_OK = 0


def add_parsers(sub: Any) -> None:
    """Add ``qr me|contact|read`` to the ``netzwerk`` subcommand parser."""
    p = sub.add_parser("qr", help="show cards as QR codes, read QR codes from pictures")
    qsub = p.add_subparsers(dest="qr_command", metavar="ACTION", required=True)
    for name, help_text in (
        ("me", "write my card as a QR code (PNG or SVG)"),
        ("contact", "write a contact as a QR code (PNG or SVG)"),
    ):
        w = qsub.add_parser(name, help=help_text)
        if name == "contact":
            w.add_argument("id", type=int)
        w.add_argument("-o", "--output", metavar="FILE", required=True, help="FILE.png or FILE.svg")
        w.add_argument(
            "--fields",
            nargs="+",
            choices=ALL_FIELDS,
            default=list(ALL_FIELDS),
            metavar="FIELD",
            help=f"what the code holds (default: all of {', '.join(ALL_FIELDS)})",
        )
        w.add_argument(
            "--url-only",
            action="store_true",
            help="only the LinkedIn profile URL (else XING, else the website)",
        )
    r = qsub.add_parser("read", help="read QR codes from a picture")
    r.add_argument("image", metavar="IMAGE")
    r.add_argument(
        "--event", type=int, metavar="ID", help="add the people found, met at this event"
    )
    r.add_argument("--add", action="store_true", help="add the people found (without an event)")
    r.add_argument(
        "--on-duplicate",
        choices=("merge", "skip", "keep-both"),
        default="skip",
        help="someone already there: skip (default; still recorded at the event), merge, keep both",
    )
    r.add_argument("--json", action="store_true")


def _write(ctx: AppContext, card: CardData, args: argparse.Namespace) -> int:
    if not any(card.has(f) for f in ALL_FIELDS):
        raise ValidationError("The card is empty; fill in My card in the app first.")
    code = ctx.qr.code(card, args.fields, args.url_only)
    path = ctx.qr.export(card, Path(args.output), args.fields, args.url_only)
    held = "URL only" if args.url_only else ", ".join(FIELD_NAMES[f] for f in code.fields)
    print(f"Wrote {path} (QR version {code.version}; {held}).")
    if code.warning:
        print(f"Warning: {code.warning}")
    return EXIT_OK


def _preview_json(preview: QrPreview) -> dict[str, Any]:
    from netzwerk_app.cli_output import contact_json

    return {
        "source": preview.source,
        "codes": [
            {
                "kind": p.kind,
                "text": p.text,
                "contacts": [contact_json(c) for c in p.contacts],
                "problems": p.problems,
            }
            for p in preview.payloads
        ],
        "message": preview.message,
    }


def _print_preview(preview: QrPreview) -> None:
    count = len(preview.payloads)
    print(f"{preview.source}: {plural(count, 'QR code', 'QR codes')}")
    for payload in preview.payloads:
        for c in payload.contacts:
            print(f"  {c.display_name}")
            for label, value in (
                ("Organisation", " – ".join(p for p in (c.organization, c.title) if p)),
                ("E-mail", ", ".join(e.value for e in c.emails)),
                ("Phone", ", ".join(p.value for p in c.phones)),
                ("Web", ", ".join(u.value for u in c.urls)),
            ):
                if value:
                    print(f"    {label + ':':<14}{value}")
        if not payload.contacts:
            print("  Text:")
            for line in payload.text.splitlines() or [""]:
                print(f"    {line}")
    if preview.message:
        print(preview.message)


def _print_added(added: QrAddResult) -> None:
    from netzwerk_app.cli_interchange import print_import_result

    print_import_result(added.result)
    if added.event_id is not None and added.met:
        print(
            f"Recorded {plural(len(added.met), 'person', 'people')} at event "
            f"#{added.event_id}; their follow-ups are planned."
        )


def cmd_qr(ctx: AppContext, args: argparse.Namespace) -> int:
    if args.qr_command == "me":
        return _write(ctx, ctx.qr.my_card_data(), args)
    if args.qr_command == "contact":
        return _write(ctx, ctx.qr.contact_data(args.id), args)
    preview = ctx.qr.read_file(Path(args.image))
    added = None
    if args.event is not None or args.add:
        added = ctx.qr.add(preview, args.event, args.on_duplicate)
    if args.json:
        data = _preview_json(preview)
        if added is not None:
            data["added"] = {
                **added.result.to_json(),
                "summary": added.result.summary(),
                "event_id": added.event_id,
                "met": added.met,
            }
        print(json.dumps(data, ensure_ascii=False, indent=2, default=str))
        return EXIT_OK
    _print_preview(preview)
    if added is not None:
        _print_added(added)
    return EXIT_OK


COMMANDS = {"qr": cmd_qr}
