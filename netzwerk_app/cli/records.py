"""The ``contacts``, ``search``, ``show``, ``contact add`` and ``contact edit`` commands."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from netzwerk_app.cli.output import (
    EXIT_OK,
    contact_json,
    contact_lines,
    print_hits,
    print_json,
    table,
)

if TYPE_CHECKING:
    from netzwerk_app.app import AppContext
    from netzwerk_app.infra.paths import AppPaths


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


def search_without_orm(paths: AppPaths, args: argparse.Namespace) -> int | None:
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


def cmd_search(ctx: AppContext, args: argparse.Namespace) -> int:
    print_hits(ctx.contacts.search(" ".join(args.text), args.limit), args.json)
    return EXIT_OK


def cmd_show(ctx: AppContext, args: argparse.Namespace) -> int:
    """Every field of the contact; dates and times in the user's zone."""
    from netzwerk_app.services.privacy import contact_record
    from netzwerk_app.services.private_data import encounter_texts

    details = ctx.contacts.details(args.id)
    c, zone = details.contact, ctx.zone
    photos = ctx.card_scan.card_photos(args.id)  # kept from scanned business cards
    if args.json:
        data = contact_record(c)  # the same contact object as export-person
        data["display_name"] = c.display_name
        data["encounters"] = [
            {
                "event_id": ev.id,
                "event": ev.title,
                "date": ev.start.astimezone(zone).isoformat(),
                **encounter_texts(enc),
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
        data["card_photos"] = [{"mime": mime, "bytes": len(image)} for image, mime in photos]
        print_json(data)
        return EXIT_OK
    print(f"{c.display_name}  (#{c.id})")
    width = 17  # the longest label, "Known in person:", and a space
    for label, values in contact_lines(c, zone):
        print(f"  {label + ':':<{width}}{values[0]}")
        for more in values[1:]:
            print(f"  {'':<{width}}{more}")
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
    if photos:
        sizes = ", ".join(f"{len(image) // 1024 or 1} KB" for image, _mime in photos)
        print(f"Card photos: {len(photos)} ({sizes}); saved by export-person {c.id}")
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


def cmd_contact_edit(ctx: AppContext, args: argparse.Namespace) -> int:
    from netzwerk_app.services.contacts import ContactEdit

    edit = ContactEdit(
        name=args.name,
        organization=args.org,
        title=args.title,
        salutation=args.salutation,
        address_form=args.form,
        language=args.lang,
        emails=tuple(args.email),
        phones=tuple(args.phone),
        urls=tuple(args.url),
    )
    contact = ctx.contacts.edit(args.id, edit)
    if args.json:
        print_json(contact_json(contact))
    else:
        print(f"Saved {contact.display_name} (#{contact.id}).")
    return EXIT_OK


def cmd_network(ctx: AppContext, args: argparse.Namespace) -> int:
    """Show a network's Sie/Du and language defaults, or set them."""
    from netzwerk_app.services.networks import NetworkService

    service = NetworkService(ctx.db)
    if args.form is None and args.lang is None:
        network = service.network(args.name)
    else:
        network = service.set_defaults_by_name(args.name, args.form, args.lang)
    form, lang = network.default_address_form, network.default_language
    if args.json:
        print_json(
            {
                "id": network.id,
                "name": network.name,
                "default_address_form": form.value if form else None,
                "default_language": lang.value if lang else None,
            }
        )
    else:
        print(
            f"{network.name}: address form {form.value if form else 'not set'}, "
            f"language {lang.value if lang else 'not set'}."
        )
    return EXIT_OK
