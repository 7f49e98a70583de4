"""The ``duplicates``, ``keep-apart`` and ``merge`` commands of ``netzwerk``.

Possible duplicates are pairs of contacts whose names are alike but nothing
identifies them as one person; the user merges them or keeps them apart.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from netzwerk_app.cli.output import EXIT_OK, print_json
from netzwerk_app.domain.wording import plural

if TYPE_CHECKING:
    from netzwerk_app.app import AppContext
    from netzwerk_app.domain.model import Contact


def _side(c: Contact) -> str:
    details = [c.organization] if c.organization else []
    details += [e.value for e in c.emails] + [p.value for p in c.phones]
    return f"#{c.id} {c.display_name}" + (f" ({', '.join(details)})" if details else "")


def _keep_apart(ctx: AppContext, first: int, second: int) -> int:
    ctx.duplicates.keep_apart(first, second)
    print(f"#{first} and #{second} are kept apart as different people.")
    return EXIT_OK


def cmd_duplicates(ctx: AppContext, args: argparse.Namespace) -> int:
    if args.keep_apart:
        return _keep_apart(ctx, *args.keep_apart)
    pairs = ctx.duplicates.pairs()
    if args.json:
        print_json([p.to_json() for p in pairs])
        return EXIT_OK
    if not pairs:
        print("No possible duplicates.")
        return EXIT_OK
    print(f"{plural(len(pairs), 'possible duplicate', 'possible duplicates')}:")
    for pair in pairs:
        print(f"  {_side(pair.first)}")
        print(f"  {_side(pair.second)}")
        print(f"    why: {pair.reason}")
    print(
        "Merge with: netzwerk merge KEEP_ID OTHER_ID; keep apart with: "
        "netzwerk keep-apart ID OTHER_ID"
    )
    return EXIT_OK


def cmd_keep_apart(ctx: AppContext, args: argparse.Namespace) -> int:
    return _keep_apart(ctx, args.id, args.other_id)


def cmd_merge(ctx: AppContext, args: argparse.Namespace) -> int:
    merged = ctx.duplicates.merge(args.keep_id, args.other_id)
    if args.json:
        print_json(merged.__dict__)
        return EXIT_OK
    print(
        f"Merged #{merged.other_id} {merged.other_name} into #{merged.contact_id} "
        f"{merged.name}. Undo with: netzwerk undo-merge {merged.merge_id}"
    )
    return EXIT_OK
