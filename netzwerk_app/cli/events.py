"""The ``events`` and ``event add`` commands of ``netzwerk``."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from netzwerk_app.cli.output import EXIT_OK, event_json, parse_when, print_json, table

if TYPE_CHECKING:
    from netzwerk_app.app import AppContext


def cmd_events(ctx: AppContext, args: argparse.Namespace) -> int:
    rows = ctx.events.list_events()
    if args.json:
        print_json(
            [
                {**event_json(r.event, r.network_name, ctx.zone), "met": r.encounter_count}
                for r in rows
            ]
        )
    elif not rows:
        print("No events yet.")
    else:
        table(
            [
                (
                    r.event.id,
                    r.event.start.astimezone(ctx.zone).strftime("%Y-%m-%d %H:%M"),
                    r.network_name,
                    r.event.title,
                    f"{r.encounter_count} met",
                )
                for r in rows
            ]
        )
    return EXIT_OK


def cmd_event_add(ctx: AppContext, args: argparse.Namespace) -> int:
    event = ctx.events.create_event(
        args.title,
        parse_when(args.start, ctx.zone),
        parse_when(args.end, ctx.zone),
        args.network,
        place=args.place,
        speaker=args.speaker,
        topic=args.topic,
        kind=args.kind,
    )
    if args.json:
        print_json(event_json(event, args.network.strip(), ctx.zone))
    else:
        print(f"Added event #{event.id}: {event.title}.")
    return EXIT_OK
