"""Run one ``netzwerk`` command: parse, open the app if the command needs it, answer.

Expected problems print one plain sentence on stderr and give a non-zero exit
status; a bug prints one line and leaves the details in the log.
"""

from __future__ import annotations

import argparse
import logging
import os
import shlex
import sys
from collections.abc import Sequence

from netzwerk_app.cli.output import EXIT_ERROR, EXIT_INTERRUPTED, EXIT_OK
from netzwerk_app.cli.parser import Command, build_parser, function
from netzwerk_app.domain.errors import DatabaseRecoveryNeeded, NetzwerkError
from netzwerk_app.infra.clock import Clock
from netzwerk_app.infra.paths import AppPaths, resolve_paths


def run(row: Command, paths: AppPaths, args: argparse.Namespace, clock: Clock | None) -> int:
    if not row.opens_app:
        return int(function(row.run)(paths, args))
    if row.fast:
        done = function(row.fast)(paths, args)
        if done is not None:
            return int(done)
    from netzwerk_app.app import open_app

    ctx = open_app(paths, verbose=args.verbose, recovering=row.recovering, clock=clock)
    try:
        return int(function(row.run)(ctx, args))
    finally:
        ctx.close()


def main(argv: Sequence[str] | None = None, clock: Clock | None = None) -> int:
    """Run one command; ``clock`` (tests) fixes "now" for everything it does."""
    args = build_parser().parse_args(argv)
    paths = resolve_paths(args.basedir, args.temp_basedir)
    try:
        return run(args.command_row, paths, args, clock)
    except NetzwerkError as exc:
        message = str(exc)
        if isinstance(exc, DatabaseRecoveryNeeded) and args.basedir:
            # The command to copy must restore into this data folder, not the default one.
            message = message.replace(
                "netzwerk restore", f"netzwerk --basedir {shlex.quote(args.basedir)} restore"
            )
        print(f"netzwerk: {message}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        # `netzwerk contacts | head`: the reader left; not an error worth a traceback.
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115
        return EXIT_OK
    except Exception as exc:  # a bug: say so briefly, keep the details in the log
        logging.getLogger("netzwerk.cli").exception("unexpected error")
        log_file = paths.log_dir / "netzwerk.log"
        print(f"netzwerk: unexpected error ({exc!r}); details are in {log_file}", file=sys.stderr)
        return EXIT_ERROR
    finally:
        paths.cleanup()
