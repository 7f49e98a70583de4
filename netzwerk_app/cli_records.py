"""CLI commands that list, show and add contacts and events."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from netzwerk_app.cli_output import (
    contact_json,
    contact_lines,
    event_json,
    parse_when,
    print_json,
    table,
)

if TYPE_CHECKING:
    from netzwerk_app.app import AppContext

EXIT_OK = 0


def cmd_contacts(ctx: AppContext, args: argparse.Namespace) -> int:
    rows = ctx.contacts.summaries(trash=args.trash)
    if args.json:
        out = []
        for row in rows:
            data = contact_json(row.contact)
            data["last_met"] = (
                row.last_met.astimezone(ctx.zone).isoformat() if row.last_met else None
            )
            out.append(data)
        print_json(out)
    elif not rows:
        print("The trash is empty." if args.trash else "No contacts yet. Try: netzwerk demo")
    else:
        table(
            [
                (
                    r.contact.id,
                    r.contact.display_name,
                    r.contact.organization,
                    r.last_met.astimezone(ctx.zone).date().isoformat() if r.last_met else "",
                )
                for r in rows
            ]
        )
    return EXIT_OK


def cmd_show(ctx: AppContext, args: argparse.Namespace) -> int:
    """Every field of the contact; dates and times in the user's zone."""
    from netzwerk_app.services.privacy import contact_record

    details = ctx.contacts.details(args.id)
    c, zone = details.contact, ctx.zone
    if args.json:
        data = contact_record(c)  # the same contact object as export-person
        data["display_name"] = c.display_name
        data["encounters"] = [
            {
                "event_id": ev.id,
                "event": ev.title,
                "date": ev.start.astimezone(zone).isoformat(),
                "pitch": enc.pitch,
                "offering": enc.offering,
                "customers": enc.customers,
                "cooperation_idea": enc.cooperation_idea,
                "talked_business": enc.talked_business,
                "notes": enc.notes,
            }
            for enc, ev in details.encounters
        ]
        data["followups"] = [
            {
                "id": f.id,
                "kind": f.kind.value,
                "channel": f.channel.value,
                "due_at": f.due_at.astimezone(zone).isoformat(),
                "status": f.status.value,
            }
            for f in details.followups
        ]
        data["consistency_notes"] = [
            {"verdict": n.verdict.value, "details": n.details} for n in details.consistency_notes
        ]
        print_json(data)
        return EXIT_OK
    print(f"{c.display_name}  (#{c.id})")
    for label, values in contact_lines(c, zone):
        print(f"  {label + ':':<16}{values[0]}")
        for more in values[1:]:
            print(f"  {'':<16}{more}")
    if details.encounters:
        print("Met at:")
        for enc, ev in details.encounters:
            print(f"  {ev.start.astimezone(zone).date().isoformat()}  {ev.title}")
            for label, text in (
                ("Pitch", enc.pitch),
                ("Offering", enc.offering),
                ("Customers", enc.customers),
                ("Cooperation", enc.cooperation_idea),
                ("Notes", enc.notes),
            ):
                if text:
                    print(f"      {label}: {text}")
    if details.followups:
        print("Follow-ups:")
        for f in details.followups:
            due = f.due_at.astimezone(zone).strftime("%Y-%m-%d %H:%M")
            print(f"  {due}  {f.kind.value} via {f.channel.value}: {f.status.value}")
    for note in details.consistency_notes:
        print(f"Consistency: {note.verdict.value} {note.details}".rstrip())
    return EXIT_OK


def cmd_contact_add(ctx: AppContext, args: argparse.Namespace) -> int:
    from netzwerk_app.services.contacts import new_contact

    contact = ctx.contacts.create(
        new_contact(args.name, args.org, args.email, args.phone, args.url)
    )
    if args.json:
        print_json(contact_json(contact))
    else:
        print(f"Added {contact.display_name} as #{contact.id}.")
    return EXIT_OK


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
    )
    if args.json:
        print_json(event_json(event, args.network.strip(), ctx.zone))
    else:
        print(f"Added event #{event.id}: {event.title}.")
    return EXIT_OK
