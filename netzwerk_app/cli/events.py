"""The ``events`` and ``event add`` commands of ``netzwerk``."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from netzwerk_app.cli.output import EXIT_OK, event_json, parse_when, print_json, table
from netzwerk_app.domain.errors import QT_TRANSLATE_NOOP, ValidationError

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


def _ids(text: str) -> list[int]:
    parts = [p.strip().lstrip("#") for p in text.split(",") if p.strip()]
    if not all(p.isdigit() for p in parts):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "Errors", "Give the people who came as contact numbers: --met 3,7,12."
            )
        )
    return [int(p) for p in parts]


def cmd_event_repeat(ctx: AppContext, args: argparse.Namespace) -> int:
    """The network's next event prefilled from its last one, with its regulars;
    ``--save`` adds it (and records ``--met`` as met there)."""
    plan = ctx.events.repeat_plan(args.network)
    met = _ids(args.met)
    if met and not args.save:
        raise ValidationError(
            QT_TRANSLATE_NOOP("Errors", "--met records people at a saved event: add --save.")
        )
    event, added = plan.event, 0
    if args.save:
        event = ctx.events.create_event(
            event.title, event.start, event.end, plan.network.name, event.place, kind=event.kind
        )
        added = ctx.events.record_met(event.id or 0, met) if met else 0
    regulars = [
        {"id": c.id, "name": c.display_name, "organization": c.organization, "met": r.times,
         "of": r.of}
        for c, r in plan.regulars
    ]  # fmt: skip
    if args.json:
        print_json(
            {
                "event": event_json(event, plan.network.name, ctx.zone),
                "saved": bool(args.save),
                "repeats": plan.last.id,
                "interval_days": plan.interval.days,
                "regulars": regulars,
                "recorded_met": added,
            }
        )
        return EXIT_OK
    when = event.start.astimezone(ctx.zone).strftime("%Y-%m-%d %H:%M")
    place = f" at {event.place}" if event.place else ""
    if args.save:
        print(f"Added event #{event.id}: {event.title}, {when}{place}.")
        if met:
            print(f"Recorded {added} people as met there.")
    else:
        print(f"Next {plan.network.name} event: {event.title}, {when}{place}")
        print(f"(every {plan.interval.days} days; repeats event #{plan.last.id}).")
    if not regulars:
        print("No regulars yet: nobody was met at two of its recent events.")
        return EXIT_OK
    print(f"Regulars ({len(regulars)}):")
    table([(r["id"], r["name"], r["organization"], f"{r['met']} of {r['of']}") for r in regulars])
    return EXIT_OK
