"""The ``qr`` commands of ``netzwerk``: write my card or a contact as a QR code, read
codes from a picture (and add the people found to an event).

Only imported when a ``qr`` command runs: the QR encoder stays out of every other command.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from netzwerk_app.cli.interchange import print_import_result
from netzwerk_app.cli.output import EXIT_OK, contact_json, print_json
from netzwerk_app.domain.errors import ValidationError
from netzwerk_app.domain.wording import plural
from netzwerk_app.interchange.qr import ALL_FIELDS, FIELD_NAMES

if TYPE_CHECKING:
    from netzwerk_app.app import AppContext
    from netzwerk_app.interchange.qr import CardData
    from netzwerk_app.services.qr import QrAddResult, QrPreview


def _write(ctx: AppContext, card: CardData, args: argparse.Namespace) -> int:
    if not any(card.has(f) for f in ALL_FIELDS):
        raise ValidationError("The card is empty; fill in My card in the app first.")
    fields = args.fields or list(ALL_FIELDS)  # the parser leaves the default to us
    code = ctx.qr.code(card, fields, args.url_only)
    path = ctx.qr.export(card, Path(args.output), fields, args.url_only)
    held = "URL only" if args.url_only else ", ".join(FIELD_NAMES[f] for f in code.fields)
    print(f"Wrote {path} (QR version {code.version}; {held}).")
    if code.warning:
        print(f"Warning: {code.warning}")
    return EXIT_OK


def _preview_json(preview: QrPreview) -> dict[str, Any]:
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
    print_import_result(added.result)
    if added.event_id is not None and added.met:
        print(
            f"Recorded {plural(len(added.met), 'person', 'people')} at event "
            f"#{added.event_id}; their follow-ups are planned."
        )


def cmd_me(ctx: AppContext, args: argparse.Namespace) -> int:
    return _write(ctx, ctx.qr.my_card_data(), args)


def cmd_contact(ctx: AppContext, args: argparse.Namespace) -> int:
    return _write(ctx, ctx.qr.contact_data(args.id), args)


def cmd_read(ctx: AppContext, args: argparse.Namespace) -> int:
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
        print_json(data)
        return EXIT_OK
    _print_preview(preview)
    if added is not None:
        _print_added(added)
    return EXIT_OK
