"""The ``backup`` and ``restore`` commands of ``netzwerk``."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from netzwerk_app.cli.output import EXIT_OK

if TYPE_CHECKING:
    from netzwerk_app.app import AppContext


def cmd_backup(ctx: AppContext, args: argparse.Namespace) -> int:
    path = ctx.backups.backup_now(Path(args.output) if args.output else None)
    print(f"Backup written and verified: {path}")
    return EXIT_OK


def cmd_restore(ctx: AppContext, args: argparse.Namespace) -> int:
    safety = ctx.backups.restore(Path(args.file))
    print(f"Restored {args.file}. The state before was saved to {safety}")
    return EXIT_OK
