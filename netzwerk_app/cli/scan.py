"""``netzwerk scan``: read paper business cards from photos; with ``--add`` or
``--event`` store them (the import's duplicate rules) and record them as met.

Only imported when ``scan`` runs; the text recognition itself runs in a child
process, so nothing of the OCR libraries is loaded here.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

from netzwerk_app.cli.output import EXIT_ERROR, EXIT_OK, print_json
from netzwerk_app.domain.card_reading import FAX, MOBILE, CardReading, ReadAddress
from netzwerk_app.domain.errors import NetzwerkError, ValidationError
from netzwerk_app.domain.wording import plural

if TYPE_CHECKING:
    from netzwerk_app.app import AppContext
    from netzwerk_app.services.card_scan import CardAddResult, ScannedPhoto

LOW = " (?)"  # after a value the recogniser was not sure of


def _kind(types: tuple[str, ...]) -> str:
    if set(FAX) & set(types):
        return "fax"
    if set(MOBILE) & set(types):
        return "mobile"
    return "landline"


def _address(a: ReadAddress) -> str:
    town = " ".join(p for p in (a.postal_code, a.locality) if p)
    return ", ".join(p for p in (a.street, town, a.country) if p)


def card_lines(reading: CardReading) -> list[tuple[str, list[str]]]:
    """The fields read from one card as (label, values), empty ones left out; a value
    read with low confidence is marked "(?)"."""

    def mark(name: str, values: list[str]) -> list[str]:
        return [v + (LOW if reading.is_low(name) else "") for v in values if v]

    name = reading.formatted_name or " ".join(
        p for p in (reading.prefix, reading.given_name, reading.family_name) if p
    )
    name_low = any(reading.is_low(f) for f in ("formatted_name", "given_name", "family_name"))
    rows = [
        ("Name", [name + (LOW if name and name_low else "")] if name else []),
        ("Title", mark("title", [reading.title])),
        ("Organisation", mark("organization", [reading.organization])),
        ("Phone", mark("phones", [f"{p.value} ({_kind(p.types)})" for p in reading.phones])),
        ("E-mail", mark("emails", reading.emails)),
        ("Web", mark("urls", reading.urls)),
        ("Address", mark("addresses", [_address(a) for a in reading.addresses])),
    ]
    return [(label, values) for label, values in rows if values]


def _print_card(reading: CardReading, where: str, first: bool) -> None:
    if not first:
        print()  # a blank line between the cards
    print(where)
    rows = card_lines(reading)
    if not rows:
        print("  (no name, organisation, e-mail or phone recognised)")
    for label, values in rows:
        for number, value in enumerate(values):
            print(f"  {(label + ':') if number == 0 else '':<14}{value}")


def _print_added(added: CardAddResult) -> None:
    who = f"#{added.contact_id} {added.name}"
    if added.outcome == "added":
        print(f"  Added as {who}.")
    elif added.outcome == "kept_both":
        print(f"  Added as {who}; kept apart from a known contact ({added.reason}).")
    elif added.outcome == "merged":
        undo = f" (undo with: netzwerk undo-merge {added.merge_id})" if added.merge_id else ""
        print(f"  Merged into {who}{undo}.")
    else:
        print(f"  Not added: {added.reason}")


def _where(photo: ScannedPhoto, number: int) -> str:
    count = len(photo.readings)
    return photo.path.name + (f" (card {number} of {count})" if count > 1 else "")


def start_reader(paths: object, args: argparse.Namespace) -> None:
    """Before the app opens: the text recogniser's child starts loading its models
    while the database opens (the command's ``fast`` step; None = go on)."""
    from netzwerk_app.interchange.card_ocr import prestart

    prestart()


def cmd_scan(ctx: AppContext, args: argparse.Namespace) -> int:
    adding = args.add or args.event is not None
    if args.event is not None:
        ctx.events.event(args.event)  # an unknown event is said before any reading
    found: list[dict[str, Any]] = []
    met: list[int] = []
    read_any = False

    def take(photo: ScannedPhoto) -> None:
        nonlocal read_any
        if photo.error:
            print(f"netzwerk: {photo.path.name}: {photo.error}", file=sys.stderr)
            return
        for number, reading in enumerate(photo.readings, start=1):
            read_any = read_any or not reading.is_empty
            data = reading.to_json()
            if not args.json:
                _print_card(reading, _where(photo, number), first=not found)
            if adding:
                data.update(_add(ctx, args, reading, _where(photo, number), met))
            found.append(data)

    photos = ctx.card_scan.scan([Path(p) for p in args.images], on_photo=take)
    if not photos:
        raise ValidationError("There are no pictures to read in the folders given.")
    if args.json:
        print_json(found)
    elif met and args.event is not None:
        people = plural(len(set(met)), "person", "people")
        print(f"\nRecorded {people} at event #{args.event}; their follow-ups are planned.")
    if read_any:
        return EXIT_OK
    if any(not photo.error for photo in photos):  # failed photos have said why already
        print(
            "netzwerk: No business card with a name, organisation, e-mail or phone was found.",
            file=sys.stderr,
        )
    return EXIT_ERROR


def _add(
    ctx: AppContext, args: argparse.Namespace, reading: CardReading, where: str, met: list[int]
) -> dict[str, Any]:
    """Store one card; a card that cannot be stored says why and the rest go on."""
    try:
        added = ctx.card_scan.add(reading, args.event, args.on_duplicate)
    except NetzwerkError as problem:
        print(f"netzwerk: {where}: {problem}", file=sys.stderr)
        return {"contact_id": None, "outcome": "failed"}
    if added.met:
        met.append(added.contact_id)
    if not args.json:
        _print_added(added)
    return {"contact_id": added.contact_id, "outcome": added.outcome}
