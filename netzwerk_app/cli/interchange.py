"""The ``import``, ``export`` and ``undo-merge`` commands of ``netzwerk``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from netzwerk_app.cli.output import EXIT_ERROR, EXIT_OK, print_json
from netzwerk_app.domain.wording import plural

if TYPE_CHECKING:
    from netzwerk_app.app import AppContext
    from netzwerk_app.services.importing.results import ImportResult

FORMAT_NAMES = {"vcard3": "vCard 3.0", "vcard4": "vCard 4.0", "csv": "CSV"}


def _where(file: str, line: int) -> str:
    return f"{file}, line {line}" if line else file


def _section(title: str, lines: list[str]) -> None:
    """A titled list of the import's result; nothing when there is nothing to list."""
    if lines:
        print(title)
        for line in lines:
            print(f"  {line}")


def print_import_result(result: ImportResult) -> None:
    print(result.summary())
    _section(
        "Merged (undo with: netzwerk undo-merge MERGE-ID):",
        [
            f"merge {m.merge_id}: {_where(m.file, m.line)}: {m.name} into "
            f"#{m.contact_id} ({m.reason})"
            for m in result.merged
        ],
    )
    _section(
        "Skipped:", [f"{_where(s.file, s.line)} ({s.name}): {s.reason}" for s in result.skipped]
    )
    _section(
        "Possible duplicates, imported as their own contacts (review: netzwerk duplicates):",
        [
            f"{_where(d.file, d.line)}: #{d.contact_id} {d.name} and "
            f"#{d.other_id} {d.other_name} ({d.reason})"
            for d in result.possible_duplicates
        ],
    )
    _section(
        "Marked as LinkedIn connections:",
        [
            f"#{u.contact_id} {u.name}"
            + (f" since {u.connected_on.isoformat()}" if u.connected_on else "")
            for u in result.linkedin_updated
        ],
    )
    _section(
        "LinkedIn connections that match no contact (add them with --linkedin-new add):",
        [
            f"{_where(c.file, c.line)}: {c.name}" + (f", {c.company}" if c.company else "")
            for c in result.linkedin_new
        ],
    )
    _section(
        "Failed:",
        [
            f"{_where(f.file, f.line)}" + (f" ({f.name})" if f.name else "") + f": {f.reason}"
            for f in result.failed
        ],
    )
    _section("Warnings:", list(result.warnings))


def cmd_import(ctx: AppContext, args: argparse.Namespace) -> int:
    """Exit status 1 when any card or file failed (the rest is imported all the same)."""
    result = ctx.importer.import_files(
        [Path(f) for f in args.files],
        on_duplicate=args.on_duplicate,
        event_id=args.event,
        linkedin_new=args.linkedin_new or "offer",
    )
    if args.json:
        data = result.to_json()
        data["summary"] = result.summary()
        print_json(data)
    else:
        print_import_result(result)
    return EXIT_ERROR if result.failed else EXIT_OK


def cmd_export(ctx: AppContext, args: argparse.Namespace) -> int:
    result = ctx.exporter.export(
        Path(args.output),
        args.format,
        contact_ids=args.contact,
        event_id=args.event,
        include_photos=not args.no_photos,
        include_private=args.include_private,
    )
    print(
        f"Exported {plural(result.count, 'contact', 'contacts')} to {result.path} "
        f"({FORMAT_NAMES[args.format]})."
    )
    return EXIT_OK


def cmd_undo_merge(ctx: AppContext, args: argparse.Namespace) -> int:
    undone = ctx.importer.undo_merge(args.id)
    print(
        f"Merge {args.id} undone: #{undone.contact_id} {undone.name} is as before; the merged "
        f"card is now #{undone.split_contact_id} {undone.split_name}."
    )
    return EXIT_OK
