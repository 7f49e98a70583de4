"""The GDPR commands of ``netzwerk``: ``forget`` one person, ``export-person``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from netzwerk_app.cli.output import EXIT_OK
from netzwerk_app.domain.errors import ValidationError

if TYPE_CHECKING:
    from netzwerk_app.app import AppContext


def cmd_forget(ctx: AppContext, args: argparse.Namespace) -> int:
    contact = ctx.contacts.get(args.id)
    if not args.yes:
        if not sys.stdin.isatty():
            raise ValidationError("Add --yes to delete without being asked.")
        answer = input(
            f"Delete {contact.display_name} and everything about them permanently? [y/N] "
        )
        if answer.strip().lower() not in ("y", "yes", "j", "ja"):
            print("Nothing was deleted.")
            return EXIT_OK
    name = ctx.privacy.forget(args.id)
    print(f"{name} and everything about them were deleted permanently.")
    return EXIT_OK


def cmd_export_person(ctx: AppContext, args: argparse.Namespace) -> int:
    for path in ctx.privacy.export_person(args.id, Path(args.output)):
        print(path)
    return EXIT_OK
